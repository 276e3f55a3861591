import type { Client, ClientConfig, QueryConfig } from 'pg';
import { ConfigurationError, errorMessage, RemoteFailure, type RemoteReason } from '../../core/errors.js';
import { systemClock, type Clock } from '../../core/http/clock.js';
import { redactSecrets, registerSecret } from '../../core/run-scope.js';

const SERVICE = 'PostgreSQL';

/** The most rows one query may answer; a query that can list more asks for fewer with LIMIT and says so. */
export const MAX_ROWS = 10_000;

/** Each statement's and the connection's own limit, within the run's deadline. */
const STATEMENT_LIMIT_MS = 30_000;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);

/** The sslmode values libpq takes; the URL may name one, and nothing weaker than TLS off loopback. */
const SSL_MODES = new Set(['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full']);

/** Where the URL points, without its credentials: what messages may name. */
export interface DatabaseAddress {
  host: string;
  port: number;
  database: string;
}

export interface DatabaseOptions {
  /** postgres://user:password@host:port/database, a secret: registered for redaction on reading. */
  url: string;
  /** Clock time by which every connection and statement ends. */
  deadline: number;
  clock?: Clock;
  /** Only `schema --apply` writes; every other session is read-only. */
  writable?: boolean;
}

/** One open session: each query is named by what it does, as the HTTP client names its calls. */
export interface Database {
  readonly address: DatabaseAddress;
  query<Row>(purpose: string, sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** Registers the URL and its password as secrets of the run (every message and file leaves them out); returns them, for the runner to mask. */
export function registerDatabaseUrl(url: string): string[] {
  const secrets = [url];
  try {
    const { password } = new URL(url);
    if (password !== '') secrets.push(password, percentDecoded(password) ?? password);
  } catch {
    // Not a URL: parseDatabaseUrl says so, without quoting it.
  }
  secrets.forEach((secret, i) => registerSecret(secret, i === 0 ? '[DATABASE_URL]' : '[database password]'));
  return [...new Set(secrets)];
}

/**
 * The connection settings of a database URL, parsed here rather than by pg: pg's own parser takes
 * query parameters such as `sslcert` that read files from this machine. Only `sslmode` is taken.
 * The URL is never quoted in a message: it holds the password.
 */
export function parseDatabaseUrl(url: string): { address: DatabaseAddress; config: ClientConfig & { password: string } } {
  registerDatabaseUrl(url);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigurationError("The database URL is not a URL; use postgres://user:password@host:5432/database, as the app's DATABASE_URL config var has it.");
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ConfigurationError(`The database URL starts with "${parsed.protocol}"; use postgres://user:password@host:5432/database.`);
  }
  const host = parsed.hostname;
  const database = decodedPart(parsed.pathname.replace(/^\//, ''), 'database name');
  const user = decodedPart(parsed.username, 'user');
  const password = decodedPart(parsed.password, 'password');
  if (host === '' || database === '' || user === '') {
    throw new ConfigurationError('The database URL lacks a host, a database name or a user; use postgres://user:password@host:5432/database.');
  }
  const port = parsed.port === '' ? 5432 : Number(parsed.port);
  const unknown = [...parsed.searchParams.keys()].filter((key) => key !== 'sslmode');
  if (unknown.length > 0) throw new ConfigurationError(`The database URL has parameters this tool does not take: ${[...new Set(unknown)].join(', ')}. Only sslmode is read.`);
  const mode = parsed.searchParams.get('sslmode') ?? '';
  if (mode !== '' && !SSL_MODES.has(mode)) throw new ConfigurationError(`The database URL's sslmode is "${mode}"; use require, verify-ca or verify-full.`);
  const loopback = LOOPBACK_HOSTS.has(host);
  if (!loopback && ['disable', 'allow'].includes(mode)) {
    throw new ConfigurationError(`The database URL sets sslmode=${mode} for ${host}; Heroku Postgres requires TLS, and this tool uses it for every host but this machine.`);
  }
  // Heroku Postgres certificates verify only with Enhanced Certificates: TLS without verification unless verify-* is asked.
  const tls = loopback ? ['require', 'verify-ca', 'verify-full'].includes(mode) : true;
  const ssl = tls ? { rejectUnauthorized: mode === 'verify-ca' || mode === 'verify-full', minVersion: 'TLSv1.2' as const, ...(mode === 'verify-full' && { servername: host }) } : false;
  const address = { host, port, database };
  return { address, config: { host: host.replace(/^\[(.*)\]$/, '$1'), port, database, user, password, ssl, application_name: 'heroku-connect-action' } };
}

/** The percent-decoded text, or undefined when a % in it is not followed by two hex digits. */
function percentDecoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** A part of the URL, percent-decoded; one that cannot be is the user's to fix, and is never quoted (it may be the password). */
function decodedPart(text: string, part: string): string {
  const decoded = percentDecoded(text);
  if (decoded === undefined) throw new ConfigurationError(`The database URL's ${part} has a % that is not followed by two hex digits; percent-encode it, as the app's DATABASE_URL config var has it.`);
  return decoded;
}

/** Where the database is, as messages name it: never its user or password. */
export function describeAddress(address: DatabaseAddress): string {
  return `${address.host}:${address.port}/${address.database}`;
}

/**
 * Opens one session on the database, runs `fn`, and always closes it. The session is read-only
 * (default_transaction_read_only) unless `writable`, and every statement ends within
 * STATEMENT_LIMIT_MS and the deadline, as the connection attempt does. Any failure comes out as one
 * line naming PostgreSQL and what it answered, the URL and its password taken out.
 */
export async function withDatabase<T>(options: DatabaseOptions, fn: (database: Database) => Promise<T>): Promise<T> {
  const { address, config } = parseDatabaseUrl(options.url);
  const clock = options.clock ?? systemClock;
  const left = () => Math.max(1, Math.min(STATEMENT_LIMIT_MS, options.deadline - clock.now()));
  if (options.deadline - clock.now() <= 0) throw new RemoteFailure(SERVICE, 'hanging', `${SERVICE} at ${describeAddress(address)} was not asked anything: no time was left before the deadline.`);
  const { default: pg } = await import('pg');
  // The password as a function: pg takes an empty one as none, and would send PGPASSWORD's or ~/.pgpass's to this host instead.
  const client: Client = new pg.Client({ ...config, password: () => config.password, connectionTimeoutMillis: left(), query_timeout: left() + 1000 });
  // An error after the session ends (the server going away) must not crash the run.
  client.on('error', () => undefined);
  try {
    await failingAs(address, 'connect', () => client.connect());
    const limit = Math.round(left());
    await failingAs(address, 'set up a read-only session', () =>
      client.query(
        `SET statement_timeout = ${limit}; SET lock_timeout = ${limit}; SET idle_in_transaction_session_timeout = ${limit}; SET default_transaction_read_only = ${options.writable ? 'off' : 'on'}`,
      ),
    );
    return await fn({
      address,
      query: async <Row>(purpose: string, sql: string, params: readonly unknown[] = []) => {
        // Each statement within what is left of the deadline now, not at the session's start: a session runs several.
        const statement: QueryConfig & { query_timeout: number } = { text: sql, values: [...params], query_timeout: left() };
        const result: unknown = await failingAs(address, purpose, () => client.query(statement));
        // Several statements in one text (the DDL) answer one result each: the last one's rows are the answer.
        const last = (Array.isArray(result) ? result.at(-1) : result) as { rows?: Row[] } | undefined;
        const rows = last?.rows ?? [];
        if (rows.length > MAX_ROWS)
          throw new RemoteFailure(SERVICE, 'answered', `${SERVICE} at ${describeAddress(address)} answered more than ${MAX_ROWS} rows when asked to ${purpose}; they were not read.`);
        return rows;
      },
    });
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The call, with any error of pg (or of the network under it) as one redacted line naming the database and what it was asked. */
async function failingAs<T>(address: DatabaseAddress, purpose: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof RemoteFailure || error instanceof ConfigurationError) throw error;
    const code = (error as { code?: unknown }).code;
    const sqlState = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
    // A new error without the original's cause or stack: pg's could carry the connection settings.
    const text = redactSecrets(errorMessage(error)).split('\n')[0]!.slice(0, 500);
    throw new RemoteFailure(SERVICE, reasonOf(text, sqlState), `${SERVICE} at ${describeAddress(address)} could not be asked to ${purpose}: ${text}${sqlState ? ` (SQLSTATE ${sqlState})` : ''}.`);
  }
}

function reasonOf(text: string, sqlState: string | undefined): RemoteReason {
  if (sqlState === '57014' || /timeout|timed out/i.test(text)) return 'hanging';
  return sqlState ? 'answered' : 'failing';
}
