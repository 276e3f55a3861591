import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../../src/errors.js';
import { readConfined, writeInsideWorkspace, writeNamedFile } from '../../src/fs/workspace.js';
import { rejection } from '../../test-support/harness.js';

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

describe('writeInsideWorkspace', () => {
  it('writes inside the workspace, creating missing folders', async () => {
    await writeInsideWorkspace(workspace, 'results/deep/lint.sarif', 'sarif');
    expect(readFileSync(path.join(workspace, 'results/deep/lint.sarif'), 'utf8')).toBe('sarif');
  });

  it('accepts an absolute path inside the workspace and overwrites a regular file', async () => {
    writeFileSync(path.join(workspace, 'lint.sarif'), 'old content that is longer');
    await writeInsideWorkspace(workspace, path.join(workspace, 'lint.sarif'), 'new');
    expect(readFileSync(path.join(workspace, 'lint.sarif'), 'utf8')).toBe('new');
  });

  it.each([['../../x.sarif'], ['../outside/x.sarif']])('refuses "%s", which leaves the workspace, and writes nothing', async (name) => {
    const error = await rejection(writeInsideWorkspace(workspace, name, 'sarif'));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/is outside the workspace/);
    expect(existsSync(path.resolve(workspace, name))).toBe(false);
  });

  it('refuses an absolute path outside the workspace', async () => {
    const target = path.join(outside, 'x.sarif');
    const error = await rejection(writeInsideWorkspace(workspace, target, 'sarif'));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(existsSync(target)).toBe(false);
  });

  it('never writes through a committed symlink named like the output: its target is untouched', async () => {
    symlinkSync(path.join(outside, 'gitconfig'), path.join(workspace, 'lint.sarif'));
    const error = await rejection(writeInsideWorkspace(workspace, 'lint.sarif', 'sarif'));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/symbolic link/);
    expect(readFileSync(path.join(outside, 'gitconfig'), 'utf8')).toContain(SECRET);
    expect(lstatSync(path.join(workspace, 'lint.sarif')).isSymbolicLink()).toBe(true);
  });

  it('never writes through a symlinked folder on the way', async () => {
    symlinkSync(outside, path.join(workspace, 'results'));
    const error = await rejection(writeInsideWorkspace(workspace, 'results/lint.sarif', 'sarif'));
    expect(error.message).toMatch(/"results" is a symbolic link/);
    expect(existsSync(path.join(outside, 'lint.sarif'))).toBe(false);
  });

  it('refuses to write into a FIFO rather than block', async () => {
    execFileSync('mkfifo', [path.join(workspace, 'lint.sarif')]);
    const error = await rejection(writeInsideWorkspace(workspace, 'lint.sarif', 'sarif'));
    expect(error).toBeInstanceOf(ConfigurationError);
  });
});

describe('writeNamedFile (the CLI --output)', () => {
  it('writes where the user said, even outside the current folder, creating folders', async () => {
    await writeNamedFile(path.join(outside, 'new/report.json'), 'report');
    expect(readFileSync(path.join(outside, 'new/report.json'), 'utf8')).toBe('report');
  });

  it('does not follow a symlink at the name itself', async () => {
    symlinkSync(path.join(outside, 'gitconfig'), path.join(workspace, 'report.json'));
    const error = await rejection(writeNamedFile(path.join(workspace, 'report.json'), 'report'));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(readFileSync(path.join(outside, 'gitconfig'), 'utf8')).toContain(SECRET);
  });
});
