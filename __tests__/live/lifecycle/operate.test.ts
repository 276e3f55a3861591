import { makeWorkspace, runAction, runCli } from '../../../test-support/harness.js';
import { APP, closeStandIns, CONNECTION, expectNoKey, KEY, RESOURCE, routes, standIn, type TimedStandIn } from '../deploy/support.js';

afterEach(closeStandIns);

const FAST = { lagMs: 300, importMs: 300, syncMs: 300, actionMs: 2500 };

function cli(server: TimedStandIn, args: string[], env: NodeJS.ProcessEnv = {}) {
  return runCli([...args, '--app', APP, '--poll-interval', '1', '--wait-timeout', '20'], {
    cwd: makeWorkspace(),
    env: { HEROKU_API_KEY: KEY, CONNECT_DISCOVERY_SERVER: server.url, ...env },
    clock: server.clock,
  });
}

function action(server: TimedStandIn, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  return runAction(
    makeWorkspace(),
    { app: APP, 'heroku-api-key': KEY, 'poll-interval': '1', 'wait-timeout': '20', ...inputs },
    { CONNECT_DISCOVERY_SERVER: server.url, ...env },
    { clock: server.clock },
  );
}

const actionRoutes = (server: TimedStandIn) => routes(server).filter((route) => ['pause', 'resume', 'restart', 'reload'].includes(route));

