import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StandInConnection } from '../../../src/stand-in/server.js';
import { makeWorkspace, runCli } from '../../../test-support/harness.js';
import { closeStandIns, KEY, standIn, type TimedStandIn } from '../deploy/support.js';
import { ACCOUNT, FILE, STAGING } from './support.js';
import type { FilePlan } from '../../../src/plan/file.js';
import { renderPlanMarkdown } from '../../../src/plan/render.js';
import { driftMarkdown, healthMarkdown } from '../../../src/live/ops/render.js';

afterEach(closeStandIns);

/** Production was edited in the dashboard: polls every 5 min and maps Phone. */
const PRODUCTION: StandInConnection = {
  app: 'shop-production',
  resource: 'herokuconnect-production',
  mappings: [{ object_name: 'Account', config: { ...ACCOUNT, sf_polling_seconds: 300, fields: { ...ACCOUNT.fields, Phone: {} } } }],
};

const env = (server: TimedStandIn) => ({ HEROKU_API_KEY: KEY, CONNECT_DISCOVERY_SERVER: server.url });
const cli = (server: TimedStandIn, args: string[], cwd: string) => runCli(args, { cwd, env: env(server), clock: server.clock });

describe('heroku-connect-action drift', () => {
  it('exits 0 when the live connection matches the files, in two calls', async () => {
    const server = await standIn({ connections: [STAGING] });
    const workspace = makeWorkspace({ 'heroku-connect.json': FILE });
    const result = await cli(server, ['drift', 'heroku-connect.json', '--app', 'shop-staging'], workspace);
    expect(result).toMatchObject({ exitCode: 0, stdout: 'shop-staging (herokuconnect-staging): no differences from the files.\n' });
    expect(server.requests.map((r) => r.route)).toEqual(['search', 'export']);
  });

  it('names each difference with its consequence and exits 1, per app', async () => {
    const server = await standIn({ connections: [STAGING, PRODUCTION] });
    const workspace = makeWorkspace({ 'heroku-connect.json': FILE });
    const result = await cli(server, ['drift', 'heroku-connect.json', '--app', 'shop-staging', '--app', 'shop-production'], workspace);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(
      [
        'shop-staging (herokuconnect-staging): no differences from the files.',
        'shop-production (herokuconnect-production): 2 differences from the files, 1 needing care.',
        '  - Live polls Account every 300 s (5 min); the file says 600 s (10 min).',
        '      Deploying the files: Heroku Connect polls Salesforce for changes to Account every 600 s (10 min) instead of every 300 s (5 min).',
        '  - Live maps Account.Phone, which the file lacks.',
        '      Deploying the files: Import drops the column for Phone from the Account table (ALTER TABLE), and its data with it.',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await cli(server, ['drift', 'heroku-connect.json', '--app', 'shop-production', '--format', 'json'], workspace)).stdout);
    expect(json.drifted).toBe(true);
    expect(json.apps[0].drift.map((d: { kind: string }) => d.kind)).toEqual(['polling-interval-changed', 'field-removed']);
  });

  it('--write rewrites the file to match the live connection', async () => {
    const server = await standIn({ connections: [PRODUCTION] });
    const workspace = makeWorkspace({ 'heroku-connect.json': FILE });
    const result = await cli(server, ['drift', 'heroku-connect.json', '--app', 'shop-production', '--write'], workspace);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('heroku-connect.json: rewritten, 2 value(s) changed.');
    expect(readFileSync(path.join(workspace, 'heroku-connect.json'), 'utf8')).toBe(
      FILE.replace('"sf_polling_seconds": 600', '"sf_polling_seconds": 300').replace('"Name": {}', '"Name": {},\n                    "Phone": {}'),
    );
    expect((await cli(server, ['drift', 'heroku-connect.json', '--app', 'shop-production'], workspace)).exitCode).toBe(0);
  });
});

