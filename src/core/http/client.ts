import { RemoteFailure } from '../errors.js';
import { MAX_ANSWER_DEPTH, nestsDeeperThan } from '../json.js';
import { systemClock, type Clock } from './clock.js';
import { isTimeout, networkErrorText } from './network.js';
import { backoffMs, retryAfterMs } from './retry.js';

export interface HttpClientOptions {
  /** Names the service in every message: "Heroku Connect", "Salesforce", "GitHub". */
  service: string;
  /** What the Authorization header carries, as messages name it: "the API key", "the access token". */
  credential: string;
  /** Sent with every request: the Authorization header among them. */
  headers?: Record<string, string>;
  /**
   * The only origins requests may go to: every URL taken from an answer (a next page, a detail or
   * result URL) is checked here, and one elsewhere is refused before anything is sent. A set the
   * client's owner may grow, as Heroku Connect's discovery names the regional hosts.
   */
  origins?: ReadonlySet<string>;
  /** The most bytes of a body read, after decompression; a larger one is refused, naming this cap. Default 16 MiB. */
  maxBodyBytes?: number;
  clock?: Clock;
  fetch?: typeof fetch;
  /** Per attempt, body included; default 30 s. Never past the deadline. */
  timeoutMs?: number;
  /** Attempts after the first, for network errors, timeouts, 429, 5xx and bodies that are not JSON; default 5. */
  retries?: number;
  /** The time a request without a deadline of its own may take, retries and waits included; default 5 min. */
  budgetMs?: number;
  /**
   * Clock time no request goes past, whatever its own deadline: the run's, for a library that makes
   * its own requests through fetchAdapter (Octokit), which cannot pass one.
   */
  deadline?: number;
  random?: () => number;
  log?: { info(message: string): void };
}

export interface HttpRequest {
  /** Default GET. */
  method?: string;
  url: string;
  /** Sent as JSON, with its content type. */
  json?: unknown;
  /** Sent as it is. */
  body?: string;
  headers?: Record<string, string>;
  /** What the call does, completing "asked to <purpose>" in every message about it. */
  purpose: string;
  /** Clock time after which no attempt, backoff or Retry-After wait goes on; else now plus the client's budget. */
  deadline?: number;
  /**
   * 'json' (the default): a success whose body is not JSON (an HTML page from a proxy, a body cut
   * off) is retried like a 5xx, then reported. 'any': the body is the caller's to read.
   */
  expect?: 'json' | 'any';
  /** Stops the request, and any wait between its attempts. */
  signal?: AbortSignal;
  /** Told before each attempt after the first, with what the last one came to: a POST sent again may be applied twice. */
  onRetry?: (what: string) => void;
}

/** An answer the policy does not retry: a success, or a client error (4xx) for the caller to judge. */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The body as sent. */
  text: string;
  /** The body parsed as JSON; undefined when it is empty or not JSON. */
  body: unknown;
}

const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

/** One attempt's outcome: an answer to return, or a failure that another attempt may get past. */
type Attempt = { answer: HttpAnswer } | Failure;

interface Failure {
  reason: 'hanging' | 'rate-limited' | 'failing';
  /** What the attempt came to: "HTTP 503: Service Unavailable", "no answer within 30 s". */
  what: string;
  /** What the server asked for with Retry-After. */
  waitMs?: number;
}

/**
 * The one HTTP policy of the project: a timeout on every attempt, exponential backoff with jitter,
 * Retry-After in both forms, 401 and 403 never retried, and every wait cut at the request's
 * deadline. Redirects are never followed: the credential goes only where the caller sends it.
 * Failures are RemoteFailures that name the service, the call and what came back.
 */
export class HttpClient {
  private readonly clock: Clock;
  private readonly fetch: typeof fetch;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly budgetMs: number;
  private readonly maxBodyBytes: number;

  constructor(private readonly options: HttpClientOptions) {
    this.clock = options.clock ?? systemClock;
    this.fetch = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = options.retries ?? 5;
    this.budgetMs = options.budgetMs ?? 300_000;
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  }

  get service(): string {
    return this.options.service;
  }

  /** The refusal of a URL an answer gave that is not on the origins allowed, naming its host. */
  offOrigin(purpose: string, url: URL): RemoteFailure {
    return new RemoteFailure(this.service, 'redirected', `${this.service} pointed the request to ${purpose} at another host, ${url.host}; ${this.options.credential} was not sent there.`);
  }

  async request(request: HttpRequest): Promise<HttpAnswer> {
    const host = new URL(request.url);
    if (this.options.origins && !this.options.origins.has(host.origin)) throw this.offOrigin(request.purpose, host);
    const started = this.clock.now();
    const deadline = Math.min(request.deadline ?? started + this.budgetMs, this.options.deadline ?? Infinity);
    const attempts = this.retries + 1;
    let last: Failure | undefined;
    for (let attempt = 1; ; attempt++) {
      const left = deadline - this.clock.now();
      if (left <= 0) throw this.outOfTime(request, deadline - started, last ?? { reason: 'hanging', what: 'no time left to send it' });
      const outcome = await this.attempt(request, Math.min(this.timeoutMs, left));
      if ('answer' in outcome) return outcome.answer;
      last = outcome;
      if (attempt === attempts) {
        throw new RemoteFailure(this.service, outcome.reason, `${this.service} could not be asked to ${request.purpose}: ${attempts} attempts failed, the last with ${outcome.what}.`);
      }
      const waitMs = outcome.waitMs ?? backoffMs(attempt, this.options.random);
      if (this.clock.now() + waitMs >= deadline) throw this.outOfTime(request, deadline - started, outcome, waitMs);
      this.options.log?.info(`Asking ${this.service} to ${request.purpose} failed with ${outcome.what}; retrying in ${(waitMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${attempts}).`);
      await this.clock.sleep(waitMs, request.signal);
      request.onRetry?.(outcome.what);
    }
  }

