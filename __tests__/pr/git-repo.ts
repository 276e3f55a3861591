import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { scratchFolder } from '../../test-support/scratch.js';

const exec = promisify(execFile);

/** git without the user's or the system's configuration, so tests see the same git everywhere. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const { stdout } = await exec('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, env });
  return stdout.trim();
}

export interface TestRepo {
  dir: string;
  /** Writes (string) or deletes (null) files, commits them all, and returns the commit's SHA. */
  commit(files: Record<string, string | null>, message: string): Promise<string>;
}

/** A new repository in a temporary directory. */
export async function makeRepo(): Promise<TestRepo> {
  const dir = scratchFolder('hca-git-');
  await git(dir, 'init', '-q');
  return {
    dir,
    async commit(files, message) {
      for (const [name, content] of Object.entries(files)) {
        const target = path.join(dir, name);
        if (content === null) rmSync(target);
        else {
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, content);
        }
      }
      await git(dir, 'add', '-A');
      await git(dir, 'commit', '-q', '-m', message);
      return git(dir, 'rev-parse', 'HEAD');
    },
  };
}

/** A clone holding only `branch`'s last commit, as actions/checkout makes by default. */
export async function shallowClone(repo: TestRepo, branch: string): Promise<string> {
  const dir = scratchFolder('hca-shallow-');
  await git(dir, 'clone', '-q', '--depth', '1', '--branch', branch, `file://${repo.dir}`, '.');
  return dir;
}
