import type { Clock } from '../http/clock.js';

/** The action's outputs, by the names action.yml declares. */
export const Output = {
  Errors: 'errors',
  Warnings: 'warnings',
  Notices: 'notices',
  Files: 'files',
  SarifFile: 'sarif-file',
  ConnectionState: 'connection-state',
  MappingStates: 'mapping-states',
  Imported: 'imported',
  BackupFile: 'backup-file',
  Plan: 'plan',
  Changes: 'changes',
  WriteErrors: 'write-errors',
  WriteErrorsFile: 'write-errors-file',
  ChecksNotRun: 'checks-not-run',
} as const;

/** What the action takes from the world besides the runner's IO; tests pass a fake clock and their own fetch. */
export interface ActionDeps {
  clock?: Clock;
  fetch?: typeof fetch;
  cwd?: string;
}
