import { ConfigurationError } from '../../../src/core/errors.js';
import { createGitHubApi, describeGitHubError } from '../../../src/clients/github/github-api.js';
import { FakeClock } from '../../../test-support/fake-clock.js';
import { startGitHubStandIn } from '../../../test-support/github-stand-in.js';

const TOKEN = 'ghs_LeakCanary0123456789abcdefABCDEF';

/** A fetch that records the URL it was asked for and answers 200 []. */
function recordingFetch(urls: string[]): typeof fetch {
  return async (input) => {
    urls.push(String(input));
    return new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

describe('createGitHubApi', () => {
  it('is undefined without a token, so callers go to git', () => {
    expect(createGitHubApi({ token: undefined, env: {} })).toBeUndefined();
    expect(createGitHubApi({ token: '  ', env: {} })).toBeUndefined();
  });

  it('uses api.github.com by default and keeps the path of a GitHub Enterprise Server API URL', async () => {
    const urls: string[] = [];
    for (const env of [{}, { GITHUB_API_URL: 'https://ghe.example.com/api/v3/' }]) {
      const octokit = await createGitHubApi({ token: TOKEN, env, fetchImpl: recordingFetch(urls) })!.octokit();
      await octokit.rest.pulls.listFiles({ owner: 'a', repo: 'b', pull_number: 1 });
    }
    expect(urls).toEqual(['https://api.github.com/repos/a/b/pulls/1/files', 'https://ghe.example.com/api/v3/repos/a/b/pulls/1/files']);
  });

  it('checks each answer it reads against its shape, naming the field and the call, before a caller sees it', async () => {
    const answering =
      (body: unknown): typeof fetch =>
      async () =>
        Response.json(body);
    const files = await createGitHubApi({ token: TOKEN, env: {}, fetchImpl: answering([{ filename: 5, status: 'added' }]) })!.octokit();
    await expect(files.rest.pulls.listFiles({ owner: 'a', repo: 'b', pull_number: 1 })).rejects.toThrow(
      "GitHub's answer when asked to list the files of the pull request is not what its API returns: [0].filename is a number (5), where a string belongs.",
    );
    const issues = await createGitHubApi({ token: TOKEN, env: {}, fetchImpl: answering([{ number: '7' }]) })!.octokit();
    await expect(issues.rest.issues.listForRepo({ owner: 'a', repo: 'b' })).rejects.toThrow(/asked to list the open issues .*\[0\]\.number is a string, where a whole number belongs/);
    const fine = await createGitHubApi({ token: TOKEN, env: {}, fetchImpl: answering([{ number: 7, pull_request: null }]) })!.octokit();
    expect((await fine.rest.issues.listForRepo({ owner: 'a', repo: 'b' })).data).toEqual([{ number: 7, pull_request: null }]);
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

  it('says when no answer came in time, naming GitHub and the request, after the shared retries', async () => {
    let calls = 0;
    const slow: typeof fetch = async () => {
      calls++;
      throw Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
    };
    const api = createGitHubApi({ token: TOKEN, env: {}, fetchImpl: slow, timeoutMs: 5000, retries: 1, clock: new FakeClock() })!;
    const octokit = await api.octokit();
    const error = await octokit.rest.repos.get({ owner: 'a', repo: 'b' }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(describeGitHubError(error)).toBe('GitHub could not be asked to answer GET /repos/a/b: 2 attempts failed, the last with no answer within 5 s.');
    expect(calls).toBe(2);
  });

  it("ends every request by the run's deadline, however long GitHub hangs", async () => {
    const clock = new FakeClock();
    const deadline = clock.now() + 10_000;
    // Each attempt hangs until its timeout fires on the fake clock.
    const hanging: typeof fetch = async () => {
      clock.advance(30_000);
      throw Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
    };
    const octokit = await createGitHubApi({ token: TOKEN, env: {}, fetchImpl: hanging, clock, deadline })!.octokit();
    const error = await octokit.rest.repos.get({ owner: 'a', repo: 'b' }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(describeGitHubError(error)).toBe('GitHub could not be asked to answer GET /repos/a/b within the 10 s it had (hanging: no answer within 10 s).');
  });

  it('never sends the token to a next page on another host', async () => {
    const urls: string[] = [];
    const hostile: typeof fetch = async (input) => {
      urls.push(String(input));
      return new Response('[{"filename": "a.json", "status": "added"}]', {
        status: 200,
        headers: { 'content-type': 'application/json', link: '<https://evil.example/steal?page=2>; rel="next"' },
      });
    };
    const octokit = await createGitHubApi({ token: TOKEN, env: {}, fetchImpl: hostile, clock: new FakeClock() })!.octokit();
    const error = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: 'a', repo: 'b', pull_number: 1 }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(describeGitHubError(error)).toBe('GitHub pointed the request to answer GET /steal at another host, evil.example; the token was not sent there.');
    expect(urls).toEqual(['https://api.github.com/repos/a/b/pulls/1/files']);
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
