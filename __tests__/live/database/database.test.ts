import { createServer, type Server } from 'node:http';
import { withDatabase } from '../../../src/clients/postgres/database.js';
import type { StandInConnection } from '../../../src/stand-in/server.js';
import { FakeClock } from '../../../test-support/fake-clock.js';
import { makeWorkspace, runCli } from '../../../test-support/harness.js';
import { connectOwnTablesSql, logTriggerSql, PG_PASSWORD, startPostgres, withPostgres, type TestPostgres } from '../../../test-support/postgres.js';
import { closeStandIns, deployCli, EXAMPLE, KEY, standIn, type TimedStandIn } from '../deploy/support.js';

const ACCOUNT = { access: 'read_only', sf_notify_enabled: false, sf_polling_seconds: 600, fields: { Id: {}, SystemModstamp: {}, Name: {} }, indexes: { Name: { unique: false } } };
const CONTACT = {
  access: 'read_write',
  sf_notify_enabled: false,
  sf_polling_seconds: 600,
  upsert_field: 'External_Id__c',
  fields: { Id: {}, SystemModstamp: {}, LastName: {}, Email: {}, External_Id__c: {} },
  indexes: { External_Id__c: { unique: true } },
};
const FILE = `${JSON.stringify(
  {
    mappings: [
      { object_name: 'Account', config: ACCOUNT },
      { object_name: 'Contact', config: CONTACT },
    ],
    version: 1,
  },
  null,
  4,
)}\n`;
const CONNECTION: StandInConnection = {
  app: 'shop-staging',
  resource: 'herokuconnect-staging',
  mappings: [
    { object_name: 'Account', config: ACCOUNT },
    { object_name: 'Contact', config: CONTACT },
  ],
};
const DESCRIBE = JSON.stringify({
  name: 'Contact',
  fields: [
    { name: 'Id', type: 'id' },
    { name: 'LastName', type: 'string', length: 80 },
    { name: 'Email', type: 'email' },
    { name: 'External_Id__c', type: 'string', length: 40, externalId: true, unique: true },
    { name: 'SystemModstamp', type: 'datetime' },
  ],
});

let pg: TestPostgres;
let server: TimedStandIn;

const cli = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) => runCli(args, { cwd, env: { HEROKU_API_KEY: KEY, CONNECT_DISCOVERY_SERVER: server.url, ...env }, clock: server.clock });

