import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  acknowledgeNotifications,
  connectApi,
  importConfiguration,
  MAX_PAGES,
  readDetail,
  readNotifications,
  readValidationResult,
  readWriteErrors,
  searchConnections,
  type ConnectApi,
} from '../../../src/clients/connect/client.js';
import { parseDetail, parseExport, parseLink, parseNotifications, parseSearch, parseValidation, parseWriteErrors, type DiscoveredConnection } from '../../../src/clients/connect/types.js';
import { RemoteFailure } from '../../../src/core/errors.js';
import { FakeClock } from '../../../test-support/fake-clock.js';
import { rejection, REPO_ROOT } from '../../../test-support/harness.js';

const SAMPLES = '/work/shared/research/connect-api-samples';
const haveSamples = existsSync(SAMPLES);
if (!haveSamples) console.warn(`Skipping the recorded-answer cases: ${SAMPLES} is absent.`);
const sample = (name: string): unknown => JSON.parse(readFileSync(path.join(SAMPLES, name), 'utf8'));
const withSamples = haveSamples ? it : it.skip;

const KEY = 'HRKU-LeakCanary-answers-0b1c';
const DISCOVERY = 'https://hc-central.example.com';
const REGION = 'https://region.example.com';
const ELSEWHERE = 'https://collector.example.net';

describe('the answer parsers on the recorded bodies', () => {
  withSamples('reads the recorded detail, with its nulls and its space-separated poll time', () => {
    const detail = parseDetail(sample('connection.detail.deep.json'), 'read it');
    expect(detail.state).toBe('IDLE');
    expect(detail.mappings[0]).toMatchObject({ object_name: 'Account', state: 'DATA_SYNCED', counts: { db: expect.any(Number) } });
  });

  withSamples('takes a mock search without region_url (the region then comes from the detail) but refuses its numeric id', () => {
    expect(() => parseSearch(sample('hc-central.connections.mock-minimal.json'), 'list them')).toThrow(
      "Heroku Connect's answer when asked to list them is not what its API returns: results[0].id is a number (1234), where a string belongs.",
    );
    expect(parseSearch({ results: [{ id: 'c1', detail_url: `${REGION}/api/v3/connections/c1` }] }, 'x')).toEqual([
      { id: 'c1', resource_name: '', app_name: '', detail_url: `${REGION}/api/v3/connections/c1` },
    ]);
  });

  withSamples("reads the link answer's connections, and none from a link answer without them", () => {
    expect(parseLink(sample('hc-central.auth.single.json'), 'link').map((c) => c.region_url)).toEqual(['https://connect-instance-region.heroku.com']);
    expect(parseLink(sample('hc-central.auth.mock-info.json'), 'link')).toEqual([]);
  });

  withSamples("reads numeric write-error ids and the mock detail's numeric mapping ids as text", () => {
    expect(parseWriteErrors({ count: 1, results: [{ id: 42, table_name: 'account', record_id: 7, message: 'm', created_at: 'c' }] }, 'x')).toEqual([
      { id: '42', table_name: 'account', record_id: '7', message: 'm', created_at: 'c' },
    ]);
    expect(parseDetail(sample('connection.detail.deep.mock-info.json'), 'x').mappings.map((m) => m.id)).toEqual(['4567', '9912']);
    expect(parseNotifications(sample('notifications.list.json'), 'x').map((n) => n.id)).toEqual(['5678', '9101']);
  });

  it('reads the nulls the recordings show as absent, where the tool types them as text or a flag', () => {
    const detail = parseDetail(
      {
        state: 'IDLE',
        plan: null,
        logplex_log_enabled: null,
        organization_id: null,
        sf_info: null,
        mappings: [{ object_name: 'A', state: 'X', state_description: null, times: { sf_poll: null }, counts: null }],
      },
      'x',
    );
    expect(detail).toEqual({ state: 'IDLE', organization_id: null, sf_info: null, mappings: [{ object_name: 'A', state: 'X', times: { sf_poll: null }, counts: null }] });
  });

  it('reads the record count under "count" where "db" is absent', () => {
    const detail = parseDetail({ state: 'IDLE', mappings: [{ object_name: 'A', state: 'DATA_SYNCED', counts: { count: 12, sf: 13 } }] }, 'x');
    expect(detail.mappings[0]!.counts).toEqual({ count: 12, db: 12, sf: 13 });
  });

  it.each([
    ['a number as plan', parseDetail, { state: 'IDLE', plan: 5, mappings: [] }, 'plan is a number (5), where a string or null belongs'],
    [
      'an object as a state description',
      parseDetail,
      {
        state: 'IDLE',
        mappings: [
          { object_name: 'A', state: 'X' },
          { object_name: 'B', state: 'X', state_description: {} },
        ],
      },
      'mappings[1].state_description is an object, where a string or null belongs',
    ],
    ['a mapping without a state', parseDetail, { state: 'IDLE', mappings: [{ object_name: 'A' }] }, 'mappings[0] has no "state"'],
    [
      'a revision as text',
      parseDetail,
      { state: 'IDLE', mappings: [{ object_name: 'A', state: 'X', config: { revision: '3' } }] },
      'mappings[0].config.revision is a string, where a whole number or null belongs',
    ],
    ['an export without mappings', parseExport, { version: 1 }, 'the answer has no "mappings"'],
    ['a check message as a list', parseValidation, { mappings: { Account: { errors: [{ message: [] }] } } }, 'mappings.Account.errors[0].message is a list, where a string or null belongs'],
    ['a write error id as an object', parseWriteErrors, { results: [{ id: {} }] }, 'results[0].id is an object, where a string or a number belongs'],
    ['a next link as a number', parseNotifications, { results: [], next: 2 }, 'next is a number (2), where a string or null belongs'],
    ['a search entry with an empty detail_url', parseSearch, { results: [{ id: 'c', detail_url: '' }] }, 'results[0].detail_url is empty'],
  ] as const)('refuses %s, naming the field and the call', (_name, parse, body, problem) => {
    const error = (() => {
      try {
        (parse as (body: unknown, what: string) => unknown)(body, 'read the state of connection "shop"');
      } catch (thrown) {
        return thrown as Error;
      }
      throw new Error('accepted');
    })();
    expect(error).toBeInstanceOf(RemoteFailure);
    expect(error.message).toBe(`Heroku Connect's answer when asked to read the state of connection "shop" is not what its API returns: ${problem}.`);
  });
});

