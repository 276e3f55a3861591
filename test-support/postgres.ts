import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { quoted } from '../src/live/database/tables.js';

/**
 * A real PostgreSQL server for the database tests: initdb and pg_ctl into a temporary folder, on
 * 127.0.0.1 at a free port, with password (SCRAM) authentication, so that a wrong password is
 * refused as on Heroku. initdb refuses to run as root: as root, the server runs as the `postgres`
 * user (else `nobody`), which owns the folder. Without the binaries the tests skip with a message,
 * except under CI, where a missing server is a failure, not a skip.
 */

export const PG_USER = 'hca';
export const PG_PASSWORD = 'pg-Secret-pw-7f3a';

export interface TestPostgres {
  port: number;
  /** A URL to a database of the server (default `postgres`), with the password. */
  url(database?: string, password?: string): string;
  /** Runs SQL as the superuser (the fixtures' tables and rows), through pg itself. */
  sql(text: string, database?: string): Promise<void>;
  stop(): Promise<void>;
}

/** The folder of initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<version>/bin (the newest). */
export function postgresBin(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir !== '' && existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return undefined;
  const versions = readdirSync(debian)
    .filter((version) => existsSync(path.join(debian, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : path.join(debian, versions[0], 'bin');
}

const BIN = postgresBin();

/** `describe` when a server can be started here; else a skip with the reason said once. Under CI, a missing server fails. */
export const withPostgres = (name: string, fn: () => void): void => {
  if (BIN !== undefined) return describe(name, fn);
  if (process.env.CI) {
    return describe(name, () => {
      it('needs PostgreSQL', () => {
        throw new Error("CI is set, but no initdb was found on PATH or under /usr/lib/postgresql/*/bin: .ci/run installs Debian's postgresql.");
      });
    });
  }
  console.warn(`Skipping "${name}": no PostgreSQL binaries (initdb, pg_ctl) on PATH or under /usr/lib/postgresql/*/bin.`);
  return describe.skip(name, fn);
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The user the server runs as, when the tests run as root (initdb refuses root). */
function serverUser(): { name: string; uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    const id = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (id.status === 0 && gid.status === 0) return { name, uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
  }
  throw new Error('The tests run as root, and neither a postgres nor a nobody user exists to run PostgreSQL as.');
}

function run(user: ReturnType<typeof serverUser>, command: string, args: string[]): void {
  const [file, argv] = user ? ['runuser', ['-u', user.name, '--', command, ...args]] : [command, args];
  execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function startPostgres(): Promise<TestPostgres> {
  if (BIN === undefined) throw new Error('No PostgreSQL binaries: guard the tests with withPostgres.');
  const user = serverUser();
  const dir = mkdtempSync(path.join(tmpdir(), 'hca-pg-'));
  const data = path.join(dir, 'data');
  const pwfile = path.join(dir, 'pw');
  writeFileSync(pwfile, `${PG_PASSWORD}\n`);
  if (user) {
    chownSync(dir, user.uid, user.gid);
    chownSync(pwfile, user.uid, user.gid);
  }
  const port = await freePort();
  try {
    run(user, path.join(BIN, 'initdb'), ['-D', data, '-U', PG_USER, '--auth=scram-sha-256', `--pwfile=${pwfile}`, '-E', 'UTF8', '--no-sync', '--locale=C']);
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    run(user, path.join(BIN, 'pg_ctl'), ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`PostgreSQL did not start: ${stderr || String(error)}`);
  }
  const url = (database = 'postgres', password = PG_PASSWORD) => `postgres://${PG_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async sql(text, database) {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url(database) });
      await client.connect();
      try {
        await client.query(text);
      } finally {
        await client.end();
      }
    },
    async stop() {
      try {
        run(user, path.join(BIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * What Heroku Connect keeps in its schema besides the mapped tables, as its schemas show them: the
 * trigger log and its archive (the same columns), _hcmeta and _sf_event_log.
 */
export function connectOwnTablesSql(schema: string): string {
  const s = quoted(schema);
  const log = (table: string) => `CREATE TABLE ${s}.${quoted(table)} (
    id integer ${table === '_trigger_log' ? 'GENERATED BY DEFAULT AS IDENTITY' : 'NOT NULL'}, txid bigint, created_at timestamptz DEFAULT now(), updated_at timestamptz DEFAULT now(),
    processed_at timestamptz, processed_tx bigint, state varchar(8), action varchar(7), table_name varchar(128), record_id integer, sfid varchar(18),
    old text, "values" text, sf_result integer, sf_message text);`;
  return [
    `CREATE SCHEMA IF NOT EXISTS ${s};`,
    log('_trigger_log'),
    log('_trigger_log_archive'),
    `CREATE TABLE ${s}._hcmeta (id serial PRIMARY KEY, hcver integer, org_id varchar(50), details text);`,
    `CREATE TABLE ${s}._sf_event_log (id serial PRIMARY KEY, table_name varchar(128), action varchar(7), synced_at timestamptz DEFAULT now(), sf_timestamp timestamptz, sfid varchar(20), record text, processed boolean);`,
  ].join('\n');
}

/** Connect's capture trigger on a mapped table (its body reduced to the insert into the trigger log). */
export function logTriggerSql(schema: string, table: string): string {
  const logger = `${quoted(schema)}.${quoted(`hc_${table}_logger`)}`;
  return `CREATE FUNCTION ${logger}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN INSERT INTO ${quoted(schema)}._trigger_log (txid, created_at, state, action, table_name, record_id) VALUES (txid_current(), clock_timestamp(), 'NEW', TG_OP, TG_TABLE_NAME, NEW.id); RETURN NULL; END $$;
  CREATE TRIGGER ${quoted(`hc_${table}_logtrigger`)} AFTER INSERT OR UPDATE ON ${quoted(schema)}.${quoted(table)} FOR EACH ROW EXECUTE FUNCTION ${logger}();`;
}
