import type { Clock } from '../src/core/http/clock.js';

/**
 * A clock for tests that moves only when slept on (a sleep returns at once, the time moved on by
 * as much), or when told to. Attempt timeouts are timers on it: they fire when the time passes them.
 */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  private timers: { at: number; controller: AbortController }[] = [];

  private current: number;
  private readonly started: number;

  constructor(start = Date.parse('2026-11-22T10:00:00Z')) {
    this.current = start;
    this.started = start;
  }

  now(): number {
    return this.current;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    this.sleeps.push(ms);
    this.advance(ms);
  }

  timeout(ms: number): AbortSignal {
    const controller = new AbortController();
    this.timers.push({ at: this.current + ms, controller });
    return controller.signal;
  }

  advance(ms: number): void {
    this.current += ms;
    const due = this.timers.filter((timer) => timer.at <= this.current);
    this.timers = this.timers.filter((timer) => timer.at > this.current);
    for (const { controller } of due) controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
  }

  /**
   * Moves the time on to the timeout of the request made last, firing it: what a request that never
   * gets an answer waits for. (Earlier requests' timers stay behind, answered or not.)
   */
  timeOutLatestRequest(): void {
    const latest = this.timers.at(-1);
    if (latest) this.advance(Math.max(0, latest.at - this.current));
  }

  /** Time elapsed since the clock was made. */
  get elapsed(): number {
    return this.current - this.started;
  }
}
