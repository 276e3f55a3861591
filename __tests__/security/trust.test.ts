import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { untrustedEvent } from '../../src/core/trust/event.js';
import { makeWorkspace, runAction, runCli } from '../../test-support/harness.js';
import { scratchFolder } from '../../test-support/scratch.js';
import { closeStandIns, KEY, standIn } from '../live/deploy/support.js';
import { FILE, STAGING } from '../live/ops/support.js';

afterEach(closeStandIns);

/** The event payload GitHub writes for a pull request; a fork's head lives in another repository. */
function eventFile(workspace: string, fork: boolean): string {
  // Outside the workspace, as the runner keeps it: in a scratch folder of its own.
  const file = path.join(scratchFolder('hca-event-'), `${path.basename(workspace)}-event.json`);
  const repo = (name: string) => ({ full_name: name });
  writeFileSync(
    file,
    JSON.stringify({ pull_request: { number: 7, base: { sha: 'b'.repeat(40), repo: repo('shop/connect') }, head: { sha: 'h'.repeat(40), repo: repo(fork ? 'someone/connect' : 'shop/connect') } } }),
  );
  return file;
}

const refusal = (event: string) => `Not using the Heroku API key on ${event}: the pull request's code and files, which anyone may have written, would decide what is done with it.`;

describe('the trust rule for events', () => {
  it("calls pull_request_target, a fork's pull_request and a pull_request it cannot read untrusted; a same-repository pull request and push trusted", () => {
    const workspace = makeWorkspace();
    expect(untrustedEvent({ GITHUB_EVENT_NAME: 'pull_request_target' })).toBe('a pull_request_target event');
    expect(untrustedEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(workspace, true) })).toBe('a pull_request event from a fork');
    expect(untrustedEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path.join(workspace, 'missing.json') })).toMatch(/^a pull_request event whose payload .* cannot be read/);
    expect(untrustedEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(workspace, false) })).toBeUndefined();
    const withoutRepositories = path.join(workspace, 'bare-event.json');
    writeFileSync(withoutRepositories, JSON.stringify({ pull_request: { number: 7, base: { sha: 'b' }, head: { sha: 'h' } } }));
    expect(untrustedEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: withoutRepositories })).toBe('a pull_request event from a fork');
    writeFileSync(withoutRepositories, 'null');
    expect(untrustedEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: withoutRepositories })).toMatch(/cannot be read/);
    expect(untrustedEvent({ GITHUB_EVENT_NAME: 'push' })).toBeUndefined();
    expect(untrustedEvent({})).toBeUndefined();
  });

  it.each(['drift', 'health'])("command: %s refuses on a fork's pull_request_target before any call, unless allow-pull-request-secrets", async (command) => {
    const server = await standIn({ connections: [STAGING] });
    const workspace = makeWorkspace({ 'heroku-connect/shop.json': FILE });
    const env = { CONNECT_DISCOVERY_SERVER: server.url, GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: eventFile(workspace, true), GITHUB_REPOSITORY: 'shop/connect' };
    const inputs = { command, app: STAGING.app, 'heroku-api-key': KEY, files: 'heroku-connect/*.json' };
    const refused = await runAction(workspace, inputs, env, { clock: server.clock });
    expect(refused.exitCode).toBe(1);
    expect(refused.annotations.find((a) => a.level === 'error')).toMatchObject({
      properties: { title: 'Configuration error' },
      message: expect.stringContaining(refusal('a pull_request_target event')),
    });
    expect(refused.annotations.find((a) => a.level === 'error')!.message).toMatch(/turn on allow-pull-request-secrets\.$/);
    expect(server.requests).toEqual([]);

    for (const allow of ['allow-pull-request-secrets', 'allow-pull-request-deploy']) {
      const before = server.requests.length;
      const allowed = await runAction(workspace, { ...inputs, [allow]: 'true' }, env, { clock: server.clock });
      expect(allowed.annotations.filter((a) => a.level === 'error')).toEqual([]);
      expect(server.requests.length).toBeGreaterThan(before);
    }
  });

  it("the live plan on a fork's pull request says the same, as a warning, and plans against the base branch", async () => {
    const server = await standIn({ connections: [STAGING] });
    const workspace = makeWorkspace({ 'heroku-connect/shop.json': FILE });
    const env = { CONNECT_DISCOVERY_SERVER: server.url, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(workspace, true), GITHUB_REPOSITORY: 'shop/connect' };
    const result = await runAction(workspace, { files: 'heroku-connect/*.json', app: STAGING.app, 'heroku-api-key': KEY, comment: 'off', 'only-changed': 'false' }, env, { clock: server.clock });
    const warning = result.annotations.find((a) => a.level === 'warning' && a.message.startsWith('Not using'));
    expect(warning?.message).toContain(refusal('a pull_request event from a fork'));
    expect(warning?.message).toMatch(/Planning against the base branch instead of the live connection\.$/);
    expect(server.requests).toEqual([]);
  });

  it('live describe refuses the Salesforce token on pull_request_target with the same message', async () => {
    const workspace = makeWorkspace({ 'm.json': FILE });
    const result = await runAction(
      workspace,
      { files: 'm.json', 'salesforce-instance-url': 'https://example.my.salesforce.com', 'salesforce-access-token': 'sf-token-123' },
      { GITHUB_EVENT_NAME: 'pull_request_target' },
    );
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')!.message).toMatch(/^Not using the Salesforce access token on a pull_request_target event: .* turn on allow-pull-request-secrets\.$/);
  });

  it.each([['drift', 'heroku-connect/shop.json'], ['health'], ['compare'], ['write-errors'], ['diagnose'], ['plan', 'heroku-connect/shop.json']])(
    'the CLI in a workflow (GITHUB_EVENT_NAME) refuses %s on pull_request_target, naming its flag',
    async (command, ...files) => {
      const server = await standIn({ connections: [STAGING] });
      const workspace = makeWorkspace({ 'heroku-connect/shop.json': FILE });
      const apps = command === 'compare' ? ['--app', STAGING.app, '--app', STAGING.app] : ['--app', STAGING.app];
      const result = await runCli([command, ...files, ...apps], {
        cwd: workspace,
        env: { HEROKU_API_KEY: KEY, CONNECT_DISCOVERY_SERVER: server.url, GITHUB_EVENT_NAME: 'pull_request_target' },
        clock: server.clock,
      });
      expect(result.stderr).toContain(refusal('a pull_request_target event'));
      expect(result.stderr).toContain('turn on --allow-pull-request-secrets.');
      expect(result.exitCode).toBe(2);
      expect(server.requests).toEqual([]);
    },
  );
});
