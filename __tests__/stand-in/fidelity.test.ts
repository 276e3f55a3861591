import { isRecord } from '../../src/core/json.js';
import { RECORDED_CHECKS } from '../../src/stand-in/recorded.js';
import { startConnectStandIn, type ConnectStandIn, type StandInOptions } from '../../src/stand-in/server.js';
import { sample, SAMPLES, samplesPresent } from '../../test-support/connect-samples.js';

/*
 * The stand-in's answers against the recorded answers of the same endpoint: the same keys, at every
 * depth, with values of the same JSON types. Objects keyed by names (a mapping's fields and indexes,
 * the feature flags, regions, cells, a diagnose's mappings) are compared by the shapes of their values.
 */

const KEY = 'HRKU-LeakCanary-fidelity';
const MAP_KEYS = new Set(['fields', 'indexes', 'features', 'regions', 'cells', 'sync_flags']);

/** The shape of a JSON value: its type, and for an object its keys' shapes; a list is the set of its entries' shapes. */
export function shapeOf(value: unknown, key?: string): unknown {
  if (value === null) return 'null';
  if (Array.isArray(value)) return { '[]': distinct(value.map((entry) => shapeOf(entry))) };
  if (isRecord(value)) {
    // A diagnose result's `mappings` is an object by object name; the detail's and the export's are lists.
    if (key !== undefined && (MAP_KEYS.has(key) || key === 'mappings')) return { '{}': distinct(Object.values(value).map((entry) => shapeOf(entry))) };
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((name) => [name, shapeOf(value[name], name)]),
    );
  }
  return typeof value;
}

function distinct(shapes: unknown[]): unknown[] {
  const byText = new Map(shapes.map((shape) => [JSON.stringify(shape), shape]));
  return [...byText.keys()].sort().map((text) => byText.get(text));
}

let running: ConnectStandIn[] = [];
afterEach(async () => {
  await Promise.all(running.map((server) => server.close()));
  running = [];
});

const READ_ONLY = {
  access: 'read_only',
  sf_notify_enabled: false,
  sf_polling_seconds: 600,
  sf_max_daily_api_calls: 30000,
  fields: { CreatedDate: {}, Id: {}, IsDeleted: {}, Name: {}, SystemModstamp: {} },
  indexes: { Id: { unique: true }, SystemModstamp: { unique: false } },
};
const READ_WRITE = {
  ...READ_ONLY,
  access: 'read_write',
  upsert_field: 'External_Id__c',
  fields: { ...READ_ONLY.fields, External_Id__c: {} },
  indexes: { ...READ_ONLY.indexes, External_Id__c: { unique: true } },
};

async function start(options: Partial<StandInOptions> = {}): Promise<ConnectStandIn> {
  const server = await startConnectStandIn({
    apiKey: KEY,
    connections: [
      {
        app: 'my-app',
        resource: 'herokuconnect-one',
        plan: 'demo',
        mappings: [{ object_name: 'Account', config: READ_ONLY }],
        notifications: [
          { event_type: 'mapping-error', message: 'Account: polling failed' },
          { event_type: 'postgres-connection', message: 'Database cannot connect', agoMs: 3_600_000 },
        ],
      },
      {
        app: 'shop',
        resource: 'herokuconnect-two',
        mappings: [
          { object_name: 'Opportunity', config: READ_WRITE },
          { object_name: 'User', config: READ_ONLY },
        ],
      },
    ],
    writeErrors: [
      { table_name: 'account', record_id: '001A', message: 'INVALID_FIELD' },
      { table_name: 'contact', record_id: '003A', message: 'REQUIRED_FIELD_MISSING' },
    ],
    timing: { validationMs: 0 },
    ...options,
  });
  running.push(server);
  return server;
}

async function ask(url: string, method = 'GET'): Promise<{ status: number; text: string; body: unknown }> {
  const answer = await fetch(url, { method, headers: { Authorization: `Bearer ${KEY}` } });
  const text = await answer.text();
  return { status: answer.status, text, body: text === '' ? undefined : JSON.parse(text) };
}

