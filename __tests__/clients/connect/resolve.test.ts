import { connectApi } from '../../../src/clients/connect/client.js';
import { findConnection } from '../../../src/clients/connect/resolve.js';
import { parseLink } from '../../../src/clients/connect/types.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { startConnectStandIn, type ConnectStandIn, type StandInOptions } from '../../../src/stand-in/server.js';
import { FakeClock } from '../../../test-support/fake-clock.js';
import { rejection } from '../../../test-support/harness.js';

const KEY = 'HRKU-LeakCanary-5e0b-resolve';

let running: ConnectStandIn[] = [];
afterEach(async () => {
  await Promise.all(running.map((server) => server.close()));
  running = [];
});

/** The link's answer with no connections listed: the client must find them by searching. */
const LINK_LISTS_NONE = { route: 'link' as const, fault: { kind: 'mutate' as const, mutate: (body: unknown) => ({ ...(body as object), connections: [] }) } };

async function start(options: Partial<StandInOptions> = {}) {
  const clock = new FakeClock();
  const standIn = await startConnectStandIn({
    apiKey: KEY,
    connections: [{ app: 'my-app', resource: 'herokuconnect-one' }],
    requireLink: true,
    now: () => clock.now(),
    ...options,
  });
  running.push(standIn);
  const lines: string[] = [];
  const api = connectApi({ apiKey: KEY, discoveryServer: standIn.url, clock });
  return { server: standIn, api, clock, lines, log: { info: (line: string) => lines.push(line) } };
}

describe("findConnection after linking the key's user", () => {
  it('takes the connection the link answers with, even while the search does not show it yet', async () => {
    const { server, api, log } = await start({ linkDelayMs: 30_000 });
    const connection = await findConnection(api, 'my-app', undefined, log);
    expect(connection).toMatchObject({ resource_name: 'herokuconnect-one', region_url: server.regionUrl });
    expect(server.requests.map((r) => r.route)).toEqual(['search', 'link']);
  });

  it('searches again with doubling waits when the link lists none and the search takes a moment to show it', async () => {
    const { server, api, clock, lines, log } = await start({ linkDelayMs: 5000, faults: [LINK_LISTS_NONE] });
    const started = clock.now();
    const connection = await findConnection(api, 'my-app', undefined, log);
    expect(connection.resource_name).toBe('herokuconnect-one');
    const link = server.requests.findIndex((r) => r.route === 'link');
    const linkedAt = server.requests[link]!.time;
    // Right after the link, then 1 s, 2 s and 4 s later: found at 7 s, past the 5 s the link took.
    expect(server.requests.slice(link + 1).map((r) => [r.route, r.time - linkedAt])).toEqual([
      ['search', 0],
      ['search', 1000],
      ['search', 3000],
      ['search', 7000],
    ]);
    expect(clock.now() - started).toBe(7000);
    expect(lines).toContain("The link's answer lists no connection, and the search finds none yet; searching again for up to 1 min, as a link can take a moment to show.");
  });

  it('searches when the link lists only connections of another resource name', async () => {
    const { server, api, log } = await start({
      connections: [
        { app: 'my-app', resource: 'herokuconnect-one' },
        { app: 'my-app', resource: 'herokuconnect-two' },
      ],
    });
    expect((await findConnection(api, 'my-app', 'herokuconnect-two', log)).resource_name).toBe('herokuconnect-two');
    expect(server.requests.map((r) => r.route)).toEqual(['search', 'link']);
    const { server: other, api: otherApi, log: otherLog } = await start({ connections: [{ app: 'my-app', resource: 'herokuconnect-one' }], faults: [LINK_LISTS_NONE] });
    await rejection(findConnection(otherApi, 'my-app', 'herokuconnect-nine', otherLog));
    expect(other.requests.filter((r) => r.route === 'search').length).toBeGreaterThan(2);
  });

  it('gives up a minute after the link, within the deadline, naming the app', async () => {
    const { server, api, clock, log } = await start({ connections: [] });
    const started = clock.now();
    const error = await rejection(findConnection(api, 'my-app', undefined, log));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/^Heroku Connect has no connection for app "my-app", even after adding the API key's user/);
    expect(clock.now() - started).toBe(60_000);
    // Right after the link, then at 1, 3, 7, 15, 31 s and the minute.
    expect(server.requests.filter((r) => r.route === 'search')).toHaveLength(8);
  });

  it('keeps to the deadline when it comes before the minute', async () => {
    const clock = new FakeClock();
    const { server } = await start({ connections: [] });
    const api = connectApi({ apiKey: KEY, discoveryServer: server.url, clock, deadline: clock.now() + 5000 });
    await rejection(findConnection(api, 'my-app', undefined, { info: () => undefined }));
    expect(clock.elapsed).toBeLessThanOrEqual(5000);
  });
});

describe('parseLink', () => {
  it('reads the connections of a link answer as search results (regions and cells aside), and an answer without any as none', () => {
    const entry = {
      id: 'c-1',
      resource_name: 'herokuconnect-one',
      display_name: 'my-app',
      app_name: 'my-app',
      region: 'us',
      cell: 'virginia',
      region_url: 'https://region.example.com',
      detail_url: 'https://region.example.com/api/v3/connections/c-1',
    };
    const answer = { user: { id: 'u', email: 'ci@example.com' }, connections: [entry], regions: { us: { flag: 'us', label: 'US' } }, cells: { virginia: { url: 'https://region.example.com' } } };
    expect(parseLink(answer, 'link')).toEqual([
      { id: 'c-1', resource_name: 'herokuconnect-one', app_name: 'my-app', region_url: 'https://region.example.com', detail_url: 'https://region.example.com/api/v3/connections/c-1' },
    ]);
    expect(parseLink({ user: { id: 'u' } }, 'link')).toEqual([]);
    expect(() => parseLink({ connections: 'all' }, 'link the user')).toThrow(/answer when asked to link the user is not what its API returns: connections is a string, where a list belongs\./);
    expect(() => parseLink({ connections: [{ id: 'x' }] }, 'link the user')).toThrow(/link the user is not what its API returns: connections\[0\] has no "detail_url"\./);
  });

  it("is what the stand-in's link answers: the connections, with regions and cells", async () => {
    const { server } = await start();
    const answer = await fetch(`${server.url}/auth/my-app`, { method: 'POST', headers: { Authorization: `Bearer ${KEY}` } });
    const body = (await answer.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['cells', 'connections', 'regions', 'user']);
    expect(parseLink(body, 'link').map((c) => c.resource_name)).toEqual(['herokuconnect-one']);
  });
});
