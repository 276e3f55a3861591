import { connectApi, deleteMapping, exportConfiguration, importConfiguration, readDetail, searchConnections } from '../../../src/clients/connect/client.js';
import { findConnection } from '../../../src/clients/connect/resolve.js';
import { ConfigurationError, RemoteFailure } from '../../../src/core/errors.js';
import { startConnectStandIn, type ConnectStandIn, type StandInOptions } from '../../../src/stand-in/server.js';
import { FakeClock } from '../../../test-support/fake-clock.js';
import { rejection } from '../../../test-support/harness.js';

const KEY = 'HRKU-LeakCanary-0d6f1a2b-client';

let standIn: ConnectStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

/** The stand-in's time: a test moves it on instead of waiting for the lag, the import and the sync. */
let clock: FakeClock;

async function start(options: Partial<StandInOptions> = {}) {
  clock = new FakeClock();
  standIn = await startConnectStandIn({
    apiKey: KEY,
    connections: [{ app: 'my app', resource: 'herokuconnect-one', mappings: [{ object_name: 'Account' }] }],
    timing: { lagMs: 300, importMs: 300, syncMs: 300 },
    now: () => clock.now(),
    ...options,
  });
  const lines: string[] = [];
  const api = connectApi({ apiKey: KEY, discoveryServer: standIn.url, clock, log: { info: (line) => lines.push(line) } });
  return { server: standIn, api, lines };
}

describe('the Connect API against the stand-in', () => {
  it('never sends the key to a path an id from an answer steers it to: ".." as a mapping or connection id is refused', async () => {
    const { server, api } = await start();
    const [connection] = await searchConnections(api, 'my app');
    const before = server.requests.length;
    const dotted = await rejection(deleteMapping(api, connection!, { id: '..', object_name: 'Account' }));
    expect(dotted).toBeInstanceOf(RemoteFailure);
    expect(dotted.message).toBe('Heroku Connect answered a mapping id that is "..", which a URL reads as a step in its path; no request was sent with it.');
    await expect(exportConfiguration(api, { ...connection!, id: '.' })).rejects.toThrow('Heroku Connect answered a connection id that is "."');
    expect(server.requests).toHaveLength(before);
  });

  it('URL-encodes the search, and sends the connection calls to region_url, not to the discovery host', async () => {
    const { server, api } = await start();
    const [connection] = await searchConnections(api, 'my app', 'herokuconnect-one');
    expect(connection).toMatchObject({ resource_name: 'herokuconnect-one', region_url: server.regionUrl });
    const detail = await readDetail(api, connection!);
    expect(detail).toMatchObject({ state: 'IDLE', mappings: [expect.objectContaining({ object_name: 'Account', state: 'DATA_SYNCED' })] });
    // The detail's own detail_url is relative: it must not have replaced the absolute one.
    expect((detail as unknown as { detail_url: string }).detail_url).toMatch(/^\/api\/v3\//);
    await readDetail(api, connection!);
    const exported = await exportConfiguration(api, connection!);
    expect(exported.mappings.map((m) => m.object_name)).toEqual(['Account']);
    expect(server.requests.map((r) => `${r.method} ${r.path.replace(connection!.id, '{id}')}`)).toEqual([
      'GET /connections?app=my+app&resource_name=herokuconnect-one',
      'GET /api/v3/connections/{id}?deep=true',
      'GET /api/v3/connections/{id}?deep=true',
      'GET /api/v3/connections/{id}/actions/export',
    ]);
    expect(server.requests.every((r) => r.authorization === `Bearer ${KEY}`)).toBe(true);
  });

  it('imports, and the stand-in shows the lag, IMPORT_CONFIGURATION, then IDLE with new revisions and syncing mappings', async () => {
    const { server, api } = await start();
    const [connection] = await searchConnections(api, 'my app');
    const before = await readDetail(api, connection!);
    // Account's access changes (the stand-in saves only a mapping whose configuration changes); Lead is new.
    await importConfiguration(api, connection!, {
      mappings: [
        { object_name: 'Account', config: { access: 'read_write' } },
        { object_name: 'Lead', config: {} },
      ],
      version: 1,
    });
    expect(server.imports).toHaveLength(1);
    const lagging = await readDetail(api, connection!);
    expect(lagging.state).toBe('IDLE');
    expect(lagging.mappings).toEqual(before.mappings);
    clock.advance(350);
    expect((await readDetail(api, connection!)).state).toBe('IMPORT_CONFIGURATION');
    clock.advance(300);
    const applied = await readDetail(api, connection!);
    expect(applied.state).toBe('IDLE');
    // One revision counter across the stand-in, as across Heroku Connect: each save takes the next.
    const revision = before.mappings[0]!.config!.revision!;
    expect(applied.mappings.map((m) => [m.object_name, m.state, m.config?.revision])).toEqual([
      ['Account', 'RESYNC', revision + 1],
      ['Lead', 'INITIAL', revision + 2],
    ]);
    expect(applied.mappings[0]!.config?.applied_at).not.toBe(before.mappings[0]!.config?.applied_at);
    clock.advance(350);
    expect((await readDetail(api, connection!)).mappings.map((m) => m.state)).toEqual(['DATA_SYNCED', 'DATA_SYNCED']);
  });
});

describe('findConnection', () => {
  it("links the key's user when the first search finds nothing, and takes the connection the link's answer lists", async () => {
    const { server, api, lines } = await start({ requireLink: true });
    const connection = await findConnection(api, 'my app', undefined, { info: (line) => lines.push(line) });
    expect(connection.resource_name).toBe('herokuconnect-one');
    // The link's answer lists the connection: no second search.
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /connections?app=my+app', 'POST /auth/my%20app']);
    expect(lines).toEqual([expect.stringMatching(/sees no connection of app "my app" yet; adding the user to the app's access list/)]);
  });

  it('names the app and what to check when there is no connection even after linking', async () => {
    const { api } = await start({ connections: [] });
    const error = await rejection(findConnection(api, 'lonely-app', undefined, { info: () => undefined }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/no connection for app "lonely-app".*heroku addons:open herokuconnect -a lonely-app/);
  });

  it('lists the resource names when the app has several connections and none is chosen', async () => {
    const { api } = await start({
      connections: [
        { app: 'my app', resource: 'herokuconnect-one' },
        { app: 'my app', resource: 'herokuconnect-two' },
      ],
    });
    const error = await rejection(findConnection(api, 'my app', undefined, { info: () => undefined }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe('App "my app" has 2 Heroku Connect connections: "herokuconnect-one", "herokuconnect-two". Set the resource to the one to deploy to.');
    expect((await findConnection(api, 'my app', 'herokuconnect-two', { info: () => undefined })).resource_name).toBe('herokuconnect-two');
  });
});