describe('drift against live values of the wrong type', () => {
  it.each([
    ['a number as text', { ...ACCOUNT, sf_polling_seconds: '600' }, 'Live Account sf_polling_seconds is "600" (text); the file says 600.'],
    ['a setting missing', { access: 'read_only', sf_polling_seconds: 600, fields: ACCOUNT.fields }, 'Live Account sf_notify_enabled is missing; the file says false.'],
    ['text for the fields', { ...ACCOUNT, fields: 'Id,SystemModstamp,Name' }, 'Live Account fields is "Id,SystemModstamp,Name" (text); the file says 3 field(s).'],
  ])('names %s as a difference and exits 1', async (_name, config, difference) => {
    const server = await standIn({ connections: [{ ...STAGING, mappings: [{ object_name: 'Account', config: config }] }] });
    const result = await cli(server, ['drift', 'heroku-connect.json', '--app', 'shop-staging'], makeWorkspace({ 'heroku-connect.json': FILE }));
    expect(result.stdout).toContain(difference);
    expect(result.exitCode).toBe(1);
  });

  it('refuses an export whose configuration is a list, naming the field', async () => {
    const listed = (body: unknown) => ({ ...(body as object), mappings: [{ object_name: 'Account', config: ['read_only'] }] });
    const server = await standIn({ connections: [STAGING], faults: [{ route: 'export', fault: { kind: 'mutate', mutate: listed } }] });
    const result = await cli(server, ['drift', 'heroku-connect.json', '--app', 'shop-staging'], makeWorkspace({ 'heroku-connect.json': FILE }));
    expect(result.stderr).toContain('is not what its API returns: mappings[0].config is a list, where an object belongs.');
    expect(result.exitCode).toBe(1);
  });

  it("--write keeps the file's value where live's cannot be read, and says so", async () => {
    const server = await standIn({
      connections: [{ ...STAGING, mappings: [{ object_name: 'Account', config: { ...ACCOUNT, sf_polling_seconds: '300', fields: { ...ACCOUNT.fields, Phone: {} } } }] }],
    });
    const workspace = makeWorkspace({ 'heroku-connect.json': FILE });
    const result = await cli(server, ['drift', 'heroku-connect.json', '--app', 'shop-staging', '--write'], workspace);
    expect(result.stdout).toContain('heroku-connect.json: rewritten, 1 value(s) changed. Kept as the file has them, since live\'s cannot be read: Account sf_polling_seconds: "300" (text) live.');
    expect(readFileSync(path.join(workspace, 'heroku-connect.json'), 'utf8')).toBe(FILE.replace('"Name": {}', '"Name": {},\n                    "Phone": {}'));
  });

  it('--write refuses live JSON nested past the cap, naming it, without a crash', async () => {
    // 10 KB of nesting, as text: JSON.stringify itself overflows the stack on it.
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const text = `{"mappings":[{"object_name":"Account","config":{"access":"read_only","sf_notify_enabled":false,"sf_polling_seconds":600,"fields":{"Id":{},"SystemModstamp":{},"Name":{},"Phone":${deep}}}}],"version":1}`;
    const server = await standIn({ connections: [STAGING], faults: [{ route: 'export', fault: { kind: 'answer', text } }] });
    const workspace = makeWorkspace({ 'heroku-connect.json': FILE });
    const result = await cli(server, ['drift', 'heroku-connect.json', '--app', 'shop-staging', '--write'], workspace);
    expect(result.stderr).toContain('answered with JSON nested more than 64 levels deep when asked to export the configuration of connection "herokuconnect-staging"');
    expect(result.stderr).not.toMatch(/Internal error|RangeError/);
    expect(result.exitCode).not.toBe(0);
    expect(readFileSync(path.join(workspace, 'heroku-connect.json'), 'utf8')).toBe(FILE);
  });
});

