import { createServer, type Server } from 'node:http';
import { closeHostileStandIns, HOSTILE_APP, HOSTILE_KEY, hostileStandIn, inWorkspace, runBuiltActionAgainst, runBuiltCliAgainst } from '../../test-support/hostile-remote.js';
import { PG_PASSWORD, startPostgres, withPostgres, type TestPostgres } from '../../test-support/postgres.js';

afterEach(closeHostileStandIns);

/** Distinctive, so that finding it anywhere in an output is a leak. */
const CANARY = 'Db-Canary-5e1b0c7a';
/** Every output of a run, without the runner's mask commands (which name the secrets to mask). */
const everything = (result: { stdout: string; stderr: string; summary?: string; outputs?: Record<string, string> }) =>
  [result.stdout.replace(/^::add-mask::.*$/gm, ''), result.stderr, result.summary ?? '', JSON.stringify(result.outputs ?? {})].join('\n');

/** A Platform API that answers every config-vars request with `body`, and records what it was sent. */
async function platformAnswering(body: string): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const server: Server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url} ${request.headers.authorization === `Bearer ${HOSTILE_KEY}` ? 'with the key' : 'without the key'}`);
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, seen, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

withPostgres('the built CLI and action with a database URL', () => {
  let pg: TestPostgres;
  beforeAll(async () => {
    pg = await startPostgres();
  });
  afterAll(async () => pg?.stop());

  it.each([
    ['a wrong password', () => pg.url('postgres', CANARY), /password authentication failed/],
    ['a server that refuses TLS', () => `postgres://hca:${CANARY}@127.0.0.1:${pg.port}/postgres?sslmode=require`, /does not support SSL/],
    ['an unreachable host', () => `postgres://hca:${CANARY}@127.0.0.1:1/postgres`, /ECONNREFUSED/],
  ])('never prints the password on %s, in the CLI or the action', async (_name, url, said) => {
    const server = await hostileStandIn();
    await inWorkspace({}, async (workspace) => {
      const cli = await runBuiltCliAgainst(server, workspace, ['health', '--app', HOSTILE_APP], { HEROKU_CONNECT_DATABASE_URL: url() });
      expect(cli.exitCode).toBe(1);
      expect(cli.stderr).toMatch(said);
      expect(everything(cli)).not.toContain(CANARY);
      const action = await runBuiltActionAgainst(server, workspace, { command: 'health', 'database-url': url() });
      expect(action.stdout).toContain(`::add-mask::${url()}`);
      expect(action.stdout).toMatch(said);
      expect(action.stdout).toContain(`::add-mask::${CANARY}`);
      expect(everything(action)).not.toContain(CANARY);
    });
  });

  it('refuses a hostile config-vars answer without printing any value in it', async () => {
    const platform = await platformAnswering(JSON.stringify({ DATABASE_URL: { url: `postgres://hca:${CANARY}@evil.example/db` }, OTHER: CANARY }));
    const server = await hostileStandIn();
    try {
      const result = await inWorkspace({}, (workspace) => runBuiltCliAgainst(server, workspace, ['health', '--app', HOSTILE_APP, '--database', 'auto'], { HEROKU_PLATFORM_API: platform.url }));
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toContain('is not what its API returns: DATABASE_URL is an object, where a string or null belongs.');
      expect(everything(result)).not.toContain(CANARY);
      expect(platform.seen).toEqual([`GET /apps/${HOSTILE_APP}/config-vars with the key`]);
    } finally {
      await platform.close();
    }
  });

  it('masks a URL read from the config vars, and sends it nowhere but the database', async () => {
    const url = pg.url('postgres', CANARY);
    const platform = await platformAnswering(JSON.stringify({ DATABASE_URL: url }));
    const server = await hostileStandIn();
    try {
      const result = await inWorkspace({}, (workspace) => runBuiltActionAgainst(server, workspace, { command: 'health', database: 'auto' }, { HEROKU_PLATFORM_API: platform.url }));
      expect(result.stdout).toContain(`::add-mask::${url}`);
      expect(result.stdout).toContain(`::add-mask::${CANARY}`);
      expect(everything(result)).not.toContain(CANARY);
      expect(server.requests.map((request) => JSON.stringify(request))).not.toContain(CANARY);
    } finally {
      await platform.close();
    }
  });

  it('refuses the URL on an untrusted pull-request event, before connecting', async () => {
    const server = await hostileStandIn();
    await inWorkspace({ 'event.json': JSON.stringify({ pull_request: { head: { repo: { full_name: 'someone/fork' } }, base: { repo: { full_name: 'owner/repo' } } } }) }, async (workspace) => {
      const result = await runBuiltActionAgainst(
        server,
        workspace,
        { command: 'health', 'database-url': pg.url('postgres', PG_PASSWORD), 'allow-pull-request-secrets': 'false' },
        { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: `${workspace}/event.json` },
      );
      expect(result.stdout).toContain('Not using the Heroku API key on a pull_request_target event');
      expect(everything(result)).not.toContain(PG_PASSWORD);
      const cli = await runBuiltCliAgainst(server, workspace, ['schema', 'none.json', '--apply'], {
        HEROKU_CONNECT_DATABASE_URL: pg.url('postgres', PG_PASSWORD),
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: `${workspace}/event.json`,
      });
      expect(cli.exitCode).toBe(2);
      expect(cli.stderr).toContain('Not using the database URL on a pull_request event from a fork');
    });
  });
});