describe('the operator commands', () => {
  it('each has its --help, from the tables: the app, the waits and, for reload, the confirmation', async () => {
    const pause = await runCli(['pause', '--help'], { cwd: makeWorkspace() });
    expect(pause.exitCode).toBe(0);
    expect(pause.stdout).toMatch(/^Usage: heroku-connect-action pause --app <app>\n/);
    expect(pause.stdout).toMatch(/^ {2}--wait-timeout <seconds> /m);
    expect(pause.stdout).toMatch(/^ {2}--poll-interval <seconds> /m);
    const reload = await runCli(['reload', '--help'], { cwd: makeWorkspace() });
    expect(reload.stdout).toMatch(/^Usage: heroku-connect-action reload <mapping\.\.\.> --app <app> --confirm <app>\n/);
    expect(reload.stdout.replace(/\n +/g, ' ')).toMatch(/ --confirm <app> +The app's name again: reload empties each table and loads it again /);
    const overview = await runCli(['--help'], { cwd: makeWorkspace() });
    for (const command of ['pause --app <app>', 'resume --app <app>', 'restart --app <app>', 'recover --app <app>', 'reload <mapping...>']) expect(overview.stdout).toContain(`  ${command}`);
  });

  it('pause: posts the pause from IDLE and waits until the connection is PAUSED', async () => {
    const server = await standIn({ timing: FAST });
    const result = await cli(server, ['pause']);
    expect(result.stderr).toMatch(/^Asked Heroku Connect to pause the connection; waiting for PAUSED\.$/m);
    expect(result.stderr).toMatch(/^\[3 s\] connection: IDLE → PAUSED$/m);
    expect(result.stdout).toMatch(new RegExp(`^pause on connection ${RESOURCE} of app ${APP}: done in 3 s; the connection is PAUSED\\.\\n {2}pause: done after 3 s, the connection is PAUSED\\n$`));
    expect(result.exitCode).toBe(0);
    expect(actionRoutes(server)).toEqual(['pause']);
    expectNoKey(result);
  });

  it('pause: refuses a connection that is not IDLE, sending nothing', async () => {
    const server = await standIn({ timing: FAST, connections: [{ ...CONNECTION, state: 'PAUSED' }] });
    const result = await cli(server, ['pause']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^heroku-connect-action: A connection can only be paused when it is IDLE; it is PAUSED\. Nothing was sent\./m);
    expect(actionRoutes(server)).toEqual([]);
  });

  it('pause: fails when the pause never takes effect, naming the state it waited for and the last one seen', async () => {
    const server = await standIn({ timing: FAST, pauseNeverTakesEffect: true });
    const result = await runCli(['pause', '--app', APP, '--poll-interval', '1', '--wait-timeout', '5'], {
      cwd: makeWorkspace(),
      env: { HEROKU_API_KEY: KEY, CONNECT_DISCOVERY_SERVER: server.url },
      clock: server.clock,
    });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(
      /^heroku-connect-action: pause failed: Waited 5 s for the connection to be PAUSED, which did not happen: the connection is IDLE\. Raise wait-timeout if it needs longer\.$/m,
    );
    const inAction = await action(await standIn({ timing: FAST, pauseNeverTakesEffect: true }), { command: 'pause', 'wait-timeout': '5' });
    expect(inAction.exitCode).toBe(1);
    expect(inAction.stdout).toMatch(/^::error title=Heroku Connect failed::Waited 5 s for the connection to be PAUSED, which did not happen: the connection is IDLE\./m);
    expect(inAction.summary).toContain('❌ pause');
  });

  it('resume: only from PAUSED, then waits for IDLE', async () => {
    const server = await standIn({ timing: FAST, connections: [{ ...CONNECTION, state: 'PAUSED' }] });
    const result = await cli(server, ['resume']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/^\[3 s\] connection: PAUSED → IDLE$/m);
    expect(result.stdout).toMatch(/^ {2}resume: done after 3 s, the connection is IDLE$/m);
    const idle = await standIn({ timing: FAST });
    const refused = await cli(idle, ['resume']);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/^heroku-connect-action: Only a PAUSED connection can be resumed; it is IDLE\. Nothing was sent\. It is already running\.$/m);
    expect(actionRoutes(idle)).toEqual([]);
  });

  it('restart and its alias recover: the connection passes RECOVERY and is IDLE again', async () => {
    for (const command of ['restart', 'recover']) {
      const server = await standIn({ timing: FAST, connections: [{ ...CONNECTION, state: 'SYSTEM_ERROR' }] });
      const result = await cli(server, [command]);
      expect({ command, exitCode: result.exitCode }).toEqual({ command, exitCode: 0 });
      expect(result.stderr).toMatch(/^\[1 s\] connection: RECOVERY$/m);
      expect(result.stderr).toMatch(/^\[3 s\] connection: RECOVERY → IDLE$/m);
      expect(result.stdout).toMatch(/^ {2}restart: done after 3 s, the connection is IDLE, after RECOVERY$/m);
      expect(actionRoutes(server)).toEqual(['restart']);
    }
  });

  it('reload: refuses without the confirmation, and with a name other than the app, sending nothing', async () => {
    const server = await standIn({ timing: FAST });
    const without = await cli(server, ['reload', 'Account']);
    expect(without.exitCode).toBe(2);
    expect(without.stderr).toBe(
      `heroku-connect-action: reload empties the table of Account and loads it again from Salesforce, so it needs a confirmation: pass --confirm ${APP} (the action's input confirm: ${APP}). Nothing was reloaded.\n`,
    );
    const wrong = await cli(server, ['reload', 'Account', '--confirm', 'shop-staging']);
    expect(wrong.stderr).toMatch(/"shop-staging" is not the app's name\. Nothing was reloaded\.$/m);
    // A confirmation is echoed cut to a bounded excerpt, however long it was.
    const long = await cli(server, ['reload', 'Account', '--confirm', 'x'.repeat(5000)]);
    expect(long.stderr).toMatch(new RegExp(`"${'x'.repeat(60)}…" is not the app's name\\. Nothing was reloaded\\.$`, 'm'));
    expect(server.requests).toEqual([]);
  });

  it('reload: waits until the mapping has passed RELOAD_TABLE and is DATA_SYNCED', async () => {
    const server = await standIn({ timing: FAST });
    const result = await cli(server, ['reload', 'Account', '--confirm', APP]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/^\[1 s\] Account: RELOAD_TABLE$/m);
    expect(result.stderr).toMatch(/^\[3 s\] Account: RELOAD_TABLE → DATA_SYNCED$/m);
    expect(result.stdout).toMatch(/^ {2}reload Account: done after 3 s, Account passed RELOAD_TABLE and is DATA_SYNCED$/m);
    expect(actionRoutes(server)).toEqual(['reload']);
  });

  it('reload: fails when the mapping ends in an error state, and refuses a mapping the connection does not have', async () => {
    const server = await standIn({ timing: FAST, reloadEndsIn: 'BAD_CONFIG' });
    const failed = await cli(server, ['reload', 'Account', '--confirm', APP]);
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toMatch(/^heroku-connect-action: reload failed: The reload failed: Account BAD_CONFIG \(BAD_CONFIG\)\./m);
    const missing = await cli(server, ['reload', 'Lead', '--confirm', APP]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/^heroku-connect-action: The connection has no mapping of Lead \(its mappings: Account, Contact\)\. Nothing was sent\./m);
  });

  it('the action: command: reload with mappings and confirm sets the outputs and writes the steps to the summary', async () => {
    const server = await standIn({ timing: FAST });
    const result = await action(server, { command: 'reload', mappings: 'Account', confirm: APP });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['connection-state']).toBe('IDLE');
    expect(result.outputs['mapping-states']).toBe('{"Account":"DATA_SYNCED"}');
    expect(result.outputs['api-version']).toBe('64.0');
    expect(result.summary).toContain('## Heroku Connect reload');
    expect(result.summary).toMatch(/<tr><td>✅ reload Account<\/td><td>0 s<\/td><td>3 s<\/td><td>Account passed RELOAD&#95;TABLE and is DATA&#95;SYNCED<\/td><\/tr>/);
    expectNoKey(result);
  });

  it('the action: command: pause from an error state fails in one line and still sets connection-state', async () => {
    const server = await standIn({ timing: FAST, connections: [{ ...CONNECTION, state: 'SYSTEM_ERROR' }] });
    const result = await action(server, { command: 'pause' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^::error title=Configuration error::A connection can only be paused when it is IDLE; it is SYSTEM_ERROR\. Nothing was sent\./m);
    expect(result.outputs['connection-state']).toBe('SYSTEM_ERROR');
  });

  it.each(['pause', 'resume', 'restart', 'recover', 'reload'])('%s refuses on a pull-request event, before any request', async (command) => {
    const server = await standIn({ timing: FAST });
    const inputs = { command, mappings: 'Account', confirm: APP, 'allow-pull-request-secrets': 'true' };
    const trusted = await action(server, inputs, { GITHUB_EVENT_NAME: 'pull_request_target' });
    expect(trusted.exitCode).toBe(1);
    expect(trusted.stdout).toMatch(
      new RegExp(`^::error title=Configuration error::Not running ${command === 'recover' ? 'restart' : command} on a pull_request_target event: it changes the live connection`, 'm'),
    );
    const untrusted = await action(server, { command, mappings: 'Account', confirm: APP }, { GITHUB_EVENT_NAME: 'pull_request_target' });
    expect(untrusted.stdout).toMatch(/^::error title=Configuration error::Not using the Heroku API key on a pull_request_target event/m);
    const fromCli = await cli(server, command === 'reload' ? ['reload', 'Account', '--confirm', APP] : [command], { GITHUB_EVENT_NAME: 'pull_request_target' });
    expect(fromCli.exitCode).toBe(2);
    expect(fromCli.stderr).toMatch(/^heroku-connect-action: Not using the Heroku API key on a pull_request_target event/m);
    expect(server.requests).toEqual([]);
  });
});
