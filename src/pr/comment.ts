import { describeAnswer, PageError, pages, type ApiResponse, type GitHubApi } from './github-api.js';

export interface CommentRequest {
  owner: string;
  repo: string;
  /** The pull request number. */
  issueNumber: number;
  /** GITHUB_WORKFLOW: each workflow keeps its own comment. */
  workflow: string;
  /** Markdown, already escaped; cut to fit GitHub's limit. */
  body: string;
  /** false: only update an earlier comment, never start one (say, when all is clear). Default true. */
  create?: boolean;
}

export type CommentOutcome =
  | { action: 'created' | 'updated'; id?: number; url?: string }
  | { skipped: 'read-only token' | 'no comment to update' };

/** GitHub refuses bodies over 65,536 characters; the margin keeps the marker and the note inside. */
export const COMMENT_LIMIT = 65_000;
/** 100 comments a page: enough for any pull request a person still reads. */
const MAX_COMMENT_PAGES = 100;
const BOT_LOGIN = 'github-actions[bot]';

/** The hidden first line that identifies the workflow's comment; the name is encoded so it cannot end the HTML comment. */
export function commentMarker(workflow: string): string {
  return `<!-- heroku-connect-action:${encodeURIComponent(workflow)} -->`;
}

/**
 * Keeps one comment per workflow on the pull request current: updates the bot's comment that
 * starts with the workflow's marker, or creates one. A fork's read-only token gets 403; that is
 * expected, so it is reported as skipped and the job summary and annotations carry the report.
 */
export async function upsertComment(api: GitHubApi, request: CommentRequest): Promise<CommentOutcome> {
  const marker = commentMarker(request.workflow);
  const body = fitToLimit(marker, request.body);
  const repository = `/repos/${encodeURIComponent(request.owner)}/${encodeURIComponent(request.repo)}`;
  try {
    const existing = await findComment(api, `${repository}/issues/${request.issueNumber}/comments`, marker);
    if (existing === undefined && request.create === false) return { skipped: 'no comment to update' };
    const response =
      existing === undefined
        ? await api.request('POST', `${repository}/issues/${request.issueNumber}/comments`, { body: { body } })
        : await api.request('PATCH', `${repository}/issues/comments/${existing}`, { body: { body } });
    if (response.status === 200 || response.status === 201) {
      const { id, html_url: url } = (response.body ?? {}) as { id?: unknown; html_url?: unknown };
      return { action: existing === undefined ? 'created' : 'updated', ...(typeof id === 'number' && { id }), ...(typeof url === 'string' && { url }) };
    }
    return refusal(api, response, 'write the pull request comment');
  } catch (error) {
    if (error instanceof PageError) return refusal(api, error.response, 'list the pull request comments');
    throw error;
  }
}

async function findComment(api: GitHubApi, path: string, marker: string): Promise<number | undefined> {
  for await (const page of pages(api, path, MAX_COMMENT_PAGES)) {
    for (const comment of page) {
      const { id, body, user } = (comment ?? {}) as { id?: unknown; body?: unknown; user?: { login?: unknown; type?: unknown } | null };
      const byBot = user?.type === 'Bot' || user?.login === BOT_LOGIN;
      // Only a bot's comment: anyone can paste the marker into a comment of their own.
      if (typeof id === 'number' && typeof body === 'string' && body.startsWith(marker) && byBot) return id;
    }
  }
  return undefined;
}

function refusal(api: GitHubApi, response: ApiResponse, what: string): CommentOutcome {
  if (response.status === 403 && !isRateLimit(response)) return { skipped: 'read-only token' };
  throw new Error(api.redact(`GitHub refused to ${what} (${describeAnswer(response)}).`));
}

/** GitHub answers 403 for rate limits too; those are not a read-only token and must not pass silently. */
function isRateLimit(response: ApiResponse): boolean {
  return response.headers.get('x-ratelimit-remaining') === '0' || /rate limit/i.test(describeAnswer(response));
}

const CUT_NOTE = '\n\n> The comment stops here: the full report did not fit in a comment. The job summary has all of it.\n';

/** The marker, then the body, cut at a line break so no table row or tag is left half-written. */
function fitToLimit(marker: string, body: string): string {
  const whole = `${marker}\n${body}`;
  if (whole.length <= COMMENT_LIMIT) return whole;
  const room = whole.slice(0, COMMENT_LIMIT - CUT_NOTE.length);
  const cut = room.lastIndexOf('\n');
  return `${room.slice(0, cut > marker.length ? cut : room.length)}${CUT_NOTE}`;
}
