import { startConnectStandIn, type ConnectStandIn, type StandInOptions } from '../../src/stand-in/server.js';
import { FakeClock } from '../../test-support/fake-clock.js';

/* The stand-in behaves as the recordings show: value forms, pages, one page acknowledged at a time, the diagnose's forms. */

const KEY = 'HRKU-LeakCanary-stand-in-server';

let running: ConnectStandIn[] = [];
afterEach(async () => {
  await Promise.all(running.map((server) => server.close()));
  running = [];
});

const clock = new FakeClock();

async function start(options: Partial<StandInOptions> = {}): Promise<{ server: ConnectStandIn; connection: string }> {
  const server = await startConnectStandIn({
    apiKey: KEY,
    connections: [
      {
        app: 'shop',
        resource: 'herokuconnect-one',
        mappings: [
          { object_name: 'Account', config: { access: 'read_only', fields: { Id: {} } }, lastPollAgoMs: 90_000 },
          { object_name: 'Lead', config: { access: 'read_write', upsert_field: 'Ext__c', fields: { Id: {}, Ext__c: {} } } },
        ],
      },
    ],
    now: () => clock.now(),
    ...options,
  });
  running.push(server);
  const { body } = await ask(`${server.url}/connections?app=shop`);
  return { server, connection: `${server.regionUrl}/api/v3/connections/${(body as { results: { id: string }[] }).results[0]!.id}` };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read the stand-in's JSON answers freely
async function ask(url: string, method = 'GET', key = KEY): Promise<{ status: number; body: any }> {
  const answer = await fetch(url, { method, headers: { Authorization: `Bearer ${key}` } });
  const text = await answer.text();
  return { status: answer.status, body: text === '' ? undefined : JSON.parse(text) };
}

const notifications = (count: number) => Array.from({ length: count }, (_, i) => ({ event_type: i % 2 ? 'postgres-connection' : 'mapping-error', message: `n${i + 1}`, agoMs: (i + 1) * 60_000 }));

describe('the stand-in answers in the recorded value forms', () => {
  it('gives the detail integer _ids, relative URLs but the schema one, Python times, the API version as text, and no region_url', async () => {
    const { server, connection } = await start();
    const { body: detail } = await ask(`${connection}?deep=true`);
    expect(Number.isInteger(detail._id)).toBe(true);
    expect(detail).not.toHaveProperty('region_url');
    expect(detail).not.toHaveProperty('api_version');
    expect(detail.sf_info.api_version).toBe('64.0');
    expect(detail.detail_url).toBe(`/api/v3/connections/${detail.id}`);
    expect(detail.notifications_url).toBe(`/api/v3/connections/${detail.id}/notifications`);
    const [account, lead] = detail.mappings;
    expect(Number.isInteger(account._id)).toBe(true);
    expect(account).toMatchObject({ detail_url: `/api/v3/mappings/${account.id}`, errors_url: `/api/v3/mappings/${account.id}/errors`, connection: { id: detail.id } });
    expect(account.schema_url).toBe(`${server.regionUrl}/api/v3/connections/${detail.id}/schemas/Account`);
    expect(account.times.sf_poll).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}\+00:00$/);
    expect(Date.parse(account.times.sf_poll)).toBe(clock.now() - 90_000);
    expect(account.config.applied_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    // The config's settings repeated at the top level, with Heroku's defaults for those the config leaves out.
    expect([account.access, account.sf_polling_seconds, account.sf_notify_enabled, account.upsert_field]).toEqual(['read_only', 600, false, null]);
    expect([lead.access, lead.upsert_field]).toEqual(['read_write', 'Ext__c']);
    expect(account.counts).toEqual({ db: 1000, sf: 1000, pending: 0, errors: 0 });
    // The same detail on a second read: ids and times do not move.
    expect((await ask(`${connection}?deep=true`)).body).toEqual(detail);
  });

  it('exports applied_at on the read-write mapping only', async () => {
    const { connection } = await start();
    const { body } = await ask(`${connection}/actions/export`);
    expect(body.mappings.map((m: { object_name: string; config: object }) => [m.object_name, 'applied_at' in m.config])).toEqual([
      ['Account', false],
      ['Lead', true],
    ]);
    expect(body.connection.exported_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/);
  });

  it('gives write errors the integer ids of the trigger log, in its order, and lists those of the last 24 hours', async () => {
    const old = new Date(clock.now() - 25 * 3_600_000).toISOString();
    const { connection } = await start({
      writeErrors: [
        { table_name: 'account', record_id: '001A', message: 'one' },
        { table_name: 'account', record_id: '001B', message: 'old', created_at: old },
        { table_name: 'lead', record_id: '00QA', message: 'three' },
      ],
    });
    const { body } = await ask(`${connection}/errors`);
    expect(body.results.map((e: { id: unknown; message: string }) => [e.id, e.message])).toEqual([
      [1, 'one'],
      [3, 'three'],
    ]);
    expect(body).toEqual({ count: 2, results: expect.any(Array) });
  });

  it('refuses a wrong key with a {"message"} body, as Connect\'s error answers are', async () => {
    const { connection } = await start();
    expect(await ask(connection, 'GET', 'wrong')).toEqual({ status: 401, body: { message: 'Invalid credentials provided.' } });
  });
});

