import { ConfigurationError, DeployFailure } from '../errors.js';
import { networkFailure } from '../http/network.js';
import { backoffMs, retryAfterMs } from '../http/retry.js';
import { checkedCredential } from '../http/safety.js';
import type { Clock } from './clock.js';

export interface ConnectHttpOptions {
  apiKey: string;
  clock: Clock;
  log: { info(message: string): void };
  fetch?: typeof fetch;
  /** Per attempt, body included; default 30 s. */
  timeoutMs?: number;
  /** Attempts after the first, for network errors, timeouts, 429 and 5xx; default 5. */
  retries?: number;
  random?: () => number;
}

export interface ApiRequest {
  method: 'GET' | 'POST';
  url: string;
  body?: unknown;
  /** What the call does, completing "… to <purpose>" in every message about it. */
  purpose: string;
}

/** One attempt's outcome: the parsed body (undefined when empty or not JSON), or a transient failure. */
type Attempt = { body: unknown } | { retry: string; waitMs?: number };

/**
 * Calls the Heroku Connect API with the API key, a timeout on every attempt, and retries with
 * backoff for what may pass (network errors, timeouts, 429, 5xx; Retry-After honoured). The key
 * only ever travels in the Authorization header, and only to https (or loopback) addresses.
 */
export class ConnectHttp {
  private readonly fetch: typeof fetch;
  private readonly timeoutMs: number;
  private readonly retries: number;

  constructor(private readonly options: ConnectHttpOptions) {
    checkedCredential(options.apiKey, 'The Heroku API key', 'Pass the bare key (heroku auth:token).');
    this.fetch = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = options.retries ?? 5;
  }

  async call(request: ApiRequest): Promise<unknown> {
    const attempts = this.retries + 1;
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt(request);
      if ('body' in outcome) return outcome.body;
      if (attempt === attempts) {
        throw new DeployFailure(`Heroku Connect could not be asked to ${request.purpose}: ${attempts} attempts failed, the last with ${outcome.retry}.`);
      }
      const waitMs = outcome.waitMs ?? backoffMs(attempt, this.options.random);
      this.options.log.info(`Asking Heroku Connect to ${request.purpose} failed with ${outcome.retry}; retrying in ${(waitMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${attempts}).`);
      await this.options.clock.sleep(waitMs);
    }
  }

  private async attempt(request: ApiRequest): Promise<Attempt> {
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(request.url, {
        method: request.method,
        headers: {
          Authorization: `Bearer ${this.options.apiKey}`,
          Accept: 'application/json',
          'User-Agent': 'heroku-connect-action',
          ...(request.body !== undefined && { 'Content-Type': 'application/json' }),
        },
        ...(request.body !== undefined && { body: JSON.stringify(request.body) }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      return { retry: networkFailure(error, `${this.timeoutMs / 1000} s`) };
    }
    const status = response.status;
    const body = parseJson(text);
    if (status >= 200 && status < 300) return { body };
    const answer = `HTTP ${status}${messageOf(body)}`;
    if (status === 429 || status >= 500) return { retry: answer, waitMs: retryAfterMs(response.headers.get('retry-after'), this.options.clock.now()) };
    if (status === 401 || status === 403) {
      throw new ConfigurationError(
        `Heroku Connect refused the API key (${answer}) when asked to ${request.purpose}: the key is wrong or expired, or its user has no access to the app. ` +
          'Use the key of a user who can open the app\'s Heroku Connect dashboard ("heroku authorizations:create" makes a long-lived one).',
      );
    }
    throw new DeployFailure(`Heroku Connect answered ${answer} when asked to ${request.purpose}.`);
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Error bodies carry `message`, sometimes `error` (research §5). */
function messageOf(body: unknown): string {
  const record = body as { message?: unknown; error?: unknown } | undefined;
  const message = typeof record?.message === 'string' ? record.message : typeof record?.error === 'string' ? record.error : '';
  return message === '' ? '' : `: ${message.slice(0, 500)}`;
}
