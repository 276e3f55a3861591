import type { getOctokit } from '@actions/github';
import { errorMessage, RemoteFailure } from '../../core/errors.js';
import type { Clock } from '../../core/http/clock.js';
import { describeStatus, HttpClient } from '../../core/http/client.js';
import { checkedCredential, checkedCredentialUrl } from '../../core/http/safety.js';
import { checkedAnswer, type AnswerValidator } from '../../core/http/shape.js';

export const DEFAULT_API_URL = 'https://api.github.com';

/** The most bytes of one answer read: a page of 100 files with their patches, or a base file (GitHub serves files of up to 100 MB raw). */
export const GITHUB_MAX_BODY_BYTES = 32 * 1024 * 1024;

export type Octokit = ReturnType<typeof getOctokit>;

export interface GitHubApiOptions {
  /** GITHUB_TOKEN or another token; empty or undefined means the REST API is not used. */
  token: string | undefined;
  /** GITHUB_API_URL (GitHub Enterprise Server sets it to https://HOST/api/v3); DEFAULT_API_URL without it. */
  env: NodeJS.ProcessEnv;
  fetchImpl?: typeof fetch;
  clock?: Clock;
  /** Per request attempt, body included; default 30 s. */
  timeoutMs?: number;
  /** Attempts after the first, for network errors, timeouts, 429, 5xx and bodies that are not JSON; default 5. */
  retries?: number;
  /**
   * Clock time by which every request ends, retries and waits included: the run's deadline
   * (wait-timeout), which the action always passes. Without one, each request has the HTTP client's budget.
   */
  deadline?: number;
}

/**
 * The GitHub REST API through @actions/github's Octokit (its endpoint methods and pagination), whose
 * every request goes through the project's one HTTP policy (timeouts, retries, Retry-After, no
 * redirects) and only to the API's own origin. Octokit is loaded on first use: a run that never
 * calls GitHub does not pay for loading it.
 */
export interface GitHubApi {
  octokit(): Promise<Octokit>;
  /** Removes the token from a text, for anything that may be shown. */
  redact(text: string): string;
}

/** The client, or undefined when there is no token: callers then use git, or skip what needs the API. */
export function createGitHubApi(options: GitHubApiOptions): GitHubApi | undefined {
  const token = options.token?.trim() ?? '';
  if (token === '') return undefined;
  checkedCredential(token, 'The GitHub token', 'Pass the bare token.');
  const base = apiBase(options.env.GITHUB_API_URL || DEFAULT_API_URL);
  const http = new HttpClient({
    service: 'GitHub',
    credential: 'the token',
    origins: new Set([new URL(base).origin]),
    maxBodyBytes: GITHUB_MAX_BODY_BYTES,
    ...(options.deadline !== undefined && { deadline: options.deadline }),
    ...(options.fetchImpl && { fetch: options.fetchImpl }),
    ...(options.clock && { clock: options.clock }),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    ...(options.retries !== undefined && { retries: options.retries }),
  });
  let loaded: Promise<Octokit> | undefined;
  return {
    redact: (text) => text.replaceAll(token, '[token]'),
    octokit: () =>
      (loaded ??= Promise.all([import('@actions/github'), import('./answers.generated.js')]).then(([{ getOctokit }, shapes]) => {
        const octokit = getOctokit(token, { baseUrl: base, userAgent: 'heroku-connect-action', request: { fetch: http.fetchAdapter } });
        octokit.hook.before('request', (request) => {
          request.headers['x-github-api-version'] = '2022-11-28';
        });
        const answers = answerShapes(shapes);
        // Every answer a caller reads is checked here, before Octokit hands over its `data`.
        octokit.hook.after('request', (response, request) => {
          const shape = answers[`${request.method} ${request.url}`];
          if (shape && !/raw/.test(String(request.headers.accept ?? ''))) checkedAnswer(shape.validate, response.data, 'GitHub', shape.purpose);
        });
        return octokit;
      })),
  };
}

/** The answers the tool reads, by Octokit's route, with what each call does for the messages. */
function answerShapes(shapes: typeof import('./answers.generated.js')): Record<string, { validate: AnswerValidator; purpose: string }> {
  return {
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': { validate: shapes.validatePullFiles, purpose: 'list the files of the pull request' },
    'GET /repos/{owner}/{repo}/contents/{path}': { validate: shapes.validateContent, purpose: 'read a file of the base commit' },
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': { validate: shapes.validateComments, purpose: 'list the comments of the pull request' },
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': { validate: shapes.validateComment, purpose: 'write a comment' },
    'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': { validate: shapes.validateComment, purpose: 'update a comment' },
    'GET /repos/{owner}/{repo}/issues': { validate: shapes.validateIssues, purpose: 'list the open issues' },
    'POST /repos/{owner}/{repo}/issues': { validate: shapes.validateIssue, purpose: 'open an issue' },
    'PATCH /repos/{owner}/{repo}/issues/{issue_number}': { validate: shapes.validateIssue, purpose: 'update an issue' },
  };
}

/** The path stays: GitHub Enterprise Server serves the API under /api/v3. */
function apiBase(url: string): string {
  const parsed = checkedCredentialUrl(url, { name: 'GITHUB_API_URL', credential: 'the token' });
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}

/** What GitHub answered to a request Octokit turned into an error: its status and headers, when it answered at all. */
export interface GitHubRefusal {
  status: number;
  headers: Record<string, string | undefined>;
  data: unknown;
}

/**
 * The answer inside an Octokit RequestError (read by shape: it is not a dependency of this project),
 * or undefined when the request never got one, which the HTTP client then reported as the cause.
 */
export function refusalOf(error: unknown): GitHubRefusal | undefined {
  const { status, response } = (error ?? {}) as { status?: unknown; response?: { headers?: unknown; data?: unknown } };
  if (typeof status !== 'number' || response === undefined) return undefined;
  return { status, headers: (response.headers ?? {}) as GitHubRefusal['headers'], data: response.data };
}

/** "HTTP 403: Resource not accessible by integration", or the HTTP client's account of a request that got no answer. */
export function describeGitHubError(error: unknown): string {
  const refusal = refusalOf(error);
  if (refusal) return describeStatus(refusal.status, refusal.data);
  const cause = (error as { cause?: unknown } | null | undefined)?.cause;
  return errorMessage(cause instanceof RemoteFailure ? cause : error);
}

/**
 * A failed Octokit call as one line naming GitHub, without the token: what GitHub answered, or the
 * HTTP client's account of why no answer came in time. `what` completes "GitHub refused to".
 */
export function gitHubFailure(api: GitHubApi, error: unknown, what: string): RemoteFailure {
  const cause = (error as { cause?: unknown } | null | undefined)?.cause;
  const reason = refusalOf(error) === undefined && cause instanceof RemoteFailure ? cause.reason : 'answered';
  return new RemoteFailure('GitHub', reason, api.redact(`GitHub refused to ${what} (${describeGitHubError(error)}).`));
}

export const PAGE_SIZE = 100;
