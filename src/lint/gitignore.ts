import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repositoryRoot } from '../core/fs/workspace.js';

/** What the repository's ignore rules leave out of a search. */
export interface GitIgnored {
  /** Whether git ignores the entry `relative` (a file or a folder) found below the searched folder. */
  below(relative: string): boolean;
  /** Why the rules could not be applied (then nothing is left out), when they could not. */
  notApplied?: string;
}

/** git's answer is a list of paths with ignored folders collapsed; anything near these bounds is not a repository of mapping files. */
const GIT_TIMEOUT_MS = 10_000;
const MAX_GIT_OUTPUT_BYTES = 16 * 1024 * 1024;

const NOTHING_IGNORED: GitIgnored = { below: () => false };

/**
 * The files and folders git ignores below `realBase`, in the checkout that holds it: one
 * `git ls-files` for each folder searched (a run usually searches one), never one per file, scoped
 * to that folder so that git walks no more than the search does, and bounded in time and output. git itself decides, so every rule
 * it applies counts (each folder's .gitignore, .git/info/exclude, the user's excludes file), and a
 * tracked file is never ignored: a pull request cannot hide a mapping file it commits by adding
 * it to .gitignore. A folder that a search starts in is searched whole even when git ignores it,
 * since it was asked for (git names an ignored folder, not what is in it). Outside a git checkout
 * nothing is ignored.
 */
export function gitIgnored(realBase: string): GitIgnored {
  const top = repositoryRoot(realBase);
  if (top === undefined) return NOTHING_IGNORED;
  const scope = path.relative(top, realBase).split(path.sep).join('/');
  // fsmonitor is a command from the repository's configuration that git would run: never wanted here.
  // The folder is a literal pathspec, whatever characters its name holds.
  const args = ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory', '--', scope === '' ? '.' : `:(literal)${scope}`];
  const listed = spawnSync('git', args, {
    cwd: top,
    timeout: GIT_TIMEOUT_MS,
    maxBuffer: MAX_GIT_OUTPUT_BYTES,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (listed.error || listed.status !== 0) {
    const why = listed.error ? ((listed.error as NodeJS.ErrnoException).code ?? listed.error.message) : (listed.stderr.trim().split('\n')[0] ?? '').slice(0, 200);
    return { ...NOTHING_IGNORED, notApplied: `git could not list the ignored files of ${top} (${why || `exit ${listed.status}`}), so .gitignore is not applied: every file found is linted.` };
  }
  const ignored = new Set(listed.stdout.split('\0').map((entry) => entry.replace(/\/$/, '')));
  ignored.delete('');
  if (ignored.size === 0) return NOTHING_IGNORED;
  return {
    below: (relative) => ignored.has(scope === '' ? relative : `${scope}/${relative}`),
  };
}
