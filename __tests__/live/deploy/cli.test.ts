import { readdirSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main.js';
import { cleanEnv, makeWorkspace, runCli } from '../../../test-support/harness.js';
import { renderGfm, visibleText } from '../../../test-support/render-markdown.js';
import { APP, closeStandIns, CONNECTION, deployAction, deployCli, EXAMPLE, expectNoKey, KEY, RESOURCE, standIn } from './support.js';

afterEach(closeStandIns);

const FAST = { lagMs: 300, importMs: 300, syncMs: 300 };

describe('heroku-connect-action deploy', () => {
  it('lints, deploys and waits: the report and outcome on stdout, progress on stderr, exit 0', async () => {
    const server = await standIn({ timing: FAST });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await deployCli(workspace, server, ['--backup-dir', 'backups']);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      /^1 file checked: 0 errors, 0 warnings, 0 notices\nDeployed to connection "herokuconnect-shop-12345" of app "shop-production" \(plan enterprise\) in \d+ s; the live configuration matches the files\.\n/,
    );
    expect(result.stdout).toMatch(/^Changes \(5\):\n {4}Account: field added: BillingCity\n/m);
    expect(result.stdout).toMatch(/^Heroku Connect diagnose: 0 error\(s\), 0 warning\(s\), 4 passed, 1 skipped$/m);
    expect(result.stdout).toMatch(/^ {2}Account {6}DATA_SYNCED \(OK\)$/m);
    expect(result.stdout).toMatch(/^Live mappings not in the files, left in place: Contact$/m);
    expect(result.stderr).toMatch(/^Waiting for Heroku Connect to apply the import \(every 1 s, at most 20 s\):\n {2}\[1 s\] connection: /m);
    expect(result.stderr).toMatch(/^notice: The file was exported at Salesforce API 62\.0/m);
    const backups = readdirSync(path.join(workspace, 'backups'));
    expect(backups).toEqual([expect.stringMatching(new RegExp(`^heroku-connect-backup-shop-production-${RESOURCE}-\\d{8}T\\d{6}Z-[0-9a-f]{8}\\.json$`))]);
    expect(server.imports).toHaveLength(1);
    expectNoKey(result);
  });

  it('on a terminal shows the wait alive in one status line that each poll rewrites, and clears it before every other line', async () => {
    // Heroku Connect takes 6 s to show the import: polls every second see nothing change in between.
    const server = await standIn({ timing: { lagMs: 6000, importMs: 300, syncMs: 300 } });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    let stderr = '';
    const exitCode = await main(['deploy', 'heroku-connect.json', '--app', APP, '--poll-interval', '1', '--wait-timeout', '30', '--no-diagnose'], {
      stdout: { write: () => true },
      stderr: { write: (text: string) => (stderr += text), isTTY: true, columns: 160 },
      env: cleanEnv({ HEROKU_API_KEY: KEY, CONNECT_DISCOVERY_SERVER: server.url }),
      cwd: workspace,
      clock: server.clock,
    });
    expect(exitCode).toBe(0);
    const beats = stderr.split('\r').filter((part) => part.includes('Still waiting for'));
    expect(beats.length).toBeGreaterThanOrEqual(3);
    expect(beats[0]).toMatch(/^ {2}\[\d+ s\] Still waiting for a sign that Heroku Connect has taken up the import: connection IDLE; DATA_SYNCED: Account; \d+ s left\.$/);
    for (const beat of beats) expect(beat.length).toBeLessThan(160);
    // What the terminal shows once it is over: every status line was overwritten, no line is left half-covered.
    const screen = terminalScreen(stderr);
    // A status only partly overwritten would leave its end, "… s left.", on a line.
    expect(screen.filter((line) => /Still waiting| left\.$/.test(line))).toEqual([]);
    expect(screen).toContain('  Heroku Connect has taken up the import: the connection went into IMPORT_CONFIGURATION.');
    expectNoKey({ exitCode, stdout: '', stderr });
  });

  it('exits 1 when the deploy fails, naming the mapping in BAD_CONFIG on stderr', async () => {
    const server = await standIn({ timing: FAST, badConfig: { Account: 'Invalid field: Industry' } });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await deployCli(workspace, server);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^heroku-connect-action: deploy failed: The import failed: Account BAD_CONFIG \(Invalid field: Industry\)\./m);
    expect(result.stdout).toMatch(/^Deploy to connection .* failed after \d+ s; the import was accepted\.$/m);
    expectNoKey(result);
  });

  it('exits 0 when a check cannot be read after the import, naming it as not run on stdout and warning on stderr', async () => {
    // Each mapping's own diagnose still runs, and its one check passes, when the connection's cannot be read.
    const passing = { passes: [{ rule_id: 'UPSERT_FIELD', display_name: 'Upsert Field', status: 'PASSED' as const, message: 'OK.' }] };
    const server = await standIn({
      timing: FAST,
      validation: { mappings: { Account: passing, Property__c: passing } },
      faults: [{ route: 'validate', times: Infinity, fault: { kind: 'status', status: 500 } }],
    });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await deployCli(workspace, server);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Not run: Heroku Connect's diagnose of the connection: .*HTTP 500/m);
    expect(result.stdout).toMatch(/^Heroku Connect diagnose: 0 error\(s\), 0 warning\(s\), 2 passed, 0 skipped$/m);
    expect(result.stderr).toMatch(/^ {2}warning: Could not read Heroku Connect's diagnose of the connection, so that check did not run/m);
    expectNoKey(result);
  });

  it('exits 1 without contacting Heroku Connect when the lint fails', async () => {
    const server = await standIn();
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE.replace('"sf_polling_seconds": 600', '"sf_polling_seconds": 90') });
    const result = await deployCli(workspace, server);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/polling-interval/);
    expect(result.stderr).toMatch(/^Not deploying: the lint findings reach --fail-on error\. Nothing was imported\.$/m);
    expect(server.requests).toEqual([]);
  });

  it('exits 2 for a connection that cannot take an import, and for missing options', async () => {
    const server = await standIn({ connections: [{ ...CONNECTION, state: 'SYSTEM_ON_ICE' }] });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const refused = await deployCli(workspace, server);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/^heroku-connect-action: The connection cannot take an import now: it is SYSTEM_ON_ICE, which means the demo connection was put on ice/m);
    expect(server.imports).toEqual([]);

    const cli = (args: string[], env: NodeJS.ProcessEnv) => runCli(['deploy', ...args], { cwd: workspace, env });
    const noApp = await cli(['heroku-connect.json'], { HEROKU_API_KEY: KEY });
    expect(noApp.exitCode).toBe(2);
    expect(noApp.stderr).toMatch(/Deploying needs "app"/);
    const noKey = await cli(['heroku-connect.json', '--app', 'x'], {});
    expect(noKey.exitCode).toBe(2);
    expect(noKey.stderr).toMatch(/Deploying needs a Heroku API key/);
    const noFiles = await cli(['--app', 'x'], { HEROKU_API_KEY: KEY });
    expect(noFiles.exitCode).toBe(2);
    expect(noFiles.stderr).toMatch(/Deploying needs the mapping files named/);
  });
});

