import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { SECRET, useSandbox } from './sandbox.js';
import { inNewRun, registerSecret } from '../../../src/core/run-scope.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { writeOutput } from '../../../src/core/fs/write.js';
import { rejection } from '../../../test-support/harness.js';

const dirs = useSandbox();

const inWorkspace = (name: string) => ({ kind: 'workspace' as const, root: dirs.workspace, name });
const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('writeOutput in the workspace (sarif-file)', () => {
  it('writes inside the workspace with mode 0600, creating missing folders with mode 0700', async () => {
    const written = await inNewRun(() => writeOutput(inWorkspace('results/deep/lint.sarif'), 'sarif'));
    expect(readFileSync(path.join(dirs.workspace, 'results/deep/lint.sarif'), 'utf8')).toBe('sarif');
    expect(written).toBe(path.join(realpathSync(dirs.workspace), 'results/deep/lint.sarif'));
    expect(modeOf(written)).toBe(0o600);
    expect(modeOf(path.join(dirs.workspace, 'results'))).toBe(0o700);
  });

  it('never replaces a file this run did not write, but replaces one it wrote earlier', async () => {
    writeFileSync(path.join(dirs.workspace, 'committed.sarif'), 'committed by the pull request');
    await inNewRun(async () => {
      const error = await rejection(writeOutput(inWorkspace(path.join(dirs.workspace, 'committed.sarif')), 'new'));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.message).toBe(
        `The output path "${path.join(dirs.workspace, 'committed.sarif')}" is not written: a file that this run did not write is already there, and an output never replaces one. Remove it or choose another path.`,
      );
      await writeOutput(inWorkspace('lint.sarif'), 'the lint, longer than the deploy');
      await writeOutput(inWorkspace('lint.sarif'), 'the deploy');
    });
    expect(readFileSync(path.join(dirs.workspace, 'committed.sarif'), 'utf8')).toBe('committed by the pull request');
    expect(readFileSync(path.join(dirs.workspace, 'lint.sarif'), 'utf8')).toBe('the deploy');
    // The next run did not write it.
    await expect(inNewRun(() => writeOutput(inWorkspace('lint.sarif'), 'again'))).rejects.toThrow(/this run did not write/);
  });

  it('takes every secret of the run out of the content, raw or JSON-escaped', async () => {
    const file = await inNewRun(async () => {
      registerSecret('key-123', '[HEROKU_API_KEY]');
      registerSecret('tok"en\\1', '[SF_ACCESS_TOKEN]');
      return writeOutput(inWorkspace('out.json'), JSON.stringify({ name: 'conn key-123', token: 'tok"en\\1' }));
    });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ name: 'conn [HEROKU_API_KEY]', token: '[SF_ACCESS_TOKEN]' });
  });

  it.each([['../../x.sarif'], ['../outside/x.sarif']])('refuses "%s", which leaves the workspace, and writes nothing', async (name) => {
    const error = await rejection(writeOutput(inWorkspace(name), 'sarif'));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/is outside the workspace/);
    expect(existsSync(path.resolve(dirs.workspace, name))).toBe(false);
  });

  it('refuses an absolute path outside the workspace', async () => {
    const target = path.join(dirs.outside, 'x.sarif');
    const error = await rejection(writeOutput(inWorkspace(target), 'sarif'));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(existsSync(target)).toBe(false);
  });

  it('never writes through a committed symlink named like the output: its target is untouched', async () => {
    symlinkSync(path.join(dirs.outside, 'gitconfig'), path.join(dirs.workspace, 'lint.sarif'));
    const error = await rejection(writeOutput(inWorkspace('lint.sarif'), 'sarif'));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/symbolic link/);
    expect(readFileSync(path.join(dirs.outside, 'gitconfig'), 'utf8')).toContain(SECRET);
    expect(lstatSync(path.join(dirs.workspace, 'lint.sarif')).isSymbolicLink()).toBe(true);
  });

  it('never writes through a symlinked folder on the way', async () => {
    symlinkSync(dirs.outside, path.join(dirs.workspace, 'results'));
    const error = await rejection(writeOutput(inWorkspace('results/lint.sarif'), 'sarif'));
    expect(error.message).toMatch(/"results" is a symbolic link/);
    expect(existsSync(path.join(dirs.outside, 'lint.sarif'))).toBe(false);
  });

  it('refuses to write into a FIFO rather than block', async () => {
    execFileSync('mkfifo', [path.join(dirs.workspace, 'lint.sarif')]);
    const error = await rejection(writeOutput(inWorkspace('lint.sarif'), 'sarif'));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/not a regular file/);
  });
});

