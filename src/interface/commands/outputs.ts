/**
 * Every output of the action, declared once: action.yml's `outputs:` and the outputs table of docs/action.md
 * are generated from this table, and ActionIO.setOutput takes only its names.
 */

import { OPERATOR_COMMANDS, type ActionCommand } from './table.js';

export interface OutputSpec {
  name: string;
  description: string;
  /** The action's commands whose runs set it. */
  setBy: readonly ActionCommand[];
  /** What the docs' table adds after the description: shapes and limits too long for action.yml. */
  more?: string;
}

const LINTS = ['lint', 'deploy'] as const satisfies readonly ActionCommand[];

export const OUTPUTS = [
  { name: 'errors', setBy: LINTS, description: 'Number of error findings.' },
  { name: 'warnings', setBy: LINTS, description: 'Number of warning findings.' },
  { name: 'notices', setBy: LINTS, description: 'Number of notice findings.' },
  { name: 'files', setBy: LINTS, description: 'Number of mapping files linted.' },
  { name: 'sarif-file', setBy: LINTS, description: 'The SARIF file written, when sarif-file was set.' },
  {
    name: 'connection-state',
    setBy: ['deploy', ...OPERATOR_COMMANDS],
    description: 'The last state seen of the Heroku Connect connection (IDLE after a successful deploy; after a failure, the summary says when it was seen).',
  },
  {
    name: 'mapping-states',
    setBy: ['deploy', 'reload'],
    description: "JSON object: each imported (or reloaded) mapping's object name to its last state seen (DATA_SYNCED after a successful deploy or reload).",
  },
  { name: 'imported', setBy: ['deploy'], description: 'true when Heroku Connect accepted the import, false otherwise.' },
  { name: 'backup-file', setBy: ['deploy'], description: 'Path of the live configuration exported before the import (under RUNNER_TEMP). Import it to undo the deploy.' },
  { name: 'changes', setBy: ['deploy'], description: 'Number of changes the deploy makes to the mappings (0 when the files were already live and nothing was imported).' },
  { name: 'write-errors', setBy: ['deploy'], description: 'Number of new write errors to Salesforce between the import and the end of the sync.' },
  { name: 'write-errors-file', setBy: ['deploy'], description: 'Path of a JSON file (under RUNNER_TEMP) with those write errors.', more: '`[{id, table_name, record_id, message, created_at}]`.' },
  {
    name: 'checks-not-run',
    setBy: ['deploy'],
    description: "JSON list of the deploy's checks Heroku Connect could not answer (write errors, diagnose), each {check, reason}; [] when every check ran.",
  },
  {
    name: 'plan',
    setBy: LINTS,
    description: 'What merging or importing does to the mappings, as JSON: a list of files, each with its changes and their consequences.',
    more: '`[{path, status, changes: [{kind, object, field?, detail, consequence, care}]}]`. It stays under GitHub\'s 1 MB output limit: when the plan is larger, it keeps the changes to review (`care: true`) first, then the others, and the array ends with `{"truncated": true, "omittedChanges": N, "omittedFiles": M}`.',
  },
  { name: 'api-version', setBy: ['deploy', ...OPERATOR_COMMANDS], description: 'The Salesforce API version the connection runs, as last read (after an api-version-change: apply, the new one).' },
  { name: 'api-version-changed', setBy: ['deploy'], description: "true when this deploy changed the connection's Salesforce API version (api-version-change: apply), false otherwise." },
  { name: 'drifted', setBy: ['drift'], description: "command: drift. true when any app's live connection differs from the files, false otherwise." },
  {
    name: 'drift',
    setBy: ['drift'],
    description: 'command: drift. JSON: {drifted, apps: [{app, resource, drift: [{kind, object, field, live, file, difference, consequence, care, at, table, column, info}]}], written}.',
    more: 'Over 960 KiB (GitHub caps an output at 1 MB), its outline instead: `{truncated: true, drifted, apps: [{app, resource, differences}]}`.',
  },
  { name: 'healthy', setBy: ['health'], description: "command: health. true when every app's connection is healthy, false otherwise." },
  {
    name: 'health',
    setBy: ['health'],
    description: 'command: health. JSON: {healthy, apps: [{app, resource, state, mappings, writeErrors, notifications, database, problems, healthy, acknowledged}]}.',
    more: 'Over 960 KiB, its outline instead: `{truncated: true, healthy, apps: [{app, resource, healthy, problems}]}`.',
  },
  { name: 'health-issue', setBy: ['health'], description: 'command: health with health-issue. The number of the issue opened, updated or closed; empty when there was none.' },
] as const satisfies readonly OutputSpec[];

export type OutputName = (typeof OUTPUTS)[number]['name'];

export const OUTPUT_NAMES: ReadonlySet<string> = new Set(OUTPUTS.map((spec) => spec.name));
