import path from 'node:path';
import { judgeConnection, judgeMapping } from '../../../src/clients/connect/states.js';
import { runDeploy, type DeployRecord, type DeployRequest } from '../../../src/live/deploy/run.js';
import { ConfigurationError, DeployFailure, RemoteFailure } from '../../../src/core/errors.js';
import { readTarget } from '../../../src/lint/discover.js';
import { lintTargets } from '../../../src/lint/run.js';
import { defaultLintOptions } from '../../../src/lint/engine.js';
import { formatDeployText, renderDeploySkipped, renderDeploySummary } from '../../../src/live/deploy/summary.js';
import { FakeClock } from '../../../test-support/fake-clock.js';
import { makeWorkspace } from '../../../test-support/harness.js';
import { closeStandIns, EXAMPLE, KEY, standIn } from './support.js';
import type { ConnectStandIn, StandInConnection, StandInOptions } from '../../../src/stand-in/server.js';
import { connectApi, readDetail, searchConnections } from '../../../src/clients/connect/client.js';
import { slowTests } from '../../../test-support/slow.js';

afterEach(closeStandIns);

function fakeClock(): FakeClock {
  return new FakeClock();
}

function request(overrides: Partial<DeployRequest> = {}, file = EXAMPLE): { request: DeployRequest; lines: string[] } {
  const workspace = makeWorkspace({ 'heroku-connect.json': file });
  const files = [{ file: 'heroku-connect.json', absolutePath: path.join(workspace, 'heroku-connect.json'), confinedTo: workspace }];
  const lines: string[] = [];
  return {
    lines,
    request: {
      app: 'shop-production',
      apiKey: KEY,
      files,
      waitTimeoutSeconds: 60,
      pollIntervalSeconds: 1,
      backupDir: path.join(workspace, 'backup'),
      discoveryServer: 'https://hc-central.example.com',
      allowPullRequestDeploy: false,
      failOn: 'error',
      lint: async () => lintTargets(files.map(readTarget), defaultLintOptions()),
      ...overrides,
    },
  };
}

function logTo(lines: string[]) {
  return {
    info: (m: string) => lines.push(`info: ${m}`),
    notice: (m: string) => lines.push(`notice: ${m}`),
    warning: (m: string) => lines.push(`warning: ${m}`),
    group: <T>(name: string, fn: () => Promise<T>) => (lines.push(`group: ${name}`), fn()),
  };
}

describe('runDeploy', () => {
  it('records the deploy as it goes: connection, states, backup, live mappings not in the files', async () => {
    const server = await standIn({ timing: { lagMs: 0, importMs: 0, syncMs: 0 } });
    const { request: deploy, lines } = request({ discoveryServer: server.url });
    const record = await runDeploy(deploy, logTo(lines), { clock: fakeClock() });
    expect(record.error).toBeUndefined();
    expect(record).toMatchObject({
      resource: 'herokuconnect-shop-12345',
      herokuPlan: 'enterprise',
      objectNames: ['Account', 'Property__c'],
      imported: true,
      connectionState: 'IDLE',
      mappingStates: { Account: { state: 'DATA_SYNCED', description: 'OK' }, Property__c: { state: 'DATA_SYNCED', description: 'OK' } },
      notInFiles: ['Contact'],
      backupFile: expect.stringMatching(/backup\/heroku-connect-backup-shop-production-herokuconnect-shop-12345-20261122T100000Z-[0-9a-f]{8}\.json$/),
    });
    expect(record.differences.map((d) => d.field)).toEqual(['app_name', 'organization_id', 'name', 'api_version']);
    expect(lines).toContain('group: Waiting for Heroku Connect to apply the import (every 1 s, at most 1 min)');
    // The timeline is every state change the log showed, with when.
    const changes = lines.filter((line) => /^info: \[\d+ s\] /.test(line)).map((line) => line.replace(/^info: \[\d+ s\] /, ''));
    expect(record.timeline.map(({ subject, from, to }) => `${subject}: ${from === undefined ? to : `${from} → ${to}`}`)).toEqual(changes);
    expect(changes[0]).toBe('connection: IDLE');
    expect(record.timeline.every(({ atMs }) => atMs > 0 && atMs <= record.elapsedMs)).toBe(true);
  });

  it('keeps the key out of errors and logs, even when a network error quotes it', async () => {
    const leaky = (async () => {
      throw new TypeError('fetch failed', { cause: new Error(`getaddrinfo ENOTFOUND proxy?token=${KEY}`) });
    }) as typeof fetch;
    const { request: deploy, lines } = request();
    const record = await runDeploy(deploy, logTo(lines), { clock: fakeClock(), fetch: leaky, retries: 1 });
    expect(record.error).toBeInstanceOf(RemoteFailure);
    expect(record.error!.message).toContain('proxy?token=[HEROKU_API_KEY]');
    expect(`${record.error!.message}${record.error!.stack}${lines.join('\n')}`).not.toContain(KEY);
    expect(lines.some((line) => line.includes('[HEROKU_API_KEY]'))).toBe(true);
  });

  it('keeps the key out of a refusal whose body echoes it', async () => {
    const echo = (async () => new Response(JSON.stringify({ message: `token ${KEY} is not valid` }), { status: 401 })) as typeof fetch;
    const { request: deploy, lines } = request();
    const record = await runDeploy(deploy, logTo(lines), { clock: fakeClock(), fetch: echo });
    expect(record.error).toBeInstanceOf(ConfigurationError);
    expect(record.error!.message).toMatch(/token \[HEROKU_API_KEY\] is not valid/);
    expect(renderDeploySummary(record)).not.toContain(KEY);
  });

  it('refuses pull request events before reading a file or calling the API', async () => {
    const calls: string[] = [];
    const spy = (async (url: string | URL | Request) => {
      calls.push(String(url));
      return new Response('{}');
    }) as typeof fetch;
    const { request: deploy, lines } = request({ eventName: 'pull_request', files: [] });
    const record = await runDeploy(deploy, logTo(lines), { clock: fakeClock(), fetch: spy });
    expect(record.error).toBeInstanceOf(ConfigurationError);
    expect(record.error!.message).toMatch(/^Not deploying on a pull_request event/);
    expect(calls).toEqual([]);
    expect(record.imported).toBe(false);
  });
});

