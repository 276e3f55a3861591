import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { useSandbox } from './sandbox.js';
import { readConfined } from '../../../src/core/fs/workspace.js';

const dirs = useSandbox();

function message(read: Awaited<ReturnType<typeof readConfined>>): string {
  if (read.ok) throw new Error('expected the read to be refused');
  return read.message;
}

describe('readConfined', () => {
  it('reads a regular file inside the root', async () => {
    writeFileSync(path.join(dirs.workspace, 'a.json'), '{}');
    const read = readConfined(path.join(dirs.workspace, 'a.json'), dirs.workspace);
    expect(read.ok && read.bytes.toString()).toBe('{}');
  });

  it('refuses a symlink out of the root, naming the link target but never its content', async () => {
    symlinkSync(path.join(dirs.outside, 'gitconfig'), path.join(dirs.workspace, 'heroku-connect.json'));
    const read = readConfined(path.join(dirs.workspace, 'heroku-connect.json'), dirs.workspace);
    expect(read).toMatchObject({ ok: false, failure: 'outside' });
    expect(message(read)).toContain(`symbolic link to ${path.join(dirs.outside, 'gitconfig')}`);
    expect(JSON.stringify(read)).not.toMatch(/extraheader|c2VjcmV0/);
  });

  it('follows a chain of links that stays inside, and refuses one whose last link leaves', async () => {
    writeFileSync(path.join(dirs.workspace, 'real.json'), '{"mappings": []}');
    symlinkSync('real.json', path.join(dirs.workspace, 'one.json'));
    symlinkSync('one.json', path.join(dirs.workspace, 'two.json'));
    const inside = readConfined(path.join(dirs.workspace, 'two.json'), dirs.workspace);
    expect(inside.ok && inside.bytes.toString()).toBe('{"mappings": []}');

    symlinkSync(path.join(dirs.outside, 'gitconfig'), path.join(dirs.workspace, 'out.json'));
    symlinkSync('out.json', path.join(dirs.workspace, 'chain.json'));
    const leaving = readConfined(path.join(dirs.workspace, 'chain.json'), dirs.workspace);
    expect(leaving).toMatchObject({ ok: false, failure: 'outside' });
    expect(JSON.stringify(leaving)).not.toContain('extraheader');
  });

  it('refuses a path that leaves the root without any link', async () => {
    expect(readConfined(path.join(dirs.workspace, '..', 'outside', 'gitconfig'), dirs.workspace)).toMatchObject({ ok: false, failure: 'outside' });
  });

  it('reads anywhere when not confined (a file the CLI user named)', async () => {
    const read = readConfined(path.join(dirs.outside, 'gitconfig'), null);
    expect(read.ok).toBe(true);
  });

  it('refuses a link loop with a clear reason', async () => {
    symlinkSync('b.json', path.join(dirs.workspace, 'a.json'));
    symlinkSync('a.json', path.join(dirs.workspace, 'b.json'));
    expect(message(readConfined(path.join(dirs.workspace, 'a.json'), dirs.workspace))).toMatch(/loops/);
  });

  it('does not hang on a FIFO: it is not a regular file', async () => {
    execFileSync('mkfifo', [path.join(dirs.workspace, 'pipe.json')]);
    const started = Date.now();
    expect(readConfined(path.join(dirs.workspace, 'pipe.json'), dirs.workspace)).toMatchObject({ ok: false, failure: 'not-a-file' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('does not read /dev/zero, even through a link, even unconfined', async () => {
    symlinkSync('/dev/zero', path.join(dirs.workspace, 'zero.json'));
    expect(readConfined(path.join(dirs.workspace, 'zero.json'), null)).toMatchObject({ ok: false, failure: 'not-a-file' });
    expect(readConfined(path.join(dirs.workspace, 'zero.json'), dirs.workspace)).toMatchObject({ ok: false, failure: 'outside' });
  });

  it('bounds the read on the handle: a /proc file that stat calls empty is still cut at the limit', async () => {
    const read = readConfined('/proc/self/status', null, 64);
    expect(read).toMatchObject({ ok: false, failure: 'too-large' });
    expect(message(read)).toMatch(/more than 64 bytes, over the 64 bytes limit/);
  });

  it('refuses a file over the limit by its size, keeping its first bytes for a caller to recognise it', async () => {
    writeFileSync(path.join(dirs.workspace, 'big.json'), `{"mappings": [${' '.repeat(200)}]}`);
    const read = readConfined(path.join(dirs.workspace, 'big.json'), dirs.workspace, 100);
    expect(read).toMatchObject({ ok: false, failure: 'too-large' });
    expect(!read.ok && read.head?.toString()).toMatch(/^\{"mappings"/);
  });

  it('says a missing file is missing', async () => {
    expect(readConfined(path.join(dirs.workspace, 'nope.json'), dirs.workspace)).toMatchObject({ ok: false, failure: 'missing' });
  });
});
