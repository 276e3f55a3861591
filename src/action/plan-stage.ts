import type { LintRun } from '../lint/run.js';
import type { FilePlan } from '../plan/file.js';
import { planAgainstLive } from '../plan/live.js';
import { renderPlanJson, renderPlanMarkdown } from '../plan/render.js';
import type { ChangedFile } from '../pr/changed-files.js';
import type { GitHubApi } from '../clients/github/github-api.js';
import type { Priority } from '../lint/report/order.js';
import type { PullRequestEvent } from './event.js';
import { secretRefusalFor, type LivePlanInputs, type ReviewInputs } from '../interface/inputs/read.js';
import type { ActionIO } from './io.js';
import { commentOnPullRequest, planPullRequest } from './pull-request.js';
import { liveConnection } from './connection.js';
import type { ActionDeps } from './shared.js';
import type { Finding } from '../core/types.js';
import { annotate } from '../lint/report/github.js';
import { mappingPlaces } from '../live/diagnose/findings.js';

export interface PlanContext {
  event: PullRequestEvent | undefined;
  changed: ChangedFile[] | undefined;
  github: GitHubApi | undefined;
  review: ReviewInputs;
  priority: Priority | undefined;
  live: LivePlanInputs | undefined;
  deps: ActionDeps;
}

/**
 * The schema diff's items at each mapping's object_name line: a warning where it is unsafe or
 * undetermined (to review), a notice otherwise.
 */
async function schemaDiffFindings(plans: readonly FilePlan[], lint: LintRun): Promise<Finding[]> {
  const items = plans.flatMap((plan) => plan.changes.filter((change) => change.kind === 'api-version-changed').map((change) => ({ plan, change })));
  if (items.length === 0) return [];
  const places = await mappingPlaces(lint.files);
  return items.flatMap(({ plan, change }) => {
    const place = places.byObject.get(change.object.toLowerCase()) ?? places.fallback;
    if (place === undefined) return [];
    const said = change.detail.endsWith('.') ? change.detail : `${change.detail}.`;
    return [
      { ruleId: 'schema-diff', level: change.care ? 'warning' : 'notice', message: `${plan.app ?? ''}: ${change.object}: API version ${said} ${change.consequence}`, ...place, object: change.object },
    ];
  });
}

/**
 * What merging (or importing) does to the connection: against the live configuration when app and
 * API key are given on a trusted event, else, on a pull request, against the base branch. Written
 * to the summary and the `plan` output; on a pull request, kept current in one comment.
 */
export async function planStage(io: ActionIO, root: string, lint: LintRun, context: PlanContext): Promise<void> {
  const { event, changed, github, review, live, deps } = context;
  let plans: FilePlan[] | undefined;
  // The plan has a way without the key (against the base branch), so the trust rule's refusal is a warning here.
  const refusal = live && secretRefusalFor(io, 'the Heroku API key');
  if (refusal) {
    io.warning(`${refusal} Planning against the base branch instead of the live connection.`);
  } else if (live) {
    // One deadline for every app: wait-timeout bounds the whole plan, however many apps it compares.
    const connection = liveConnection(io, deps, live.apiKey, live.waitTimeoutSeconds);
    // One section per target app in the one summary and comment.
    plans = [];
    for (const app of live.apps) plans.push(await planAgainstLive(connection, app, lint.files));
    annotate(await schemaDiffFindings(plans, lint), io, 'the job summary lists them');
  }
  if (!plans && event && changed) plans = await planPullRequest(event, changed, lint, root, github);
  if (!plans) return;
  await io.writeSummary(renderPlanMarkdown(plans));
  io.setOutput('plan', renderPlanJson(plans));
  if (event) await commentOnPullRequest(event, review, github, { lint, plans, env: io.env, ...(context.priority && { priority: context.priority }) }, io);
}
