import { backoffMs, retryAfterMs } from '../../../src/core/http/retry.js';

describe('retry timing', () => {
  it('backs off exponentially with equal jitter, capped at 30 s', () => {
    expect([1, 2, 3, 6, 10].map((attempt) => backoffMs(attempt, () => 0))).toEqual([500, 1000, 2000, 15_000, 15_000]);
    expect([1, 2, 10].map((attempt) => backoffMs(attempt, () => 1))).toEqual([1000, 2000, 30_000]);
  });

  it('reads Retry-After in seconds or as an HTTP date, uncapped: the deadline decides', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Sun, 22 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('3600', now)).toBe(3_600_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  it('waits no time for a Retry-After date already past, and reads no other date format', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(retryAfterMs('Sun, 22 Nov 2026 09:59:00 GMT', now)).toBe(0);
    expect(retryAfterMs('2026-11-22T10:00:05Z', now)).toBeUndefined();
    expect(retryAfterMs('-3', now)).toBeUndefined();
  });
});
