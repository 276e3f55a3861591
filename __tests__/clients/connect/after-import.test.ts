import { connectApi, deleteMapping, readDetail, readValidationResult, readWriteErrors, searchConnections, startValidation, validateMapping } from '../../../src/clients/connect/client.js';
import { parseValidation, parseWriteErrors } from '../../../src/clients/connect/types.js';
import { RemoteFailure } from '../../../src/core/errors.js';
import { startConnectStandIn, type ConnectStandIn } from '../../../src/stand-in/server.js';
import { FakeClock } from '../../../test-support/fake-clock.js';
import { rejection } from '../../../test-support/harness.js';

const KEY = 'HRKU-LeakCanary-7a2c-after-import';

let standIn: ConnectStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

async function start(clock = new FakeClock()) {
  standIn = await startConnectStandIn({
    apiKey: KEY,
    connections: [{ app: 'shop', resource: 'herokuconnect-one', mappings: [{ object_name: 'Account' }, { object_name: 'Contact' }] }],
    timing: { validationMs: 1000 },
    validation: { mappings: { Contact: { warnings: [{ rule_id: 'NUM_FIELDS', display_name: 'Number of Fields', status: 'FAILED', message: 'Too many.' }] } } },
    writeErrors: [{ table_name: 'account', record_id: '001A', message: 'INVALID_FIELD' }],
    now: () => clock.now(),
  });
  const api = connectApi({ apiKey: KEY, discoveryServer: standIn.url, clock });
  const [connection] = await searchConnections(api, 'shop');
  return { server: standIn, api, connection: connection!, clock };
}

describe('the Connect API after an import, against the stand-in', () => {
  it('starts the diagnose, reads 202 until it is done, then the result; each mapping answers at once', async () => {
    const { api, connection, clock } = await start();
    const resultUrl = await startValidation(api, connection);
    expect(resultUrl.startsWith(`${connection.region_url}/api/v3/connections/${connection.id}/validations/`)).toBe(true);
    expect(await readValidationResult(api, connection, resultUrl)).toBeUndefined();
    clock.advance(1000);
    const result = await readValidationResult(api, connection, resultUrl);
    expect(result?.passes.map((c) => c.rule_id)).toEqual(['NUM_MAPPINGS_WITHIN_LIMIT', 'HEROKU_POSTGRES_REQUIRED', 'REGIONS_SHOULD_MATCH', 'SHOULD_HAVE_VALID_SF_PERMISSIONS']);
    expect(Object.keys(result!.mappings)).toEqual(['Account', 'Contact']);
    const contact = (await readDetail(api, connection)).mappings.find((m) => m.object_name === 'Contact')!;
    expect((await validateMapping(api, connection, { id: contact.id!, object_name: 'Contact' })).warnings).toEqual([
      { rule_id: 'NUM_FIELDS', display_name: 'Number of Fields', status: 'FAILED', message: 'Too many.' },
    ]);
  });

  it('never sends the key to a result_url on another host', async () => {
    const { api, connection, server } = await start();
    const error = await rejection(readValidationResult(api, connection, 'https://collector.example.net/validations/1'));
    expect(error).toBeInstanceOf(RemoteFailure);
    expect(error.message).toBe(
      'Heroku Connect pointed the request to read the diagnose result of connection "herokuconnect-one" at another host, collector.example.net; the API key was not sent there.',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('reads the write errors and deletes a mapping (204)', async () => {
    const { api, connection } = await start();
    expect(await readWriteErrors(api, connection)).toEqual([expect.objectContaining({ table_name: 'account', record_id: '001A', message: 'INVALID_FIELD' })]);
    const contact = (await readDetail(api, connection)).mappings.find((m) => m.object_name === 'Contact')!;
    await deleteMapping(api, connection, { id: contact.id!, object_name: 'Contact' });
    expect((await readDetail(api, connection)).mappings.map((m) => m.object_name)).toEqual(['Account']);
  });

  it('names a cut-off detail body as not JSON, after retrying it like a 5xx, rather than blaming a missing state', async () => {
    let calls = 0;
    const listed = { id: 'c1', resource_name: 'r', app_name: 'a', region_url: 'https://region.example.com', detail_url: 'https://region.example.com/api/v3/connections/c1' };
    const cutOff: typeof fetch = async (input) => {
      if (String(input).startsWith('https://hc-central.example.com/')) return Response.json({ results: [listed] });
      calls++;
      return new Response('{"state": "IDL', { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const api = connectApi({ apiKey: KEY, discoveryServer: 'https://hc-central.example.com', clock: new FakeClock(), fetch: cutOff, retries: 2, random: () => 0 });
    const [connection] = await searchConnections(api, 'a');
    const error = await rejection(readDetail(api, connection!));
    expect(calls).toBe(3);
    expect(error.message).toMatch(/read the state of connection "r": 3 attempts failed, the last with HTTP 200 answered with a body that is not JSON/);
    expect(error.message).not.toMatch(/"state"/);
  });
});

describe('parsing the answers defensively', () => {
  it('takes a diagnose result whose lists are missing or partly malformed', () => {
    expect(parseValidation({ mappings: { Account: {} } }, 'x')).toEqual({
      errors: [],
      warnings: [],
      passes: [],
      skips: [],
      mappings: { Account: { errors: [], warnings: [], passes: [], skips: [], mappings: {} } },
    });
    expect(parseValidation({ errors: [{ message: 'm', rule_id: 'R' }], warnings: null }, 'x').errors).toEqual([{ rule_id: 'R', display_name: 'R', message: 'm' }]);
    expect(() => parseValidation({ errors: [{ message: 'm' }, 'junk'] }, 'read it')).toThrow(/errors\[1\] is a string, where an object belongs/);
    expect(() => parseValidation({ errors: 'all bad' }, 'read it')).toThrow(/errors is a string, where a list or null belongs/);
    expect(() => parseValidation('<html>', 'read it')).toThrow(RemoteFailure);
  });

  it('gives a write error without an id one from its content, so before and after still compare', () => {
    const [error] = parseWriteErrors({ count: 1, results: [{ table_name: 't', record_id: 1, message: 'm', created_at: 'c' }] }, 'x');
    expect(error).toEqual({ id: 't/1/c/m', table_name: 't', record_id: '1', message: 'm', created_at: 'c' });
    expect(() => parseWriteErrors({ count: 0 }, 'read them')).toThrow(/the answer has no "results"/);
  });
});
