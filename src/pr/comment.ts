import { describeStatus } from '../core/http/client.js';
import { COMMENT_BUDGET_BYTES, cutToBudget } from '../core/output/budget.js';
import { gitHubFailure, PAGE_SIZE, refusalOf, type GitHubApi, type GitHubRefusal, type Octokit } from '../clients/github/github-api.js';

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

export type CommentOutcome = { action: 'created' | 'updated'; id?: number; url?: string } | { skipped: 'read-only token' | 'no comment to update' };

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
  const body = cutToBudget(`${marker}\n${request.body}`, COMMENT_BUDGET_BYTES, CUT_NOTE);
  const octokit = await api.octokit();
  const where = { owner: request.owner, repo: request.repo };
  let existing: number | undefined;
  try {
    existing = await findComment(octokit, { ...where, issue_number: request.issueNumber }, marker);
  } catch (error) {
    return refusal(api, error, 'list the pull request comments');
  }
  if (existing === undefined && request.create === false) return { skipped: 'no comment to update' };
  try {
    const { data } =
      existing === undefined
        ? await octokit.rest.issues.createComment({ ...where, issue_number: request.issueNumber, body })
        : await octokit.rest.issues.updateComment({ ...where, comment_id: existing, body });
    const { id, html_url: url } = (data ?? {}) as { id?: unknown; html_url?: unknown };
    return { action: existing === undefined ? 'created' : 'updated', ...(typeof id === 'number' && { id }), ...(typeof url === 'string' && { url }) };
  } catch (error) {
    return refusal(api, error, 'write the pull request comment');
  }
}

async function findComment(octokit: Octokit, issue: { owner: string; repo: string; issue_number: number }, marker: string): Promise<number | undefined> {
  let pages = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...issue, per_page: PAGE_SIZE })) {
    const comments: unknown = page.data;
    if (!Array.isArray(comments)) return undefined;
    for (const comment of comments) {
      const { id, body, user } = (comment ?? {}) as { id?: unknown; body?: unknown; user?: { login?: unknown; type?: unknown } | null };
      const byBot = user?.type === 'Bot' || user?.login === BOT_LOGIN;
      // Only a bot's comment: anyone can paste the marker into a comment of their own.
      if (typeof id === 'number' && typeof body === 'string' && body.startsWith(marker) && byBot) return id;
    }
    if (++pages === MAX_COMMENT_PAGES) return undefined;
  }
  return undefined;
}

/** A fork's read-only token is an expected answer; anything else is an error, without the token. */
function refusal(api: GitHubApi, error: unknown, what: string): CommentOutcome {
  const answer = refusalOf(error);
  if (answer?.status === 403 && !isRateLimit(answer)) return { skipped: 'read-only token' };
  throw gitHubFailure(api, error, what);
}

/** GitHub answers 403 for rate limits too; those are not a read-only token and must not pass silently. */
function isRateLimit(answer: GitHubRefusal): boolean {
  return answer.headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(describeStatus(answer.status, answer.data));
}

const CUT_NOTE = '\n\n> The comment stops here: the full report did not fit in a comment. The job summary has all of it.\n';