describe('the deploy with hostile answers from Heroku Connect', () => {
  // A live mapping's name and a state description are the API's to choose: printed, they must stay text.
  const HOSTILE = 'Evil\u001b[2J\u202e\n::error file=README.md,line=1::pwned__c';
  const connection = { ...CONNECTION, mappings: [...(CONNECTION.mappings ?? []), { object_name: HOSTILE, config: { access: 'read_only', sf_polling_seconds: 600, fields: { Id: {} } } }] };

  it('the CLI shows them as escapes on stdout and stderr', async () => {
    const server = await standIn({ timing: FAST, connections: [connection], badConfig: { Account: `Invalid field\u001b]8;;http://evil.example\u0007x` } });
    const result = await deployCli(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server);
    expect(result.exitCode).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toContain('Evil\\x1b[2J\\u202e\\n::error');
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
  });

  it('the action starts no workflow command with them, and the summary stays text', async () => {
    const server = await standIn({ timing: FAST, connections: [connection] });
    const result = await deployAction(makeWorkspace({ 'heroku-connect.json': EXAMPLE }), server);
    expect(result.annotations.filter((a) => a.properties.file === 'README.md')).toEqual([]);
    expect(result.stdout).not.toMatch(/^\s*::error file=README\.md/m);
    expect(result.summary).not.toMatch(/[\u001b\u202e]/);
    expect(visibleText(renderGfm(result.summary))).toContain('Evil\\x1b[2J\\u202e\\n::error');
  });
});

/** The lines a terminal shows for `text`: a carriage return goes back to the line's start, and what follows overwrites it. */
function terminalScreen(text: string): string[] {
  return text.split('\n').map((line) => {
    let shown = '';
    for (const part of line.split('\r')) shown = part + shown.slice(part.length);
    return shown.trimEnd();
  });
}
