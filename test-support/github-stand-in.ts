import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { listen, readRequestBody, stop, type RequestBody } from '../src/stand-in/http.js';

/** A file of a pull request as GET /repos/{o}/{r}/pulls/{n}/files returns it. */
export interface StandInPullFile {
  filename: string;
  status: 'added' | 'modified' | 'renamed' | 'removed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
  patch?: string;
  changes?: number;
}

export interface StandInUser {
  login: string;
  type: 'User' | 'Bot';
}

export interface StandInComment {
  id: number;
  issue: number;
  body: string;
  user: StandInUser;
}

/** An issue as the stand-in holds it. */
export interface StandInIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
}

/** GitHub refuses an issue or comment body longer than this, in characters, with a 422. */
export const GITHUB_BODY_LIMIT_CHARS = 65_536;

export interface GitHubStandInOptions {
  /** The token the stand-in accepts. */
  token: string;
  owner: string;
  repo: string;
  /** Pull request number → its files. */
  pulls?: Record<number, StandInPullFile[]>;
  /** Commit SHA → path → content, for the contents API. */
  contents?: Record<string, Record<string, string>>;
  /** Comments there before the test, by anyone. */
  comments?: Omit<StandInComment, 'id'>[];
  /** Answer writes 403 as GitHub does for a fork's read-only token. */
  readOnly?: boolean;
  /** Contents above this size come back as `encoding: "none"`, as GitHub does above 1 MB. */
  largeFileBytes?: number;
  /** Answer requests whose path matches with this status instead, `times` times (default always). */
  faults?: { path: RegExp; status: number; message: string; times?: number }[];
  /** Requests whose path matches get no answer at all: the connection stays open until the client gives up. */
  hang?: RegExp;
}

export interface RecordedGitHubRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface GitHubStandIn {
  /** Use as GITHUB_API_URL. */
  url: string;
  requests: RecordedGitHubRequest[];
  /** Every comment, in order of creation, as the stand-in holds them now. */
  comments: StandInComment[];
  /** Every issue, in order of creation. */
  issues: StandInIssue[];
  close(): Promise<void>;
}

/** The login the stand-in writes comments as, like GITHUB_TOKEN does. */
export const STAND_IN_BOT: StandInUser = { login: 'github-actions[bot]', type: 'Bot' };

/**
 * A local GitHub REST API for tests, on 127.0.0.1: the pull request files list, the contents API,
 * issues (list by label, create, update) and issue comments (list, create, update), with GitHub's
 * limit on a body's length, its pagination, Link headers, Bearer auth,
 * error bodies and a fork-like read-only mode. State lives in memory; every request is recorded.
 */
