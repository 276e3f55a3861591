import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';

/**
 * The one trust rule for events: a run on a pull-request event that may come from someone without
 * write access (any pull_request_target run, and a pull_request run from a fork) must not use a
 * secret, because the pull request's code, its files and its configuration decide what the run
 * does with it. Every command that uses a secret (the Heroku API key, the Salesforce access token)
 * asks here first, in the action and in the CLI alike (the CLI in a workflow sees GITHUB_EVENT_NAME
 * too); the deploy has a stricter rule of its own, below.
 */

/** The part of the event payload GitHub writes for a pull-request run that the tool reads. */
export interface PullRequestPayload {
  number?: number;
  base?: { sha?: string; repo?: { full_name?: string } };
  head?: { sha?: string; repo?: { full_name?: string } | null };
}

/** The pull request of the event payload at GITHUB_EVENT_PATH. Throws when the file cannot be read or parsed. */
export function readPullRequestPayload(eventPath: string): PullRequestPayload | undefined {
  const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: unknown } | null;
  const pullRequest = typeof payload === 'object' ? payload?.pull_request : undefined;
  return typeof pullRequest === 'object' && pullRequest !== null ? pullRequest : undefined;
}

/**
 * The head branch lives in another repository, or in one deleted since, or the payload does not say
 * which: its author may have no write access.
 */
function isFromFork(pullRequest: PullRequestPayload): boolean {
  const head = pullRequest.head?.repo?.full_name;
  const base = pullRequest.base?.repo?.full_name;
  return typeof head !== 'string' || typeof base !== 'string' || head !== base;
}

/**
 * Why this run's event must not use a secret, or undefined when it may. A pull_request payload that
 * cannot be read counts as a fork's: what cannot be told trusted is not.
 */
export function untrustedEvent(env: NodeJS.ProcessEnv): string | undefined {
  const eventName = env.GITHUB_EVENT_NAME;
  if (eventName === 'pull_request_target') return 'a pull_request_target event';
  if (eventName !== 'pull_request') return undefined;
  let pullRequest: PullRequestPayload | undefined;
  try {
    pullRequest = env.GITHUB_EVENT_PATH ? readPullRequestPayload(env.GITHUB_EVENT_PATH) : undefined;
  } catch {
    pullRequest = undefined;
  }
  if (pullRequest === undefined) return 'a pull_request event whose payload (GITHUB_EVENT_PATH) cannot be read, so it may come from a fork';
  return isFromFork(pullRequest) ? 'a pull_request event from a fork' : undefined;
}

/**
 * The one refusal message, or undefined when the secret may be used: on a trusted event, or when
 * the user turned on `allowLabel` (allow-pull-request-secrets, which names the one input).
 */
export function secretRefusal(env: NodeJS.ProcessEnv, secret: string, allowed: boolean, allowLabel: string): string | undefined {
  const why = allowed ? undefined : untrustedEvent(env);
  if (why === undefined) return undefined;
  return (
    `Not using ${secret} on ${why}: the pull request's code and files, which anyone may have written, would decide what is done with it. ` +
    `Run this on push, schedule or workflow_dispatch. To use it on such pull requests anyway (a review-app connection the pull request may change), turn on ${allowLabel}.`
  );
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * The deploy's rule, stricter than the trust rule: no deploy on any pull-request event, trusted or
 * not, since its files are not merged yet. allow-pull-request-deploy, a deliberate choice for a
 * review-app connection, lifts it, and with it the trust rule for the deploy.
 */
export function refuseDeployOnPullRequest(eventName: string | undefined, allowed: boolean): void {
  if (eventName && PULL_REQUEST_EVENTS.has(eventName) && !allowed) {
    throw new ConfigurationError(
      `Not deploying on a ${eventName} event: the pull request's mapping files are not merged yet, and a deploy from them would change the live connection. ` +
        'Deploy on push to the default branch or on workflow_dispatch. For a review-app connection the pull request may change, set allow-pull-request-deploy to true.',
    );
  }
}

/**
 * The operator commands' rule, the deploy's without its opt-in: pausing, resuming, restarting or
 * reloading a live connection is never a pull request's to do, trusted or not.
 */
export function refuseLiveChangeOnPullRequest(eventName: string | undefined, command: string): void {
  if (eventName && PULL_REQUEST_EVENTS.has(eventName)) {
    throw new ConfigurationError(
      `Not running ${command} on a ${eventName} event: it changes the live connection, which is not a pull request's to do. ` +
        'Run it on workflow_dispatch (or push or schedule), where the run is recorded with who started it.',
    );
  }
}
