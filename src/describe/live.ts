import { setTimeout as delay } from 'node:timers/promises';
import { ConfigurationError, redactedError, redactor, RemoteFailure } from '../errors.js';
import { networkFailure } from '../http/network.js';
import { backoffMs, retryAfterMs } from '../http/retry.js';
import { checkedCredential, checkedCredentialUrl } from '../http/safety.js';
import { fullDescribe, isJsonObject, isSObjectDescribe } from './shape.js';
import { DescribeIndex, type DescribedObject } from './types.js';

export const DEFAULT_API_VERSION = '60.0';

export interface DescribeLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface FetchDescribesOptions {
  /** The org's base URL, such as https://acme.my.salesforce.com. */
  instanceUrl: string;
  accessToken: string;
  objectNames: readonly string[];
  /** "60.0", "60" or "v60.0"; defaults to DEFAULT_API_VERSION. */
  apiVersion?: string;
  /** Requests in flight at once; default 4. */
  concurrency?: number;
  /** Per request, body included; default 30000. */
  timeoutMs?: number;
  /** Retries after the first attempt, for network errors, timeouts, 429 and 5xx; default 4. */
  retries?: number;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  log?: DescribeLog;
}

export interface FetchedDescribes {
  index: DescribeIndex;
  /** Objects the org answered 404 for, as they were asked for: absent, or invisible to the user. */
  missing: string[];
}

interface Settings {
  base: string;
  apiVersion: string;
  token: string;
  concurrency: number;
  timeoutMs: number;
  retries: number;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  log: DescribeLog;
  /** Aborted when one object fails for good, so the others stop instead of retrying on. */
  stop: AbortController;
}

/** What fetching one object came to: its describe, or a 404. */
type Outcome = { found: DescribedObject } | { missing: true };
/** One attempt also ends in a transient failure worth another attempt. */
type Attempt = Outcome | { retry: string; waitMs?: number };

interface SalesforceError {
  errorCode: string;
  message?: string;
}

/**
 * Fetches the sObject describe of each named object from the Salesforce REST API. The access token
 * never reaches a message: every log line and thrown message passes through one redaction.
 */
export async function fetchDescribes(options: FetchDescribesOptions): Promise<FetchedDescribes> {
  const token = options.accessToken.trim();
  const redact = redactor(token, '[access token]');
  const log: DescribeLog = {
    info: (message) => options.log?.info(redact(message)),
    warning: (message) => options.log?.warning(redact(message)),
  };
  try {
    return await fetchAll(settingsFrom(options, token, log), options.objectNames);
  } catch (error) {
    throw redactedError(error, redact);
  }
}

function settingsFrom(options: FetchDescribesOptions, token: string, log: DescribeLog): Settings {
  const stop = new AbortController();
  return {
    base: baseUrl(options.instanceUrl),
    apiVersion: normalizeApiVersion(options.apiVersion ?? DEFAULT_API_VERSION),
    token: checkedCredential(token, 'The Salesforce access token', 'Pass the bare token, without "Bearer ".'),
    concurrency: whole('concurrency', options.concurrency ?? 4, 1),
    timeoutMs: whole('timeoutMs', options.timeoutMs ?? 30_000, 1),
    retries: whole('retries', options.retries ?? 4, 0),
    fetch: options.fetchImpl ?? fetch,
    // Cancelled with the run, so a pending backoff does not keep the process alive after a failure.
    sleep: options.sleep ?? ((ms) => delay(ms, undefined, { signal: stop.signal })),
    log,
    stop,
  };
}

function baseUrl(instanceUrl: string): string {
  const example = 'such as https://acme.my.salesforce.com ("Instance Url" in "sf org display")';
  const url = checkedCredentialUrl(instanceUrl, { name: 'The Salesforce instance URL', credential: 'the access token', hint: `Use the org's URL, ${example}.` });
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new ConfigurationError(`The Salesforce instance URL "${instanceUrl}" has a path; use the org's base URL without one, ${example}.`);
  }
  return url.origin;
}

function normalizeApiVersion(version: string): string {
  const match = /^v?(\d+)(?:\.0)?$/.exec(version.trim());
  if (!match) throw new ConfigurationError(`"${version}" is not a Salesforce API version; use one such as ${DEFAULT_API_VERSION}.`);
  return `${match[1]}.0`;
}

function whole(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) throw new ConfigurationError(`${name} must be a whole number of at least ${min}; got ${value}.`);
  return value;
}

