import { ConfigurationError } from '../../../src/core/errors.js';
import { checkedCredential, checkedCredentialUrl, urlSegment } from '../../../src/core/http/safety.js';

const role = (name: string, hint?: string) => ({ name, credential: 'the API key', ...(hint !== undefined && { hint }) });

describe('checkedCredentialUrl', () => {
  it('takes https and loopback http, and refuses other http, credentials in the URL and non-URLs', () => {
    expect(checkedCredentialUrl('https://hc-central.heroku.com', role('x')).origin).toBe('https://hc-central.heroku.com');
    expect(checkedCredentialUrl('http://127.0.0.1:8080', role('x')).port).toBe('8080');
    expect(() => checkedCredentialUrl('http://hc-central.heroku.com', role('The server'))).toThrow(/The server "http:\/\/hc-central.heroku.com" does not use https/);
    expect(() => checkedCredentialUrl('https://user:pw@example.com', role('The server'))).toThrow(/must not contain a user name or password/);
    expect(() => checkedCredentialUrl('hc-central.heroku.com', role('The server'))).toThrow(/is not an absolute URL/);
  });

  it('takes every loopback name, and no other address or scheme over plain text', () => {
    for (const value of ['http://localhost:3000', 'http://[::1]:3000', 'http://127.0.0.1']) expect(() => checkedCredentialUrl(value, role('x'))).not.toThrow();
    for (const value of ['http://127.0.0.2', 'http://localhost.example.com', 'ftp://localhost', 'ws://127.0.0.1']) {
      expect(() => checkedCredentialUrl(value, role('x'))).toThrow(ConfigurationError);
    }
  });

  it('names the credential, ends with the hint where another URL is the fix, and never quotes a password', () => {
    const refusal = (value: string) => {
      try {
        checkedCredentialUrl(value, role('The server', 'Use the real one.'));
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error(`${value} was accepted`);
    };
    expect(refusal('nope')).toBe('The server "nope" is not an absolute URL. Use the real one.');
    expect(refusal('http://example.com/path?q=1')).toBe(
      'The server "http://example.com" does not use https; it must use https (or http to this machine) for the API key to be sent there. Use the real one.',
    );
    expect(refusal('https://user:s3cret@example.com')).toBe('The server must not contain a user name or password; pass the API key on its own.');
  });

  it('leaves the path and query to the caller', () => {
    expect(checkedCredentialUrl('https://ghe.example.com/api/v3/?x=1', role('x')).pathname).toBe('/api/v3/');
  });
});

describe('checkedCredential', () => {
  it('returns a credential that fits in a header', () => {
    expect(checkedCredential('HRKU-0123_abc.~!', 'The key', 'Pass it bare.')).toBe('HRKU-0123_abc.~!');
  });

  it('refuses an empty one, or one with spaces, line breaks or non-ASCII characters, without quoting it', () => {
    for (const value of ['', 'two words', 'line\nbreak', 'tab\there', 'clé', ' padded']) {
      let thrown: unknown;
      try {
        checkedCredential(value, 'The key', 'Pass it bare.');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ConfigurationError);
      expect((thrown as Error).message).toBe('The key is empty or contains spaces, line breaks or non-ASCII characters. Pass it bare.');
    }
  });
});

describe('urlSegment', () => {
  const refuse = (reason: string) => new ConfigurationError(`The name ${reason}.`);

  it('encodes a value into one segment that stays one segment once a URL is resolved', () => {
    for (const value of ['a/b', '%2e%2e', '..%2F', 'x?y#z', '. .', '...']) {
      const segment = urlSegment(value, refuse);
      expect(new URL(`https://example.com/base/${segment}/describe`).pathname).toBe(`/base/${segment}/describe`);
    }
    expect(urlSegment('Account', refuse)).toBe('Account');
  });

  it('refuses "", "." and "..", which a URL reads as steps in its path', () => {
    expect(() => urlSegment('..', refuse)).toThrow('The name is "..", which a URL reads as a step in its path.');
    expect(() => urlSegment('.', refuse)).toThrow('The name is ".", which a URL reads as a step in its path.');
    expect(() => urlSegment('', refuse)).toThrow('The name is empty.');
  });
});
