import { COMMENT_BUDGET_BYTES as COMMENT_LIMIT } from '../../src/core/output/budget.js';
import { commentMarker, upsertComment, type CommentRequest } from '../../src/pr/comment.js';
import { createGitHubApi, type GitHubApi } from '../../src/clients/github/github-api.js';
import { FakeClock } from '../../test-support/fake-clock.js';
import { startGitHubStandIn, STAND_IN_BOT, type GitHubStandIn, type GitHubStandInOptions } from '../../test-support/github-stand-in.js';

const TOKEN = 'ghs_LeakCanary0123456789abcdefABCDEF';
const MARKER = '<!-- heroku-connect-action:Lint%20mappings -->';

let standIn: GitHubStandIn | undefined;

afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

async function start(options: Partial<GitHubStandInOptions> = {}): Promise<{ server: GitHubStandIn; api: GitHubApi }> {
  const server = await startGitHubStandIn({ token: TOKEN, owner: 'acme', repo: 'maps', ...options });
  standIn = server;
  return { server, api: createGitHubApi({ token: TOKEN, env: { GITHUB_API_URL: server.url }, clock: new FakeClock() })! };
}

const comment = (body: string, extra: Partial<CommentRequest> = {}): CommentRequest => ({ owner: 'acme', repo: 'maps', issueNumber: 7, workflow: 'Lint mappings', body, ...extra });

