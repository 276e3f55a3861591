import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeWorkspace, runAction, runCli } from '../../test-support/harness.js';
import { APP, closeStandIns, EXAMPLE, expectNoKey, KEY, routes, standIn } from '../live/deploy/support.js';

const doc = (mappings: object[]) => `${JSON.stringify({ mappings, version: 1 }, null, 4)}\n`;
const account = (fields: string[], access = 'read_only') => ({ object_name: 'Account', config: { access, sf_polling_seconds: 600, fields: Object.fromEntries(fields.map((f) => [f, {}])) } });
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

function repositoryWith(base: string): string {
  const dir = makeWorkspace({ 'connect/main.json': base });
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  return dir;
}

afterEach(closeStandIns);

describe('heroku-connect-action plan', () => {
  it('shows what the working copy changes against HEAD, with consequences, as text and JSON', async () => {
    const dir = repositoryWith(doc([account(['Id', 'SystemModstamp', 'Name', 'Fax'])]));
    writeFileSync(path.join(dir, 'connect/main.json'), doc([account(['Id', 'SystemModstamp', 'Name'], 'read_write')]));
    const text = await runCli(['plan', 'connect/main.json'], { cwd: dir });
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toContain('connect/main.json');
    expect(text.stdout).toMatch(/Fax/);
    const json = JSON.parse((await runCli(['plan', 'connect/main.json', '--format', 'json'], { cwd: dir })).stdout) as { changes: { kind: string }[] }[];
    expect(json[0]!.changes.map((c) => c.kind).sort()).toEqual(['access-changed', 'field-removed']);
  });

  it('writes the plan as Markdown with --format markdown, as the job summary shows it', async () => {
    const dir = repositoryWith(doc([account(['Id', 'SystemModstamp', 'Name', 'Fax'])]));
    writeFileSync(path.join(dir, 'connect/main.json'), doc([account(['Id', 'SystemModstamp', 'Name'])]));
    const result = await runCli(['plan', 'connect/main.json', '--format', 'markdown'], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^## Heroku Connect mapping plan\n/);
    expect(result.stdout).toMatch(/^\|.*Fax.*\|$/m);
    expect(result.stdout).not.toMatch(/\x1b\[/);
  });

  it('finds no change in a file whose keys were only reordered', async () => {
    const dir = repositoryWith(doc([account(['Id', 'SystemModstamp'])]));
    writeFileSync(
      path.join(dir, 'connect/main.json'),
      `${JSON.stringify({ version: 1, mappings: [{ config: { fields: { SystemModstamp: {}, Id: {} }, sf_polling_seconds: 600, access: 'read_only' }, object_name: 'Account' }] })}\n`,
    );
    const json = JSON.parse((await runCli(['plan', 'connect/main.json', '--format', 'json'], { cwd: dir })).stdout) as { changes: unknown[] }[];
    expect(json[0]!.changes).toEqual([]);
  });

  it('compares with a given revision', async () => {
    const dir = repositoryWith(doc([account(['Id', 'SystemModstamp'])]));
    const first = git(dir, 'rev-parse', 'HEAD').trim();
    writeFileSync(path.join(dir, 'connect/main.json'), doc([account(['Id', 'SystemModstamp', 'Phone'])]));
    git(dir, 'commit', '-q', '-am', 'add Phone');
    const json = JSON.parse((await runCli(['plan', 'connect/main.json', '--base', first, '--format', 'json'], { cwd: dir })).stdout) as { changes: { kind: string; field?: string }[] }[];
    expect(json[0]!.changes).toEqual([expect.objectContaining({ kind: 'field-added', field: 'Phone' })]);
  });

  it('plans against the live connection with --app, reading only (no import)', async () => {
    const server = await standIn();
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await runCli(['plan', 'heroku-connect.json', '--app', APP, '--format', 'json'], {
      cwd: workspace,
      env: { HEROKU_API_KEY: KEY, CONNECT_DISCOVERY_SERVER: server.url },
    });
    expect(result.exitCode).toBe(0);
    const [plan] = JSON.parse(result.stdout) as { changes: { kind: string; object: string }[] }[];
    // Contact is live and in no file: import keeps it. Property__c is new. Account's fields differ.
    expect(plan!.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'mapping-removed', object: 'Contact' }), expect.objectContaining({ kind: 'mapping-added', object: 'Property__c' })]),
    );
    expect(routes(server)).not.toContain('import');
    expectNoKey(result);
  });

  it('refuses --base and --app together, and a missing key, with exit 2', async () => {
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    expect((await runCli(['plan', 'heroku-connect.json', '--app', APP, '--base', 'HEAD'], { cwd: workspace })).exitCode).toBe(2);
    const noKey = await runCli(['plan', 'heroku-connect.json', '--app', APP], { cwd: workspace });
    expect(noKey.exitCode).toBe(2);
    expect(noKey.stderr).toMatch(/HEROKU_API_KEY/);
  });
});

describe('the action, planning against the live connection', () => {
  it('writes the plan output and summary on push, without importing', async () => {
    const server = await standIn();
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await runAction(workspace, { files: 'heroku-connect.json', app: APP, 'heroku-api-key': KEY }, { CONNECT_DISCOVERY_SERVER: server.url, GITHUB_EVENT_NAME: 'push' });
    expect(result.exitCode).toBe(0);
    const plans = JSON.parse(result.outputs.plan!) as { changes: { kind: string; object: string }[] }[];
    expect(plans[0]!.changes).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'mapping-removed', object: 'Contact' })]));
    expect(result.summary).toContain('Heroku Connect mapping plan');
    expect(routes(server)).not.toContain('import');
    expectNoKey(result);
  });
});

describe('heroku-connect-action plan --help', () => {
  it("prints the plan command's usage and exits 0", async () => {
    const result = await runCli(['plan', '--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Usage: heroku-connect-action plan <files\.\.\.>/);
    expect(result.stdout).toContain('--base <ref>');
  });
});