describe('heroku-connect-action health', () => {
  const healthy = (extra: Partial<StandInConnection> = {}): StandInConnection => ({ ...STAGING, mappings: [{ object_name: 'Account', config: ACCOUNT }], ...extra });

  it('exits 0 when healthy, in four calls whatever the number of mappings', async () => {
    const mappings = Array.from({ length: 10 }, (_, i) => ({ object_name: `Object${i}__c`, config: ACCOUNT }));
    const server = await standIn({ connections: [healthy({ mappings })] });
    const result = await cli(server, ['health', '--app', 'shop-staging'], makeWorkspace());
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^shop-staging \(herokuconnect-staging\): healthy, connection IDLE\n {2}Object0__c {2}DATA_SYNCED {2}last poll \S+ {2}db 1000 sf 1000 pending 0 {2}write errors 0\n/);
    expect(server.requests.map((r) => r.route)).toEqual(['search', 'detail', 'write-errors', 'notifications']);
  });

  it.each([
    ['an error state', { connections: [healthy({ state: 'UNAUTHORIZED' })] }, 'The connection is UNAUTHORIZED'],
    [
      'a failed mapping',
      { connections: [healthy({ mappings: [{ object_name: 'Account', config: ACCOUNT, state: 'BAD_CONFIG', state_description: 'Field dropped' }] })] },
      'The Account mapping is BAD_CONFIG (Field dropped).',
    ],
    ['a stale mapping', { connections: [healthy({ mappings: [{ object_name: 'Account', config: ACCOUNT, lastPollAgoMs: 31 * 60_000 }] })] }, 'more than 3 times its interval of 10 min.'],
    [
      'write errors',
      { connections: [healthy()], writeErrors: [{ table_name: 'account', record_id: '001', message: 'FIELD_CUSTOM_VALIDATION_EXCEPTION' }] },
      '1 write error(s) to Salesforce, more than 0.',
    ],
    ['notifications', { connections: [healthy({ notifications: [{ event_type: 'mapping-error', message: 'Account mapping failed' }] })] }, '1 unacknowledged notification(s), more than 0.'],
    ['a connection state it does not know', { connections: [healthy({ state: 'MELTING' })] }, 'The connection is in state MELTING, which this tool does not know.'],
    ['a connection state named like a member of every object', { connections: [healthy({ state: 'constructor' })] }, 'The connection is in state constructor, which this tool does not know.'],
    [
      'a mapping state it does not know',
      { connections: [healthy({ mappings: [{ object_name: 'Account', config: ACCOUNT, state: 'SYNCED', state_description: 'All good' }] })] },
      'The Account mapping is in state SYNCED (All good), which this tool does not know.',
    ],
  ])('exits 1 on %s', async (_name, options, problem) => {
    const server = await standIn(options);
    const result = await cli(server, ['health', '--app', 'shop-staging'], makeWorkspace());
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('UNHEALTHY');
    expect(result.stdout).toContain(problem);
  });

  it('stays healthy while the connection and its mappings are busy in states it knows', async () => {
    const busy = ['POLLING_SF_CHANGES', 'RESYNC', 'WAIT_BULK_LOAD'].map((state, i) => ({ object_name: `Object${i}__c`, config: ACCOUNT, state }));
    const server = await standIn({ connections: [healthy({ state: 'POLLING_DB_CHANGES', mappings: busy })] });
    const result = await cli(server, ['health', '--app', 'shop-staging'], makeWorkspace());
    expect(result.stdout).toContain('healthy, connection POLLING_DB_CHANGES');
    expect(result.exitCode).toBe(0);
  });

  it('stays healthy within the thresholds the user sets', async () => {
    const server = await standIn({
      connections: [healthy({ mappings: [{ object_name: 'Account', config: ACCOUNT, lastPollAgoMs: 31 * 60_000 }], notifications: [{ event_type: 'mapping-error', message: 'm' }] })],
      writeErrors: [{ table_name: 'account', record_id: '001', message: 'x' }],
    });
    const args = ['health', '--app', 'shop-staging', '--stale-intervals', '4', '--max-write-errors', '1', '--max-notifications', '1'];
    expect((await cli(server, args, makeWorkspace())).exitCode).toBe(0);
    expect((await cli(server, [...args.slice(0, 5), '--since', '30s'], makeWorkspace())).exitCode).toBe(1);
  });

  it('acknowledges the notifications reported only when asked', async () => {
    const server = await standIn({ connections: [healthy({ notifications: [{ event_type: 'mapping-error', message: 'Account mapping failed' }] })] });
    expect((await cli(server, ['health', '--app', 'shop-staging'], makeWorkspace())).exitCode).toBe(1);
    expect(server.requests.filter((r) => r.route === 'acknowledge')).toHaveLength(0);
    const acknowledged = await cli(server, ['health', '--app', 'shop-staging', '--acknowledge'], makeWorkspace());
    expect(acknowledged.exitCode).toBe(1);
    expect(acknowledged.stdout).toContain('1 notification(s) acknowledged.');
    expect((await cli(server, ['health', '--app', 'shop-staging'], makeWorkspace())).exitCode).toBe(0);
  });

  it('reports several apps separately', async () => {
    const server = await standIn({ connections: [healthy(), { ...PRODUCTION, state: 'DB_UNAVAILABLE' }] });
    const result = await cli(server, ['health', '--app', 'shop-staging', '--app', 'shop-production:herokuconnect-production', '--format', 'json'], makeWorkspace());
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.apps.map((app: { app: string; healthy: boolean }) => [app.app, app.healthy])).toEqual([
      ['shop-staging', true],
      ['shop-production', false],
    ]);
  });
});

