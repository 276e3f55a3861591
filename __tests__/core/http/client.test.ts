import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connectApi, searchConnections } from '../../../src/clients/connect/client.js';
import { ConfigurationError, RemoteFailure } from '../../../src/core/errors.js';
import { MAX_TIMER_MS, systemClock, timerSteps } from '../../../src/core/http/clock.js';
import { HttpClient, type HttpClientOptions } from '../../../src/core/http/client.js';
import { startConnectStandIn, type ConnectStandIn } from '../../../src/stand-in/server.js';
import { FakeClock } from '../../../test-support/fake-clock.js';
import { rejection } from '../../../test-support/harness.js';

const KEY = 'HRKU-LeakCanary-5f0c9e1d-77ab-4c2e-9b1f-httpunit';

let closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.map((close) => close()));
  closers = [];
});

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

function client(options: Partial<HttpClientOptions> = {}) {
  const clock = new FakeClock();
  const lines: string[] = [];
  const http = new HttpClient({
    service: 'Heroku Connect',
    credential: 'the API key',
    headers: { Authorization: `Bearer ${KEY}` },
    clock,
    log: { info: (line) => lines.push(line) },
    random: () => 0.5,
    ...options,
  });
  return { http, clock, lines };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers });
const call = { url: 'https://connect.example.com/api/v3/x', purpose: 'read the thing' };

describe('HttpClient: one policy', () => {
  it('sends the headers and a JSON body with its content type, never follows a redirect, and returns the parsed answer', async () => {
    const { calls, fetchImpl } = scriptedFetch([json(200, { ok: 1 })]);
    const { http } = client({ fetch: fetchImpl });
    expect((await http.request({ ...call, method: 'POST', json: { a: 1 } })).body).toEqual({ ok: 1 });
    expect(calls[0]!.init.headers).toMatchObject({ Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' });
    expect(calls[0]!.init).toMatchObject({ body: '{"a":1}', redirect: 'manual' });
  });

  it('takes an empty success body (the import answers with none)', async () => {
    const { fetchImpl } = scriptedFetch([new Response('', { status: 200 })]);
    expect((await client({ fetch: fetchImpl }).http.request(call)).body).toBeUndefined();
  });

  it('retries 429 after Retry-After (seconds or a date), and 5xx and network errors with growing backoff', async () => {
    const dropped = new TypeError('fetch failed', { cause: new Error('other side closed') });
    const { calls, fetchImpl } = scriptedFetch([
      json(429, { message: 'slow down' }, { 'Retry-After': '7' }),
      json(503, {}, { 'Retry-After': 'Sun, 22 Nov 2026 10:00:12 GMT' }),
      json(503, {}),
      dropped,
      json(200, { ok: true }),
    ]);
    const { http, clock, lines } = client({ fetch: fetchImpl });
    expect((await http.request(call)).body).toEqual({ ok: true });
    expect(calls).toHaveLength(5);
    // Retry-After 7 s; the date is 5 s after the clock's time then; equal-jitter backoff for attempts 3 and 4 with random() = 0.5.
    expect(clock.sleeps).toEqual([7000, 5000, 3000, 6000]);
    expect(lines[0]).toBe('Asking Heroku Connect to read the thing failed with HTTP 429: slow down; retrying in 7.0 s (attempt 2 of 6).');
    expect(lines[3]).toMatch(/failed with a network error: fetch failed \(other side closed\)/);
  });

  it('retries a success whose body is not JSON (a proxy page, a body cut off), then reports it as such', async () => {
    const { calls, fetchImpl } = scriptedFetch([new Response('{"results": [', { status: 200 }), new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } })]);
    const error = await rejection(client({ fetch: fetchImpl, retries: 2 }).http.request(call));
    expect(error).toBeInstanceOf(RemoteFailure);
    expect(error.message).toBe('Heroku Connect could not be asked to read the thing: 3 attempts failed, the last with HTTP 200 answered with a body that is not JSON (content type text/html).');
    expect(calls).toHaveLength(3);
  });

  it('gives up after the retries with a RemoteFailure naming the service and the last answer', async () => {
    const { calls, fetchImpl } = scriptedFetch([json(502, { error: 'bad gateway' })]);
    const error = await rejection(client({ fetch: fetchImpl, retries: 2 }).http.request(call));
    expect(error).toBeInstanceOf(RemoteFailure);
    expect(error).toMatchObject({ service: 'Heroku Connect', reason: 'failing' });
    expect(error.message).toBe('Heroku Connect could not be asked to read the thing: 3 attempts failed, the last with HTTP 502: bad gateway.');
    expect(calls).toHaveLength(3);
  });

  it.each([401, 403, 404])("does not retry %i: the answer is the caller's to judge", async (status) => {
    const { calls, fetchImpl } = scriptedFetch([json(status, { message: 'no' })]);
    expect((await client({ fetch: fetchImpl }).http.request(call)).status).toBe(status);
    expect(calls).toHaveLength(1);
  });
});

