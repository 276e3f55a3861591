import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isRecord } from '../../src/core/json.js';
import { makeWorkspace, REPO_ROOT, runBuiltAction } from '../../test-support/harness.js';
import { closeHostileStandIns, HOSTILE_APP, HOSTILE_KEY, HOSTILE_RESOURCE, hostileStandIn, runBuiltActionAgainst } from '../../test-support/hostile-remote.js';

afterEach(closeHostileStandIns);

/** A mapping file the deploy can import: Account, as live, with one more field. */
const MAPPING = `${JSON.stringify({ mappings: [{ object_name: 'Account', config: { access: 'read_only', sf_polling_seconds: 600, fields: { Id: {}, SystemModstamp: {}, Name: {}, Phone: {} } } }], version: 1 }, null, 4)}\n`;

let sandboxes: string[] = [];
afterEach(() => {
  for (const dir of sandboxes) rmSync(dir, { recursive: true, force: true });
  sandboxes = [];
});

/** A folder with the workspace in `ws` and room beside it for what must stay outside. */
function sandbox(files: Record<string, string> = {}): { root: string; workspace: string } {
  const root = makeWorkspace(files);
  sandboxes.push(root);
  const workspace = path.join(root, 'ws');
  mkdirSync(workspace, { recursive: true });
  return { root, workspace };
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

/** The backup name the deploy used to write, for each second from now on: predictable, so a planted link waits there. */
function predictableBackupNames(seconds: number): string[] {
  const start = Math.floor(Date.now() / 1000) - 2;
  return Array.from({ length: seconds + 2 }, (_, i) => {
    const stamp = new Date((start + i) * 1000)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    return `heroku-connect-backup-${HOSTILE_APP}-${HOSTILE_RESOURCE}-${stamp}.json`;
  });
}

describe('the built action writes every file through the one sink', () => {
  it("a symlink planted at the backup's name leaves the file outside untouched; the backup is a new 0600 file the log names", async () => {
    const server = await hostileStandIn();
    const { root, workspace } = sandbox();
    write(workspace, { 'heroku-connect.json': MAPPING });
    const temp = path.join(root, 'runner-temp');
    mkdirSync(temp);
    const victim = path.join(root, 'victim-bashrc');
    writeFileSync(victim, 'precious\n');
    for (const name of predictableBackupNames(40)) symlinkSync(victim, path.join(temp, name));

    const result = await runBuiltActionAgainst(server, workspace, { files: 'heroku-connect.json', command: 'deploy' }, { RUNNER_TEMP: temp });
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    const backup = result.outputs['backup-file']!;
    expect(lstatSync(backup).isFile()).toBe(true);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('Backed up the live configuration'))).toEqual([
      `Backed up the live configuration to ${backup}; import that file to undo this deploy.`,
    ]);
  }, 30_000);

  it('an export echoing the key reaches the backup redacted, and the backup is mode 0600', async () => {
    const server = await hostileStandIn({
      faults: [
        {
          route: 'export',
          fault: { kind: 'mutate', mutate: (body) => (isRecord(body) && isRecord(body.connection) ? { ...body, connection: { ...body.connection, name: `leak ${HOSTILE_KEY}` } } : body) },
        },
      ],
    });
    const { workspace } = sandbox();
    write(workspace, { 'heroku-connect.json': MAPPING });
    const result = await runBuiltActionAgainst(server, workspace, { files: 'heroku-connect.json', command: 'deploy' });
    const backup = result.outputs['backup-file']!;
    const text = readFileSync(backup, 'utf8');
    expect(text).not.toContain(HOSTILE_KEY);
    expect(JSON.parse(text).connection.name).toBe('leak [HEROKU_API_KEY]');
    expect(statSync(backup).mode & 0o777).toBe(0o600);
  }, 30_000);
});

describe("the built action on a fork's pull_request_target", () => {
  it.each(['drift', 'health'])(
    'command: %s refuses with the one message and sends the key nowhere',
    async (command) => {
      const server = await hostileStandIn();
      const { root, workspace } = sandbox();
      write(workspace, { 'heroku-connect/shop.json': MAPPING });
      const event = path.join(root, 'event.json');
      writeFileSync(
        event,
        JSON.stringify({ pull_request: { number: 5, base: { sha: 'b'.repeat(40), repo: { full_name: 'shop/connect' } }, head: { sha: 'c'.repeat(40), repo: { full_name: 'stranger/connect' } } } }),
      );
      const result = await runBuiltActionAgainst(
        server,
        workspace,
        { command, files: 'heroku-connect/*.json', 'write-back': 'true' },
        { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'shop/connect' },
      );
      expect(result.exitCode).toBe(1);
      const errors = result.annotations.filter((annotation) => annotation.level === 'error');
      expect(errors.map((error) => error.message)).toEqual([
        "Not using the Heroku API key on a pull_request_target event: the pull request's code and files, which anyone may have written, would decide what is done with it. " +
          'Run this on push, schedule or workflow_dispatch. To use it on such pull requests anyway (a review-app connection the pull request may change), turn on allow-pull-request-secrets.',
      ]);
      expect(server.requests).toEqual([]);
      expect(readFileSync(path.join(workspace, 'heroku-connect/shop.json'), 'utf8')).toBe(MAPPING);
    },
    30_000,
  );
});

