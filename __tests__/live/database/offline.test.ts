import { parseDatabaseUrl } from '../../../src/clients/postgres/database.js';
import { inNewRun, redactSecrets } from '../../../src/core/run-scope.js';
import { compareTables, type LiveTable } from '../../../src/live/database/drift.js';
import { expectedTables, schemaDdl } from '../../../src/live/database/tables.js';
import { healthMarkdown } from '../../../src/live/ops/render.js';
import type { HealthReport } from '../../../src/live/ops/run.js';
import { DescribeIndex } from '../../../src/lint/describe/types.js';
import { makeWorkspace, runCli } from '../../../test-support/harness.js';

const PASSWORD = 'p%40ss-Canary-81f';

describe('the database URL', () => {
  it.each([
    ['not a URL', 'nonsense', "The database URL is not a URL; use postgres://user:password@host:5432/database, as the app's DATABASE_URL config var has it."],
    ['another scheme', `mysql://u:${PASSWORD}@db.example.com/d`, 'The database URL starts with "mysql:"; use postgres://user:password@host:5432/database.'],
    ['no database', `postgres://u:${PASSWORD}@db.example.com`, 'The database URL lacks a host, a database name or a user; use postgres://user:password@host:5432/database.'],
    [
      'a parameter that reads files',
      `postgres://u:${PASSWORD}@db.example.com/d?sslcert=/etc/passwd&sslkey=x`,
      'The database URL has parameters this tool does not take: sslcert, sslkey. Only sslmode is read.',
    ],
    [
      'TLS off for a remote host',
      `postgres://u:${PASSWORD}@db.example.com/d?sslmode=disable`,
      'The database URL sets sslmode=disable for db.example.com; Heroku Postgres requires TLS, and this tool uses it for every host but this machine.',
    ],
    [
      'a password not percent-encoded',
      'postgres://u:50%-Canary@db.example.com/d',
      "The database URL's password has a % that is not followed by two hex digits; percent-encode it, as the app's DATABASE_URL config var has it.",
    ],
  ])('refuses %s without quoting it', (_name, url, message) =>
    inNewRun(async () => {
      expect(() => parseDatabaseUrl(url)).toThrow(message);
      expect(message).not.toContain('Canary');
    }),
  );

  it('registers a password that is not percent-encoded as it stands, before refusing it', () =>
    inNewRun(async () => {
      expect(() => parseDatabaseUrl('postgres://u:50%-Canary@db.example.com/d')).toThrow('has a % that is not followed by two hex digits');
      expect(redactSecrets('failed: 50%-Canary')).toBe('failed: [database password]');
    }));

  it('takes TLS for every host but this machine, verifying only when asked, and registers the password', () =>
    inNewRun(async () => {
      expect(parseDatabaseUrl(`postgres://u:${PASSWORD}@db.example.com:5433/d`).config).toMatchObject({
        host: 'db.example.com',
        port: 5433,
        database: 'd',
        user: 'u',
        password: 'p@ss-Canary-81f',
        ssl: { rejectUnauthorized: false, minVersion: 'TLSv1.2' },
      });
      expect(parseDatabaseUrl(`postgres://u:${PASSWORD}@db.example.com/d?sslmode=verify-full`).config.ssl).toEqual({ rejectUnauthorized: true, minVersion: 'TLSv1.2', servername: 'db.example.com' });
      expect(parseDatabaseUrl(`postgresql://u:${PASSWORD}@127.0.0.1/d`).config.ssl).toBe(false);
      expect(redactSecrets(`failed: p@ss-Canary-81f and postgres://u:${PASSWORD}@db.example.com:5433/d`)).toBe('failed: [database password] and [DATABASE_URL]');
    }));
});

const DOCUMENT = {
  mappings: [
    { object_name: 'User', config: { access: 'read_only', fields: { Id: {}, SystemModstamp: {}, Name: {} } } },
    {
      object_name: 'Order__c',
      config: {
        access: 'read_write',
        upsert_field: 'Ext__c',
        fields: { Id: {}, SystemModstamp: {}, Ext__c: {}, Notes__c: {}, Body__c: {}, Kind__c: {}, Blob__c: {} },
        indexes: { Kind__c: { unique: false }, Missing__c: { unique: false } },
      },
    },
  ],
};