describe('HttpClient: the deadline', () => {
  it('stops at once when Retry-After asks to wait past the deadline, saying it is rate-limited', async () => {
    const { fetchImpl } = scriptedFetch([json(429, { message: 'slow down' }, { 'Retry-After': '3600' })]);
    const { http, clock } = client({ fetch: fetchImpl });
    const error = await rejection(http.request({ ...call, deadline: clock.now() + 8000 }));
    expect(error).toMatchObject({ reason: 'rate-limited' });
    expect(error.message).toBe('Heroku Connect could not be asked to read the thing within the 8 s it had (rate-limited: HTTP 429: slow down, asking to wait 3600 s).');
    expect(clock.elapsed).toBe(0);
  });

  it("cuts an attempt's timeout at the deadline, and says the call was hanging", async () => {
    const clock = new FakeClock();
    const hanging = (async (_input: string | URL | Request, init?: RequestInit) => {
      clock.timeOutLatestRequest();
      init!.signal!.throwIfAborted();
      throw new Error('not aborted');
    }) as typeof fetch;
    const { http } = client({ fetch: hanging, clock });
    const error = await rejection(http.request({ ...call, deadline: clock.now() + 8000 }));
    expect(error).toMatchObject({ reason: 'hanging' });
    expect(error.message).toBe('Heroku Connect could not be asked to read the thing within the 8 s it had (hanging: no answer within 8 s).');
    expect(clock.elapsed).toBe(8000);
  });

  it('does not back off past the deadline, and says the call was failing', async () => {
    const { calls, fetchImpl } = scriptedFetch([json(503, {})]);
    const { http, clock } = client({ fetch: fetchImpl });
    const error = await rejection(http.request({ ...call, deadline: clock.now() + 10_000 }));
    expect(error.message).toMatch(/within the 10 s it had \(failing: HTTP 503\)\.$/);
    // Backoffs of 0.75, 1.5, 3 s, and then 6 s would pass 10 s: four attempts, 5.25 s.
    expect(calls).toHaveLength(4);
    expect(clock.elapsed).toBe(5250);
  });

  it('sleeps in steps no timer overflows, however long the wait, and a timeout never overflows', () => {
    expect(timerSteps(MAX_TIMER_MS * 2 + 5)).toEqual([MAX_TIMER_MS, MAX_TIMER_MS, 5]);
    expect(timerSteps(1000)).toEqual([1000]);
    expect(timerSteps(-1)).toEqual([]);
    expect(systemClock.timeout(2 ** 40).aborted).toBe(false);
  });
});

