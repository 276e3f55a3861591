import { ConfigurationError, redactedError, redactor, RemoteFailure } from '../../core/errors.js';
import { isValidApiName } from '../../core/api-name.js';
import { excerpt } from '../../core/text.js';
import { systemClock, type Clock } from '../../core/http/clock.js';
import { HttpClient, type HttpAnswer } from '../../core/http/client.js';
import { checkedCredential, checkedCredentialUrl, urlSegment } from '../../core/http/safety.js';
import { checkedAnswer } from '../../core/http/shape.js';
import { validateSObjectDescribe } from './answers.generated.js';
import { fullDescribe, isSObjectDescribe } from './shape.js';
import { DescribeIndex, type DescribedObject } from './types.js';
import { isRecord } from '../../core/json.js';

export const DEFAULT_API_VERSION = '60.0';

/** The most bytes of one describe read: a large standard object's describe is a few MB. */
export const SALESFORCE_MAX_BODY_BYTES = 32 * 1024 * 1024;
/**
 * The most objects one lint asks Salesforce to describe: Heroku Connect's own diagnose warns above
 * 100 mappings a connection, and each object costs the org one API request of its daily limit.
 */
export const MAX_OBJECTS = 200;
const DEFAULT_TIME_LIMIT_SECONDS = 300;

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
  /** Per request attempt, body included; default 30000. */
  timeoutMs?: number;
  /** Retries after the first attempt, for network errors, timeouts, 429, 5xx and bodies that are not JSON; default 4. */
  retries?: number;
  /** Seconds all the requests may take together, retries and waits included (wait-timeout); default 300. */
  timeLimitSeconds?: number;
  /** The most objects asked for; default MAX_OBJECTS. */
  maxObjects?: number;
  fetchImpl?: typeof fetch;
  clock?: Clock;
  log?: DescribeLog;
}

export interface FetchedDescribes {
  index: DescribeIndex;
  /** Objects the org answered 404 for, as they were asked for: absent, or invisible to the user. */
  missing: string[];
  /** Names never asked for: not Salesforce API names (the lint reports each), or past the cap. */
  notAsked: string[];
}

interface Settings {
  base: string;
  apiVersion: string;
  concurrency: number;
  http: HttpClient;
  /** Clock time by which every request ends, retries and waits included. */
  deadline: number;
  maxObjects: number;
  log: DescribeLog;
  /** Aborted when one object fails for good, so the others stop instead of retrying on. */
  stop: AbortController;
}

/** What fetching one object came to: its describe, or a 404. */
type Outcome = { found: DescribedObject } | { missing: true };

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
  const base = baseUrl(options.instanceUrl);
  const clock = options.clock ?? systemClock;
  const bearer = checkedCredential(token, 'The Salesforce access token', 'Pass the bare token, without "Bearer ".');
  return {
    base,
    apiVersion: normalizeApiVersion(options.apiVersion ?? DEFAULT_API_VERSION),
    concurrency: whole('concurrency', options.concurrency ?? 4, 1),
    http: new HttpClient({
      service: 'Salesforce',
      credential: 'the access token',
      origins: new Set([base]),
      maxBodyBytes: SALESFORCE_MAX_BODY_BYTES,
      headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' },
      timeoutMs: whole('timeoutMs', options.timeoutMs ?? 30_000, 1),
      retries: whole('retries', options.retries ?? 4, 0),
      ...(options.fetchImpl && { fetch: options.fetchImpl }),
      clock,
      log,
    }),
    deadline: clock.now() + whole('timeLimitSeconds', options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS, 1) * 1000,
    maxObjects: whole('maxObjects', options.maxObjects ?? MAX_OBJECTS, 1),
    log,
    stop: new AbortController(),
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
  const { names, notAsked } = namesToAsk(uniqueIgnoringCase(objectNames), settings);
  const results: Outcome[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < names.length && !settings.stop.signal.aborted; i = next++) {
      results[i] = await describeOne(names[i]!, settings);
    }
  };
  settings.log.info(`Fetching the describe of ${names.length} object(s) from ${settings.base} (API v${settings.apiVersion}, ${settings.concurrency} at a time).`);
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
  return { index, missing, notAsked };
}

/**
 * The names that may become a URL segment, up to the cap: a name that is not a Salesforce API name
 * (".." or "a/b" would point the token at another REST path) is never asked for; the lint's
 * invalid-api-name rule reports it.
 */
function namesToAsk(unique: readonly string[], settings: Settings): { names: string[]; notAsked: string[] } {
  const valid = unique.filter(isValidApiName);
  const names = valid.slice(0, settings.maxObjects);
  const beyond = valid.slice(settings.maxObjects);
  if (beyond.length > 0) {
    settings.log.warning(
      `Live describe stops at ${settings.maxObjects} objects: the files map ${valid.length}, so ${beyond.length} (${excerpt(beyond.join(', '), 200)}) are linted without a describe. ` +
        'Name describe files for them ("describe"), or lint fewer files at once.',
    );
  }
  return { names, notAsked: [...unique.filter((name) => !isValidApiName(name)), ...beyond] };
}

function uniqueIgnoringCase(names: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) if (!byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name);
  return [...byKey.values()];
}

/** The describe of one object; a failure that is not a 404 stops the others, which then end at once. */
async function describeOne(name: string, settings: Settings): Promise<Outcome> {
  const segment = urlSegment(name, (reason) => new ConfigurationError(`The object name ${reason}.`));
  const url = `${settings.base}/services/data/v${settings.apiVersion}/sobjects/${segment}/describe`;
  let answer: HttpAnswer;
  try {
    answer = await settings.http.request({
      url,
      purpose: `fetch the describe of "${name}"`,
      signal: settings.stop.signal,
      deadline: settings.deadline,
    });
  } catch (error) {
    if (error instanceof RemoteFailure && error.reason === 'redirected') {
      throw new ConfigurationError(`${error.message} Set the instance URL to the org's own URL ("Instance Url" in "sf org display").`);
    }
    throw error;
  }
  const { status } = answer;
  if (status === 200) return { found: parseDescribe(name, answer.body, settings.base) };
  const error = salesforceError(answer.body);
  const described = `HTTP ${status}${error ? ` ${error.errorCode}${error.message ? `: ${error.message}` : ''}` : ''}`;
  if (status === 404) {
    settings.log.warning(`Salesforce has no object "${name}" (API v${settings.apiVersion} answered ${described}): it does not exist in this org, or the user cannot see it.`);
    return { missing: true };
  }
  if (status === 401 || status === 403) throw refused(described, error);
  throw new RemoteFailure('Salesforce', 'answered', `Salesforce answered the describe of "${name}" with ${described}.`);
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

function parseDescribe(name: string, body: unknown, base: string): DescribedObject {
  const where = `The describe of "${name}" from ${base}`;
  if (!isRecord(body) || !isSObjectDescribe(body)) {
    throw new ConfigurationError(`${where} is not an sObject describe; check that the instance URL is the org's Salesforce URL.`);
  }
  return fullDescribe(checkedAnswer(validateSObjectDescribe, body, 'Salesforce', `fetch the describe of "${name}"`), where);
}

/** Salesforce error bodies are `[{"errorCode": "...", "message": "..."}]`. */
function salesforceError(body: unknown): SalesforceError | undefined {
  const first: unknown = Array.isArray(body) ? body[0] : undefined;
  if (!isRecord(first) || typeof first.errorCode !== 'string') return undefined;
  return typeof first.message === 'string' ? { errorCode: first.errorCode, message: first.message } : { errorCode: first.errorCode };
}
