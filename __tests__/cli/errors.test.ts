import { FakeClock } from '../../test-support/fake-clock.js';
import { execFileSync } from 'node:child_process';
import { ConfigurationError, DeployFailure, RemoteFailure, classifyError } from '../../src/core/errors.js';
import { makeWorkspace, runAction, runBuiltAction, runCli } from '../../test-support/harness.js';

const MAPPING = `${JSON.stringify({ mappings: [{ object_name: 'Account', config: { access: 'read_only', sf_polling_seconds: 600, fields: { Id: {}, SystemModstamp: {} } } }], version: 1 }, null, 4)}\n`;
/** A host that does not answer, without touching the network. */
const unreachable = (async () => {
  throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) });
}) as typeof fetch;
const STACK_FRAME = /\bat .*[.](js|ts):\d+/;

describe('classifyError', () => {
  it("tells the user's input, a remote failure and an internal error apart; only the last asks for a report", () => {
    expect(classifyError(new ConfigurationError('bad input'))).toEqual({ kind: 'configuration', title: 'Configuration error', message: 'bad input' });
    expect(classifyError(Object.assign(new TypeError('Unknown option'), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' })).kind).toBe('configuration');
    expect(classifyError(new RemoteFailure('Salesforce', 'failing', 'no answer'))).toEqual({ kind: 'remote', title: 'Salesforce failed', message: 'no answer' });
    expect(classifyError(new DeployFailure('stuck'))).toEqual({ kind: 'remote', title: 'Deploy failed', message: 'stuck' });
    const internal = classifyError(new RangeError('boom'));
    expect(internal).toMatchObject({ kind: 'internal', message: expect.stringMatching(/^Internal error in heroku-connect-action: boom\. Please report it/) });
    expect(internal.stack).toMatch(/RangeError: boom/);
  });
});

describe('a failure outside the program is one line, without a stack', () => {
  it('the action: an unreachable Salesforce host for live describe', async () => {
    const workspace = makeWorkspace({ 'm.json': MAPPING });
    const result = await runAction(
      workspace,
      { files: 'm.json', 'salesforce-instance-url': 'https://acme.my.salesforce.com', 'salesforce-access-token': 'token-1234567890' },
      {},
      { fetch: unreachable, clock: new FakeClock() },
    );
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        properties: { title: 'Salesforce failed' },
        message: expect.stringMatching(/^Salesforce could not be asked to fetch the describe of "Account": \d+ attempts failed, the last with a network error: .*ECONNREFUSED/),
      }),
    ]);
    expect(result.stdout).not.toMatch(/report it|STACK/);
    expect(result.stdout).not.toMatch(STACK_FRAME);
  });

  it('the CLI: an unreachable Salesforce host for live describe exits 2 with one line', async () => {
    const workspace = makeWorkspace({ 'm.json': MAPPING });
    const result = await runCli(['lint', 'm.json', '--salesforce-instance-url', 'https://acme.my.salesforce.com'], {
      cwd: workspace,
      env: { SF_ACCESS_TOKEN: 'token-1234567890' },
      fetch: unreachable,
      clock: new FakeClock(),
    });
    expect(result.exitCode).toBe(2);
    // Progress lines first (what was fetched, each retry); the error is the last line, alone.
    const lines = result.stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^heroku-connect-action: Salesforce could not be asked to fetch the describe of "Account": .*ECONNREFUSED/);
    expect(lines.filter((line) => line.startsWith('heroku-connect-action:'))).toHaveLength(1);
    expect(result.stderr).not.toMatch(/report it/);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });

  it("the CLI plan: a git ref that does not exist is the user's to fix", async () => {
    const dir = makeWorkspace({ 'm.json': MAPPING });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', 'first'], { cwd: dir });
    const result = await runCli(['plan', 'm.json', '--base', 'no-such-branch'], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^heroku-connect-action: git knows no commit "no-such-branch" in .*: give --base a branch, tag or commit SHA of this repository\.\n$/);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('an internal error in the built action', () => {
  it('asks to be reported, with a stack that names the source files (source maps in dist/)', async () => {
    // An event payload that is not JSON: the runner writes it, so this is a failure of ours to report.
    const workspace = makeWorkspace({ 'm.json': MAPPING, 'event.json': 'not json' });
    const result = await runBuiltAction(workspace, { files: 'm.json' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: `${workspace}/event.json`, GITHUB_REPOSITORY: 'acme/mappings' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([expect.objectContaining({ level: 'error', message: expect.stringMatching(/^Internal error in heroku-connect-action: .*Please report it with the log\.$/) })]);
    expect(result.stdout).toMatch(/\bat .*src\/action\/[a-z-]+\.ts:\d+/);
  });
});
