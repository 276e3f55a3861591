import { runInNewContext } from 'node:vm';
import { isTimeout, networkErrorText } from '../../../src/core/http/network.js';

describe('network failures', () => {
  it('tells a timeout from other failures', () => {
    expect(isTimeout(Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }))).toBe(true);
    expect(isTimeout(new DOMException('aborted', 'AbortError'))).toBe(false);
  });

  it("adds the cause, since undici's own message says nothing", () => {
    const dropped = new TypeError('fetch failed', { cause: new Error('other side closed') });
    expect(isTimeout(dropped)).toBe(false);
    expect(networkErrorText(dropped)).toBe('fetch failed (other side closed)');
    expect(networkErrorText(new Error('no cause'))).toBe('no cause');
  });

  it('reads errors from another realm, and values that are not errors', () => {
    const foreign = runInNewContext('new TypeError("fetch failed", { cause: new Error("ECONNREFUSED") })') as unknown;
    expect(foreign).not.toBeInstanceOf(Error);
    expect(networkErrorText(foreign)).toBe('fetch failed (ECONNREFUSED)');
    expect(isTimeout(runInNewContext('Object.assign(new Error("late"), { name: "TimeoutError" })'))).toBe(true);
    expect(networkErrorText('boom')).toBe('boom');
    expect(networkErrorText(null)).toBe('null');
    expect(isTimeout(undefined)).toBe(false);
  });
});