describe('upsertComment', () => {
  it('creates one comment, then updates that same comment', async () => {
    const { server, api } = await start();
    const first = await upsertComment(api, comment('first report'));
    const second = await upsertComment(api, comment('second report'));
    expect(server.comments).toEqual([{ id: 1000, issue: 7, body: `${MARKER}\nsecond report`, user: STAND_IN_BOT }]);
    expect(first).toEqual({ action: 'created', id: 1000, url: 'https://github.com/acme/maps/pull/7#issuecomment-1000' });
    expect(second).toMatchObject({ action: 'updated', id: 1000 });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /repos/acme/maps/issues/7/comments?per_page=100',
      'POST /repos/acme/maps/issues/7/comments',
      'GET /repos/acme/maps/issues/7/comments?per_page=100',
      'PATCH /repos/acme/maps/issues/comments/1000',
    ]);
    expect(server.requests[1]!.body).toEqual({ body: `${MARKER}\nfirst report` });
  });

  it('keeps one comment per workflow', async () => {
    const { server, api } = await start();
    await upsertComment(api, comment('lint', { workflow: 'Lint mappings' }));
    await upsertComment(api, comment('deploy', { workflow: 'Deploy' }));
    await upsertComment(api, comment('lint again', { workflow: 'Lint mappings' }));
    await upsertComment(api, comment('deploy again', { workflow: 'Deploy' }));
    expect(server.comments.map((c) => c.body)).toEqual([`${MARKER}\nlint again`, '<!-- heroku-connect-action:Deploy -->\ndeploy again']);
  });

  it('finds its comment on a later page', async () => {
    const others = Array.from({ length: 150 }, (_, i) => ({ issue: 7, body: `comment ${i}`, user: { login: 'someone', type: 'User' as const } }));
    const { server, api } = await start({ comments: [...others, { issue: 7, body: `${MARKER}\nold`, user: STAND_IN_BOT }] });
    expect(await upsertComment(api, comment('new'))).toMatchObject({ action: 'updated', id: 1150 });
    expect(server.comments).toHaveLength(151);
    expect(server.requests.filter((r) => r.method === 'GET')).toHaveLength(2);
  });

  it("never takes over a person's comment that carries the marker, nor a bot's that only quotes it", async () => {
    const { server, api } = await start({
      comments: [
        { issue: 7, body: `${MARKER}\nI pasted this`, user: { login: 'mallory', type: 'User' } },
        { issue: 7, body: `> ${MARKER}\nquoted`, user: { login: 'other-bot[bot]', type: 'Bot' } },
        { issue: 8, body: `${MARKER}\nanother pull request`, user: STAND_IN_BOT },
      ],
    });
    expect(await upsertComment(api, comment('report'))).toMatchObject({ action: 'created' });
    expect(server.comments.map((c) => c.body)).toEqual([`${MARKER}\nI pasted this`, `> ${MARKER}\nquoted`, `${MARKER}\nanother pull request`, `${MARKER}\nreport`]);
  });

  it("takes a bot comment with the marker by user type, whatever the bot's name", async () => {
    const { server, api } = await start({ comments: [{ issue: 7, body: `${MARKER}\nold`, user: { login: 'my-app[bot]', type: 'Bot' } }] });
    expect(await upsertComment(api, comment('new'))).toMatchObject({ action: 'updated', id: 1000 });
    expect(server.comments.map((c) => c.body)).toEqual([`${MARKER}\nnew`]);
  });

  it("skips without throwing when the token is read-only, as a fork's is", async () => {
    const { server, api } = await start({ readOnly: true });
    expect(await upsertComment(api, comment('report'))).toEqual({ skipped: 'read-only token' });
    expect(server.comments).toEqual([]);
    expect(server.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
  });

  it('leaves an earlier comment as it is when the token has become read-only', async () => {
    const { server, api } = await start({ readOnly: true, comments: [{ issue: 7, body: `${MARKER}\nold`, user: STAND_IN_BOT }] });
    expect(await upsertComment(api, comment('report'))).toEqual({ skipped: 'read-only token' });
    expect(server.comments.map((c) => c.body)).toEqual([`${MARKER}\nold`]);
    expect(server.requests.map((r) => r.method)).toEqual(['GET', 'PATCH']);
  });

  it('only updates when asked not to create', async () => {
    const { server, api } = await start();
    expect(await upsertComment(api, comment('all clear', { create: false }))).toEqual({ skipped: 'no comment to update' });
    expect(server.comments).toEqual([]);
    await upsertComment(api, comment('findings'));
    expect(await upsertComment(api, comment('all clear', { create: false }))).toMatchObject({ action: 'updated' });
    expect(server.comments.map((c) => c.body)).toEqual([`${MARKER}\nall clear`]);
  });

  it('throws a clear message, without the token, on other failures', async () => {
    const { api } = await start({ faults: [{ path: /\/issues\/7\/comments$/, status: 500, message: `Server Error for Bearer ${TOKEN}` }] });
    const error = await upsertComment(api, comment('report')).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toBe(
      'GitHub refused to list the pull request comments (GitHub could not be asked to answer GET /repos/acme/maps/issues/7/comments: 6 attempts failed, the last with HTTP 500: Server Error for Bearer [token].).',
    );
  });

  it('throws on a 403 that is a rate limit, not a read-only token', async () => {
    const { api } = await start({ faults: [{ path: /\/issues\/7\/comments$/, status: 403, message: 'You have exceeded a secondary rate limit' }] });
    await expect(upsertComment(api, comment('report'))).rejects.toThrow('GitHub refused to list the pull request comments (HTTP 403: You have exceeded a secondary rate limit).');
  });

  it("cuts a body that would pass GitHub's limit at a line break, with a note, keeping the marker", async () => {
    const { server, api } = await start();
    const rows = Array.from({ length: 3000 }, (_, i) => `| row ${i} | ${'x'.repeat(20)} |`).join('\n');
    await upsertComment(api, comment(rows));
    const body = server.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT - 200);
    expect(body.startsWith(`${MARKER}\n| row 0 |`)).toBe(true);
    expect(body).toMatch(/\| row \d+ \| x{20} \|\n\n> The comment stops here: the full report did not fit in a comment\. The job summary has all of it\.\n$/);
  });

  it('leaves a body under the limit as it is', async () => {
    const { server, api } = await start();
    const body = 'y'.repeat(COMMENT_LIMIT - MARKER.length - 1);
    await upsertComment(api, comment(body));
    expect(server.comments[0]!.body).toBe(`${MARKER}\n${body}`);
  });
});

describe('commentMarker', () => {
  it('encodes the workflow name, so that no name can end the hidden HTML comment', () => {
    expect(commentMarker('CI --> <b>x</b>')).toBe('<!-- heroku-connect-action:CI%20--%3E%20%3Cb%3Ex%3C%2Fb%3E -->');
    expect(commentMarker('lint')).not.toBe(commentMarker('lint2'));
  });
});