describe('the built action on hostile paths and globs in the configuration file', () => {
  it('a describe glob "../*.json" names nothing outside the workspace', async () => {
    const { workspace } = sandbox({ 'outside-credentials.json': '{"token": "outside"}' });
    write(workspace, { '.heroku-connect.yml': 'describe:\n  - "../*.json"\n', 'heroku-connect.json': MAPPING });
    const result = await runBuiltAction(workspace, {});
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((annotation) => annotation.level === 'error').map((error) => error.message)).toEqual([
      `The describe pattern "../*.json" leaves the workspace (${workspace}); describe paths and globs are relative to the workspace and stay inside it, without "..".`,
    ]);
    expect(`${result.stdout}${result.stderr}${result.summary}`).not.toContain('outside-credentials');
  }, 30_000);

  it('a nested extglob in the files is refused within a second, naming the pattern', async () => {
    const { workspace } = sandbox();
    write(workspace, { '.heroku-connect.yml': 'files:\n  - "*(*a*)*(*a*)x.json"\n', [`${'a'.repeat(30)}.json`]: MAPPING });
    const started = Date.now();
    const result = await runBounded(path.join(REPO_ROOT, 'dist/cli/index.js'), ['lint'], workspace, 8_000);
    expect({ signal: result.signal, ms: Date.now() - started < 1_000 ? 'under a second' : Date.now() - started }).toEqual({ signal: null, ms: 'under a second' });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^heroku-connect-action: The files pattern "\*\(\*a\*\)\*\(\*a\*\)x\.json" has a group or an extglob .*Write the alternatives in braces/);
  }, 15_000);
});

describe('the built action on a hostile app.json', () => {
  /** Polled every 2 minutes: an error only on the demo plan, so the plan app.json gives shows in the exit code. */
  const FAST = MAPPING.replace('"sf_polling_seconds": 600', '"sf_polling_seconds": 120');
  const PROVISIONS_DEMO = JSON.stringify({ addons: ['herokuconnect'] });

  it('reads the plan from the workspace app.json, and from no link out of it, no FIFO and no directory', async () => {
    const { root, workspace } = sandbox({ 'outside-app.json': PROVISIONS_DEMO });
    write(workspace, { 'heroku-connect.json': FAST, 'app.json': PROVISIONS_DEMO });
    const read = await runBuiltAction(workspace, { files: 'heroku-connect.json' });
    expect(read.exitCode).toBe(1);
    expect(read.stdout).toContain('Heroku Connect plan: demo, from the herokuconnect add-on in app.json');

    rmSync(path.join(workspace, 'app.json'));
    symlinkSync(path.join(root, 'outside-app.json'), path.join(workspace, 'app.json'));
    const linked = await runBuiltAction(workspace, { files: 'heroku-connect.json' });
    expect([linked.exitCode, linked.stdout.includes('Heroku Connect plan:')]).toEqual([0, false]);

    rmSync(path.join(workspace, 'app.json'));
    mkdirSync(path.join(workspace, 'app.json'));
    const folder = await runBuiltAction(workspace, { files: 'heroku-connect.json' });
    expect([folder.exitCode, folder.stdout.includes('Heroku Connect plan:')]).toEqual([0, false]);

    rmSync(path.join(workspace, 'app.json'), { recursive: true });
    execFileSync('mkfifo', [path.join(workspace, 'app.json')]);
    const fifo = await runBounded(path.join(REPO_ROOT, 'dist/cli/index.js'), ['lint', 'heroku-connect.json'], workspace, 8_000);
    expect({ signal: fifo.signal, exitCode: fifo.exitCode, stderr: fifo.stderr }).toEqual({ signal: null, exitCode: 0, stderr: '' });
  }, 30_000);
});

/** Spawns node on `script`, killed after `ms` (an unbounded match would otherwise keep a core busy for minutes). */
function runBounded(script: string, args: string[], cwd: string, ms: number): Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: tmpdir() }, timeout: ms, killSignal: 'SIGKILL' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode, signal) => resolve({ exitCode, signal, stderr }));
  });
}
