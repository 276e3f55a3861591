import { runInNewContext } from 'node:vm';
import { isTimeout, networkErrorText, networkFailure } from '../../src/http/network.js';

describe('network failures', () => {
  it('names the timeout in the unit the caller gives', () => {
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
    expect(isTimeout(timeout)).toBe(true);
    expect(networkFailure(timeout, '200 ms')).toBe('no answer within 200 ms');
    expect(networkFailure(timeout, '0.2 s')).toBe('no answer within 0.2 s');
  });

  it('adds the cause, since undici\'s own message says nothing', () => {
    const dropped = new TypeError('fetch failed', { cause: new Error('other side closed') });
    expect(isTimeout(dropped)).toBe(false);
    expect(networkErrorText(dropped)).toBe('fetch failed (other side closed)');
    expect(networkFailure(dropped, '1 s')).toBe('a network error: fetch failed (other side closed)');
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
