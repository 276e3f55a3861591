import { isTimeout, networkErrorText } from '../http/network.js';
import { checkedCredential, checkedCredentialUrl } from '../http/safety.js';

export const DEFAULT_API_URL = 'https://api.github.com';

export interface GitHubApiOptions {
  /** GITHUB_TOKEN or another token; empty or undefined means the REST API is not used. */
  token: string | undefined;
  /** GITHUB_API_URL (GitHub Enterprise Server sets it to https://HOST/api/v3); DEFAULT_API_URL without it. */
  env: NodeJS.ProcessEnv;
  fetchImpl?: typeof fetch;
  /** Per request, body included; default 30000. */
  timeoutMs?: number;
}

export interface ApiResponse {
  status: number;
  /** The body as sent. */
  text: string;
  /** The body parsed as JSON; undefined when it is empty or not JSON. */
  body: unknown;
  headers: Headers;
}

/**
 * The few REST calls the pull-request features make. A small fetch client rather than
 * @actions/github: tests point it at a local stand-in by URL with no module mocking, every status
 * reaches the caller (a fork's 403 is an expected answer, not an exception), and nothing retries or
 * throttles behind the caller's back.
 */
export interface GitHubApi {
  /** `path` starts with "/" and is relative to the API URL. Throws only when no answer arrives. */
  request(method: 'GET' | 'POST' | 'PATCH', path: string, options?: { body?: unknown; accept?: string }): Promise<ApiResponse>;
  /** Removes the token from a text, for anything that may be shown. */
  redact(text: string): string;
}

const JSON_MEDIA_TYPE = 'application/vnd.github+json';

/** The client, or undefined when there is no token: callers then use git, or skip what needs the API. */
export function createGitHubApi(options: GitHubApiOptions): GitHubApi | undefined {
  const token = options.token?.trim() ?? '';
  if (token === '') return undefined;
  checkedCredential(token, 'The GitHub token', 'Pass the bare token.');
  const base = apiBase(options.env.GITHUB_API_URL || DEFAULT_API_URL);
  const fetchImpl = options.fetchImpl ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const redact = (text: string): string => text.replaceAll(token, '[token]');

  return {
    redact,
    async request(method, path, { body, accept } = {}) {
      const headers: Record<string, string> = {
        Authorization: `Bearer ${token}`,
        Accept: accept ?? JSON_MEDIA_TYPE,
        'X-GitHub-Api-Version': '2022-11-28',
        'User-Agent': 'heroku-connect-action',
      };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      let response: Response;
      let text: string;
      try {
        response = await fetchImpl(`${base}${path}`, {
          method,
          headers,
          ...(body !== undefined && { body: JSON.stringify(body) }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        text = await response.text();
      } catch (error) {
        // A new error without `cause`: the cause could carry request details.
        const failure = isTimeout(error) ? `no answer within ${timeoutMs} ms` : networkErrorText(error);
        throw new Error(redact(`${method} ${base}${path} got no answer: ${failure}`));
      }
      return { status: response.status, text, body: parseBody(text), headers: response.headers };
    },
  };
}

/** The path stays: GitHub Enterprise Server serves the API under /api/v3. */
function apiBase(url: string): string {
  const parsed = checkedCredentialUrl(url, { name: 'GITHUB_API_URL', credential: 'the token' });
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** "HTTP 403: Resource not accessible by integration", from GitHub's `{"message": ...}` error body. */
export function describeAnswer(response: ApiResponse): string {
  const message = (response.body as { message?: unknown } | null | undefined)?.message;
  return `HTTP ${response.status}${typeof message === 'string' && message !== '' ? `: ${message}` : ''}`;
}

/** `a/b c.json` → `a/b%20c.json`: each segment encoded, the separators kept. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export const PAGE_SIZE = 100;

/** The pages of a list endpoint (a path without a query), `per_page` 100, until a short page or `maxPages`. */
export async function* pages(api: GitHubApi, path: string, maxPages: number): AsyncGenerator<unknown[], void> {
  for (let page = 1; page <= maxPages; page++) {
    const response = await api.request('GET', `${path}?per_page=${PAGE_SIZE}&page=${page}`);
    if (response.status !== 200 || !Array.isArray(response.body)) throw new PageError(response);
    yield response.body;
    if (response.body.length < PAGE_SIZE) return;
  }
}

/** A list page that did not come back as a 200 array; carries the answer so callers can tell a 403 from the rest. */
export class PageError extends Error {
  override name = 'PageError';
  constructor(readonly response: ApiResponse) {
    super(describeAnswer(response));
  }
}