/** A fetch answering by URL (path and query), recording every URL asked for. */
function routedFetch(routes: Record<string, (init: RequestInit) => Response>) {
  const asked: string[] = [];
  const fetchImpl: typeof fetch = async (input, init = {}) => {
    const url = String(input);
    asked.push(`${init.method ?? 'GET'} ${url}`);
    const route = routes[url] ?? routes[`${init.method ?? 'GET'} ${url}`];
    return route ? route(init) : Response.json({ message: `no route ${url}` }, { status: 404 });
  };
  return { asked, fetchImpl };
}

const listed = (overrides: Record<string, unknown> = {}) => ({
  id: 'c1',
  resource_name: 'shop-conn',
  app_name: 'shop',
  region_url: REGION,
  detail_url: `${REGION}/api/v3/connections/c1`,
  ...overrides,
});
const IDLE = { state: 'IDLE', mappings: [] };

function api(fetchImpl: typeof fetch): ConnectApi {
  return connectApi({ apiKey: KEY, discoveryServer: DISCOVERY, clock: new FakeClock(), fetch: fetchImpl, retries: 1, random: () => 0 });
}

async function found(fetchImpl: typeof fetch): Promise<{ connectApi: ConnectApi; connection: DiscoveredConnection }> {
  const client = api(fetchImpl);
  const [connection] = await searchConnections(client, 'shop');
  return { connectApi: client, connection: connection! };
}

