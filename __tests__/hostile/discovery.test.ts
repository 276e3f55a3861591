import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeWorkspace, runBuiltAction, runBuiltCli } from '../../test-support/harness.js';

/**
 * Discovery as a user meets it, through the BUILT CLI and action: nothing found is a configuration
 * error naming the pattern and where it was resolved, .gitignore is honoured in a git checkout,
 * describes linted as mapping files get a hint, and a lint of named files loads only what it needs.
 */
const MAPPING = JSON.stringify({ mappings: [{ object_name: 'Account', config: { access: 'read_only', fields: { Id: {}, SystemModstamp: {} } } }] });
const DESCRIBE = JSON.stringify({ name: 'Account', custom: false, fields: [{ name: 'Id', type: 'id' }] });
const SKIPPED = '(node_modules, .git, hidden folders and what .gitignore ignores are not searched)';

describe('the built CLI: nothing to lint', () => {
  it('exits 2 on a glob that matched nothing, naming it and the folder it was resolved to, in one line', async () => {
    const ws = makeWorkspace({ 'heroku-connect/a.json': MAPPING });
    const result = await runBuiltCli(['lint', 'heroku-conect/**/*.json'], { cwd: ws });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `heroku-connect-action: No mapping file found: "heroku-conect/**/*.json" matched no mapping file (searched ${path.join(ws, 'heroku-conect')} for it) ${SKIPPED}. ` +
        `Check the paths, relative to ${ws}, and quote a glob ('heroku-connect/**/*.json') so that the shell passes it as written.\n`,
    );
  });

  it('exits 2 on an empty folder given as an absolute path, naming that folder', async () => {
    const ws = makeWorkspace();
    const empty = mkdtempSync(path.join(tmpdir(), 'hca-empty-'));
    const result = await runBuiltCli(['lint', empty], { cwd: ws });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^heroku-connect-action: No mapping file found: "${empty}" holds no mapping file \\(searched ${empty}\\) `));
  });
});

describe('the built action: nothing to lint', () => {
  it('fails with one configuration error in the words of the files input', async () => {
    const ws = makeWorkspace({ 'heroku-connect/a.json': MAPPING });
    const result = await runBuiltAction(ws, { files: 'heroku-connect/a.json\nconnect/*.json' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        properties: { title: 'Configuration error' },
        message:
          `No mapping file found: "connect/*.json" matched no mapping file (searched ${path.join(ws, 'connect')} for it) ${SKIPPED}. ` +
          'Check the files input (paths and globs relative to the workspace), and that the repository is checked out (actions/checkout) before this step.',
      }),
    ]);
  });
});

describe('the built CLI: .gitignore', () => {
  it('leaves out the folders a git checkout ignores, asking git once', async () => {
    const ws = makeWorkspace({ '.gitignore': 'build/\n', 'heroku-connect.json': MAPPING, 'build/heroku-connect.json': '{"mappings": [{"object_name": "Broken"}]}' });
    execFileSync('git', ['init', '-q'], { cwd: ws });
    const result = await runBuiltCli(['lint', '--format', 'json'], { cwd: ws });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect((JSON.parse(result.stdout) as { files: string[] }).files).toEqual(['heroku-connect.json']);
  });
});

describe('the built CLI: describes linted as mapping files', () => {
  it('says to quote the --describe glob that the shell expanded', async () => {
    const ws = makeWorkspace({ 'describe/Account.json': DESCRIBE, 'describe/Contact.json': DESCRIBE, 'describe/Lead.json': DESCRIBE, 'heroku-connect.json': MAPPING });
    // What `lint --describe describe/*.json heroku-connect.json` becomes once the shell expanded it.
    const result = await runBuiltCli(['lint', '--describe', 'describe/Account.json', 'describe/Contact.json', 'describe/Lead.json', 'heroku-connect.json'], { cwd: ws });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      'warning: describe/Contact.json, describe/Lead.json look like Salesforce describes, not mapping files, and were linted as mapping files. ' +
        "If they were meant for --describe, quote its glob so that the shell passes it as written (--describe 'describe/*.json'), or give --describe once per file.\n",
    );
  });
});

describe('the built CLI: what a lint of named files loads', () => {
  it("loads neither the writing sink (node:crypto, node:fs/promises), nor git, nor the clock's timers", async () => {
    const ws = makeWorkspace({ 'heroku-connect.json': MAPPING });
    const scratch = mkdtempSync(path.join(tmpdir(), 'hca-loaded-'));
    const loaded = path.join(scratch, 'loaded.txt');
    const recorder = path.join(scratch, 'record.cjs');
    writeFileSync(recorder, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(loaded)}, process.moduleLoadList.join('\\n')));`);
    const result = await runBuiltCli(['lint', 'heroku-connect.json'], { cwd: ws, env: { NODE_OPTIONS: `--require=${recorder}` } });
    expect(result.exitCode).toBe(0);
    const modules = readFileSync(loaded, 'utf8').split('\n');
    expect(modules).toContain('NativeModule fs');
    expect(modules.filter((name) => /^NativeModule (crypto|fs\/promises|readline|child_process|timers\/promises)$/.test(name))).toEqual([]);
  });

  it('searches a folder without the glob library', async () => {
    const ws = makeWorkspace({ 'heroku-connect/a.json': MAPPING });
    const scratch = mkdtempSync(path.join(tmpdir(), 'hca-loaded-'));
    const loaded = path.join(scratch, 'loaded.txt');
    const recorder = path.join(scratch, 'record.cjs');
    // The bundled glob library requires picomatch from node_modules when it is evaluated, if one is there (as in this repository).
    writeFileSync(recorder, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(loaded)}, Object.keys(require.cache).join('\\n')));`);
    const result = await runBuiltCli(['lint', 'heroku-connect'], { cwd: ws, env: { NODE_OPTIONS: `--require=${recorder}` } });
    expect(result.exitCode).toBe(0);
    expect(
      readFileSync(loaded, 'utf8')
        .split('\n')
        .filter((name) => name.includes(`${path.sep}node_modules${path.sep}`)),
    ).toEqual([]);
  });
});
