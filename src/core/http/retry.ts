const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 30_000;
const IMF_FIXDATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * Exponential backoff with "equal jitter": half of the step is fixed and half random, so that
 * requests failing together (parallel ones, or several clients) do not retry together. `attempt`
 * is the 1-based attempt that failed.
 */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. Not capped: the
 * request's deadline decides whether the wait fits, and a server asking for more is not asked early.
 */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  const value = header?.trim() ?? '';
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : IMF_FIXDATE.test(value) ? Date.parse(value) - now : Number.NaN;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}