async function connectionOf(server: ConnectStandIn, app: string): Promise<{ id: string; url: string }> {
  const { body } = await ask(`${server.url}/connections?app=${app}`);
  const [entry] = (body as { results: { id: string }[] }).results;
  return { id: entry!.id, url: `${server.regionUrl}/api/v3/connections/${entry!.id}` };
}

if (!samplesPresent) {
  console.log(`Skipping the stand-in fidelity tests: ${SAMPLES} does not exist.`);
  it.skip(`compares the stand-in with the recorded answers in ${SAMPLES}`, () => {});
} else {
  describe("the stand-in's answers have the recorded shapes", () => {
    it('the discovery search, found and not found, and the link', async () => {
      const server = await start({ requireLink: true });
      expect(shapeOf((await ask(`${server.url}/connections?app=my-app`)).body)).toEqual(shapeOf(sample('hc-central.connections.empty.json')));
      expect(shapeOf((await ask(`${server.url}/auth/my-app`, 'POST')).body)).toEqual(shapeOf(sample('hc-central.auth.single.json')));
      expect(shapeOf((await ask(`${server.url}/connections?app=my-app`)).body)).toEqual(shapeOf(sample('hc-central.connections.single.json')));
    });

    it('the deep detail, with every recorded feature flag', async () => {
      const server = await start();
      const detail = (await ask(`${(await connectionOf(server, 'my-app')).url}?deep=true`)).body as Record<string, unknown>;
      const recorded = sample('connection.detail.deep.json') as Record<string, unknown>;
      expect(shapeOf(detail)).toEqual(shapeOf(recorded));
      expect(Object.keys(detail.features as object).sort()).toEqual(Object.keys(recorded.features as object).sort());
    });

    it('the export, with a read-write and a read-only mapping', async () => {
      const server = await start();
      const exported = await ask(`${(await connectionOf(server, 'shop')).url}/actions/export`);
      expect(shapeOf(exported.body)).toEqual(shapeOf(sample('export.dc-utils-2020.json')));
      expect(Object.keys((exported.body as { connection: object }).connection)).toEqual(Object.keys((sample('export.git2gus-2023.json') as { connection: object }).connection));
    });

    it('the diagnose: its start, its result while running (202, no body), and each recorded form of the result', async () => {
      const running = await start({ timing: { validationMs: 60_000 } });
      const started = await ask(`${(await connectionOf(running, 'my-app')).url}/validations`, 'POST');
      expect(started.status).toBe(202);
      expect(shapeOf(started.body)).toEqual(shapeOf(sample('validations.start.202.json')));
      expect(await ask((started.body as { result_url: string }).result_url)).toEqual({ status: 202, text: '', body: undefined });

      const recorded = { errors: [], warnings: [RECORDED_CHECKS.MUST_USE_RECENT_API_VERSION, RECORDED_CHECKS.SHOULD_HAVE_LOG_DRAIN] };
      const forms = [
        ['2019', 'validations.result.200.capture-2019.json', { ...recorded, passes: [RECORDED_CHECKS.NUM_MAPPINGS_WITHIN_LIMIT], skips: [RECORDED_CHECKS.PAID_PLAN_MUST_HAVE_PAID_DATABASE] }],
        ['2026', 'validations.result.200.warnings-2026.json', recorded],
        ['mappings-only', 'validations.result.200.mappings-only.json', recorded],
      ] as const;
      for (const [form, file, connection] of forms) {
        const server = await start({ validationForm: form, validation: { connection } });
        const { url } = await connectionOf(server, 'my-app');
        const result = await ask(((await ask(`${url}/validations`, 'POST')).body as { result_url: string }).result_url);
        expect({ form, status: result.status, shape: shapeOf(result.body) }).toEqual({ form, status: 200, shape: shapeOf(sample(file)) });
        // Key order too, where the recordings differ in it.
        expect({ form, keys: Object.keys(result.body as object) }).toEqual({ form, keys: Object.keys(sample(file) as object) });
      }
    });

    it("the write errors, with the trigger log's integer ids where the recorded sample has placeholder text", async () => {
      const server = await start();
      const { url } = await connectionOf(server, 'my-app');
      const recorded = shapeOf(sample('errors.connection.json')) as { results: { '[]': Record<string, unknown>[] } };
      const departure = { ...recorded, results: { '[]': recorded.results['[]'].map((entry) => ({ ...entry, id: 'number' })) } };
      expect(shapeOf((await ask(`${url}/errors`)).body)).toEqual(departure);
      const none = await start({ writeErrors: [] });
      expect(shapeOf((await ask(`${(await connectionOf(none, 'my-app')).url}/errors`)).body)).toEqual(shapeOf(sample('errors.connection.empty.json')));
    });

    it('the notifications, listed, filtered and none; acknowledge answers 204 without a body', async () => {
      const server = await start();
      const { url } = await connectionOf(server, 'my-app');
      expect(shapeOf((await ask(`${url}/notifications?page_size=1000`)).body)).toEqual(shapeOf(sample('notifications.list.json')));
      expect(shapeOf((await ask(`${url}/notifications?page_size=1000&event_type=mapping-error`)).body)).toEqual(shapeOf(sample('notifications.list.filtered.json')));
      expect(await ask(`${url}/notifications/acknowledge?page_size=1000`, 'POST')).toEqual({ status: 204, text: '', body: undefined });
      expect(shapeOf((await ask(`${url}/notifications?page_size=1000`)).body)).toEqual(shapeOf(sample('notifications.list.empty.json')));
    });

    it('the schema diff, the API-version change (202) and its recorded refusals (409)', async () => {
      const post = async (url: string, body: unknown) => {
        const answer = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        return { status: answer.status, body: await answer.json() };
      };
      const diffOf = [
        { name: 'Account', fields_have_changed: true, has_unsafe_changes: true, result_message: 'field removed' },
        { name: 'Opportunity', action_undetermined: true, result_message: 'Unable to determine if an action is required.' },
      ];
      const server = await start({
        connections: [{ app: 'shop', resource: 'r', state: 'PAUSED', apiVersion: '55.0', mappings: [{ object_name: 'Account' }, { object_name: 'Opportunity' }], schemaDiff: diffOf }],
      });
      const { url } = await connectionOf(server, 'shop');
      const diff = await ask(`${url}/schema-diff?target_version=61.0`);
      expect(diff.status).toBe(200);
      expect(shapeOf(diff.body)).toEqual(shapeOf(sample('schema-diff.200.json')));
      const refused = await post(`${url}/actions/change-sf-api-version`, { target_version: '61.0' });
      expect(refused.status).toBe(409);
      expect(shapeOf(refused.body)).toEqual(shapeOf(sample('change-sf-api-version.409.unsafe-with-diff.json')));

      const safe = await start({ connections: [{ app: 'shop', resource: 'r', state: 'PAUSED', apiVersion: '55.0', mappings: [{ object_name: 'Account' }] }] });
      const accepted = await post(`${(await connectionOf(safe, 'shop')).url}/actions/change-sf-api-version`, { target_version: '61.0' });
      expect(accepted.status).toBe(202);
      expect(Object.keys(accepted.body as object).sort()).toEqual([...Object.keys(sample('schema-diff.200.json') as object), 'target_version'].sort());
      expect(Object.keys(accepted.body as object).sort()).toEqual(expect.arrayContaining(Object.keys(sample('change-sf-api-version.202.json') as object)));

      // Unscripted, a mapping still polling Salesforce is refused as the recording shows; scripted, each recorded refusal.
      for (const [kind, file] of [
        [undefined, 'change-sf-api-version.409.syncing.json'],
        ['syncing', 'change-sf-api-version.409.syncing.json'],
        ['unsafe', 'change-sf-api-version.409.unsafe.json'],
      ] as const) {
        const scripted = await start({
          ...(kind !== undefined && { apiVersionChangeRefusal: kind }),
          connections: [{ app: 'shop', resource: 'r', state: 'PAUSED', mappings: [{ object_name: 'Contact', state: 'POLLING_SF_CHANGES' }] }],
        });
        const answer = await post(`${(await connectionOf(scripted, 'shop')).url}/actions/change-sf-api-version`, { target_version: '61.0' });
        expect({ kind, status: answer.status, body: answer.body }).toEqual({ kind, status: 409, body: sample(file) });
      }
    });
  });
}
