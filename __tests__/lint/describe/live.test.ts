import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_API_VERSION, fetchDescribes, type FetchDescribesOptions } from '../../../src/lint/describe/live.js';
import { ConfigurationError, RemoteFailure } from '../../../src/core/errors.js';
import { FakeClock } from '../../../test-support/fake-clock.js';
import { startSalesforceStandIn, type SalesforceStandIn, type StandInDescribe, type StandInOptions } from '../../../test-support/salesforce-stand-in.js';
import { rejection } from '../../../test-support/harness.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'describe');
const fixture = (name: string): StandInDescribe => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as StandInDescribe;

/** Distinctive, so that finding it anywhere in a message is certain to be a leak. */
const TOKEN = '00DXX0000008zQk!AQ8AQLeakCanary.q7Zt_9f3aB2';
const SYNTHETIC = Array.from({ length: 8 }, (_, i) => ({ name: `Obj${i}__c`, queryable: true, fields: [{ name: 'Id', type: 'id' }] }));
const DESCRIBES: StandInDescribe[] = [fixture('account.describe.json'), fixture('project.describe.json'), fixture('contact.sf.json').result as StandInDescribe, ...SYNTHETIC];

let standIn: SalesforceStandIn | undefined;
let clock: FakeClock;
let sleeps: number[];
let logLines: string[];

beforeEach(() => {
  clock = new FakeClock();
  sleeps = clock.sleeps;
  logLines = [];
});

afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

async function start(options: Partial<StandInOptions> = {}): Promise<SalesforceStandIn> {
  standIn = await startSalesforceStandIn({ token: TOKEN, describes: DESCRIBES, onHang: () => clock.timeOutLatestRequest(), ...options });
  return standIn;
}

/** Fetches from the stand-in, recording waits instead of sleeping and keeping every log line. */
function fetchFrom(server: { url: string }, objectNames: string[], options: Partial<FetchDescribesOptions> = {}) {
  return fetchDescribes({
    instanceUrl: server.url,
    accessToken: TOKEN,
    objectNames,
    clock,
    log: { info: (message) => logLines.push(`info: ${message}`), warning: (message) => logLines.push(`warning: ${message}`) },
    ...options,
  });
}

/** A fetch that answers without a server, recording the URLs asked for. */
function stubFetch(answer: (url: string) => Response) {
  const urls: string[] = [];
  const fetchImpl = (async (input: string | URL | Request) => {
    urls.push(String(input));
    return answer(String(input));
  }) as typeof fetch;
  return { urls, fetchImpl };
}

const describeResponse = () => new Response(JSON.stringify({ name: 'Account', fields: [{ name: 'Id' }] }), { status: 200 });