describe('--format markdown', () => {
  it.each([
    ['drift', ['heroku-connect.json'], driftMarkdown],
    ['health', [], healthMarkdown],
  ] as const)('%s prints the job summary the action writes for the same report', async (command, files, summary) => {
    const server = await standIn({ connections: [{ ...PRODUCTION, notifications: [{ event_type: 'mapping-error', message: 'Account mapping failed' }] }] });
    const workspace = makeWorkspace({ 'heroku-connect.json': FILE });
    const args = [command, ...files, '--app', 'shop-production'];
    const report = JSON.parse((await cli(server, [...args, '--format', 'json'], workspace)).stdout);
    const markdown = await cli(server, [...args, '--format', 'markdown'], workspace);
    expect(markdown).toMatchObject({ exitCode: 1, stdout: summary(report), stderr: '' });
    expect(markdown.stdout).toMatch(/^## Heroku Connect (drift|health)\n/);
  });
});

describe('heroku-connect-action compare', () => {
  it('names how the second app differs from the first, by meaning', async () => {
    const server = await standIn({ connections: [STAGING, PRODUCTION] });
    const result = await cli(server, ['compare', '--app', 'shop-staging', '--app', 'shop-production'], makeWorkspace());
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(
      [
        'shop-production against shop-staging: 2 differences, 1 needing care.',
        '  - shop-production polls Account every 300 s (5 min); shop-staging says 600 s (10 min).',
        '      Promoting shop-staging to shop-production: Heroku Connect polls Salesforce for changes to Account every 600 s (10 min) instead of every 300 s (5 min).',
        '  - shop-production maps Account.Phone, which shop-staging lacks.',
        '      Promoting shop-staging to shop-production: Import drops the column for Phone from the Account table (ALTER TABLE), and its data with it.',
        '',
      ].join('\n'),
    );
  });

  it('refuses anything but two apps', async () => {
    const server = await standIn({ connections: [STAGING] });
    const result = await cli(server, ['compare', '--app', 'shop-staging'], makeWorkspace());
    expect(result).toMatchObject({ exitCode: 2, stderr: 'heroku-connect-action: compare takes two apps (--app A --app B); 1 given.\n' });
  });
});

describe('the live plan for several apps', () => {
  it('plans the files against each app, one section each', async () => {
    const server = await standIn({ connections: [STAGING, PRODUCTION] });
    const workspace = makeWorkspace({ 'heroku-connect.json': FILE });
    const result = await cli(server, ['plan', 'heroku-connect.json', '--app', 'shop-staging', '--app', 'shop-production', '--format', 'json'], workspace);
    expect(result.exitCode).toBe(0);
    const plans = JSON.parse(result.stdout) as { path: string; changes: { kind: string }[] }[];
    expect(plans.map((plan) => [plan.path, plan.changes.map((change) => change.kind)])).toEqual([
      ['shop-staging (live connection herokuconnect-staging)', []],
      ['shop-production (live connection herokuconnect-production)', ['polling-interval-changed', 'field-removed']],
    ]);
    const text = await cli(server, ['plan', 'heroku-connect.json', '--app', 'shop-staging', '--app', 'shop-production'], workspace);
    expect(text.stdout.split('\n')[0]).toBe('Plan: shop-staging: 0 changes; shop-production: 2 changes, 1 to review (field removed)');
    const markdown = renderPlanMarkdown(plans as unknown as FilePlan[]);
    expect(markdown).toContain('compared with the live connection: shop-staging: 0 changes; shop-production: 2 changes, 1 to review (field removed)');
  });
});

describe('drift and health with hostile answers from Heroku Connect', () => {
  // Names, states and notification texts are the API's to choose: printed, they must stay text.
  const HOSTILE = 'Evil\u001b[2J\u202e\n::error file=README.md,line=1::pwned__c';
  const EDITED: StandInConnection = {
    app: 'shop-staging',
    resource: 'herokuconnect-staging',
    mappings: [
      { object_name: 'Account', config: ACCOUNT },
      { object_name: HOSTILE, config: ACCOUNT },
    ],
    notifications: [{ event_type: 'mapping-error', message: `failed\u001b]8;;http://evil.example\u0007x\n::add-mask::Id` }],
  };

  it('the CLI shows them as escapes, in drift and in health', async () => {
    const server = await standIn({ connections: [EDITED] });
    const workspace = makeWorkspace({ 'heroku-connect.json': FILE });
    const drift = await cli(server, ['drift', 'heroku-connect.json', '--app', 'shop-staging'], workspace);
    const health = await cli(server, ['health', '--app', 'shop-staging'], workspace);
    expect(drift.stdout).toContain('Evil\\x1b[2J\\u202e\\n::error');
    expect(health.stdout).toContain('failed\\x1b]8;;http://evil.example\\x07x\\n::add-mask::Id');
    for (const output of [drift.stdout, drift.stderr, health.stdout, health.stderr]) expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/);
  });
});
