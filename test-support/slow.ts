/**
 * Tests that spawn npm or wait on the real clock take seconds each, and the guards titled "at scale"
 * (a path kept linear, on an input large enough that a quadratic one would take seconds) take a few
 * hundred milliseconds each: `npm test` leaves them out, to stay fast while editing, and .ci/run
 * runs them with HCA_SLOW_TESTS=1 on every submission.
 */
export const slowTests: typeof describe = process.env.HCA_SLOW_TESTS === '1' ? describe : describe.skip;