describe('fetchDescribes: success', () => {
  it('fetches each object once, ignoring case, with at most `concurrency` requests in flight', async () => {
    const server = await start({ latencyMs: 25 });
    const names = [...SYNTHETIC.map((object) => object.name), 'Account', 'account', 'ACCOUNT', 'Project__c'];
    const { index, missing } = await fetchFrom(server, names, { concurrency: 3 });

    expect(missing).toEqual([]);
    expect(index.size).toBe(10);
    expect(index.get('account')?.fields).toHaveLength(20);
    expect(index.get('Project__c')?.fields?.find((field) => field.name === 'Account__c')).toMatchObject({ relationshipName: 'Account__r' });
    expect(server.requests).toHaveLength(10);
    expect(server.maxConcurrent).toBeLessThanOrEqual(3);
    expect(server.maxConcurrent).toBeGreaterThan(1);
    expect(server.requests.filter((request) => /account/i.test(request.path)).map((request) => request.path)).toEqual([`/services/data/v${DEFAULT_API_VERSION}/sobjects/Account/describe`]);
    for (const request of server.requests) {
      expect(request.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, accept: 'application/json' });
    }
    expect(sleeps).toEqual([]);
  });

  it.each([
    ['57', 'v57.0'],
    ['v58.0', 'v58.0'],
    [' 61.0 ', 'v61.0'],
  ])('normalises API version %j to %s', async (apiVersion, inPath) => {
    const server = await start();
    await fetchFrom(server, ['Account'], { apiVersion });
    expect(server.requests.map((request) => request.path)).toEqual([`/services/data/${inPath}/sobjects/Account/describe`]);
  });

  it('accepts a token with surrounding whitespace, as read from a file', async () => {
    const { index } = await fetchFrom(await start(), ['Account'], { accessToken: `  ${TOKEN}\n` });
    expect(index.get('Account')).toBeDefined();
  });

  it('puts objects the org answers 404 for in `missing`, with a warning', async () => {
    const server = await start();
    const { index, missing } = await fetchFrom(server, ['Nope__c', 'Account'], { concurrency: 1 });
    expect(missing).toEqual(['Nope__c']);
    expect(index.size).toBe(1);
    expect(logLines.filter((line) => line.startsWith('warning'))).toEqual([
      'warning: Salesforce has no object "Nope__c" (API v60.0 answered HTTP 404 NOT_FOUND: The requested resource does not exist): ' + 'it does not exist in this org, or the user cannot see it.',
    ]);
    expect(sleeps).toEqual([]);
  });
});