describe('writeOutput of an edited file (the drift write-back)', () => {
  it('keeps the mode, and replaces the name rather than writing through a hard link to a file outside', async () => {
    const mapping = path.join(dirs.workspace, 'mapping.json');
    linkSync(path.join(dirs.outside, 'gitconfig'), mapping);
    chmodSync(mapping, 0o640);
    await writeOutput(inWorkspace('mapping.json'), '{"mappings": []}', 'edit');
    expect(readFileSync(mapping, 'utf8')).toBe('{"mappings": []}');
    expect(modeOf(mapping)).toBe(0o640);
    expect(readFileSync(path.join(dirs.outside, 'gitconfig'), 'utf8')).toContain(SECRET);
    expect(readdirSync(dirs.workspace)).toEqual(['mapping.json']);
  });

  it('still refuses a symlink at the name', async () => {
    symlinkSync(path.join(dirs.outside, 'gitconfig'), path.join(dirs.workspace, 'mapping.json'));
    await expect(writeOutput(inWorkspace('mapping.json'), '{}', 'edit')).rejects.toThrow(/symbolic link/);
    expect(readFileSync(path.join(dirs.outside, 'gitconfig'), 'utf8')).toContain(SECRET);
  });
});

describe('writeOutput to a path the user named (the CLI --output)', () => {
  it('writes where the user said, even outside the current folder, creating folders', async () => {
    await writeOutput({ kind: 'named', path: path.join(dirs.outside, 'new/report.json') }, 'report', 'replace');
    expect(readFileSync(path.join(dirs.outside, 'new/report.json'), 'utf8')).toBe('report');
  });

  it('replaces the report of an earlier run, as a new 0600 file', async () => {
    const report = path.join(dirs.outside, 'report.json');
    writeFileSync(report, 'the report of yesterday, longer', { mode: 0o644 });
    await writeOutput({ kind: 'named', path: report }, 'today', 'replace');
    expect(readFileSync(report, 'utf8')).toBe('today');
    expect(modeOf(report)).toBe(0o600);
  });

  it('does not follow a symlink at the name itself', async () => {
    symlinkSync(path.join(dirs.outside, 'gitconfig'), path.join(dirs.workspace, 'report.json'));
    const error = await rejection(writeOutput({ kind: 'named', path: path.join(dirs.workspace, 'report.json') }, 'report', 'replace'));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(readFileSync(path.join(dirs.outside, 'gitconfig'), 'utf8')).toContain(SECRET);
  });
});

describe('writeOutput of a private file (the backup, the write-errors file)', () => {
  const place = () => ({ kind: 'private' as const, folder: path.join(dirs.sandbox, 'temp/backups'), prefix: 'backup-app-', suffix: '.json' });

  it('creates a new file with a readable name and a random part each time, mode 0600, in a folder it makes 0700', async () => {
    const first = await writeOutput(place(), 'one');
    const second = await writeOutput(place(), 'two');
    expect(path.basename(first)).toMatch(/^backup-app-[0-9a-f]{8}\.json$/);
    expect(second).not.toBe(first);
    expect([readFileSync(first, 'utf8'), readFileSync(second, 'utf8')]).toEqual(['one', 'two']);
    expect(modeOf(first)).toBe(0o600);
    expect(modeOf(path.join(dirs.sandbox, 'temp/backups'))).toBe(0o700);
  });
});