/** A server on 127.0.0.1 that records the Authorization header of every request and answers with `answer`. */
async function recordingServer(answer: (response: import('node:http').ServerResponse) => void) {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    seen.push(request.headers);
    answer(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe('HttpClient: redirects', () => {
  it('never carries the key to the host a redirect names, and says which host', async () => {
    const elsewhere = await recordingServer((response) => response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"results": []}'));
    // "localhost" rather than 127.0.0.1: another host by name, on this machine.
    const target = elsewhere.url.replace('127.0.0.1', 'localhost');
    const api = await recordingServer((response) => response.writeHead(302, { Location: `${target}/connections` }).end());
    const error = await rejection(searchConnections(connectApi({ apiKey: KEY, discoveryServer: api.url, clock: new FakeClock() }), 'my-app'));
    expect(error).toBeInstanceOf(RemoteFailure);
    expect(error.message).toBe(
      `Heroku Connect redirected the request to list the connections of app "my-app" (HTTP 302) to another host, ${new URL(target).host}, which is not followed: the API key was not sent there.`,
    );
    expect(api.seen.map((headers) => headers.authorization)).toEqual([`Bearer ${KEY}`]);
    expect(elsewhere.seen).toEqual([]);
  });

  it("refuses a URL off the service's origins before sending anything", async () => {
    const { calls, fetchImpl } = scriptedFetch([json(200, {})]);
    const { http } = client({ fetch: fetchImpl, origins: new Set(['https://api.github.com']) });
    const error = await rejection(http.request({ url: 'https://evil.example/next?page=2', purpose: 'list the files' }));
    expect(error.message).toBe('Heroku Connect pointed the request to list the files at another host, evil.example; the API key was not sent there.');
    expect(calls).toEqual([]);
  });
});

describe('the Connect API over the client', () => {
  let standIn: ConnectStandIn;
  beforeEach(async () => {
    standIn = await startConnectStandIn({ apiKey: KEY, connections: [{ app: 'my-app', resource: 'herokuconnect-one' }], faults: [{ route: 'search', fault: { kind: 'status', status: 401 } }] });
    closers.push(() => standIn.close());
  });

  it('does not retry a refused key, and says the key is wrong or lacks access', async () => {
    const error = await rejection(searchConnections(connectApi({ apiKey: KEY, discoveryServer: standIn.url, clock: new FakeClock() }), 'my-app'));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/^Heroku Connect refused the API key \(HTTP 401: Scripted fault 401\) when asked to list the connections of app "my-app": the key is wrong or expired/);
    expect(standIn.requests).toHaveLength(1);
  });

  it('refuses a key that would not fit in a header, without quoting it', () => {
    for (const apiKey of ['', 'two words', 'line\nbreak', 'clé']) {
      let thrown: unknown;
      try {
        connectApi({ apiKey, discoveryServer: standIn.url });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ConfigurationError);
      expect((thrown as Error).message).not.toContain(apiKey || '\u0000');
    }
  });
});

describe('the body cap', () => {
  it('stops reading a body at the cap, after decompression, and names the cap without retrying', async () => {
    let sent = 0;
    let cancelled = false;
    const endless = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += 64 * 1024;
          controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
        },
        cancel() {
          cancelled = true;
        },
      });
    const fetchImpl = (async () => new Response(endless(), { status: 200, headers: { 'Content-Type': 'application/json' } })) as typeof fetch;
    const { http } = client({ fetch: fetchImpl, maxBodyBytes: 1024 * 1024 });
    const error = await rejection(http.request({ url: 'https://region.example.com/api/v3/x', purpose: 'read the state of connection "shop"' }));
    expect(error).toBeInstanceOf(RemoteFailure);
    expect(error.message).toBe('Heroku Connect\'s answer when asked to read the state of connection "shop" is larger than 1 MiB, the most read from Heroku Connect; it was not read.');
    expect(cancelled).toBe(true);
    expect(sent).toBeLessThanOrEqual(1024 * 1024 + 2 * 64 * 1024);
  });

  it('counts a gzip body after fetch inflates it: a small bomb stops at the cap', async () => {
    const { gzipSync } = await import('node:zlib');
    const bomb = gzipSync(Buffer.alloc(32 * 1024 * 1024, 0x20));
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      response.end(bomb);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const http = new HttpClient({ service: 'Heroku Connect', credential: 'the API key', maxBodyBytes: 1024 * 1024, retries: 0 });
      const error = await rejection(http.request({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/x`, purpose: 'export it' }));
      expect(bomb.length).toBeLessThan(64 * 1024);
      expect(error.message).toBe("Heroku Connect's answer when asked to export it is larger than 1 MiB, the most read from Heroku Connect; it was not read.");
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('reads a body up to the cap, a byte-order mark dropped as Response.text() does', async () => {
    const { fetchImpl } = scriptedFetch([new Response(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":"\u00e9"}')]), { status: 200 })]);
    const { http } = client({ fetch: fetchImpl, maxBodyBytes: 64 });
    expect((await http.request({ url: 'https://region.example.com/x', purpose: 'read it' })).body).toEqual({ a: '\u00e9' });
  });
});
