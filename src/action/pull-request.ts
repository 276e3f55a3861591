import path from 'node:path';
import { errorMessage } from '../core/errors.js';
import { isInside, readConfined } from '../core/fs/workspace.js';
import type { LintRun } from '../lint/run.js';
import type { ReviewInputs } from '../interface/inputs/read.js';
import { planFile, type FilePlan } from '../plan/file.js';
import { baseReader, type BaseReader } from '../pr/base-content.js';
import { listChangedFiles, type ChangedFile } from '../pr/changed-files.js';
import { renderComment } from '../pr/comment-body.js';
import { upsertComment } from '../pr/comment.js';
import type { GitHubApi } from '../clients/github/github-api.js';
import type { Priority } from '../lint/report/order.js';
import type { PullRequestEvent } from './event.js';

// The lint's choice of files and findings on a pull request, loaded with the rest of this stage.
export { onlyChanged } from '../pr/changed-files.js';
export { changedLinePriority } from '../pr/hunks.js';

interface Log {
  info(message: string): void;
  warning(message: string): void;
  notice(message: string): void;
}

const MAPPING_FILE = /\.(json|ya?ml)$/i;

/**
 * The files the pull request changed, or undefined when they cannot be known (then everything is
 * linted). actions/checkout leaves the merge commit at HEAD for pull_request events.
 */
export function changedFiles(event: PullRequestEvent, api: GitHubApi | undefined, root: string, log: Log): Promise<ChangedFile[] | undefined> {
  return listChangedFiles({ owner: event.owner, repo: event.repo, pullNumber: event.number, api, git: { cwd: root, base: event.baseSha, head: 'HEAD' }, log });
}

/**
 * What merging does to the mappings, file by file: each changed mapping file against its version
 * on the base branch. A base that cannot be read is shown as such, never as "every mapping is new".
 */
export async function planPullRequest(event: PullRequestEvent, changed: readonly ChangedFile[], lint: LintRun, root: string, api: GitHubApi | undefined): Promise<FilePlan[]> {
  const linted = new Set(lint.results.map((result) => result.file));
  const plans: FilePlan[] = [];
  const readBase = baseReader({ sha: event.baseSha, git: { cwd: root }, ...(api && { api: { client: api, owner: event.owner, repo: event.repo } }) });
  for (const file of changed) {
    const removed = file.status === 'removed';
    if (removed ? !MAPPING_FILE.test(file.path) : !linted.has(file.path)) continue;
    // A path that leaves the workspace is no file of this pull request; one that cannot be read has its lint finding.
    const head = removed ? undefined : await readHead(root, file.path);
    if (!removed && head === undefined) continue;
    const base = file.status === 'added' ? undefined : await baseContent(readBase, file);
    const plan = await planFile(file, base, head);
    if (plan) plans.push(plan);
  }
  return plans;
}

/**
 * The file as the pull request has it, read inside the workspace: its path comes from the GitHub
 * API, so a `../` in it or a symlink out of the workspace is refused like any other hostile path.
 */
async function readHead(root: string, file: string): Promise<Buffer | undefined> {
  const absolutePath = path.resolve(root, file);
  if (path.isAbsolute(file) || !isInside(absolutePath, path.resolve(root))) return undefined;
  const read = readConfined(absolutePath, root);
  return read.ok ? read.bytes : undefined;
}

async function baseContent(readBase: BaseReader, file: ChangedFile): Promise<Buffer | undefined> {
  try {
    return await readBase(file.previousPath ?? file.path);
  } catch {
    // planFile marks a modified file whose base is unreadable as such.
    return undefined;
  }
}

/**
 * Keeps one comment on the pull request current: findings at a glance and the plan. A fork's
 * read-only token cannot comment; that is a notice, never a failure of the check.
 */
export async function commentOnPullRequest(
  event: PullRequestEvent,
  inputs: ReviewInputs,
  api: GitHubApi | undefined,
  content: { lint: LintRun; plans: readonly FilePlan[]; priority?: Priority; env: NodeJS.ProcessEnv },
  log: Log,
): Promise<void> {
  if (inputs.comment === 'off') return;
  if (inputs.comment === 'on-change' && content.plans.length === 0) return;
  if (!api) {
    log.warning('Not commenting on the pull request: there is no GitHub token (the github-token input is empty).');
    return;
  }
  const { env } = content;
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const body = renderComment({
    revision: { serverUrl, repository: `${event.owner}/${event.repo}`, sha: event.headSha },
    ...(env.GITHUB_RUN_ID && { runUrl: `${serverUrl}/${event.owner}/${event.repo}/actions/runs/${env.GITHUB_RUN_ID}` }),
    files: content.lint.results.length,
    counts: content.lint.counts,
    findings: content.lint.findings,
    ...(content.priority && { priority: content.priority }),
    plans: content.plans,
  });
  try {
    const outcome = await upsertComment(api, { owner: event.owner, repo: event.repo, issueNumber: event.number, workflow: env.GITHUB_WORKFLOW || 'heroku-connect-action', body });
    if ('skipped' in outcome) {
      log.notice('Skipped the pull request comment: the token is read-only (as for a pull request from a fork). Annotations and the job summary have the findings.');
    } else {
      log.info(`Pull request comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}.`);
    }
  } catch (error) {
    log.warning(`Could not update the pull request comment: ${api.redact(errorMessage(error))}`);
  }
}