withPostgres('the database checks, on a real PostgreSQL', () => {
  beforeAll(async () => {
    pg = await startPostgres();
    await pg.sql('CREATE DATABASE dev');
    await pg.sql('CREATE DATABASE live');
    await pg.sql('CREATE DATABASE deployed');
  });
  afterAll(async () => pg?.stop());
  beforeEach(async () => {
    server = await standIn({ connections: [CONNECTION] });
  });
  afterEach(closeStandIns);

  it('schema prints DDL that applies cleanly with every mapped column, and --apply refuses a Connect database', async () => {
    const workspace = makeWorkspace({ 'heroku-connect.json': FILE, 'describe/contact.json': DESCRIBE });
    const printed = await cli(['schema', 'heroku-connect.json', '--describe', 'describe/*.json'], workspace);
    expect(printed.exitCode).toBe(0);
    expect(printed.stdout).toContain('CREATE TABLE "salesforce"."contact" (');
    expect(printed.stdout).toContain('  "lastname" varchar(80),');
    expect(printed.stdout).toContain('  "email" varchar(80),');
    expect(printed.stdout).toContain('  "name" text -- no describe data: type unknown');
    expect(printed.stdout).toContain('CREATE UNIQUE INDEX "hcu_idx_contact_external_id__c" ON "salesforce"."contact" ("external_id__c");');
    expect(printed.stdout).toContain('CREATE INDEX "hc_idx_account_name" ON "salesforce"."account" ("name");');

    const applied = await cli(['schema', 'heroku-connect.json', '--describe', 'describe/*.json', '--apply', '--database-url', pg.url('dev')], workspace);
    expect(applied.stderr).toBe('');
    expect(applied).toMatchObject({ exitCode: 0, stdout: 'Created schema salesforce with 2 table(s) in 127.0.0.1:' + pg.port + '/dev.\n' });
    const { default: pgModule } = await import('pg');
    const client = new pgModule.Client({ connectionString: pg.url('dev') });
    await client.connect();
    const { rows } = await client.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'salesforce' ORDER BY table_name, ordinal_position",
    );
    await client.end();
    expect(rows.map((row) => `${row.table_name}.${row.column_name}`)).toEqual([
      'account.id',
      'account.sfid',
      'account.systemmodstamp',
      'account.isdeleted',
      'account._hc_lastop',
      'account._hc_err',
      'account.name',
      'contact.id',
      'contact.sfid',
      'contact.systemmodstamp',
      'contact.isdeleted',
      'contact._hc_lastop',
      'contact._hc_err',
      'contact.lastname',
      'contact.email',
      'contact.external_id__c',
    ]);

    await pg.sql(connectOwnTablesSql('salesforce'), 'dev');
    const refused = await cli(['schema', 'heroku-connect.json', '--apply'], workspace, { HEROKU_CONNECT_DATABASE_URL: pg.url('dev') });
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toBe(
      `heroku-connect-action: Schema salesforce of 127.0.0.1:${pg.port}/dev holds Connect's _trigger_log: it is a live Heroku Connect database, not a development one. --apply creates tables only where Connect is not.\n`,
    );
  });

  describe('against a Connect database that drifted', () => {
    beforeAll(async () => {
      const workspace = makeWorkspace({ 'heroku-connect.json': FILE });
      server = await standIn({ connections: [CONNECTION] });
      expect((await cli(['schema', 'heroku-connect.json', '--apply', '--database-url', pg.url('live')], workspace)).exitCode).toBe(0);
      await closeStandIns();
      await pg.sql(
        [
          connectOwnTablesSql('salesforce'),
          logTriggerSql('salesforce', 'account'),
          logTriggerSql('salesforce', 'contact'),
          'ALTER TABLE salesforce.contact DROP COLUMN email;',
          'DROP INDEX salesforce.hc_idx_account_name;',
          'ALTER TABLE salesforce.account ADD COLUMN phone varchar(40);',
          'CREATE TABLE salesforce.orders_by_hand (id serial PRIMARY KEY, total numeric);',
          "INSERT INTO salesforce._trigger_log_archive (id, created_at, state, action, table_name, record_id, sf_message) VALUES (7, now() - interval '3 days', 'FAILED', 'UPDATE', 'contact', 12, 'REQUIRED_FIELD_MISSING: Required fields are missing: [LastName]');",
          "INSERT INTO salesforce._trigger_log_archive (id, created_at, state, action, table_name, record_id, sf_message) VALUES (3, now() - interval '20 days', 'FAILED', 'INSERT', 'contact', 5, 'older than since');",
          "INSERT INTO salesforce._trigger_log (created_at, state, action, table_name, record_id) VALUES (now() - interval '2 hours', 'NEW', 'INSERT', 'contact', 13);",
          "INSERT INTO salesforce.contact (lastname, _hc_lastop) VALUES ('Failing', 'FAILED');",
        ].join('\n'),
        'live',
      );
    });

    it('drift names the missing column, the missing index and the hand-made table, at the mapping line, and exits 1', async () => {
      const workspace = makeWorkspace({ 'heroku-connect.json': FILE });
      const result = await cli(['drift', 'heroku-connect.json', '--app', 'shop-staging', '--database-url', pg.url('live')], workspace);
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain('  - heroku-connect.json:22: Table salesforce.contact has no column email for the mapped field Contact.Email.');
      expect(result.stdout).toContain("  - heroku-connect.json:4: Table salesforce.account has no index hc_idx_account_name, which the mapping's indexes ask for (Name).");
      expect(result.stdout).toContain('  - heroku-connect.json:4: Table salesforce.account has a column phone that no mapped field of Account explains.');
      expect(result.stdout).toContain('Schema salesforce has a table orders_by_hand that no mapping names: created by hand?');
      const json = JSON.parse((await cli(['drift', 'heroku-connect.json', '--app', 'shop-staging', '--database-url', pg.url('live'), '--format', 'json'], workspace)).stdout);
      expect(json.apps[0].drift.map((item: { kind: string; column?: string }) => `${item.kind} ${item.column ?? ''}`.trim())).toEqual([
        'column-left-over phone',
        'index-missing name',
        'column-missing email',
        'table-unknown',
      ]);
      expect(json.apps[0].drift[2]).toMatchObject({ at: { file: 'heroku-connect.json', line: 22 }, table: 'contact', field: 'Email', care: true });
    });

    it('health reports a failed write from three days ago and a stuck backlog, and exits 1', async () => {
      const result = await cli(['health', '--app', 'shop-staging', '--since', '7d', '--database-url', pg.url('live')], makeWorkspace());
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain('  database schema salesforce: 1 failed write(s) in the trigger log within since; 2 write(s) waiting, the oldest since');
      expect(result.stdout).toMatch(/ {2}failed write \S+Z contact record 12 UPDATE: REQUIRED_FIELD_MISSING: Required fields are missing: \[LastName\]\n/);
      expect(result.stdout).toContain('  contact: 1 row(s) with _hc_lastop FAILED\n');
      expect(result.stdout).toContain('  ! 1 failed write(s) to Salesforce within since (1 in the trigger log, 0 more from the API), more than 0.\n');
      expect(result.stdout).toContain('  ! 2 write(s) to Salesforce are waiting (NEW or PENDING); the oldest has waited 120 min');
      expect(result.stdout).not.toContain('older than since');
      const relaxed = await cli(['health', '--app', 'shop-staging', '--since', '1d', '--max-pending-age', '3h', '--database-url', pg.url('live')], makeWorkspace());
      expect(relaxed.exitCode).toBe(0);
    });

    it('says that failed writes past the retention are gone', async () => {
      const result = await cli(['health', '--app', 'shop-staging', '--since', '60d', '--max-write-errors', '5', '--max-pending-age', '1d', '--database-url', pg.url('live')], makeWorkspace());
      expect(result.stdout).toMatch(/The trigger log keeps 31 days on this plan: failed writes before \S+ are gone\./);
      expect(result.stdout).toContain('2 failed write(s) in the trigger log within since');
    });

    describe('database: auto', () => {
      let platform: Server;
      let answer: { status: number; body: string };
      const seen: { url?: string; authorization?: string; accept?: string }[] = [];
      beforeAll(async () => {
        platform = createServer((request, response) => {
          seen.push({ url: request.url!, authorization: request.headers.authorization!, accept: request.headers.accept! });
          response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
        });
        await new Promise<void>((resolve) => platform.listen(0, '127.0.0.1', resolve));
      });
      afterAll(async () => new Promise<void>((resolve) => platform.close(() => resolve())));
      const health = () =>
        cli(['health', '--app', 'shop-staging', '--since', '7d', '--database', 'auto'], makeWorkspace(), { HEROKU_PLATFORM_API: `http://127.0.0.1:${(platform.address() as { port: number }).port}` });

      it("reads the connection's db_key from the app's config vars with the same key, and never prints the URL", async () => {
        answer = { status: 200, body: JSON.stringify({ DATABASE_URL: pg.url('live'), OTHER: 'unrelated-secret-value' }) };
        const result = await health();
        expect(result.stdout).toContain('database schema salesforce: 1 failed write(s) in the trigger log within since');
        expect(seen.at(-1)).toEqual({ url: '/apps/shop-staging/config-vars', authorization: `Bearer ${KEY}`, accept: 'application/vnd.heroku+json; version=3' });
        expect(result.stderr).toBe('Reading the database URL of app "shop-staging" from its config var DATABASE_URL.\n');
        expect(result.stdout + result.stderr).not.toContain(PG_PASSWORD);
      });

      it.each([
        [
          'a value of the wrong type',
          { status: 200, body: JSON.stringify({ DATABASE_URL: 5, OTHER: 'unrelated-secret-value' }) },
          1,
          'is not what its API returns: DATABASE_URL is a number (5), where a string or null belongs.',
        ],
        ['a list', { status: 200, body: '["postgres://a:b@c/d"]' }, 1, 'the answer is a list, where an object belongs'],
        ['no such config var', { status: 200, body: '{}' }, 2, 'App "shop-staging" has no config var DATABASE_URL'],
        ['a refusal', { status: 403, body: '{"id":"forbidden","message":"You do not have access"}' }, 2, 'read-protected scope'],
      ])('refuses %s, naming what it got and no value', async (_name, given, exitCode, said) => {
        answer = given;
        const result = await health();
        expect(result.exitCode).toBe(exitCode);
        expect(result.stderr).toContain(said);
        expect(result.stdout + result.stderr).not.toContain('unrelated-secret-value');
        expect(result.stdout + result.stderr).not.toContain('postgres://a:b');
      });
    });
  });

  describe('the deploy, after its proof', () => {
    it('checks the tables of the mappings it changed, and fails naming the table and column that never came', async () => {
      const workspace = makeWorkspace({ 'heroku-connect.json': EXAMPLE });
      expect((await cli(['schema', 'heroku-connect.json', '--apply', '--database-url', pg.url('deployed')], workspace)).exitCode).toBe(0);
      const deployServer = await standIn();
      const deployed = await deployCli(workspace, deployServer, ['--no-diagnose', '--database-url', pg.url('deployed')]);
      expect(deployed.stderr).toContain('The database has the table and every column of the 2 mapping(s) the import changed, in schema salesforce.');
      expect(deployed.stdout).toContain('The database has the tables and columns of every mapping it changed.');
      expect(deployed.exitCode).toBe(0);

      await pg.sql('ALTER TABLE salesforce.account DROP COLUMN name', 'deployed');
      // A shorter wait: each look at the tables is a real session.
      const failed = await deployCli(workspace, await standIn(), ['--no-diagnose', '--wait-timeout', '8', '--database-url', pg.url('deployed')]);
      expect(failed.exitCode).toBe(1);
      expect(failed.stderr).toMatch(/the database still lacks salesforce\.account\.name: Heroku Connect did not alter the table\(s\) for the mapping\(s\) it changed\./);
      expect(failed.stdout + failed.stderr).not.toContain(PG_PASSWORD);
    });
  });

  it('fails as PostgreSQL does on a trigger log whose columns have other types, printing none of their values raw', async () => {
    await pg.sql('CREATE DATABASE odd');
    await pg.sql(
      [
        connectOwnTablesSql('salesforce'),
        'ALTER TABLE salesforce._trigger_log ALTER COLUMN record_id TYPE text;',
        'ALTER TABLE salesforce._trigger_log_archive ALTER COLUMN record_id TYPE text;',
        "INSERT INTO salesforce._trigger_log_archive (id, created_at, state, action, table_name, record_id) VALUES (1, now(), 'FAILED', 'UPDATE', 'contact', E'12\\u001b[2J');",
      ].join('\n'),
      'odd',
    );
    const result = await cli(['health', '--app', 'shop-staging', '--database-url', pg.url('odd')], makeWorkspace());
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/could not be asked to list the failed writes in salesforce\._trigger_log and salesforce\._trigger_log_archive: invalid input syntax for type integer: /);
    expect(result.stdout + result.stderr).not.toContain('\u001b');
  });

  it('ends each statement by the deadline, however late in the session it comes', async () => {
    const clock = new FakeClock();
    const session = withDatabase({ url: pg.url('live'), deadline: clock.now() + 2_000, clock }, async (database) => {
      await database.query('check the session', 'SELECT 1');
      clock.advance(1_950);
      return database.query('wait', 'SELECT pg_sleep(1)');
    });
    await expect(session).rejects.toMatchObject({ reason: 'hanging' });
  });

  describe('the URL is a secret', () => {
    const leaks = (text: string, password: string) => text.includes(password) || text.includes(encodeURIComponent(password));

    it.each([
      ['a wrong password', () => pg.url('live', 'Wrong-pw-91c2e'), 'Wrong-pw-91c2e', /password authentication failed for user "hca" \(SQLSTATE 28P01\)\.\n$/],
      ['a server that refuses TLS', () => `${pg.url('live')}?sslmode=require`, PG_PASSWORD, /The server does not support SSL connections\.\n$/],
      ['an unreachable server', () => `postgres://hca:${PG_PASSWORD}@127.0.0.1:1/live`, PG_PASSWORD, /ECONNREFUSED 127\.0\.0\.1:1\.\n$/],
    ])('never prints the password on %s', async (_name, url, password, said) => {
      const result = await cli(['health', '--app', 'shop-staging', '--database-url', url()], makeWorkspace());
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toMatch(/^heroku-connect-action: health failed: PostgreSQL at 127\.0\.0\.1:\d+\/live could not be asked to connect: /);
      expect(result.stderr).toMatch(said);
      expect(leaks(result.stdout + result.stderr, password)).toBe(false);
    });

    it("sends the URL's password and no other: not PGPASSWORD's when the URL has none", async () => {
      const saved = process.env.PGPASSWORD;
      process.env.PGPASSWORD = PG_PASSWORD;
      try {
        const result = await cli(['health', '--app', 'shop-staging', '--database-url', `postgres://hca@127.0.0.1:${pg.port}/live`], makeWorkspace());
        expect(result.exitCode).toBe(1);
        expect(result.stderr).toBe(
          `heroku-connect-action: health failed: PostgreSQL at 127.0.0.1:${pg.port}/live could not be asked to connect: SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a non-empty string.\n`,
        );
      } finally {
        if (saved === undefined) delete process.env.PGPASSWORD;
        else process.env.PGPASSWORD = saved;
      }
    });

    it('refuses the URL on a pull request from a fork, like the API key', async () => {
      const workspace = makeWorkspace({ 'event.json': JSON.stringify({ pull_request: { head: { repo: { full_name: 'fork/x' } }, base: { repo: { full_name: 'me/x' } } } }) });
      const result = await cli(['schema', 'x.json', '--apply'], workspace, {
        HEROKU_CONNECT_DATABASE_URL: pg.url('dev'),
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: `${workspace}/event.json`,
      });
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain('Not using the database URL on a pull_request event from a fork');
      expect(leaks(result.stderr, PG_PASSWORD)).toBe(false);
    });
  });
});
