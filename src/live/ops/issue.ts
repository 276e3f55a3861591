import { ConfigurationError } from '../../core/errors.js';
import { gitHubFailure, type GitHubApi } from '../../clients/github/github-api.js';
import { bytes, cutToBudget, ISSUE_BODY_BUDGET_BYTES } from '../../core/output/budget.js';

/** The label that finds the one issue again: created with it, so no search over titles is needed. */
export const HEALTH_LABEL = 'heroku-connect-health';
const TITLE = 'Heroku Connect is unhealthy';
const HEALTHY_AGAIN = 'Healthy again: closing.\n\n';
const CUT_NOTE = '\n\n> The report stops here: the rest did not fit in an issue. The job summary has more, and `heroku-connect-action health` lists it all.\n';

export type IssueOutcome = { action: 'opened' | 'updated' | 'closed'; number: number } | { action: 'none' };

/**
 * Keeps one issue while the connections are unhealthy: opens it, rewrites its body on each
 * unhealthy run (no comment per run, so an hourly schedule does not flood it), and closes it with
 * one comment when healthy again. Needs issues: write. Two or three calls.
 */
export async function syncHealthIssue(github: GitHubApi | undefined, env: NodeJS.ProcessEnv, healthy: boolean, report: string): Promise<IssueOutcome> {
  // GitHub refuses a longer body; the report is rendered for this budget, and this keeps it there.
  const body = cutToBudget(report, ISSUE_BODY_BUDGET_BYTES - bytes(HEALTHY_AGAIN), CUT_NOTE);
  if (!github) throw new ConfigurationError('health-issue needs github-token (with issues: write) to keep the issue.');
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new ConfigurationError('health-issue needs GITHUB_REPOSITORY (owner/name), which the runner sets.');
  const octokit = await github.octokit();
  const asking = async <T>(what: string, call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw gitHubFailure(github, error, what);
    }
  };
  const { data: open } = await asking('list the open health issue', () => octokit.rest.issues.listForRepo({ owner, repo, state: 'open', labels: HEALTH_LABEL, per_page: 1 }));
  const existing = open.find((issue) => !issue.pull_request);
  if (healthy) {
    if (!existing) return { action: 'none' };
    await asking(`comment on health issue #${existing.number}`, () => octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: HEALTHY_AGAIN + body }));
    await asking(`close health issue #${existing.number}`, () => octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' }));
    return { action: 'closed', number: existing.number };
  }
  if (existing) {
    await asking(`update health issue #${existing.number}`, () => octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body }));
    return { action: 'updated', number: existing.number };
  }
  const { data: created } = await asking('open the health issue', () => octokit.rest.issues.create({ owner, repo, title: TITLE, body, labels: [HEALTH_LABEL] }));
  return { action: 'opened', number: created.number };
}