describe('the tables Connect would create', () => {
  it('types each column from the describe data, says why a column is text, and names the indexes as Connect does', () => {
    const describe = new DescribeIndex();
    describe.add({
      name: 'Order__c',
      fields: [
        { name: 'Ext__c', type: 'string', length: 36 },
        { name: 'Notes__c', type: 'textarea', length: 32768 },
        { name: 'Kind__c', type: 'picklist', length: 40 },
        { name: 'Blob__c', type: 'base64' },
      ],
    });
    const ddl = schemaDdl(expectedTables(DOCUMENT, describe), 'sales"force');
    expect(ddl).toContain('CREATE SCHEMA IF NOT EXISTS "sales""force";');
    // User has no IsDeleted, so its table has no isdeleted column.
    expect(ddl).toContain(
      'CREATE TABLE "sales""force"."user" (\n  "id" serial PRIMARY KEY,\n  "sfid" varchar(18),\n  "systemmodstamp" timestamp,\n  "_hc_lastop" varchar(32),\n  "_hc_err" text,\n  "name" text -- no describe data: type unknown\n);',
    );
    expect(ddl).toContain('  "ext__c" varchar(36),');
    expect(ddl).toContain('  "notes__c" text, -- long text area of 32768: Connect may use varchar(32768)');
    expect(ddl).toContain('  "kind__c" varchar(255),');
    expect(ddl).toContain('  "blob__c" text -- Salesforce type base64: its column type is not documented');
    expect(ddl).toContain('CREATE UNIQUE INDEX "hcu_idx_order__c_sfid" ON "sales""force"."order__c" ("sfid");');
    expect(ddl).toContain('CREATE INDEX "hc_idx_order__c_kind__c" ON "sales""force"."order__c" ("kind__c");');
    expect(ddl).toContain('CREATE UNIQUE INDEX "hcu_idx_order__c_ext__c" ON "sales""force"."order__c" ("ext__c");');
    expect(ddl).toContain('-- No index hc_idx_order__c_missing__c: Missing__c is not mapped.');
    expect(ddl.startsWith('-- The tables Heroku Connect would create')).toBe(true);
    expect(ddl.endsWith('COMMIT;\n')).toBe(true);
  });

  it('schema prints a control character of a name in the files as an escape, never raw', async () => {
    const file = JSON.stringify({ mappings: [{ object_name: 'Evil\u001b[2J__c', config: { fields: { Id: {}, 'Name\u0007': {} } } }] });
    const result = await runCli(['schema', 'heroku-connect.json'], { cwd: makeWorkspace({ 'heroku-connect.json': file }) });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('-- Evil\\x1b[2J__c\nCREATE TABLE "salesforce"."evil\\x1b[2j__c" (');
    expect(result.stdout).toContain('  "name\\x07" text -- no describe data: type unknown\n);');
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('cuts an index name at 63 bytes, as PostgreSQL does', () => {
    const long = 'A'.repeat(40);
    const [table] = expectedTables({ mappings: [{ object_name: `${long}__c`, config: { fields: { [`${long}_Field__c`]: {} }, indexes: { [`${long}_Field__c`]: { unique: true } } } }] });
    const name = table!.indexes.at(-1)!.name;
    expect(Buffer.byteLength(name)).toBe(63);
    expect(name.startsWith(`hcu_idx_${long.toLowerCase()}`)).toBe(true);
  });

  it('accepts the upsert field unique index under any name, and names a table without the capture trigger', () => {
    const [, order] = expectedTables(DOCUMENT);
    const columns = [...order!.system, ...order!.columns].map((column) => column.name);
    const live = new Map<string, LiveTable>([
      [
        'order__c',
        {
          table: 'order__c',
          columns,
          triggers: [],
          indexes: ['hcu_idx_order__c_sfid', 'hc_idx_order__c_systemmodstamp', 'hc_idx_order__c_kind__c']
            .map((name): LiveTable['indexes'][number] => ({ name, unique: false, columns: [] }))
            .concat({ name: 'my_ext_key', unique: true, columns: ['ext__c'] }),
        },
      ],
    ]);
    const findings = compareTables([order!], live, 'salesforce', new Set(['order__c']));
    expect(findings.map((finding) => finding.difference)).toEqual([
      'Table salesforce.order__c has no trigger hc_order__c_logtrigger, which Heroku Connect puts on every table it makes: created by hand?',
    ]);
  });
});

describe('the health summary with a database', () => {
  it('keeps the failed writes within the budget and says how many were left out', () => {
    const listed = Array.from({ length: 200 }, (_, i) => ({
      table: 'contact',
      recordId: i,
      action: 'UPDATE',
      createdAt: '2026-12-01T00:00:00.000Z',
      message: `REQUIRED_FIELD_MISSING ${'x'.repeat(300)}`,
      source: 'archive' as const,
    }));
    const report: HealthReport = {
      healthy: false,
      apps: [
        {
          app: 'shop',
          resource: 'herokuconnect-shop',
          state: 'IDLE',
          mappings: [],
          writeErrors: [],
          notifications: [],
          problems: ['250 failed write(s) to Salesforce within since (250 in the trigger log, 0 more from the API), more than 0.'],
          healthy: false,
          acknowledged: 0,
          database: {
            schema: 'salesforce',
            failedWrites: { count: 250, listed },
            apiOnlyWriteErrors: 0,
            retention: { days: 31, goneBefore: '2026-11-01T00:00:00.000Z' },
            backlog: { count: 0 },
            failedRows: [{ object: 'Contact', table: 'contact', rows: 3 }],
            rowsNotCounted: [],
          },
        },
      ],
    };
    const markdown = healthMarkdown(report, 20_000);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(20_000);
    expect(markdown).toContain('- database schema salesforce: 250 failed write(s) in the trigger log within since; no write waiting');
    expect(markdown).toContain('- The trigger log keeps 31 days on this plan: failed writes before 2026-11-01T00:00:00.000Z are gone.');
    expect(markdown).toContain('- contact: 3 row(s) with _hc_lastop FAILED');
    expect(markdown).toMatch(/- \d+ more failed write\(s\) do not fit here; `heroku-connect-action health` lists them all\./);
    expect(markdown).toContain('- ❌ 250 failed write(s) to Salesforce within since');
  });
});
