import { readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownText } from '../../src/core/output/escape.js';
import { makeWorkspace, REPO_ROOT, runBuiltCli, runCli } from '../../test-support/harness.js';

const mappingFile = (fields: string, polling = 600) =>
  JSON.stringify({ mappings: [{ object_name: 'Thing__c', config: { access: 'read_only', sf_polling_seconds: polling, fields: JSON.parse(`{${fields}}`) } }] }, null, 4);

describe('heroku-connect-action lint', () => {
  it('prints each finding at file:line:column with its level, message and rule, and exits 1 when an error is found', async () => {
    const workspace = makeWorkspace({ 'm.json': mappingFile('"Name": {}, "SystemModstamp": {}') });
    const result = await runCli(['lint', 'm.json'], { cwd: workspace });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^m\.json:8:17 {2}error {2}Thing__c does not map Id\./m);
    expect(result.stdout).toMatch(/ {2}missing-id-field$/m);
    expect(result.stdout).toMatch(/1 file checked: 1 error, 0 warnings, 0 notices/);
    expect(result.stdout).not.toMatch(/\x1b\[/);
  });

  it('exits 0 on a clean file and when nothing reaches --fail-on', async () => {
    const workspace = makeWorkspace({ 'clean.json': mappingFile('"Id": {}, "SystemModstamp": {}'), 'bad.json': mappingFile('"Name": {}, "SystemModstamp": {}') });
    expect((await runCli(['lint', 'clean.json'], { cwd: workspace })).exitCode).toBe(0);
    expect((await runCli(['lint', 'bad.json', '--fail-on', 'never'], { cwd: workspace })).exitCode).toBe(0);
    expect((await runCli(['lint', 'bad.json', '--rule', 'missing-id-field=notice', '--fail-on', 'warning'], { cwd: workspace })).exitCode).toBe(0);
    expect((await runCli(['lint', 'bad.json', '--rule', 'missing-id-field=notice', '--fail-on', 'notice'], { cwd: workspace })).exitCode).toBe(1);
  });

  it('writes JSON and SARIF reports', async () => {
    const workspace = makeWorkspace({ 'm.json': mappingFile('"Id": {}, "SystemModstamp": {}', 90) });
    const json = JSON.parse((await runCli(['lint', 'm.json', '--format', 'json'], { cwd: workspace })).stdout);
    expect(json.counts).toEqual({ error: 1, warning: 0, notice: 0 });
    expect(json.findings[0]).toMatchObject({ ruleId: 'polling-interval', file: 'm.json', line: 7, column: 39 });
    const sarifRun = await runCli(['lint', 'm.json', '--format', 'sarif', '--output', 'out.sarif'], { cwd: workspace });
    expect(sarifRun.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'out.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'polling-interval', level: 'error' });
  });

  it('writes GitHub workflow commands with --format github', async () => {
    const workspace = makeWorkspace({ 'm.json': mappingFile('"Name": {}, "SystemModstamp": {}') });
    // The built CLI: @actions/core writes the commands to the process's own stdout.
    const result = await runBuiltCli(['lint', 'm.json', '--format', 'github'], { cwd: workspace });
    expect(result.stdout).toMatch(/^::error title=missing-id-field,file=m\.json,line=8,endLine=8,col=17,endColumn=24::Thing__c does not map Id/m);
  });

  it('previews the pull request comment with --format comment: hostile text escaped, lines linked only at a known commit', async () => {
    const hostileKey = '<img src=x>@octocat|`x`';
    const mapping = JSON.parse(mappingFile('"Id": {}, "SystemModstamp": {}'));
    mapping.mappings[0].config[hostileKey] = 1;
    const workspace = makeWorkspace({ 'm.json': JSON.stringify(mapping, null, 4) });
    const local = await runCli(['lint', 'm.json', '--format', 'comment'], { cwd: workspace });
    expect(local.exitCode).toBe(1);
    expect(local.stdout).toMatch(/^## Heroku Connect mapping lint\n\n1 mapping file checked: \*\*1 error\*\*/);
    const row = local.stdout.split('\n').find((line) => line.startsWith('| ❌ error | '))!;
    expect(row).toContain(`| ❌ error | m.json:12 | <a href="${'https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#schema'}">schema</a> | `);
    expect(row).toContain(`Unknown key &#34;${markdownText(hostileKey)}&#34;`);
    expect(row).not.toMatch(/<img|@octocat|`/);
    const inWorkflow = await runCli(['lint', 'm.json', '--format', 'comment'], { cwd: workspace, env: { GITHUB_REPOSITORY: 'acme/maps', GITHUB_SHA: 'abc123' } });
    expect(inWorkflow.stdout).toContain('| ❌ error | <a href="https://github.com/acme/maps/blob/abc123/m.json#L12">m.json:12</a> | ');
  });

  it('lints a directory, finding mapping files by content', async () => {
    const workspace = makeWorkspace({ 'connect/a.json': mappingFile('"Id": {}, "SystemModstamp": {}'), 'connect/other.json': '{"name": "not a mapping file"}' });
    const result = await runCli(['lint', 'connect', '--format', 'json'], { cwd: workspace });
    expect(JSON.parse(result.stdout).files).toEqual(['connect/a.json']);
  });

  it('exits 2 with a clear message on usage errors', async () => {
    const workspace = makeWorkspace({ 'm.json': mappingFile('"Id": {}') });
    for (const args of [['lint', '--format', 'xml'], ['lint', '--rule', 'no-such-rule=off'], ['lint', '--bogus'], ['frobnicate'], []]) {
      const result = await runCli(args, { cwd: workspace });
      expect({ args, exitCode: result.exitCode }).toEqual({ args, exitCode: 2 });
    }
    const unknownRule = await runCli(['lint', '--rule', 'missing-id-feld=off'], { cwd: workspace });
    expect(unknownRule.stderr).toMatch(/Unknown rule "missing-id-feld"\. Did you mean "missing-id-field"\?/);
    expect(unknownRule.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('lints the bundled examples with the built CLI, as the README shows', async () => {
    const result = await runBuiltCli(['lint', 'examples'], { cwd: REPO_ROOT });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('examples/broken-mappings.yml');
    expect(result.stdout).not.toContain('examples/heroku-connect.json');
  });
});

describe('the CLI process', () => {
  it('exits quietly when the reader of its output goes away', async () => {
    const { spawn } = await import('node:child_process');
    const many = JSON.stringify({ mappings: Array.from({ length: 3000 }, (_, i) => ({ object_name: `T${i}__c`, config: { access: 'read_only', fields: { Name: {} } } })) }, null, 4);
    const workspace = makeWorkspace({ 'm.json': many });
    const stderr = await new Promise<string>((resolve) => {
      const child = spawn(process.env.HCA_TEST_NODE || process.execPath, [path.join(REPO_ROOT, 'dist/cli/index.js'), 'lint', 'm.json'], { cwd: workspace });
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', () => resolve(errors));
    });
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
  });
});
