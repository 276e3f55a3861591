import type { Database } from '../../clients/postgres/database.js';
import type { WriteError } from '../../clients/connect/types.js';
import { quoted, tableName } from './tables.js';

/** The most failed writes listed; the count covers them all. */
export const MAX_FAILED_LISTED = 200;

/** The most characters of one sf_message read: Salesforce's messages are a line or two. */
const MESSAGE_CHARS = 1000;

/** How long the trigger log keeps processed entries: 7 days on the demo plan, 31 on the paid ones (Dev Center). */
export function retentionDays(plan: string | undefined): number {
  return plan === 'demo' ? 7 : 31;
}

export interface FailedWrite {
  table: string;
  recordId: number | null;
  action: string;
  /** ISO time the write was captured. */
  createdAt: string;
  message: string;
  /** The live trigger log or its archive. */
  source: 'live' | 'archive';
}

export interface DatabaseHealth {
  schema: string;
  /** Failed writes within `since`, from both trigger-log tables: how many, and the newest listed. */
  failedWrites: { count: number; listed: FailedWrite[] };
  /** The write errors the API gave that the trigger log did not list: counted once with it. */
  apiOnlyWriteErrors: number;
  /** The trigger log's retention, and when `since` reaches past it, from when on entries are gone. */
  retention: { days: number; goneBefore?: string };
  /** Writes waiting for Salesforce (NEW or PENDING), and how long the oldest has waited. */
  backlog: { count: number; oldest?: string; oldestAgeMs?: number };
  /** Rows whose _hc_lastop is FAILED, per mapped table that has the column. */
  failedRows: { object: string; table: string; rows: number }[];
  /** Mapped tables without a _hc_lastop column (or no table at all): their rows were not counted. */
  rowsNotCounted: string[];
}

interface FailedRow {
  source: 'live' | 'archive';
  id: number;
  table_name: string;
  record_id: number | null;
  action: string;
  created_at: Date;
  sf_message: string | null;
}

/**
 * What the database says about the writes to Salesforce: failed writes captured within `sinceMs`
 * (both tables: where FAILED entries stay is not documented), the backlog and its oldest entry, and
 * the rows in error. Ages are the database's own clock's, so no skew between machines counts.
 * Five statements plus one for the rows in error.
 */
