import { RemoteFailure } from '../../../src/core/errors.js';
import { HEALTH_LABEL, syncHealthIssue } from '../../../src/live/ops/issue.js';
import { createGitHubApi } from '../../../src/clients/github/github-api.js';
import { FakeClock } from '../../../test-support/fake-clock.js';
import { GITHUB_BODY_LIMIT_CHARS, startGitHubStandIn, type GitHubStandIn } from '../../../test-support/github-stand-in.js';
import { rejection } from '../../../test-support/harness.js';

const TOKEN = 'ghs_IssueCanary0123456789abcdefABCDEF';
const ENV = { GITHUB_REPOSITORY: 'acme/maps' };

let server: GitHubStandIn | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: Partial<Parameters<typeof startGitHubStandIn>[0]> = {}) {
  server = await startGitHubStandIn({ token: TOKEN, owner: 'acme', repo: 'maps', ...options });
  return { server, api: createGitHubApi({ token: TOKEN, env: { GITHUB_API_URL: server.url }, clock: new FakeClock(), retries: 0 })! };
}

describe('syncHealthIssue', () => {
  it("keeps a body over GitHub's limit within it, cut at a line with a note, when opening and when closing", async () => {
    const { server, api } = await start();
    const report = Array.from({ length: 5000 }, (_, i) => `- ❌ problem ${i}: ${'z'.repeat(30)}`).join('\n');
    expect(await syncHealthIssue(api, ENV, false, report)).toEqual({ action: 'opened', number: 1 });
    const body = server.issues[0]!.body;
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT_CHARS);
    expect(body).toMatch(/- ❌ problem \d+: z{30}\n\n> The report stops here: the rest did not fit in an issue\. The job summary has more, and `heroku-connect-action health` lists it all\.\n$/);
    expect(server.issues[0]!.labels).toEqual([HEALTH_LABEL]);
    expect(await syncHealthIssue(api, ENV, true, report)).toEqual({ action: 'closed', number: 1 });
    expect(server.comments[0]!.body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT_CHARS);
    expect(server.comments[0]!.body.startsWith('Healthy again: closing.\n\n- ❌ problem 0:')).toBe(true);
  });

  it('reports GitHub refusing a write as one remote failure naming what it asked, without the token', async () => {
    const { api } = await start({ faults: [{ path: /\/issues$/, status: 422, message: 'Validation Failed' }] });
    const error = await rejection(syncHealthIssue(api, ENV, false, 'report'));
    expect(error).toBeInstanceOf(RemoteFailure);
    expect(error.message).toBe('GitHub refused to list the open health issue (HTTP 422: Validation Failed).');
  });
});
