import type { Clock } from '../../src/connect/clock.js';
import { ConnectHttp, type ConnectHttpOptions } from '../../src/connect/http.js';
import { ConfigurationError, DeployFailure } from '../../src/errors.js';
import { startConnectStandIn, type ConnectStandIn } from '../../src/stand-in/server.js';
import { rejection } from '../../test-support/harness.js';

const KEY = 'HRKU-LeakCanary-5f0c9e1d-77ab-4c2e-9b1f-httpunit';

let standIn: ConnectStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

/** A clock whose sleeps are recorded and skipped. */
function fastClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  return { sleeps, now: () => Date.now(), sleep: async (ms) => void sleeps.push(ms) };
}

/** A fetch that answers from a list of responses (or throws the errors in it), recording each request. */
function scriptedFetch(answers: (Response | Error)[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    if (answer instanceof Error) throw answer;
    return answer.clone();
  }) as typeof fetch;
  return { calls, fetchImpl };
}

function http(options: Partial<ConnectHttpOptions> = {}) {
  const clock = fastClock();
  const lines: string[] = [];
  const client = new ConnectHttp({ apiKey: KEY, clock, log: { info: (line) => lines.push(line) }, random: () => 0.5, ...options });
  return { client, clock, lines };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers });
const call = { method: 'GET' as const, url: 'https://connect.example.com/api/v3/x', purpose: 'read the thing' };

describe('ConnectHttp', () => {
  it('sends the key as a Bearer token, JSON bodies with their content type, and returns the parsed answer', async () => {
    const { calls, fetchImpl } = scriptedFetch([json(200, { ok: 1 })]);
    const { client } = http({ fetch: fetchImpl });
    expect(await client.call({ method: 'POST', url: call.url, body: { a: 1 }, purpose: 'p' })).toEqual({ ok: 1 });
    expect(calls[0]!.init.headers).toMatchObject({ Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' });
    expect(calls[0]!.init.body).toBe('{"a":1}');
    expect(calls[0]!.init.signal).toBeInstanceOf(AbortSignal);
  });

  it('takes an empty or non-JSON success body as accepted (the import answers with none)', async () => {
    const { fetchImpl } = scriptedFetch([new Response('', { status: 200 }), new Response('accepted', { status: 202 })]);
    const { client } = http({ fetch: fetchImpl });
    expect(await client.call(call)).toBeUndefined();
    expect(await client.call(call)).toBeUndefined();
  });

  it('retries 429 after Retry-After, and 5xx and network errors with growing backoff', async () => {
    const dropped = new TypeError('fetch failed', { cause: new Error('other side closed') });
    const { calls, fetchImpl } = scriptedFetch([json(429, { message: 'slow down' }, { 'Retry-After': '7' }), json(503, {}), dropped, json(200, { ok: true })]);
    const { client, clock, lines } = http({ fetch: fetchImpl });
    expect(await client.call(call)).toEqual({ ok: true });
    expect(calls).toHaveLength(4);
    // Retry-After: 7 s; then equal-jitter backoff for attempt 2 (2 s step) and 3 (4 s step) with random() = 0.5.
    expect(clock.sleeps).toEqual([7000, 1500, 3000]);
    expect(lines[0]).toBe('Asking Heroku Connect to read the thing failed with HTTP 429: slow down; retrying in 7.0 s (attempt 2 of 6).');
    expect(lines[2]).toMatch(/a network error: fetch failed \(other side closed\)/);
  });

  it('gives up after the retries with a DeployFailure naming the last failure', async () => {
    const { calls, fetchImpl } = scriptedFetch([json(502, { error: 'bad gateway' })]);
    const { client } = http({ fetch: fetchImpl, retries: 2 });
    const error = await rejection(client.call(call));
    expect(error).toBeInstanceOf(DeployFailure);
    expect(error.message).toBe('Heroku Connect could not be asked to read the thing: 3 attempts failed, the last with HTTP 502: bad gateway.');
    expect(calls).toHaveLength(3);
  });

  it.each([401, 403])('does not retry %i, and says the key is wrong or lacks access', async (status) => {
    const { calls, fetchImpl } = scriptedFetch([json(status, { message: 'Invalid credentials provided.' })]);
    const { client } = http({ fetch: fetchImpl });
    const error = await rejection(client.call(call));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(new RegExp(`refused the API key \\(HTTP ${status}: Invalid credentials provided\\.\\) when asked to read the thing: the key is wrong or expired, or its user has no access to the app`));
    expect(calls).toHaveLength(1);
  });

  it('fails at once on another 4xx, with the message of the body', async () => {
    const { calls, fetchImpl } = scriptedFetch([json(400, { message: 'mappings is required' })]);
    const { client } = http({ fetch: fetchImpl });
    const error = await rejection(client.call(call));
    expect(error).toBeInstanceOf(DeployFailure);
    expect(error.message).toBe('Heroku Connect answered HTTP 400: mappings is required when asked to read the thing.');
    expect(calls).toHaveLength(1);
  });

  it('times out a slow answer and retries it (against the stand-in)', async () => {
    standIn = await startConnectStandIn({
      apiKey: KEY,
      connections: [{ app: 'my-app', resource: 'herokuconnect-one' }],
      faults: [{ route: 'search', fault: { kind: 'delay', ms: 2000 } }],
    });
    const { client, lines } = http({ timeoutMs: 200 });
    const body = await client.call({ method: 'GET', url: `${standIn.url}/connections?app=my-app`, purpose: 'list' });
    expect(body).toMatchObject({ count: 1 });
    expect(lines).toEqual(['Asking Heroku Connect to list failed with no answer within 0.2 s; retrying in 0.8 s (attempt 2 of 6).']);
    expect(standIn.requests).toHaveLength(2);
  });

  it('refuses a key that would not fit in a header, without quoting it', () => {
    for (const apiKey of ['', 'two words', 'line\nbreak', 'clé']) {
      let thrown: unknown;
      try {
        http({ apiKey });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ConfigurationError);
      expect((thrown as Error).message).not.toContain(apiKey || '\u0000');
    }
  });
});