export async function readDatabaseHealth(
  database: Database,
  schema: string,
  mappings: readonly { object_name: string }[],
  sinceMs: number,
  plan: string | undefined,
): Promise<Omit<DatabaseHealth, 'apiOnlyWriteErrors'>> {
  const s = quoted(schema);
  // The failed writes captured within $1 milliseconds: the same entries listed and counted.
  const failedSince = `state = 'FAILED' AND created_at >= now() - $1 * interval '1 millisecond'`;
  // Cast to the types Connect's trigger log has, so that a table of the same name with other types fails as PostgreSQL's error, not as a wrong value.
  const failedSql = (table: string, source: FailedRow['source']) =>
    `SELECT '${source}' AS source, id::integer AS id, table_name::text AS table_name, record_id::integer AS record_id, action::text AS action, created_at, left(sf_message::text, ${MESSAGE_CHARS}) AS sf_message
       FROM ${s}.${quoted(table)} WHERE ${failedSince}`;
  const rows = await database.query<FailedRow>(
    `list the failed writes in ${schema}._trigger_log and ${schema}._trigger_log_archive`,
    `${failedSql('_trigger_log', 'live')} UNION ALL ${failedSql('_trigger_log_archive', 'archive')} ORDER BY created_at DESC LIMIT $2`,
    [sinceMs, MAX_FAILED_LISTED * 2],
  );
  const [{ count }] = (await database.query<{ count: string }>(
    `count the failed writes in ${schema}'s trigger log`,
    `SELECT count(DISTINCT id) AS count FROM (SELECT id FROM ${s}._trigger_log WHERE ${failedSince} UNION ALL SELECT id FROM ${s}._trigger_log_archive WHERE ${failedSince}) AS failed`,
    [sinceMs],
  )) as [{ count: string }];
  // The archive keeps an entry's id; one seen in both tables is one write.
  const seen = new Set<number>();
  const listed = rows
    .filter((row) => !seen.has(row.id) && seen.add(row.id))
    .slice(0, MAX_FAILED_LISTED)
    .map((row) => ({ table: row.table_name, recordId: row.record_id, action: row.action, createdAt: row.created_at.toISOString(), message: row.sf_message ?? '', source: row.source }));
  const [backlog] = (await database.query<{ count: string; oldest: Date | null; age_ms: number | null }>(
    `count the writes waiting in ${schema}._trigger_log`,
    `SELECT count(*) AS count, min(created_at) AS oldest, (extract(epoch FROM now() - min(created_at)) * 1000)::float8 AS age_ms FROM ${s}._trigger_log WHERE state IN ('NEW', 'PENDING')`,
  )) as [{ count: string; oldest: Date | null; age_ms: number | null }];
  const days = retentionDays(plan);
  const retentionMs = days * 86_400_000;
  const [{ gone_before: goneBefore }] = (await database.query<{ gone_before: Date | null }>(
    'read the database clock',
    `SELECT CASE WHEN $1::float8 > $2::float8 THEN now() - $2 * interval '1 millisecond' END AS gone_before`,
    [sinceMs, retentionMs],
  )) as [{ gone_before: Date | null }];
  const { failedRows, rowsNotCounted } = await readFailedRows(database, schema, mappings);
  return {
    schema,
    failedWrites: { count: Number(count), listed },
    retention: { days, ...(goneBefore && { goneBefore: goneBefore.toISOString() }) },
    backlog: { count: Number(backlog.count), ...(backlog.oldest && { oldest: backlog.oldest.toISOString(), oldestAgeMs: Math.max(0, Math.round(backlog.age_ms ?? 0)) }) },
    failedRows,
    rowsNotCounted,
  };
}

/** Per mapped table with a _hc_lastop column, its rows in FAILED: one statement for the columns, one for the counts. */
async function readFailedRows(database: Database, schema: string, mappings: readonly { object_name: string }[]): Promise<Pick<DatabaseHealth, 'failedRows' | 'rowsNotCounted'>> {
  const tables = mappings.map((mapping) => ({ object: mapping.object_name, table: tableName(mapping.object_name) }));
  const withColumn = new Set(
    (
      await database.query<{ table: string }>(
        `find the mapped tables of ${schema} with a _hc_lastop column`,
        `SELECT c.relname::text AS table FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = $1 AND a.attname = '_hc_lastop' AND NOT a.attisdropped AND c.relname = ANY($2::text[])`,
        [schema, tables.map((table) => table.table)],
      )
    ).map((row) => row.table),
  );
  const counted = tables.filter((table) => withColumn.has(table.table));
  const rowsNotCounted = tables.filter((table) => !withColumn.has(table.table)).map((table) => table.object);
  if (counted.length === 0) return { failedRows: [], rowsNotCounted };
  const counts = await database.query<{ i: number; rows: string }>(
    `count the rows in error (_hc_lastop = 'FAILED') of ${schema}'s mapped tables`,
    counted.map((table, i) => `SELECT ${i} AS i, count(*) AS rows FROM ${quoted(schema)}.${quoted(table.table)} WHERE _hc_lastop = 'FAILED'`).join(' UNION ALL '),
  );
  const failedRows = counts.map(({ i, rows }) => ({ ...counted[i]!, rows: Number(rows) })).filter((table) => table.rows > 0);
  return { failedRows, rowsNotCounted };
}

/** The API's write errors that the trigger log did not list (by table and record id): they count once, with the database's. */
export function apiOnlyErrors(errors: readonly WriteError[], listed: readonly FailedWrite[]): number {
  const key = (table: string, record: string) => `${table.toLowerCase().split('.').at(-1)!}\u0000${record}`;
  const inLog = new Set(listed.map((write) => key(write.table, String(write.recordId))));
  return errors.filter((error) => !inLog.has(key(error.table_name, String(error.record_id)))).length;
}
