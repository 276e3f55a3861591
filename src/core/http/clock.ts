/**
 * Time as the HTTP client and the deploy see it; injected so that tests of retries, timeouts and
 * waiting run on a fake clock, without real delays.
 */
export interface Clock {
  now(): number;
  /** Resolves after `ms`; rejects when `signal` aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A signal that aborts with a TimeoutError after `ms`: the limit of one request attempt. */
  timeout(ms: number): AbortSignal;
}

/** setTimeout's largest delay; a longer one overflows and fires after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: async (ms, signal) => {
    // Loaded by the first wait: a lint, which never waits, does not load it.
    const { setTimeout: delay } = await import('node:timers/promises');
    for (const step of timerSteps(ms)) await delay(step, undefined, signal ? { signal } : {});
  },
  timeout: (ms) => AbortSignal.timeout(Math.min(Math.max(0, ms), MAX_TIMER_MS)),
};

/** A wait as timer delays none of which overflows: as long as asked, not 1 ms. */
export function timerSteps(ms: number): number[] {
  const steps: number[] = [];
  for (let left = Math.max(0, ms); left > 0; left -= MAX_TIMER_MS) steps.push(Math.min(left, MAX_TIMER_MS));
  return steps;
}
