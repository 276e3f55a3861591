import { setTimeout as delay } from 'node:timers/promises';

/** Time as the deploy sees it; injected so the tests of retries and waiting run without real delays. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => delay(ms),
};
