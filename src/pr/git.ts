import { ConfigurationError } from '../core/errors.js';

export interface GitResult {
  /** 0 on success; -1 when git could not be started at all. */
  exitCode: number;
  stdout: Buffer;
  /** git's own message, or why it could not be started. */
  stderr: string;
}

/** Runs git with `args` in `cwd`; never rejects, so each caller decides what a failure means. */
export type GitRunner = (args: readonly string[], cwd: string) => Promise<GitResult>;

/** Diffs of thousands of files and whole mapping files both fit; a real export is well under 5 MB. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

export const runGit: GitRunner = async (args, cwd) => {
  // Loaded when git first runs: child_process brings Node's networking with it, which a lint of files never needs.
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile(
      'git',
      [...args],
      // LC_ALL=C keeps messages in English for the log; no prompt can hang a CI job.
      { cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT_BYTES, env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        const message = stderr.toString('utf8').trim() || (error?.message ?? '');
        resolve({ exitCode, stdout, stderr: message });
      },
    );
  });
};

/**
 * A commit as git takes it: a SHA, a ref name or HEAD. Refused otherwise, so that a value from an
 * event payload can never become a git option ("--output=...").
 */
export function checkRevision(revision: string): string {
  if (!/^[A-Za-z0-9_][A-Za-z0-9_./^~@{}-]*$/.test(revision) || revision.includes('..')) {
    throw new ConfigurationError(`"${revision}" is not a commit SHA or ref name git can take.`);
  }
  return revision;
}
