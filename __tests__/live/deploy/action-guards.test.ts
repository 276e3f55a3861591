import { makeWorkspace, runAction } from '../../../test-support/harness.js';
import { APP, closeStandIns, CONNECTION, deployAction, EXAMPLE, expectNoKey, KEY, routes, standIn } from './support.js';

afterEach(closeStandIns);

const FAST = { lagMs: 0, importMs: 0, syncMs: 0 };
const errorOf = (result: { annotations: { level: string; message: string; properties: Record<string, string> }[] }) => result.annotations.find((a) => a.level === 'error');

describe('deploy with the action: nothing is imported when it must not be', () => {
  it('does not contact Heroku Connect when the lint fails', async () => {
    const server = await standIn();
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE.replace('"Id": {},', '') });
    const result = await deployAction(workspace, server);

    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.properties.title)).toContain('missing-id-field');
    expect(server.requests).toEqual([]);
    expect(result.outputs['imported']).toBe('false');
    expect(result.summary).toContain('⏭️ **Not deployed**: the lint findings reach fail-on &#34;error&#34;. Nothing was imported.');
  });

  it("lints again for the connection's own plan and stops when the demo plan's polling floor is not met", async () => {
    const server = await standIn({ connections: [{ ...CONNECTION, plan: 'demo' }] });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE.replace('"sf_polling_seconds": 600', '"sf_polling_seconds": 300') });
    const result = await deployAction(workspace, server);

    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatchObject({ properties: { title: 'Deploy failed' } });
    expect(errorOf(result)!.message).toMatch(
      /^For the connection's plan \(demo\), the lint finds 1 problem\(s\) that reach fail-on "error"; nothing was imported:\n {2}heroku-connect\.json:\d+:\d+ error polling-interval: sf_polling_seconds is 300/,
    );
    expect(routes(server)).toEqual(['search', 'detail']);
    expect(result.outputs['imported']).toBe('false');
  });

  it.each([
    [
      'NEED_AUTHENTICATION',
      /it is NEED_AUTHENTICATION, which means the connection has not been authorized with Salesforce yet\. Authorize it: heroku connect:sf:auth -a shop-production\. Nothing was imported\./,
    ],
    ['PAUSED', /it is PAUSED, which means the connection is paused .* heroku connect:resume -a shop-production/],
  ])('refuses a connection in %s, saying what it means and what to do', async (state, message) => {
    const server = await standIn({ connections: [{ ...CONNECTION, state }] });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await deployAction(workspace, server);

    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatchObject({ properties: { title: 'Configuration error' }, message: expect.stringMatching(message) });
    expect(routes(server)).toEqual(['search', 'detail']);
    expect(result.outputs['connection-state']).toBe(state);
  });

  it.each(['pull_request', 'pull_request_target'])('refuses to deploy on %s unless allow-pull-request-deploy is set', async (event) => {
    const server = await standIn({ timing: FAST });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const refused = await deployAction(workspace, server, {}, { GITHUB_EVENT_NAME: event });
    expect(refused.exitCode).toBe(1);
    expect(errorOf(refused)!.message).toMatch(new RegExp(`^Not deploying on a ${event} event: .*set allow-pull-request-deploy to true`));
    expect(server.requests).toEqual([]);

    const allowed = await deployAction(workspace, server, { 'allow-pull-request-deploy': 'true' }, { GITHUB_EVENT_NAME: event });
    expect(allowed.exitCode).toBe(0);
    expect(server.imports).toHaveLength(1);
  });

  it('refuses an object mapped in two files, naming both, before contacting Heroku Connect', async () => {
    const server = await standIn();
    const yaml =
      'mappings:\n  - object_name: Account\n    config:\n      access: read_only\n      sf_polling_seconds: 600\n      fields: {Id: {}, SystemModstamp: {}, IsDeleted: {}, CreatedDate: {}}\n';
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE, 'more/accounts.yml': yaml });
    const result = await deployAction(workspace, server, { files: 'heroku-connect.json\nmore/accounts.yml' });

    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatchObject({
      properties: { title: 'Configuration error' },
      message: 'Object "Account" is mapped in both "heroku-connect.json" and "more/accounts.yml". A connection has one mapping per object: keep one of them.',
    });
    expect(server.requests).toEqual([]);
  });

  it.each([
    [{ app: '' }, /^Deploying needs "app"/],
    [{ 'heroku-api-key': '' }, /^Deploying needs a Heroku API key: set "heroku-api-key" from a secret, or the HEROKU_API_KEY environment variable\.$/],
    [{ files: '' }, /^Deploying needs the mapping files named \("files"\)/],
    [{ 'poll-interval': '0' }, /^Input "poll-interval" is "0"; use a whole number of at least 1\.$/],
    [{ 'poll-interval': '3601' }, /^Input "poll-interval" is "3601"; use at most 3600\.$/],
    [{ 'wait-timeout': '86401' }, /^Input "wait-timeout" is "86401"; use at most 86400\.$/],
  ])('reports a missing or wrong deploy input (%p) as a configuration error', async (inputs, message) => {
    const server = await standIn();
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await deployAction(workspace, server, inputs);
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatchObject({ properties: { title: 'Configuration error' }, message: expect.stringMatching(message) });
    expect(server.requests).toEqual([]);
  });
});