describe('runDeploy: the evidence that the import was applied, against a stand-in that saves only what the import changes', () => {
  const config = (name: string) => ({ access: 'read_only', sf_polling_seconds: 600, fields: { Id: {}, SystemModstamp: {}, [name]: {} }, indexes: {} });
  const FIVE = ['Account', 'Contact', 'Lead', 'Opportunity', 'Case'].map((object_name) => ({ object_name, config: config(object_name === 'Case' ? 'Subject' : 'Name') }));
  const five: StandInConnection = { app: 'shop-production', resource: 'herokuconnect-shop-12345', mappings: FIVE };
  const fileOf = (mappings: readonly { object_name: string; config: object }[]) => JSON.stringify({ mappings }, null, 2);
  /** Clears revision and applied_at from every detail answer: a service whose detail shows nothing of a save. */
  const withoutRevisions = {
    route: 'detail' as const,
    times: Infinity,
    fault: { kind: 'mutate' as const, mutate: (body: unknown) => JSON.parse(JSON.stringify(body, (key, value) => (key === 'revision' || key === 'applied_at' ? undefined : value))) },
  };

  async function fiveStandIn(options: Partial<StandInOptions> = {}) {
    const clock = fakeClock();
    const timing = { lagMs: 1200, importMs: 500, syncMs: 500, ...options.timing };
    return Object.assign(await standIn({ connections: [five], now: () => clock.now(), ...options, timing }), { clock, timing });
  }

  async function deployTo(server: Awaited<ReturnType<typeof fiveStandIn>>, file: string) {
    const { request: deploy, lines } = request({ discoveryServer: server.url, waitTimeoutSeconds: 120, diagnose: false }, file);
    const record = await runDeploy(deploy, logTo(lines), { clock: server.clock });
    const appliedAt = server.imports[0] ? server.imports[0].time + server.timing.lagMs + server.timing.importMs : Infinity;
    const pollsAfterApply = server.requests.filter((r) => r.route === 'detail' && r.time >= appliedAt).length;
    return { record, lines, server, pollsAfterApply };
  }

  const deployFile = async (file: string, options: Partial<StandInOptions> = {}) => deployTo(await fiveStandIn(options), file);

  async function liveRevisions(server: ConnectStandIn): Promise<Record<string, number | undefined>> {
    const api = connectApi({ apiKey: KEY, discoveryServer: server.url });
    const [connection] = await searchConnections(api, 'shop-production');
    return Object.fromEntries((await readDetail(api, connection!)).mappings.map((m) => [m.object_name, m.config?.revision]));
  }

  it('ends a one-mapping edit in a file of five within two polls of the apply; the four unchanged keep their revisions', async () => {
    const edited = FIVE.map((m) => (m.object_name === 'Contact' ? { ...m, config: { ...m.config, fields: { ...m.config.fields, Email: {} } } } : m));
    const server = await fiveStandIn();
    const before = await liveRevisions(server);
    const { record, lines, pollsAfterApply } = await deployTo(server, fileOf(edited));
    expect(record.error).toBeUndefined();
    expect(record.proven).toBe(true);
    expect(lines).toContain('info: Heroku Connect has taken up the import: Contact has a new revision.');
    expect(pollsAfterApply).toBeLessThanOrEqual(2);
    const after = await liveRevisions(server);
    expect(Object.keys(after).filter((name) => after[name] !== before[name])).toEqual(['Contact']);
    expect(after.Contact).toBeGreaterThan(Math.max(...Object.values(before).map(Number)));
  });

  it('does not wait on an unchanged mapping left broken from before, and warns about it once the import is in', async () => {
    const broken = FIVE.map((m) => (m.object_name === 'Lead' ? { ...m, state: 'BAD_CONFIG', state_description: 'Field Name is gone' } : m));
    const edited = FIVE.map((m) => (m.object_name === 'Contact' ? { ...m, config: { ...m.config, fields: { ...m.config.fields, Email: {} } } } : m));
    const { record, lines } = await deployFile(fileOf(edited), { connections: [{ ...five, mappings: broken }] });
    expect(record.error).toBeUndefined();
    expect(lines).toContain('warning: Left as they were by the import, but these mappings are in an error state: Lead BAD_CONFIG (Field Name is gone).');
  });

  it('ends an import whose IMPORT_CONFIGURATION and resync no poll sees, on the new revision', async () => {
    const edited = FIVE.map((m) => (m.object_name === 'Lead' ? { ...m, config: { ...m.config, sf_polling_seconds: 900 } } : m));
    const { record, lines, pollsAfterApply } = await deployFile(fileOf(edited), { timing: { importMs: 0, syncMs: 0 } });
    expect(record.error).toBeUndefined();
    expect(lines.some((line) => line.includes('IMPORT_CONFIGURATION') || line.includes('RESYNC'))).toBe(false);
    expect(lines).toContain('info: Heroku Connect has taken up the import: Lead has a new revision.');
    expect(pollsAfterApply).toBeLessThanOrEqual(2);
  });

  it('ends a deploy that only adds a mapping once it appears and has synced', async () => {
    const { record, lines } = await deployFile(fileOf([...FIVE, { object_name: 'Property__c', config: config('Name') }]));
    expect(record.error).toBeUndefined();
    expect(record.changes!.map((change) => change.kind)).toEqual(['mapping-added']);
    expect(lines).toContain('info: Heroku Connect has taken up the import: the new mapping Property__c appeared.');
    expect(record.mappingStates.Property__c).toEqual({ state: 'DATA_SYNCED', description: 'OK' });
  });

  it('ends an index-only change that no state shows, on the content proof alone, without exporting once more', async () => {
    const indexed = FIVE.map((m) => (m.object_name === 'Account' ? { ...m, config: { ...m.config, indexes: { Name: { unique: false } } } } : m));
    const { record, lines, server, pollsAfterApply } = await deployFile(fileOf(indexed), { timing: { importMs: 0, syncMs: 0 }, faults: [withoutRevisions] });
    expect(record.error?.message).toBeUndefined();
    expect(record.changes!.map((change) => change.kind)).toEqual(['index-added']);
    expect(lines).toContain('info: Heroku Connect has applied the import: the live configuration, exported again, matches the files.');
    expect(record.proven).toBe(true);
    expect(pollsAfterApply).toBeLessThanOrEqual(2);
    // The backup, then one proof the stale detail let through (too early), then the one that matched.
    expect(server.requests.filter((r) => r.route === 'export')).toHaveLength(3);
  });
});