describe('fetchDescribes: names and bounds', () => {
  it('never puts a name that is not a Salesforce API name into a URL: ".", "..", "a/b" and "%2e%2e" are not asked for', async () => {
    const server = await start();
    const hostile = ['.', '..', 'a/b', '%2e%2e', '../../limits', 'My Obj', ''];
    const { index, notAsked } = await fetchFrom(server, [...hostile, 'Account']);
    expect(server.requests.map((request) => request.path)).toEqual([`/services/data/v${DEFAULT_API_VERSION}/sobjects/Account/describe`]);
    expect(notAsked).toEqual(hostile);
    expect(index.size).toBe(1);
  });

  it('asks for at most maxObjects objects, in the order given, and names the cap in a warning', async () => {
    const server = await start({ latencyMs: 5 });
    const names = SYNTHETIC.map((object) => object.name);
    const { index, notAsked } = await fetchFrom(server, names, { maxObjects: 3, concurrency: 2 });
    expect(server.requests).toHaveLength(3);
    expect(server.maxConcurrent).toBeLessThanOrEqual(2);
    expect(index.size).toBe(3);
    expect(notAsked).toEqual(names.slice(3));
    expect(logLines.filter((line) => line.startsWith('warning'))).toEqual([
      'warning: Live describe stops at 3 objects: the files map 8, so 5 (Obj3__c, Obj4__c, Obj5__c, Obj6__c, Obj7__c) are linted without a describe. ' +
        'Name describe files for them ("describe"), or lint fewer files at once.',
    ]);
  });

  it('ends every request by the time limit, however slowly Salesforce answers', async () => {
    const server = await start({ faults: [{ times: Infinity, fault: { kind: 'hang' } }] });
    const started = clock.now();
    const error = await rejection(
      fetchFrom(
        server,
        SYNTHETIC.map((object) => object.name),
        { timeLimitSeconds: 10, timeoutMs: 4000 },
      ),
    );
    expect(error).toBeInstanceOf(RemoteFailure);
    expect(error.message).toMatch(/^Salesforce could not be asked to fetch the describe of "Obj\d__c" within the 10 s it had \(hanging: /);
    expect(clock.now() - started).toBeLessThanOrEqual(10_000);
  });
});

describe('fetchDescribes: retries', () => {
  it.each([
    ['seconds', '2', 2000, 2000],
    ['seconds, however many', '120', 120_000, 120_000],
    ['an HTTP date', () => new Date(clock.now() + 5000).toUTCString(), 4000, 5000],
  ])('retries a 429, honouring Retry-After in %s', async (_, retryAfter, atLeast, atMost) => {
    const value = typeof retryAfter === 'function' ? retryAfter() : retryAfter;
    const server = await start({ faults: [{ object: 'Account', fault: { kind: 'status', status: 429, retryAfter: value } }] });
    const { index } = await fetchFrom(server, ['Account']);
    expect(index.get('Account')?.fields).toHaveLength(20);
    expect(server.requests).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThanOrEqual(atLeast);
    expect(sleeps[0]).toBeLessThanOrEqual(atMost);
    expect(logLines).toContainEqual(expect.stringMatching(/^info: Asking Salesforce to fetch the describe of "Account" failed with HTTP 429.*; retrying in .* s \(attempt 2 of 5\)\.$/));
  });

  it('retries 5xx with exponential backoff and jitter, then succeeds', async () => {
    const server = await start({
      faults: [
        { object: 'Account', fault: { kind: 'status', status: 503 } },
        { object: 'Account', fault: { kind: 'status', status: 500 } },
      ],
    });
    const { index } = await fetchFrom(server, ['Account']);
    expect(index.get('Account')).toBeDefined();
    expect(server.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThanOrEqual(500);
    expect(sleeps[0]).toBeLessThanOrEqual(1000);
    expect(sleeps[1]).toBeGreaterThanOrEqual(1000);
    expect(sleeps[1]).toBeLessThanOrEqual(2000);
  });

  it('retries a dropped connection, faulting by request number', async () => {
    const server = await start({ faults: [{ request: 1, fault: { kind: 'drop' } }] });
    const { index } = await fetchFrom(server, ['Account']);
    expect(index.get('Account')).toBeDefined();
    expect(server.requests).toHaveLength(2);
    expect(logLines).toContainEqual(expect.stringContaining('failed with a network error: fetch failed (other side closed)'));
  });

  it('gives up on an answer that does not come after timeoutMs and retries', async () => {
    const server = await start({ faults: [{ object: 'Account', fault: { kind: 'hang' } }] });
    const { index } = await fetchFrom(server, ['Account'], { timeoutMs: 200 });
    expect(index.get('Account')).toBeDefined();
    expect(logLines).toContainEqual(expect.stringContaining('failed with no answer within 0.2 s'));
  });

  it('fails with a remote failure naming Salesforce, the object and the last answer once retries run out', async () => {
    const server = await start({ faults: [{ object: 'Account', times: Infinity, fault: { kind: 'status', status: 503 } }] });
    const error = await rejection(fetchFrom(server, ['Account'], { retries: 2 }));
    expect(error).toBeInstanceOf(RemoteFailure);
    expect(error.message).toBe('Salesforce could not be asked to fetch the describe of "Account": 3 attempts failed, the last with HTTP 503.');
    expect(server.requests).toHaveLength(3);
  });

  it('names the timeout when every attempt hangs, and stops at the deadline', async () => {
    const server = await start({ faults: [{ object: 'Account', times: Infinity, fault: { kind: 'hang' } }] });
    const error = await rejection(fetchFrom(server, ['Account'], { timeoutMs: 200, retries: 1 }));
    expect(error.message).toContain('2 attempts failed, the last with no answer within 0.2 s.');
    const late = await rejection(fetchFrom(server, ['Account'], { timeLimitSeconds: 5 }));
    expect(late.message).toMatch(/within the 5 s it had \(hanging: no answer within 5 s\)/);
  });
});

describe('fetchDescribes: refusals', () => {
  it('reports a refused token as a configuration error without retrying, and stops the other requests', async () => {
    const server = await start({ token: 'the-token-the-org-expects' });
    const error = await rejection(
      fetchFrom(
        server,
        SYNTHETIC.map((object) => object.name),
        { concurrency: 2 },
      ),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain('HTTP 401 INVALID_SESSION_ID: Session expired or invalid');
    expect(error.message).toContain('the access token is invalid, expired or lacks API access');
    // Only the first two requests were started (one may be aborted before it reaches the server); 8 names were asked for.
    expect(server.requests.length).toBeLessThanOrEqual(2);
    expect(sleeps).toEqual([]);
  });

  it('says when the org has used up its API request limit', async () => {
    const server = await start({ faults: [{ fault: { kind: 'status', status: 403, errorCode: 'REQUEST_LIMIT_EXCEEDED' } }] });
    const error = await rejection(fetchFrom(server, ['Account']));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain("The org's daily API request limit is used up (HTTP 403 REQUEST_LIMIT_EXCEEDED");
  });

  it('does not follow a redirect, which means the instance URL is not the API host', async () => {
    const { fetchImpl } = stubFetch(() => new Response(null, { status: 302, headers: { location: 'https://login.salesforce.com/' } }));
    const error = await rejection(fetchDescribes({ instanceUrl: 'https://acme.my.salesforce.com', accessToken: TOKEN, objectNames: ['Account'], fetchImpl }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(
      'Salesforce redirected the request to fetch the describe of "Account" (HTTP 302) to another host, login.salesforce.com, which is not followed: ' +
        'the access token was not sent there. Set the instance URL to the org\'s own URL ("Instance Url" in "sf org display").',
    );
  });

  it('refuses an answer that is not an sObject describe', async () => {
    const { fetchImpl } = stubFetch(() => new Response('{"sobjects": []}', { status: 200 }));
    const error = await rejection(fetchDescribes({ instanceUrl: 'https://acme.my.salesforce.com', accessToken: TOKEN, objectNames: ['Account'], fetchImpl }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/^The describe of "Account" from https:\/\/acme\.my\.salesforce\.com is not an sObject describe/);
  });

  it('retries an answer that is not JSON (a login page), then reports it as such', async () => {
    const { urls, fetchImpl } = stubFetch(() => new Response('<html>Login</html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    const error = await rejection(fetchDescribes({ instanceUrl: 'https://acme.my.salesforce.com', accessToken: TOKEN, objectNames: ['Account'], fetchImpl, clock, retries: 1 }));
    expect(error).toBeInstanceOf(RemoteFailure);
    expect(error.message).toBe(
      'Salesforce could not be asked to fetch the describe of "Account": 2 attempts failed, the last with HTTP 200 answered with a body that is not JSON (content type text/html).',
    );
    expect(urls).toHaveLength(2);
  });

  it('does not retry an unexpected client error', async () => {
    const { urls, fetchImpl } = stubFetch(() => new Response('[{"errorCode":"MALFORMED_QUERY","message":"bad"}]', { status: 400 }));
    const error = await rejection(fetchDescribes({ instanceUrl: 'https://acme.my.salesforce.com', accessToken: TOKEN, objectNames: ['Account'], fetchImpl }));
    expect(error).toBeInstanceOf(RemoteFailure);
    expect(error.message).toBe('Salesforce answered the describe of "Account" with HTTP 400 MALFORMED_QUERY: bad.');
    expect(urls).toHaveLength(1);
  });
});

describe('fetchDescribes: validation', () => {
  it.each([
    ['acme.my.salesforce.com', 'is not an absolute URL'],
    ['http://acme.my.salesforce.com', 'must use https'],
    ['ftp://acme.my.salesforce.com', 'must use https'],
    ['http://127.0.0.2', 'must use https'],
    ['https://user:secret@acme.my.salesforce.com', 'must not contain a user name or password'],
    ['https://acme.lightning.force.com/lightning/page/home', 'has a path'],
  ])('refuses instance URL %s before any request', async (instanceUrl, problem) => {
    const { urls, fetchImpl } = stubFetch(describeResponse);
    const error = await rejection(fetchDescribes({ instanceUrl, accessToken: TOKEN, objectNames: ['Account'], fetchImpl }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain(problem);
    expect(urls).toEqual([]);
  });

  it.each([
    ['https://acme.my.salesforce.com/', 'https://acme.my.salesforce.com'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['http://[::1]:8080', 'http://[::1]:8080'],
  ])('accepts instance URL %s', async (instanceUrl, base) => {
    const { urls, fetchImpl } = stubFetch(describeResponse);
    await fetchDescribes({ instanceUrl, accessToken: TOKEN, objectNames: ['Account'], fetchImpl });
    expect(urls).toEqual([`${base}/services/data/v60.0/sobjects/Account/describe`]);
  });

  it.each([
    [{ apiVersion: '58.5' }, '"58.5" is not a Salesforce API version'],
    [{ apiVersion: 'latest' }, '"latest" is not a Salesforce API version'],
    [{ concurrency: 0 }, 'concurrency must be a whole number of at least 1; got 0.'],
    [{ retries: 1.5 }, 'retries must be a whole number of at least 0; got 1.5.'],
    [{ accessToken: '' }, 'The Salesforce access token is empty'],
    [{ accessToken: `Bearer ${TOKEN}` }, 'without "Bearer "'],
  ])('refuses %j', async (options, problem) => {
    const { urls, fetchImpl } = stubFetch(describeResponse);
    const error = await rejection(fetchDescribes({ instanceUrl: 'https://acme.my.salesforce.com', accessToken: TOKEN, objectNames: ['Account'], fetchImpl, ...options }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain(problem);
    expect(urls).toEqual([]);
  });
});

describe('fetchDescribes: the access token stays secret', () => {
  it('never puts the token in a thrown error or a log line', async () => {
    const seen: string[] = [];
    const record = (error: Error) => seen.push(error.message, error.stack ?? '', String(error.cause ?? ''));

    const refusing = await startSalesforceStandIn({ token: 'another-token', describes: DESCRIBES });
    try {
      record(await rejection(fetchFrom(refusing, ['Account'])));
    } finally {
      await refusing.close();
    }
    const flaky = await start({
      faults: [
        { object: 'Account', fault: { kind: 'drop' } },
        { object: 'Account', fault: { kind: 'hang' } },
        { object: 'Contact', times: Infinity, fault: { kind: 'status', status: 503 } },
      ],
    });
    record(await rejection(fetchFrom(flaky, ['Account', 'Nope__c', 'Contact'], { retries: 2, timeoutMs: 200, concurrency: 1 })));

    // A fetch whose error and an answer whose body quote the header, as a proxy or a wrapper might.
    const leakyError = (async () => {
      throw new TypeError('fetch failed', { cause: new Error(`invalid header "Authorization: Bearer ${TOKEN}"`) });
    }) as typeof fetch;
    const leakyBody = stubFetch(() => new Response(JSON.stringify([{ errorCode: 'ECHO', message: `Bearer ${TOKEN}` }]), { status: 500 }));
    for (const fetchImpl of [leakyError, leakyBody.fetchImpl]) {
      record(await rejection(fetchFrom({ url: 'https://acme.my.salesforce.com' }, ['Account'], { fetchImpl, retries: 1 })));
    }
    record(await rejection(fetchFrom({ url: `https://acme.my.salesforce.com/?sid=${TOKEN}` }, ['Account'])));
    record(await rejection(fetchFrom(flaky, ['Account'], { accessToken: `${TOKEN}\nX-Injected: 1` })));

    const everything = [...seen, ...logLines];
    expect(logLines).toContainEqual(expect.stringContaining('[access token]'));
    expect(logLines).toContainEqual(expect.stringContaining('Salesforce has no object "Nope__c"'));
    expect(logLines).toContainEqual(expect.stringContaining('no answer within 0.2 s'));
    expect(seen).toContainEqual(expect.stringContaining('lacks API access'));
    expect(seen.filter((text) => text.includes('[access token]')).length).toBeGreaterThanOrEqual(3);
    for (const text of everything) expect(text).not.toContain(TOKEN);
    expect(everything.join('\n')).not.toContain(TOKEN.slice(0, 20));
  });
});
