import { ConfigurationError } from '../core/errors.js';
import { readPullRequestPayload } from '../core/trust/event.js';
import type { ReviewInputs } from '../interface/inputs/read.js';

/** The pull request a run is for, read from the event payload GitHub writes for the job. */
export interface PullRequestEvent {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
  eventName: 'pull_request' | 'pull_request_target';
}

/**
 * The pull request of a pull_request run. Without the payload the runner writes (a local run, say),
 * the pull-request features step aside with a warning and every file is linted.
 */
export async function readPullRequestEvent(env: NodeJS.ProcessEnv, log: { warning(message: string): void }): Promise<PullRequestEvent | undefined> {
  const eventName = env.GITHUB_EVENT_NAME;
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') return undefined;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!env.GITHUB_EVENT_PATH || !owner || !repo) {
    log.warning(`This ${eventName} run has no event payload or repository name (GITHUB_EVENT_PATH, GITHUB_REPOSITORY): every file is linted, and there is no plan or comment.`);
    return undefined;
  }
  const pr = readPullRequestPayload(env.GITHUB_EVENT_PATH);
  if (typeof pr?.number !== 'number' || !pr.base?.sha || !pr.head?.sha) {
    throw new ConfigurationError(`The ${eventName} event payload has no pull request with base and head commits.`);
  }
  return {
    owner,
    repo,
    number: pr.number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    eventName,
  };
}

export function restrictsToChanged(inputs: ReviewInputs, event: PullRequestEvent | undefined): boolean {
  return inputs.onlyChanged === 'true' || (inputs.onlyChanged === 'auto' && event !== undefined);
}
