import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, errorMessage } from '../errors.js';
import { isInside, readConfined } from '../fs/workspace.js';
import type { LintRun } from '../lint/run.js';
import type { ReviewInputs } from './inputs.js';
import { planFile, type FilePlan } from '../plan/file.js';
import { readBaseContent } from '../pr/base-content.js';
import { listChangedFiles, type ChangedFile } from '../pr/changed-files.js';
import { renderComment } from '../pr/comment-body.js';
import { upsertComment } from '../pr/comment.js';
import type { GitHubApi } from '../pr/github-api.js';
import type { Priority } from '../report/order.js';

/** The pull request a run is for, read from the event payload GitHub writes for the job. */
export interface PullRequestEvent {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
  /** The head branch lives in another repository: its token is read-only and it gets no secrets. */
  fromFork: boolean;
  eventName: 'pull_request' | 'pull_request_target';
}

interface Log {
  info(message: string): void;
  warning(message: string): void;
  notice(message: string): void;
}

const MAPPING_FILE = /\.(json|ya?ml)$/i;

/**
 * The pull request of a pull_request run. Without the payload the runner writes (a local run, say),
 * the pull-request features step aside with a warning and every file is linted.
 */
export async function readPullRequestEvent(env: NodeJS.ProcessEnv, log: Pick<Log, 'warning'>): Promise<PullRequestEvent | undefined> {
  const eventName = env.GITHUB_EVENT_NAME;
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') return undefined;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!env.GITHUB_EVENT_PATH || !owner || !repo) {
    log.warning(`This ${eventName} run has no event payload or repository name (GITHUB_EVENT_PATH, GITHUB_REPOSITORY): every file is linted, and there is no plan or comment.`);
    return undefined;
  }
  const payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as {
    pull_request?: { number?: number; base?: { sha?: string; repo?: { full_name?: string } }; head?: { sha?: string; repo?: { full_name?: string } | null } };
  };
  const pr = payload.pull_request;
  if (typeof pr?.number !== 'number' || !pr.base?.sha || !pr.head?.sha) {
    throw new ConfigurationError(`The ${eventName} event payload has no pull request with base and head commits.`);
  }
  return {
    owner,
    repo,
    number: pr.number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    fromFork: pr.head.repo?.full_name !== pr.base.repo?.full_name,
    eventName,
  };
}

/**
 * The files the pull request changed, or undefined when they cannot be known (then everything is
 * linted). actions/checkout leaves the merge commit at HEAD for pull_request events.
 */
export function changedFiles(event: PullRequestEvent, api: GitHubApi | undefined, root: string, log: Log): Promise<ChangedFile[] | undefined> {
  return listChangedFiles({ owner: event.owner, repo: event.repo, pullNumber: event.number, api, git: { cwd: root, base: event.baseSha, head: 'HEAD' }, log });
}

export function restrictsToChanged(inputs: ReviewInputs, event: PullRequestEvent | undefined): boolean {
  return inputs.onlyChanged === 'true' || (inputs.onlyChanged === 'auto' && event !== undefined);
}

/**
 * What merging does to the mappings, file by file: each changed mapping file against its version
 * on the base branch. A base that cannot be read is shown as such, never as "every mapping is new".
 */
export async function planPullRequest(
  event: PullRequestEvent,
  changed: readonly ChangedFile[],
  lint: LintRun,
  root: string,
  api: GitHubApi | undefined,
): Promise<FilePlan[]> {
  const linted = new Set(lint.results.map((result) => result.file));
  const plans: FilePlan[] = [];
  for (const file of changed) {
    const removed = file.status === 'removed';
    if (removed ? !MAPPING_FILE.test(file.path) : !linted.has(file.path)) continue;
    // A path that leaves the workspace is no file of this pull request; one that cannot be read has its lint finding.
    const head = removed ? undefined : await readHead(root, file.path);
    if (!removed && head === undefined) continue;
    const base = file.status === 'added' ? undefined : await baseContent(event, file, root, api);
    const plan = planFile(file, base, head);
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
  const read = await readConfined(absolutePath, root);
  return read.ok ? read.bytes : undefined;
}

async function baseContent(event: PullRequestEvent, file: ChangedFile, root: string, api: GitHubApi | undefined): Promise<Buffer | undefined> {
  try {
    return await readBaseContent({
      sha: event.baseSha,
      path: file.previousPath ?? file.path,
      git: { cwd: root },
      ...(api && { api: { client: api, owner: event.owner, repo: event.repo } }),
    });
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