describe('one origin rule for the URLs the answers give', () => {
  it('sends nothing to a detail_url off the regions discovery named, and names its host', async () => {
    const { asked, fetchImpl } = routedFetch({ [`${DISCOVERY}/connections?app=shop`]: () => Response.json({ results: [listed({ detail_url: `${ELSEWHERE}/api/v3/connections/c1` })] }) });
    const { connectApi: client, connection } = await found(fetchImpl);
    const error = await rejection(readDetail(client, connection));
    expect(error).toBeInstanceOf(RemoteFailure);
    expect(error.message).toBe('Heroku Connect pointed the request to read the state of connection "shop-conn" at another host, collector.example.net; the API key was not sent there.');
    expect(asked.filter((url) => url.includes(ELSEWHERE))).toEqual([]);
    const unreadable = routedFetch({ [`${DISCOVERY}/connections?app=shop`]: () => Response.json({ results: [listed({ detail_url: 'https://[bad' })] }) });
    const other = await found(unreadable.fetchImpl);
    expect((await rejection(readDetail(other.connectApi, other.connection))).message).toBe(
      'Heroku Connect\'s answer when asked to read the state of connection "shop-conn" is not what its API returns: "detail_url" is not a URL.',
    );
  });

  it('sends nothing to a result_url or a next page elsewhere, nor a next page of discovery onto a region', async () => {
    const { asked, fetchImpl } = routedFetch({
      [`${DISCOVERY}/connections?app=shop`]: () => Response.json({ results: [listed()], next: `${REGION}/connections?page=2` }),
    });
    const error = await rejection(searchConnections(api(fetchImpl), 'shop'));
    expect(error.message).toBe('Heroku Connect pointed the request to list the connections of app "shop" at another host, region.example.com; the API key was not sent there.');
    const errors = routedFetch({
      [`${DISCOVERY}/connections?app=shop`]: () => Response.json({ results: [listed()] }),
      [`${REGION}/api/v3/connections/c1/errors`]: () => Response.json({ count: 2, results: [{ id: 1 }], next: `${ELSEWHERE}/errors?page=2` }),
    });
    const { connectApi: client, connection } = await found(errors.fetchImpl);
    expect((await rejection(readWriteErrors(client, connection))).message).toContain('at another host, collector.example.net');
    expect((await rejection(readValidationResult(client, connection, `${ELSEWHERE}/v/1`))).message).toContain('at another host, collector.example.net');
    expect([...asked, ...errors.asked].filter((url) => url.includes(ELSEWHERE) || url.includes('page=2'))).toEqual([]);
  });

  it("takes a listed connection's region from its detail when the list gives none, only on an origin discovery named", async () => {
    const onDiscovery = routedFetch({
      [`${DISCOVERY}/connections?app=shop`]: () => Response.json({ results: [listed({ region_url: undefined, detail_url: '/api/v3/connections/c1' }), listed({ id: 'c2' })] }),
      [`${DISCOVERY}/api/v3/connections/c1?deep=true`]: () => Response.json({ ...IDLE, region_url: REGION }),
    });
    const connections = await searchConnections(api(onDiscovery.fetchImpl), 'shop');
    expect(connections.map((c) => c.region_url)).toEqual([REGION, REGION]);
    const claimsElsewhere = routedFetch({
      [`${DISCOVERY}/connections?app=shop`]: () => Response.json({ results: [listed({ region_url: undefined, detail_url: `${DISCOVERY}/api/v3/connections/c1` })] }),
      [`${DISCOVERY}/api/v3/connections/c1?deep=true`]: () => Response.json({ ...IDLE, region_url: ELSEWHERE }),
    });
    expect((await rejection(searchConnections(api(claimsElsewhere.fetchImpl), 'shop'))).message).toContain('at another host, collector.example.net; the API key was not sent there');
    const none = routedFetch({
      [`${DISCOVERY}/connections?app=shop`]: () => Response.json({ results: [listed({ region_url: undefined, detail_url: `${DISCOVERY}/api/v3/connections/c1` })] }),
      [`${DISCOVERY}/api/v3/connections/c1?deep=true`]: () => Response.json(IDLE),
    });
    expect((await rejection(searchConnections(api(none.fetchImpl), 'shop'))).message).toContain('results[0] has no "region_url", and neither has its detail');
  });
});