async function fetchAll(settings: Settings, objectNames: readonly string[]): Promise<FetchedDescribes> {
  const names = uniqueIgnoringCase(objectNames);
  const results: Outcome[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < names.length && !settings.stop.signal.aborted; i = next++) {
      results[i] = await describeWithRetries(names[i]!, settings);
    }
  };
  settings.log.info(
    `Fetching the describe of ${names.length} object(s) from ${settings.base} (API v${settings.apiVersion}, ${settings.concurrency} at a time).`,
  );
  try {
    await Promise.all(Array.from({ length: Math.min(settings.concurrency, names.length) }, worker));
  } finally {
    settings.stop.abort();
  }
  const index = new DescribeIndex();
  const missing: string[] = [];
  results.forEach((result, i) => {
    if ('found' in result) index.add(result.found);
    else missing.push(names[i]!);
  });
  return { index, missing };
}

function uniqueIgnoringCase(names: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) if (!byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name);
  return [...byKey.values()];
}

async function describeWithRetries(name: string, settings: Settings): Promise<Outcome> {
  const url = `${settings.base}/services/data/v${settings.apiVersion}/sobjects/${encodeURIComponent(name)}/describe`;
  const attempts = settings.retries + 1;
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(name, url, settings);
    if (!('retry' in outcome)) return outcome;
    if (settings.stop.signal.aborted) throw new Error(`Stopped fetching the describe of "${name}" after another object failed.`);
    if (attempt === attempts) {
      throw new RemoteFailure(
        'Salesforce',
        `Could not fetch the describe of "${name}" from ${settings.base} after ${attempts} attempt(s); the last failed with ${outcome.retry}.`,
      );
    }
    const waitMs = outcome.waitMs ?? backoffMs(attempt);
    settings.log.info(`The describe of "${name}" failed with ${outcome.retry}; retrying in ${(waitMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${attempts}).`);
    await settings.sleep(waitMs);
  }
}

async function attemptOnce(name: string, url: string, settings: Settings): Promise<Attempt> {
  const signal = AbortSignal.any([settings.stop.signal, AbortSignal.timeout(settings.timeoutMs)]);
  let response: Response;
  let body: string;
  try {
    response = await settings.fetch(url, {
      headers: { Authorization: `Bearer ${settings.token}`, Accept: 'application/json' },
      // Following a redirect to another host would not help, and a redirect means instanceUrl is not the API host.
      redirect: 'manual',
      signal,
    });
    body = await response.text();
  } catch (error) {
    return { retry: networkFailure(error, `${settings.timeoutMs} ms`) };
  }
  const status = response.status;
  if (status === 200) return { found: parseDescribe(name, body, response.headers.get('content-type'), settings.base) };
  const error = salesforceError(body);
  const answer = `HTTP ${status}${error ? ` ${error.errorCode}${error.message ? `: ${error.message}` : ''}` : ''}`;
  if (status === 404) {
    settings.log.warning(
      `Salesforce has no object "${name}" (API v${settings.apiVersion} answered ${answer}): it does not exist in this org, or the user cannot see it.`,
    );
    return { missing: true };
  }
  if (status === 429 || status >= 500) return { retry: answer, waitMs: retryAfterMs(response.headers.get('retry-after'), Date.now()) };
  if (status === 401 || status === 403) throw refused(answer, error);
  if (status >= 300 && status < 400) {
    throw new ConfigurationError(
      `${settings.base} redirected the describe request to ${response.headers.get('location') ?? 'another address'}. ` +
        'Set the instance URL to the org\'s own URL ("Instance Url" in "sf org display").',
    );
  }
  throw new Error(`Salesforce answered the describe of "${name}" with ${answer}.`);
}

function refused(answer: string, error: SalesforceError | undefined): ConfigurationError {
  if (error?.errorCode === 'REQUEST_LIMIT_EXCEEDED') {
    return new ConfigurationError(`The org's daily API request limit is used up (${answer}). Try again once it resets, or raise the limit.`);
  }
  return new ConfigurationError(
    `Salesforce refused the request (${answer}): the access token is invalid, expired or lacks API access. ` +
      'Get a fresh token (for example "sf org display --json"), and check that the user has the "API Enabled" permission.',
  );
}

function parseDescribe(name: string, body: string, contentType: string | null, base: string): DescribedObject {
  const where = `The describe of "${name}" from ${base}`;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new ConfigurationError(`${where} is not JSON (content type ${contentType ?? 'none'}); check that the instance URL is the org's Salesforce URL.`);
  }
  if (!isJsonObject(value) || !isSObjectDescribe(value)) {
    throw new ConfigurationError(`${where} is not an sObject describe; check that the instance URL is the org's Salesforce URL.`);
  }
  return fullDescribe(value, where);
}

/** Salesforce error bodies are `[{"errorCode": "...", "message": "..."}]`. */
function salesforceError(body: string): SalesforceError | undefined {
  let first: unknown;
  try {
    first = (JSON.parse(body) as unknown[])[0];
  } catch {
    return undefined;
  }
  if (!isJsonObject(first) || typeof first.errorCode !== 'string') return undefined;
  return typeof first.message === 'string' ? { errorCode: first.errorCode, message: first.message } : { errorCode: first.errorCode };
}
