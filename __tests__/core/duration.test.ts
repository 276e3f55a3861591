import { parseDuration } from '../../src/core/duration.js';

describe('parseDuration', () => {
  it('reads durations in s, m, h and d, and nothing else', () => {
    expect([parseDuration('90s'), parseDuration('30m'), parseDuration('2h'), parseDuration('1D')]).toEqual([90_000, 1_800_000, 7_200_000, 86_400_000]);
    expect([parseDuration('2'), parseDuration('h'), parseDuration('-1h'), parseDuration('1.5h')]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