describe('the stand-in lists in pages', () => {
  it('pages the search, with count, previous and an absolute next on the discovery host', async () => {
    const apps = ['one', 'two', 'three'].map((name) => ({ app: 'shop', resource: `herokuconnect-${name}` }));
    const { server } = await start({ connections: apps, pageSize: 2 });
    const first = (await ask(`${server.url}/connections?app=shop`)).body;
    expect(first.results.map((r: { resource_name: string }) => r.resource_name)).toEqual(['herokuconnect-one', 'herokuconnect-two']);
    expect(first).toMatchObject({ count: 3, previous: null, next: `${server.url}/connections?app=shop&page=2` });
    const second = (await ask(first.next)).body;
    expect(second.results.map((r: { resource_name: string }) => r.resource_name)).toEqual(['herokuconnect-three']);
    expect(second).toMatchObject({ count: 3, previous: `${server.url}/connections?app=shop&page=1`, next: null });
  });

  it('pages the write errors, with next only while there is more; page_size is honoured up to the largest page', async () => {
    const writeErrors = Array.from({ length: 5 }, (_, i) => ({ table_name: 'account', record_id: `001${i}`, message: `e${i + 1}` }));
    const { server, connection } = await start({ writeErrors, pageSize: 2, maxPageSize: 4 });
    const ids = async (url: string) => {
      const { body } = await ask(url);
      return { ids: body.results.map((e: { id: number }) => e.id), count: body.count, next: body.next };
    };
    expect(await ids(`${connection}/errors`)).toEqual({ ids: [1, 2], count: 5, next: `${server.regionUrl}${new URL(connection).pathname}/errors?page=2` });
    expect(await ids(`${connection}/errors?page=3`)).toEqual({ ids: [5], count: 5, next: undefined });
    expect(await ids(`${connection}/errors?page_size=1000`)).toMatchObject({ ids: [1, 2, 3, 4], next: expect.stringContaining('page_size=1000&page=2') });
  });

  it('lists notifications newest first, filtered by after, before and event_type, a page at a time', async () => {
    const { connection } = await start({ connections: [{ app: 'shop', resource: 'herokuconnect-one', notifications: notifications(5) }], pageSize: 2 });
    const messages = async (query: string) => (await ask(`${connection}/notifications?${query}`)).body.results.map((n: { message: string }) => n.message);
    expect(await messages('')).toEqual(['n1', 'n2']);
    expect(await messages('page=2')).toEqual(['n3', 'n4']);
    expect(await messages('page_size=1000')).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
    expect(await messages('page_size=1000&event_type=postgres-connection')).toEqual(['n2', 'n4']);
    const at = (minutes: number) => new Date(clock.now() - minutes * 60_000).toISOString();
    expect(await messages(`page_size=1000&after=${at(4)}&before=${at(1)}`)).toEqual(['n2', 'n3', 'n4']);
  });

  it('acknowledges one page of the listing per call, newest first, with its filters and page size', async () => {
    const { connection } = await start({ connections: [{ app: 'shop', resource: 'herokuconnect-one', notifications: notifications(5) }], pageSize: 2 });
    const left = async () => (await ask(`${connection}/notifications?page_size=1000`)).body.results.map((n: { message: string }) => n.message);
    expect((await ask(`${connection}/notifications/acknowledge`, 'POST')).status).toBe(204);
    expect(await left()).toEqual(['n3', 'n4', 'n5']);
    await ask(`${connection}/notifications/acknowledge?page_size=1000&event_type=mapping-error`, 'POST');
    expect(await left()).toEqual(['n4']);
    await ask(`${connection}/notifications/acknowledge?page_size=1000`, 'POST');
    expect(await left()).toEqual([]);
  });
});

describe("the stand-in's diagnose result, in each form", () => {
  const warning = { rule_id: 'NUM_FIELDS', display_name: 'Number of Fields', status: 'FAILED', message: 'Many.' } as const;
  const result = async (options: Partial<StandInOptions>) => {
    const { connection } = await start({ timing: { validationMs: 0 }, validation: { mappings: { Lead: { warnings: [warning] } } }, ...options });
    return (await ask((await ask(`${connection}/validations`, 'POST')).body.result_url)).body;
  };

  it("is the four lists and each mapping's unless told otherwise, and the per-mapping checks name no invented rule", async () => {
    const body = await result({});
    expect(Object.keys(body)).toEqual(['errors', 'warnings', 'passes', 'skips', 'mappings']);
    expect(body.mappings).toEqual({ Account: { errors: [], warnings: [], passes: [], skips: [] }, Lead: { errors: [], warnings: [warning], passes: [], skips: [] } });
  });

  it('has no mappings in the 2019 and 2026 forms, the 2026 one with every key in order; only the mappings in the mappings-only form', async () => {
    const form2019 = await result({ validationForm: '2019' });
    expect(Object.keys(form2019)).toEqual(['passes', 'warnings', 'errors', 'skips']);
    expect(Object.keys(form2019.passes[0])).toEqual(['rule_id', 'display_name', 'status', 'message', 'doc_url']);
    const form2026 = await result({ validationForm: '2026' });
    expect(Object.keys(form2026)).toEqual(['errors', 'passes', 'skips', 'warnings']);
    expect(Object.keys(form2026.passes[0])).toEqual(['display_name', 'doc_url', 'message', 'rule_id', 'status']);
    expect(await result({ validationForm: 'mappings-only' })).toEqual({ mappings: { Account: {}, Lead: { warnings: [warning] } } });
  });
});