describe('runDeploy: wait-timeout bounds the whole deploy, whatever the API does', () => {
  /** The deploy with wait-timeout 8 s, against the stand-in, on a fake clock that moves on when a request hangs. */
  async function deployWith(faults: NonNullable<Parameters<typeof standIn>[0]>['faults']) {
    const clock = new FakeClock();
    const server = await standIn({ timing: { lagMs: 0, importMs: 0, syncMs: 0 }, faults, onHang: () => clock.timeOutLatestRequest() });
    const { request: deploy, lines } = request({ discoveryServer: server.url, waitTimeoutSeconds: 8 });
    const record = await runDeploy(deploy, logTo(lines), { clock });
    return { record, clock, server };
  }

  it('ends at the deadline when every poll hangs, naming the pending call and that it hung', async () => {
    // The first detail is read before the import; the polls after it hang.
    const { record, clock } = await deployWith([{ route: 'detail', skip: 1, times: Infinity, fault: { kind: 'hang' } }]);
    expect(record.imported).toBe(true);
    expect(record.error).toBeInstanceOf(RemoteFailure);
    expect(record.error!.message).toMatch(
      /^The import did not finish within \d+ s: .* Heroku Connect could not be asked to read the state of connection "herokuconnect-shop-12345" within the \d+ s it had \(hanging: no answer within \d+(\.\d+)? s\)\.$/,
    );
    expect(clock.elapsed).toBeLessThanOrEqual(8000 + 5000);
  });

  it('ends at once when the API asks to wait an hour (429 Retry-After: 3600), saying it is rate-limited', async () => {
    const { record, clock, server } = await deployWith([{ route: 'detail', skip: 1, times: Infinity, fault: { kind: 'status', status: 429, retryAfter: '3600' } }]);
    expect(record.error!.message).toMatch(/\(rate-limited: HTTP 429: Scripted fault 429, asking to wait 3600 s\)\.$/);
    expect(clock.elapsed).toBeLessThanOrEqual(8000 + 5000);
    expect(server.requests.filter((r) => r.route === 'detail')).toHaveLength(2);
  });

  it('ends within wait-timeout when the API keeps failing, saying so', async () => {
    const { record, clock } = await deployWith([{ route: 'detail', skip: 1, times: Infinity, fault: { kind: 'status', status: 503 } }]);
    expect(record.error!.message).toMatch(/\((failing: HTTP 503: Scripted fault 503|.*attempts failed, the last with HTTP 503: Scripted fault 503)/);
    expect(clock.elapsed).toBeLessThanOrEqual(8000 + 5000);
  });

  it('imports when the write errors read before it hangs, after giving that read a tenth of wait-timeout', async () => {
    const { record, server } = await deployWith([{ route: 'write-errors', times: Infinity, fault: { kind: 'hang' } }]);
    expect(record.error).toBeUndefined();
    expect(record.imported).toBe(true);
    expect(record.proven).toBe(true);
    const baseline = server.requests.find((r) => r.route === 'write-errors')!;
    expect(server.imports[0]!.time - baseline.time).toBeLessThanOrEqual(800);
    expect(record.notRun).toEqual([{ check: 'the write errors before the import', reason: expect.stringMatching(/read the write errors .* \(hanging: /) }]);
    expect(record.writeErrors).toBeUndefined();
  });

  it('does not import when the deadline passes before the import is sent', async () => {
    const { record, server } = await deployWith([{ route: 'export', times: Infinity, fault: { kind: 'hang' } }]);
    expect(record.imported).toBe(false);
    expect(record.error!.message).toMatch(/export the configuration of connection .* \(hanging: /);
    expect(server.imports).toEqual([]);
  });
});

describe('the deploy summary', () => {
  const record: DeployRecord = {
    app: 'app<script>',
    resource: 'herokuconnect-x',
    herokuPlan: 'demo',
    objectNames: ['Evil_<img src=x>__c', 'Missing__c'],
    imported: true,
    connectionState: 'IDLE',
    mappingStates: { 'Evil_<img src=x>__c': { state: 'BAD_CONFIG', description: '@team look <b>here</b>' } },
    statesObservedAtMs: 60_000,
    notInFiles: ['Old|Object__c'],
    differences: [],
    notRun: [],
    deleted: [],
    timeline: [
      { subject: 'connection', to: 'IDLE', atMs: 10_000 },
      { subject: 'Evil_<img src=x>__c', from: 'DATA_SYNCED', to: 'BAD_CONFIG', atMs: 40_000 },
    ],
    elapsedMs: 65_000,
    apiVersionChanged: false,
    steps: [{ name: 'pause <b>', startedAtMs: 0, tookMs: 2000, outcome: 'the connection is <i>PAUSED</i>', failed: true }],
    error: new DeployFailure('The import failed: Evil_<img src=x>__c BAD_CONFIG'),
  };

  it('escapes every name, state and message from the files or from Heroku Connect', () => {
    const markdown = renderDeploySummary(record);
    expect(markdown).not.toMatch(/<img|<script|<b>|@team/);
    expect(markdown).toContain('❌ **Deploy to connection <code>herokuconnect-x</code> of app <code>app&#60;script&#62;</code> (plan demo) failed** after 1 min 5 s');
    expect(markdown).toContain('<tr><td>Evil&#95;&#60;img src=x&#62;&#95;&#95;c</td><td>❌ BAD&#95;CONFIG (@&#8203;team look &#60;b&#62;here&#60;/b&#62;)</td></tr>');
    expect(markdown).toContain('<tr><td>Missing&#95;&#95;c</td><td>not listed on the connection</td></tr>');
    expect(markdown).toContain('Old&#124;Object&#95;&#95;c');
    expect(markdown).toContain('<tr><td>❌ pause &#60;b&#62;</td><td>0 s</td><td>2 s</td><td>the connection is &#60;i&#62;PAUSED&#60;/i&#62;</td></tr>');
    expect(markdown).toContain(
      '<details><summary>Timeline of the wait: 2 state changes</summary>\n\n- 10 s: connection IDLE\n- 40 s: Evil&#95;&#60;img src=x&#62;&#95;&#95;c DATA&#95;SYNCED → BAD&#95;CONFIG\n\n</details>\n',
    );
  });

  slowTests('at scale', () => {
    it('writes the text of a deploy of 130,000 changes and mappings', () => {
      // Once spread into one call each: a stack overflow.
      const names = Array.from({ length: 130_000 }, (_, i) => `O${i}__c`);
      const live = Array.from({ length: 10_000 }, (_, i) => `L${i}__c`);
      const changes = names.map((object) => ({ kind: 'mapping-added', object, care: false, consequence: '' }) as unknown as NonNullable<DeployRecord['changes']>[number]);
      const started = performance.now();
      const text = formatDeployText({ ...record, error: undefined, objectNames: names, mappingStates: {}, changes, notInFiles: live, deleted: live.filter((_, i) => i % 2 === 0) });
      expect(performance.now() - started).toBeLessThan(1_500);
      expect(text).toContain('Changes (130000):\n');
      expect(text).toContain('\n  O129999__c  not listed on the connection\n');
      expect(text).toContain('left in place: L1__c, L3__c, L5__c');
    });
  });

  it('says why nothing was deployed when the lint stopped it', () => {
    expect(renderDeploySkipped('the lint <failed>.')).toBe('## Heroku Connect deploy\n\n⏭️ **Not deployed**: the lint &#60;failed&#62;. Nothing was imported.\n');
  });
});

describe('states', () => {
  it('sorts connection states into idle, working, blocked (with meaning and remedy) and unknown', () => {
    expect(judgeConnection('IDLE', 'a')).toEqual({ kind: 'idle' });
    for (const state of ['IMPORT_CONFIGURATION', 'POLLING_DB_CHANGES', 'BUSY', 'RECOVERY']) expect(judgeConnection(state, 'a').kind).toBe('working');
    for (const state of ['NEW', 'NEED_AUTHENTICATION', 'PAUSED', 'UNAUTHORIZED', 'HEROKU_UNAUTH', 'DB_UNAVAILABLE', 'SYSTEM_ERROR', 'TOO_MANY_ROWS', 'INACTIVE_ORG', 'SYSTEM_ON_ICE']) {
      const verdict = judgeConnection(state, 'my-app');
      expect({ state, kind: verdict.kind }).toEqual({ state, kind: 'blocked' });
      if (verdict.kind === 'blocked') expect(verdict.remedy).not.toContain('{app}');
    }
    expect(judgeConnection('SOMETHING_NEW', 'a')).toEqual({ kind: 'unknown' });
  });

  it('takes only DATA_SYNCED as a settled mapping, waits on the transient states and fails on the permanent errors', () => {
    expect(judgeMapping('DATA_SYNCED')).toBe('synced');
    for (const state of ['INITIAL', 'RESYNC', 'RELOAD_TABLE', 'SCHEMA_CHANGED', 'POLLING_SF_CHANGES', 'WAIT_BULK_LOAD', 'LOADING_BULK_JOB']) expect(judgeMapping(state)).toBe('working');
    for (const state of ['BAD_CONFIG', 'SYSTEM_ERROR', 'DB_UNAVAILABLE', 'BULK_LOAD_ERROR', 'SYNC_REMOVED', 'INACTIVE_ORG', 'UNAUTHORIZED']) expect(judgeMapping(state)).toBe('failed');
    expect(judgeMapping('SYNCED')).toBe('unknown');
  });
});
