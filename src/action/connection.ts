import { discoveryServerOf } from '../clients/connect/discovery.js';
import type { ConnectionOptions } from '../clients/connect/resolve.js';
import { systemClock } from '../core/http/clock.js';
import type { ActionIO } from './io.js';
import type { ActionDeps } from './shared.js';

/**
 * How the action's live stages (the live plan, drift and health) reach Heroku Connect: one deadline,
 * wait-timeout from now, for every call to every app, and the injected clock and fetch.
 */
export function liveConnection(io: Pick<ActionIO, 'env' | 'info'>, deps: Pick<ActionDeps, 'clock' | 'fetch'>, apiKey: string, waitTimeoutSeconds: number): ConnectionOptions & { deadline: number } {
  const clock = deps.clock ?? systemClock;
  return {
    apiKey,
    discoveryServer: discoveryServerOf(io.env),
    clock,
    deadline: runDeadline(deps, waitTimeoutSeconds),
    log: { info: (message) => io.info(message) },
    ...(deps.fetch && { fetch: deps.fetch }),
  };
}

/** When the run's remote calls must have ended (Heroku Connect's, GitHub's): wait-timeout from now. */
export function runDeadline(deps: Pick<ActionDeps, 'clock'>, waitTimeoutSeconds: number): number {
  return (deps.clock ?? systemClock).now() + waitTimeoutSeconds * 1000;
}
