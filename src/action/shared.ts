import type { Clock } from '../core/http/clock.js';

/** What the action takes from the world besides the runner's IO; tests pass a fake clock and their own fetch. */
export interface ActionDeps {
  clock?: Clock;
  fetch?: typeof fetch;
  cwd?: string;
}