  /**
   * A fetch for a library that makes its own requests (Octokit), under this policy. What the
   * library sees of a failure is the RemoteFailure this client throws, as the error's cause.
   */
  readonly fetchAdapter: typeof fetch = async (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init.method ?? 'GET';
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const answer = await this.request({
      method,
      url: url.href,
      ...(typeof init.body === 'string' && { body: init.body }),
      headers,
      purpose: `answer ${method} ${url.pathname}`,
      expect: /json/.test(headers.accept ?? '') && !/\.raw/.test(headers.accept ?? '') ? 'json' : 'any',
      ...(init.signal && { signal: init.signal }),
    });
    const empty = answer.text === '' || [204, 205, 304].includes(answer.status);
    return new Response(empty ? null : answer.text, { status: answer.status, headers: answer.headers });
  };

  private async attempt(request: HttpRequest, limitMs: number): Promise<Attempt> {
    const timeout = this.clock.timeout(limitMs);
    let response: Response;
    let text: string | undefined;
    try {
      response = await this.fetch(request.url, {
        method: request.method ?? 'GET',
        headers: {
          ...this.options.headers,
          ...request.headers,
          ...(request.json !== undefined && { 'Content-Type': 'application/json' }),
        },
        ...(request.json !== undefined ? { body: JSON.stringify(request.json) } : request.body !== undefined && { body: request.body }),
        // A redirect could carry the credential to another host; it is reported instead.
        redirect: 'manual',
        signal: request.signal ? AbortSignal.any([request.signal, timeout]) : timeout,
      });
      text = await readCapped(response, this.maxBodyBytes);
    } catch (error) {
      if (request.signal?.aborted) throw error;
      // A new text without the error's cause: it could carry request details.
      return isTimeout(error) ? { reason: 'hanging', what: `no answer within ${seconds(limitMs)}` } : { reason: 'failing', what: `a network error: ${networkErrorText(error)}` };
    }
    // Not retried: the same answer would be as large again.
    if (text === undefined) throw this.tooLarge(request);
    const { status } = response;
    const body = parseJson(text);
    if (nestsDeeperThan(body, MAX_ANSWER_DEPTH)) {
      throw new RemoteFailure(this.service, 'answered', `${this.service} answered with JSON nested more than ${MAX_ANSWER_DEPTH} levels deep when asked to ${request.purpose}; it was not read.`);
    }
    if (status >= 300 && status < 400 && status !== 304) throw this.redirected(request, response);
    if (status === 429 || status >= 500) {
      const waitMs = retryAfterMs(response.headers.get('retry-after'), this.clock.now());
      return { reason: status === 429 ? 'rate-limited' : 'failing', what: describeStatus(status, body), ...(waitMs !== undefined && { waitMs }) };
    }
    if (status >= 200 && status < 300 && request.expect !== 'any' && body === undefined && text.trim() !== '') {
      return { reason: 'failing', what: `HTTP ${status} answered with a body that is not JSON (content type ${response.headers.get('content-type') ?? 'none'})` };
    }
    return { answer: { status, headers: response.headers, text, body } };
  }

  private tooLarge(request: HttpRequest): RemoteFailure {
    return new RemoteFailure(
      this.service,
      'answered',
      `${this.service}'s answer when asked to ${request.purpose} is larger than ${mebibytes(this.maxBodyBytes)}, the most read from ${this.service}; it was not read.`,
    );
  }

  private redirected(request: HttpRequest, response: Response): RemoteFailure {
    const location = response.headers.get('location') ?? '';
    let target: URL | undefined;
    try {
      target = new URL(location, request.url);
    } catch {
      target = undefined;
    }
    const where =
      target === undefined || target.host === new URL(request.url).host
        ? `to ${target?.href ?? 'an unreadable address'}, which is not followed`
        : `to another host, ${target.host}, which is not followed: ${this.options.credential} was not sent there`;
    return new RemoteFailure(this.service, 'redirected', `${this.service} redirected the request to ${request.purpose} (HTTP ${response.status}) ${where}.`);
  }

  private outOfTime(request: HttpRequest, budgetMs: number, last: Failure, waitMs?: number): RemoteFailure {
    const wait = last.reason === 'rate-limited' && waitMs !== undefined ? `, asking to wait ${seconds(waitMs)}` : '';
    return new RemoteFailure(this.service, last.reason, `${this.service} could not be asked to ${request.purpose} within the ${seconds(budgetMs)} it had (${last.reason}: ${last.what}${wait}).`);
  }
}

/** "HTTP 404: Not Found", with the message of the error body when it has one (`message` or `error`). */
export function describeStatus(status: number, body: unknown): string {
  const record = body as { message?: unknown; error?: unknown } | null | undefined;
  const message = typeof record?.message === 'string' ? record.message : typeof record?.error === 'string' ? record.error : '';
  return `HTTP ${status}${message === '' ? '' : `: ${message.slice(0, 500)}`}`;
}

/**
 * The body as text, or undefined once it passes `maxBytes`: counted as it arrives, after fetch has
 * decompressed it, so that neither a gzip bomb nor an endless body is held in memory.
 */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (response.body === null) return '';
  const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  // As Response.text() decodes: UTF-8, a byte-order mark dropped.
  return new TextDecoder().decode(Buffer.concat(chunks, size));
}

function mebibytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${bytes} bytes`;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function seconds(ms: number): string {
  return `${ms / 1000} s`;
}
