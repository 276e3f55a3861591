import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readConfined } from '../../src/fs/workspace.js';

const SECRET = 'extraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu';

let sandbox: string;
let workspace: string;
let outside: string;

beforeEach(() => {
  sandbox = mkdtempSync(path.join(tmpdir(), 'hca-fs-'));
  workspace = path.join(sandbox, 'workspace');
  outside = path.join(sandbox, 'outside');
  mkdirSync(workspace);
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'gitconfig'), `[http]\n\t${SECRET}\n`);
});

afterEach(() => rmSync(sandbox, { recursive: true, force: true }));

function message(read: Awaited<ReturnType<typeof readConfined>>): string {
  if (read.ok) throw new Error('expected the read to be refused');
  return read.message;
}

describe('readConfined', () => {
  it('reads a regular file inside the root', async () => {
    writeFileSync(path.join(workspace, 'a.json'), '{}');
    const read = await readConfined(path.join(workspace, 'a.json'), workspace);
    expect(read.ok && read.bytes.toString()).toBe('{}');
  });

  it('refuses a symlink out of the root, naming the link target but never its content', async () => {
    symlinkSync(path.join(outside, 'gitconfig'), path.join(workspace, 'heroku-connect.json'));
    const read = await readConfined(path.join(workspace, 'heroku-connect.json'), workspace);
    expect(read).toMatchObject({ ok: false, failure: 'outside' });
    expect(message(read)).toContain(`symbolic link to ${path.join(outside, 'gitconfig')}`);
    expect(JSON.stringify(read)).not.toMatch(/extraheader|c2VjcmV0/);
  });

  it('follows a chain of links that stays inside, and refuses one whose last link leaves', async () => {
    writeFileSync(path.join(workspace, 'real.json'), '{"mappings": []}');
    symlinkSync('real.json', path.join(workspace, 'one.json'));
    symlinkSync('one.json', path.join(workspace, 'two.json'));
    const inside = await readConfined(path.join(workspace, 'two.json'), workspace);
    expect(inside.ok && inside.bytes.toString()).toBe('{"mappings": []}');

    symlinkSync(path.join(outside, 'gitconfig'), path.join(workspace, 'out.json'));
    symlinkSync('out.json', path.join(workspace, 'chain.json'));
    const leaving = await readConfined(path.join(workspace, 'chain.json'), workspace);
    expect(leaving).toMatchObject({ ok: false, failure: 'outside' });
    expect(JSON.stringify(leaving)).not.toContain('extraheader');
  });

  it('refuses a path that leaves the root without any link', async () => {
    expect(await readConfined(path.join(workspace, '..', 'outside', 'gitconfig'), workspace)).toMatchObject({ ok: false, failure: 'outside' });
  });

  it('reads anywhere when not confined (a file the CLI user named)', async () => {
    const read = await readConfined(path.join(outside, 'gitconfig'), null);
    expect(read.ok).toBe(true);
  });

  it('refuses a link loop with a clear reason', async () => {
    symlinkSync('b.json', path.join(workspace, 'a.json'));
    symlinkSync('a.json', path.join(workspace, 'b.json'));
    expect(message(await readConfined(path.join(workspace, 'a.json'), workspace))).toMatch(/loops/);
  });

  it('does not hang on a FIFO: it is not a regular file', async () => {
    execFileSync('mkfifo', [path.join(workspace, 'pipe.json')]);
    const started = Date.now();
    expect(await readConfined(path.join(workspace, 'pipe.json'), workspace)).toMatchObject({ ok: false, failure: 'not-a-file' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('does not read /dev/zero, even through a link, even unconfined', async () => {
    symlinkSync('/dev/zero', path.join(workspace, 'zero.json'));
    expect(await readConfined(path.join(workspace, 'zero.json'), null)).toMatchObject({ ok: false, failure: 'not-a-file' });
    expect(await readConfined(path.join(workspace, 'zero.json'), workspace)).toMatchObject({ ok: false, failure: 'outside' });
  });

  it('bounds the read on the handle: a /proc file that stat calls empty is still cut at the limit', async () => {
    const read = await readConfined('/proc/self/status', null, 64);
    expect(read).toMatchObject({ ok: false, failure: 'too-large' });
    expect(message(read)).toMatch(/more than 64 bytes, over the 64 bytes limit/);
  });

  it('refuses a file over the limit by its size, keeping its first bytes for a caller to recognise it', async () => {
    writeFileSync(path.join(workspace, 'big.json'), `{"mappings": [${' '.repeat(200)}]}`);
    const read = await readConfined(path.join(workspace, 'big.json'), workspace, 100);
    expect(read).toMatchObject({ ok: false, failure: 'too-large' });
    expect(!read.ok && read.head?.toString()).toMatch(/^\{"mappings"/);
  });

  it('says a missing file is missing', async () => {
    expect(await readConfined(path.join(workspace, 'nope.json'), workspace)).toMatchObject({ ok: false, failure: 'missing' });
  });
});