describe('every list whole and bounded', () => {
  const search = { [`${DISCOVERY}/connections?app=shop`]: () => Response.json({ results: [listed()] }) };

  it('follows next pages of the write errors until count is reached', async () => {
    const { asked, fetchImpl } = routedFetch({
      ...search,
      [`${REGION}/api/v3/connections/c1/errors`]: () => Response.json({ count: 3, results: [{ id: 1 }, { id: 2 }], next: '/api/v3/connections/c1/errors?page=2' }),
      [`${REGION}/api/v3/connections/c1/errors?page=2`]: () => Response.json({ count: 3, results: [{ id: 3 }], next: '/api/v3/connections/c1/errors?page=3' }),
    });
    const { connectApi: client, connection } = await found(fetchImpl);
    expect((await readWriteErrors(client, connection)).map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(asked.filter((url) => url.includes('page=3'))).toEqual([]);
  });

  it('stops at the page cap, naming it', async () => {
    const { asked, fetchImpl } = routedFetch({
      ...search,
      [`${REGION}/api/v3/connections/c1/notifications?page_size=1000`]: () => Response.json({ results: [{ id: 'n' }], next: '/api/v3/connections/c1/notifications?page_size=1000&again=1' }),
      [`${REGION}/api/v3/connections/c1/notifications?page_size=1000&again=1`]: () => Response.json({ results: [{ id: 'n' }], next: '/api/v3/connections/c1/notifications?page_size=1000&again=1' }),
    });
    const { connectApi: client, connection } = await found(fetchImpl);
    const error = await rejection(readNotifications(client, connection));
    expect(error.message).toBe(`Heroku Connect had more than ${MAX_PAGES} pages to list when asked to read the notifications of connection "shop-conn"; no more than ${MAX_PAGES} are read.`);
    expect(asked.filter((url) => url.includes('/notifications'))).toHaveLength(MAX_PAGES);
  });

  it("acknowledges with the list's filters and page size, and again while any reported is still listed, then says what is left", async () => {
    const before = '2026-12-03T10:00:00.000Z';
    const query = `page_size=1000&before=${encodeURIComponent(before)}`;
    const ackUrl = `POST ${REGION}/api/v3/connections/c1/notifications/acknowledge?${query}`;
    const serve = (acknowledge: (listed: { id: string }[]) => { id: string }[]) => {
      let listed = [{ id: 'a' }, { id: 'b' }, { id: 'late' }];
      return routedFetch({
        ...search,
        [`GET ${REGION}/api/v3/connections/c1/notifications?${query}`]: () => Response.json({ results: listed }),
        [ackUrl]: () => {
          listed = acknowledge(listed);
          return new Response(null, { status: 204 });
        },
      });
    };
    const reported = [
      { id: 'a', event_type: 'e', message: 'm', created_at: 'c' },
      { id: 'b', event_type: 'e', message: 'm', created_at: 'c' },
    ];
    // A page of one at a time: the second call acknowledges the second.
    const paged = serve((listed) => listed.slice(1));
    const first = await found(paged.fetchImpl);
    expect(await acknowledgeNotifications(first.connectApi, first.connection, before, reported)).toEqual([]);
    expect(paged.asked.filter((url) => url.startsWith('POST'))).toEqual([ackUrl, ackUrl]);
    // One that stays listed however often acknowledged is what is left, after a bounded number of tries.
    const stubborn = serve((listed) => listed.filter((n) => n.id === 'b'));
    const second = await found(stubborn.fetchImpl);
    expect(await acknowledgeNotifications(second.connectApi, second.connection, before, reported)).toEqual([reported[1]]);
    expect(stubborn.asked.filter((url) => url.startsWith('POST'))).toHaveLength(2);
  });
});

describe('the import answer', () => {
  it.each([
    ['empty', () => new Response(null, { status: 200 })],
    ['not JSON', () => new Response('OK', { status: 202, headers: { 'Content-Type': 'text/plain' } })],
    ['JSON', () => Response.json({ message: 'success' })],
  ])('is accepted when it is a 2xx %s, and sent once', async (_kind, answer) => {
    const { asked, fetchImpl } = routedFetch({ [`${DISCOVERY}/connections?app=shop`]: () => Response.json({ results: [listed()] }), [`POST ${REGION}/api/v3/connections/c1/actions/import`]: answer });
    const { connectApi: client, connection } = await found(fetchImpl);
    const resent: string[] = [];
    await importConfiguration(client, connection, { mappings: [] }, (what) => resent.push(what));
    expect(asked.filter((url) => url.startsWith('POST'))).toHaveLength(1);
    expect(resent).toEqual([]);
  });
});

describe('the answer validators', () => {
  /** The source files a module loads at start-up: its static imports, not `import type`, not `import()`. */
  function staticallyLoaded(entry: string): Set<string> {
    const SRC = path.join(REPO_ROOT, 'src');
    const seen = new Set<string>();
    const queue = [entry];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(path.join(SRC, file.replace(/\.js$/, existsSync(path.join(SRC, file.replace(/\.js$/, '.ts'))) ? '.ts' : '.js')), 'utf8');
      for (const [, specifier] of text.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?from\s*'(\.[^']+)'/gm)) {
        queue.push(path.relative(SRC, path.resolve(path.dirname(path.join(SRC, file)), specifier!)));
      }
    }
    return seen;
  }

  it('are not loaded when the CLI or the action starts, only on the live paths', () => {
    for (const entry of ['cli/main.js', 'action/main.js']) {
      expect([...staticallyLoaded(entry)].filter((file) => file.endsWith('answers.generated.js'))).toEqual([]);
    }
    expect(staticallyLoaded('clients/connect/client.js')).toContain('clients/connect/answers.generated.js');
  });
});
