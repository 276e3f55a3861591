import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What a link out of the workspace would leak: it must never appear in anything read or written. */
export const SECRET = 'extraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu';

/**
 * A fresh sandbox for each test, removed after it: `workspace`, and beside it `outside`, which holds
 * a credentials file (`outside/gitconfig`) for links to aim at.
 */
export function useSandbox(): { readonly sandbox: string; readonly workspace: string; readonly outside: string } {
  const dirs = { sandbox: '', workspace: '', outside: '' };
  beforeEach(() => {
    dirs.sandbox = mkdtempSync(path.join(tmpdir(), 'hca-fs-'));
    dirs.workspace = path.join(dirs.sandbox, 'workspace');
    dirs.outside = path.join(dirs.sandbox, 'outside');
    mkdirSync(dirs.workspace);
    mkdirSync(dirs.outside);
    writeFileSync(path.join(dirs.outside, 'gitconfig'), `[http]\n\t${SECRET}\n`);
  });
  afterEach(() => rmSync(dirs.sandbox, { recursive: true, force: true }));
  return dirs;
}