describe('numeric inputs without deploy', () => {
  it.each([
    [{ 'wait-timeout': '2147484' }, /^Input "wait-timeout" is "2147484"; use at most 86400\.$/],
    [{ 'poll-interval': '99999999999' }, /^Input "poll-interval" is "99999999999"; use at most 3600\.$/],
  ])('are bounded when deploy is off too (%p)', async (inputs, message) => {
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await runAction(workspace, { files: 'heroku-connect.json', ...inputs });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatchObject({ properties: { title: 'Configuration error' }, message: expect.stringMatching(message) });
  });
});

describe('deploy with the action: faults', () => {
  it('retries 429 (after Retry-After), 5xx (also while waiting), a dropped connection and a slow answer, importing exactly once', async () => {
    const server = await standIn({
      timing: FAST,
      faults: [
        { route: 'search', fault: { kind: 'status', status: 429, retryAfter: '1' } },
        // The first poll after the import.
        { route: 'detail', skip: 1, times: 2, fault: { kind: 'status', status: 503 } },
        // Real milliseconds: the client's timeout runs on the fake clock, so any delay is a slow answer that it waits for.
        { route: 'export', fault: { kind: 'delay', ms: 50 } },
        { route: 'import', fault: { kind: 'drop' } },
        { route: 'import', fault: { kind: 'status', status: 502 } },
      ],
    });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await deployAction(workspace, server);

    expect(result.exitCode).toBe(0);
    expect(routes(server).slice(0, 11)).toEqual(['search', 'search', 'detail', 'export', 'write-errors', 'import', 'import', 'import', 'detail', 'detail', 'detail']);
    expect(server.imports).toHaveLength(1);
    // Each time the import is sent again, the log says it may have arrived twice.
    const resent = result.annotations.filter((a) => a.level === 'warning' && /import request got no usable answer .* is sent again/.test(a.message));
    expect(resent.map((a) => a.message)).toEqual([expect.stringMatching(/\(a network error: fetch failed/), expect.stringMatching(/\(HTTP 502/)]);
    const searches = server.requests.filter((r) => r.route === 'search');
    expect(searches[1]!.time - searches[0]!.time).toBeGreaterThanOrEqual(950);
    expect(result.stdout).toMatch(/failed with HTTP 429: Scripted fault 429; retrying in 1\.0 s \(attempt 2 of 6\)/);
    expect(result.stdout).toMatch(/import the configuration into connection .* failed with a network error: fetch failed \(other side closed\)/);
    expect(result.stdout).toMatch(/failed with HTTP 502/);
    expect(result.stdout).toMatch(/read the state of connection .* failed with HTTP 503: Scripted fault 503; retrying .* \(attempt 3 of 6\)/);
    expectNoKey(result);
  });

  it('does not retry a key Heroku Connect refuses (401), says so, and never shows the key', async () => {
    const server = await standIn({ apiKey: 'the-right-key' });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await deployAction(workspace, server);

    expect(result.exitCode).toBe(1);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.authorization).toBe(`Bearer ${KEY}`);
    expect(errorOf(result)).toMatchObject({
      properties: { title: 'Configuration error' },
      message: expect.stringMatching(
        new RegExp(
          `^Heroku Connect refused the API key \\(HTTP 401: Invalid credentials provided\\.\\) when asked to list the connections of app "${APP}": the key is wrong or expired, or its user has no access to the app\\.`,
        ),
      ),
    });
    expect(result.outputs['imported']).toBe('false');
    expectNoKey(result);
  });

  it('gives up when Heroku Connect keeps failing, without importing', async () => {
    const server = await standIn({ faults: [{ route: 'detail', times: Infinity, fault: { kind: 'status', status: 500, retryAfter: '0' } }] });
    const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
    const result = await deployAction(workspace, server);

    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatchObject({
      properties: { title: 'Heroku Connect failed' },
      message: 'Heroku Connect could not be asked to read the state of connection "herokuconnect-shop-12345": 6 attempts failed, the last with HTTP 500: Scripted fault 500.',
    });
    expect(server.imports).toEqual([]);
  });
});
