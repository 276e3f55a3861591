import { lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeWorkspace, REPO_ROOT, runBuiltCli } from '../../test-support/harness.js';

/**
 * lint --fix, --fix-dry-run and init through the BUILT CLI, as a user runs them: the acceptance test
 * of --fix on the bundled broken example (byte for byte), and the files they must not write.
 */
const EXAMPLE = readFileSync(path.join(REPO_ROOT, 'examples/broken-mappings.yml'));

let sandboxes: string[] = [];
afterEach(() => {
  for (const dir of sandboxes) rmSync(dir, { recursive: true, force: true });
  sandboxes = [];
});

function sandbox(files: Record<string, string | Buffer> = {}): string {
  const root = makeWorkspace(files);
  sandboxes.push(root);
  return root;
}

describe('lint --fix through the built CLI', () => {
  it('fixes what it says in the bundled broken example and leaves every other byte as it was', async () => {
    const workspace = sandbox({ 'examples/broken-mappings.yml': EXAMPLE });
    const result = await runBuiltCli(['lint', '--fix', 'examples/broken-mappings.yml'], { cwd: workspace });
    const fixed = readFileSync(path.join(workspace, 'examples/broken-mappings.yml'));
    // The bytes before and after the one place it adds lines at are the example's own.
    const at = EXAMPLE.indexOf('connection:\n');
    const added = Buffer.from('        SystemModstamp: {}\n      indexes:\n        Invoice_Number__c: { unique: true }\n');
    expect(fixed.equals(Buffer.concat([EXAMPLE.subarray(0, at), added, EXAMPLE.subarray(at)]))).toBe(true);
    expect(result.stderr).toBe(
      'fixed examples/broken-mappings.yml:38:21 upsert-field-index: added "Invoice_Number__c": { "unique": true } to the indexes of Invoice__c\n' +
        'fixed examples/broken-mappings.yml:40:7 missing-timestamp-field: added "SystemModstamp": {} to the fields of Invoice__c\n' +
        'Fixed 2 findings in 1 file; 11 left.\n',
    );
    expect(result.stdout).toContain('1 file checked: 10 errors, 1 warning, 0 notices');
    expect(result.exitCode).toBe(1);
    // The file keeps its mode, and nothing else appears beside it.
    expect(lstatSync(path.join(workspace, 'examples/broken-mappings.yml')).mode & 0o777).toBe(0o644 & ~process.umask());
    expect(readdirSync(path.join(workspace, 'examples'))).toEqual(['broken-mappings.yml']);
  });

  it('--fix-dry-run writes nothing; control characters in a file name are escaped in the diff and on stderr', async () => {
    const name = 'evil\x1b[2J\x07\x1b[31mred.json';
    const text = `${JSON.stringify({ mappings: [{ object_name: 'Thing__c', config: { access: 'read_only', fields: { Name: {}, SystemModstamp: {} } } }] }, null, 2)}\n`;
    const workspace = sandbox({ [name]: text });
    const result = await runBuiltCli(['lint', '--fix-dry-run', name], { cwd: workspace });
    expect(readFileSync(path.join(workspace, name), 'utf8')).toBe(text);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/[\x1b\x07]/);
    expect(result.stdout).toMatch(/^\+\+\+ b\/evil\\x1b\[2J\\x07\\x1b\[31mred\.json\n/m);
    expect(result.stdout).toContain('+          "Id": {}\n');
    expect(result.stderr).toMatch(/^would fix evil\\x1b\[2J\\x07\\x1b\[31mred\.json:7:9 missing-id-field/m);
  });

  it('never follows a folder link out of the workspace to fix a file there', async () => {
    const root = sandbox({ 'outside/m.json': JSON.stringify({ mappings: [{ object_name: 'Account', config: { access: 'read_only', fields: { Name: {}, SystemModstamp: {} } } }] }) });
    const workspace = path.join(root, 'ws');
    mkdirSync(workspace);
    symlinkSync(path.join(root, 'outside'), path.join(workspace, 'linked'));
    const before = readFileSync(path.join(root, 'outside/m.json'), 'utf8');
    await runBuiltCli(['lint', '--fix'], { cwd: workspace });
    await runBuiltCli(['lint', '--fix', 'linked/*.json'], { cwd: workspace });
    expect(readFileSync(path.join(root, 'outside/m.json'), 'utf8')).toBe(before);
  });
});

describe('init through the built CLI', () => {
  it('writes nothing through a .github that links out of the repository, and nothing at all', async () => {
    const root = sandbox({ 'outside/keep.txt': 'mine' });
    const repository = path.join(root, 'repo');
    mkdirSync(path.join(repository, '.git'), { recursive: true });
    symlinkSync(path.join(root, 'outside'), path.join(repository, '.github'));
    const result = await runBuiltCli(['init'], { cwd: repository });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^heroku-connect-action: The output path "\.github\/workflows\/heroku-connect-lint\.yml" is not written: "\.github" is a symbolic link/);
    expect(readdirSync(path.join(root, 'outside'))).toEqual(['keep.txt']);
    expect(readdirSync(repository).sort()).toEqual(['.git', '.github']);
  });

  it('writes a configuration the built CLI then lints with', async () => {
    const repository = sandbox({ 'heroku-connect/m.json': JSON.stringify({ mappings: [{ object_name: 'Account', config: { access: 'read_only', fields: { Id: {}, SystemModstamp: {} } } }] }) });
    mkdirSync(path.join(repository, '.git'));
    expect((await runBuiltCli(['init'], { cwd: repository })).exitCode).toBe(0);
    writeFileSync(path.join(repository, 'stray.json'), '{ "mappings": [] }');
    const lint = await runBuiltCli(['lint', '--format', 'json'], { cwd: repository });
    expect((JSON.parse(lint.stdout) as { files: string[] }).files).toEqual(['heroku-connect/m.json']);
  });
});
