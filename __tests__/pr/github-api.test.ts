import { ConfigurationError } from '../../src/errors.js';
import { createGitHubApi } from '../../src/pr/github-api.js';
import { startGitHubStandIn } from '../../test-support/github-stand-in.js';

const TOKEN = 'ghs_LeakCanary0123456789abcdefABCDEF';

/** A fetch that records the URL it was asked for and answers 200 []. */
function recordingFetch(urls: string[]): typeof fetch {
  return async (input) => {
    urls.push(String(input));
    return new Response('[]', { status: 200 });
  };
}

describe('createGitHubApi', () => {
  it('is undefined without a token, so callers go to git', () => {
    expect(createGitHubApi({ token: undefined, env: {} })).toBeUndefined();
    expect(createGitHubApi({ token: '  ', env: {} })).toBeUndefined();
  });

  it('uses api.github.com by default and keeps the path of a GitHub Enterprise Server API URL', async () => {
    const urls: string[] = [];
    await createGitHubApi({ token: TOKEN, env: {}, fetchImpl: recordingFetch(urls) })!.request('GET', '/repos/a/b/pulls/1/files');
    await createGitHubApi({ token: TOKEN, env: { GITHUB_API_URL: 'https://ghe.example.com/api/v3/' }, fetchImpl: recordingFetch(urls) })!.request('GET', '/repos/a/b/pulls/1/files');
    expect(urls).toEqual(['https://api.github.com/repos/a/b/pulls/1/files', 'https://ghe.example.com/api/v3/repos/a/b/pulls/1/files']);
  });

  it('refuses to send the token in clear text, or a token fetch would quote in its error', () => {
    expect(() => createGitHubApi({ token: TOKEN, env: { GITHUB_API_URL: 'http://ghe.example.com/api/v3' } })).toThrow(ConfigurationError);
    expect(() => createGitHubApi({ token: 'two words', env: {} })).toThrow(ConfigurationError);
    expect(createGitHubApi({ token: TOKEN, env: { GITHUB_API_URL: 'http://127.0.0.1:9' } })).toBeDefined();
  });

  it('refuses a user name or password in GITHUB_API_URL, without quoting it', () => {
    expect(() => createGitHubApi({ token: TOKEN, env: { GITHUB_API_URL: 'https://me:s3cret@ghe.example.com/api/v3' } })).toThrow(
      'GITHUB_API_URL must not contain a user name or password; pass the token on its own.',
    );
  });

  it('says when no answer came in time, without the token', async () => {
    const slow: typeof fetch = async () => {
      throw Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
    };
    const api = createGitHubApi({ token: TOKEN, env: {}, fetchImpl: slow, timeoutMs: 5 })!;
    await expect(api.request('GET', `/repos/a/b?token=${TOKEN}`)).rejects.toThrow('GET https://api.github.com/repos/a/b?token=[token] got no answer: no answer within 5 ms');
  });
});

describe('the GitHub stand-in', () => {
  it('paginates like GitHub, with a Link header naming the neighbouring pages', async () => {
    const files = Array.from({ length: 5 }, (_, i) => ({ filename: `f${i}.json`, status: 'added' as const }));
    const server = await startGitHubStandIn({ token: TOKEN, owner: 'o', repo: 'r', pulls: { 1: files } });
    try {
      const response = await fetch(`${server.url}/repos/o/r/pulls/1/files?per_page=2&page=2`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      expect(((await response.json()) as { filename: string }[]).map((f) => f.filename)).toEqual(['f2.json', 'f3.json']);
      const link = (page: number, rel: string) => `<${server.url}/repos/o/r/pulls/1/files?per_page=2&page=${page}>; rel="${rel}"`;
      expect(response.headers.get('link')).toBe([link(3, 'next'), link(3, 'last'), link(1, 'first'), link(1, 'prev')].join(', '));
      const anonymous = await fetch(`${server.url}/repos/o/r/pulls/1/files`);
      expect(anonymous.status).toBe(401);
    } finally {
      await server.close();
    }
  });
});