export async function startGitHubStandIn(options: GitHubStandInOptions): Promise<GitHubStandIn> {
  const requests: RecordedGitHubRequest[] = [];
  let nextId = 1000;
  const comments: StandInComment[] = (options.comments ?? []).map((comment) => ({ ...comment, id: nextId++ }));
  const issues: StandInIssue[] = [];
  const held = new Set<ServerResponse>();
  const faults = (options.faults ?? []).map((fault) => ({ ...fault, left: fault.times ?? Infinity }));
  const repository = `/repos/${options.owner}/${options.repo}`;
  let origin = '';

  const handle = (request: IncomingMessage, response: ServerResponse, body: unknown): void => {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', origin);
    const path = decodeURIComponent(url.pathname);
    if (options.hang?.test(path)) {
      held.add(response);
      return;
    }
    const fault = faults.find((candidate) => candidate.left > 0 && candidate.path.test(path));
    if (fault) {
      fault.left--;
      return send(response, fault.status, { message: fault.message });
    }
    // GitHub takes the token under either scheme; Octokit sends "token".
    if (![`Bearer ${options.token}`, `token ${options.token}`].includes(request.headers.authorization ?? '')) return send(response, 401, { message: 'Bad credentials' });
    if (!path.startsWith(`${repository}/`)) return notFound(response);
    const route = path.slice(repository.length);

    let match = /^\/pulls\/(\d+)\/files$/.exec(route);
    if (match && method === 'GET') {
      const files = options.pulls?.[Number(match[1])];
      return files ? sendPage(response, url, files) : notFound(response);
    }
    match = /^\/contents\/(.+)$/.exec(route);
    if (match && method === 'GET') return sendContent(response, request.headers.accept, options, url.searchParams.get('ref') ?? '', match[1]!);
    if (route === '/issues' && method === 'GET') {
      const label = url.searchParams.get('labels');
      const state = url.searchParams.get('state') ?? 'open';
      return sendPage(response, url, issues.filter((issue) => (state === 'all' || issue.state === state) && (!label || issue.labels.includes(label))).map(toApiIssue));
    }
    if (route === '/issues' && method === 'POST') {
      if (options.readOnly) return readOnly(response);
      const { title, labels } = (body ?? {}) as { title?: unknown; labels?: unknown };
      if (tooLong(response, bodyText(body))) return;
      const issue: StandInIssue = { number: issues.length + 1, title: String(title), body: bodyText(body), state: 'open', labels: Array.isArray(labels) ? labels.map(String) : [] };
      issues.push(issue);
      return send(response, 201, toApiIssue(issue));
    }
    match = /^\/issues\/(\d+)$/.exec(route);
    if (match && method === 'PATCH') {
      if (options.readOnly) return readOnly(response);
      const issue = issues.find((candidate) => candidate.number === Number(match![1]));
      if (!issue) return notFound(response);
      const change = (body ?? {}) as { body?: unknown; state?: unknown };
      if (typeof change.body === 'string') {
        if (tooLong(response, change.body)) return;
        issue.body = change.body;
      }
      if (change.state === 'open' || change.state === 'closed') issue.state = change.state;
      return send(response, 200, toApiIssue(issue));
    }
    match = /^\/issues\/(\d+)\/comments$/.exec(route);
    if (match && method === 'GET') return sendPage(response, url, comments.filter((c) => c.issue === Number(match![1])).map(toApiComment));
    if (match && method === 'POST') {
      if (options.readOnly) return readOnly(response);
      if (tooLong(response, bodyText(body))) return;
      const comment: StandInComment = { id: nextId++, issue: Number(match[1]), body: bodyText(body), user: STAND_IN_BOT };
      comments.push(comment);
      return send(response, 201, toApiComment(comment));
    }
    match = /^\/issues\/comments\/(\d+)$/.exec(route);
    if (match && method === 'PATCH') {
      if (options.readOnly) return readOnly(response);
      const comment = comments.find((c) => c.id === Number(match[1]));
      if (!comment) return notFound(response);
      if (tooLong(response, bodyText(body))) return;
      comment.body = bodyText(body);
      return send(response, 200, toApiComment(comment));
    }
    notFound(response);
  };

  const toApiComment = (comment: StandInComment) => ({
    id: comment.id,
    body: comment.body,
    user: comment.user,
    html_url: `https://github.com/${options.owner}/${options.repo}/pull/${comment.issue}#issuecomment-${comment.id}`,
  });

  const toApiIssue = (issue: StandInIssue) => ({
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    labels: issue.labels.map((name) => ({ name })),
    html_url: `https://github.com/${options.owner}/${options.repo}/issues/${issue.number}`,
  });

  const server = createServer((request, response) => {
    const onBody = (received: RequestBody): void => {
      if (!('json' in received)) return send(response, 400, { message: 'Problems parsing JSON' });
      requests.push({ method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers, body: received.json });
      handle(request, response, received.json);
    };
    readRequestBody(request).then(onBody, () => undefined);
  });

  origin = await listen(server);
  return {
    url: origin,
    requests,
    comments,
    issues,
    close: async () => {
      for (const response of held) response.destroy();
      await stop(server);
    },
  };
}

function bodyText(body: unknown): string {
  const text = (body as { body?: unknown } | undefined)?.body;
  return typeof text === 'string' ? text : '';
}

/** GitHub's pagination: per_page (default 30, at most 100) and page, with a Link header naming the neighbours. */
function sendPage(response: ServerResponse, url: URL, items: readonly unknown[]): void {
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (to: number, rel: string) => {
    const target = new URL(url);
    target.searchParams.set('per_page', String(perPage));
    target.searchParams.set('page', String(to));
    return `<${target.href}>; rel="${rel}"`;
  };
  const links = [...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []), ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])];
  send(response, 200, items.slice((page - 1) * perPage, page * perPage), links.length > 0 ? { Link: links.join(', ') } : {});
}

function sendContent(response: ServerResponse, accept: string | undefined, options: GitHubStandInOptions, ref: string, path: string): void {
  const content = options.contents?.[ref]?.[path];
  if (content === undefined) return notFound(response);
  if (accept === 'application/vnd.github.raw+json') {
    response.writeHead(200, { 'Content-Type': 'application/vnd.github.raw; charset=utf-8' });
    response.end(content);
    return;
  }
  const large = Buffer.byteLength(content) > (options.largeFileBytes ?? 1024 * 1024);
  send(response, 200, {
    type: 'file',
    path,
    encoding: large ? 'none' : 'base64',
    content: large
      ? ''
      : Buffer.from(content)
          .toString('base64')
          .replace(/(.{60})/g, '$1\n'),
  });
}

/** GitHub's answer to a body over its limit; true when it answered so. */
function tooLong(response: ServerResponse, body: string): boolean {
  if (body.length <= GITHUB_BODY_LIMIT_CHARS) return false;
  send(response, 422, {
    message: 'Validation Failed',
    errors: [{ resource: 'Issue', code: 'custom', field: 'body', message: `body is too long (maximum is ${GITHUB_BODY_LIMIT_CHARS} characters)` }],
    documentation_url: 'https://docs.github.com/rest',
  });
  return true;
}

function readOnly(response: ServerResponse): void {
  send(response, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
}

function notFound(response: ServerResponse): void {
  send(response, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}
