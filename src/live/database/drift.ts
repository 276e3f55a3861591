import { MAX_ROWS, type Database } from '../../clients/postgres/database.js';
import { RemoteFailure } from '../../core/errors.js';
import { CONNECT_OWN_TABLES, type ExpectedTable } from './tables.js';

/** What a table check found, by kind; `column-left-over` is information, the rest are drift. */
export type TableCheckKind = 'table-missing' | 'column-missing' | 'system-column-missing' | 'column-left-over' | 'index-missing' | 'upsert-index-missing' | 'table-unknown' | 'trigger-missing';

export interface TableFinding {
  kind: TableCheckKind;
  object: string;
  table: string;
  field?: string;
  column?: string;
  difference: string;
  consequence: string;
  care: boolean;
  /** Information, not drift: it does not make drift exit 1. */
  info?: boolean;
}

/** One table of the schema as the catalog shows it. */
export interface LiveTable {
  table: string;
  columns: string[];
  indexes: { name: string; unique: boolean; columns: string[] }[];
  triggers: string[];
}

/** The most tables of one schema read; a schema with more is refused rather than half read. */
const MAX_TABLES = 2000;

/**
 * The schema's tables, their columns, indexes and triggers, from pg_catalog in three statements
 * (readable by any user that can log in, a follower's or a read-only credential included). The
 * indexes and triggers ask for one row more than a query may answer, so that too many is refused.
 */
export async function readSchemaTables(database: Database, schema: string): Promise<Map<string, LiveTable>> {
  const tables = await database.query<{ table: string; columns: string[] }>(
    `read the tables of schema ${schema}`,
    `SELECT c.relname::text AS table,
            array(SELECT a.attname::text FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS columns
       FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') ORDER BY c.relname LIMIT $2`,
    [schema, MAX_TABLES + 1],
  );
  if (tables.length > MAX_TABLES) throw new RemoteFailure('PostgreSQL', 'answered', `Schema ${schema} has more than ${MAX_TABLES} tables; its tables were not compared.`);
  const indexes = await database.query<{ table: string; name: string; unique: boolean; columns: string[] }>(
    `read the indexes of schema ${schema}`,
    `SELECT t.relname::text AS table, i.relname::text AS name, x.indisunique AS unique,
            array(SELECT a.attname::text FROM unnest(x.indkey) k JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = k) AS columns
       FROM pg_catalog.pg_index x
       JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
       JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 LIMIT $2`,
    [schema, MAX_ROWS + 1],
  );
  const triggers = await database.query<{ table: string; name: string }>(
    `read the triggers of schema ${schema}`,
    `SELECT t.relname::text AS table, g.tgname::text AS name
       FROM pg_catalog.pg_trigger g JOIN pg_catalog.pg_class t ON t.oid = g.tgrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND NOT g.tgisinternal LIMIT $2`,
    [schema, MAX_ROWS + 1],
  );
  const byName = new Map<string, LiveTable>(tables.map(({ table, columns }) => [table, { table, columns, indexes: [], triggers: [] }]));
  for (const { table, ...index } of indexes) byName.get(table)?.indexes.push(index);
  for (const { table, name } of triggers) byName.get(table)?.triggers.push(name);
  return byName;
}

/**
 * The schema against the tables the files would make: a missing table, column, system column or
 * index is drift; a column no mapped field explains is information; a table no mapping names, or a
 * mapped table without Connect's trigger, is drift ("created by hand?"). `known` names every
 * table a mapping explains, the live connection's included.
 */
export function compareTables(expected: readonly ExpectedTable[], live: ReadonlyMap<string, LiveTable>, schema: string, known: ReadonlySet<string>): TableFinding[] {
  const findings: TableFinding[] = [];
  for (const table of expected) {
    const at = `${schema}.${table.table}`;
    const found = live.get(table.table);
    const base = { object: table.object, table: table.table };
    if (!found) {
      findings.push({
        ...base,
        kind: 'table-missing',
        difference: `The database has no table ${at} for the ${table.object} mapping.`,
        consequence: 'Heroku Connect creates it when the mapping is created; until then nothing of it syncs. Check the mapping state, and that the connection uses this database and schema.',
        care: true,
      });
      continue;
    }
    const columns = new Set(found.columns);
    for (const column of table.system) {
      if (columns.has(column.name)) continue;
      findings.push({
        ...base,
        column: column.name,
        kind: 'system-column-missing',
        difference: `Table ${at} has no ${column.name} column, one of the columns Heroku Connect gives every table it makes.`,
        consequence: 'Connect does not replace an existing table: one made by hand or by an ORM breaks the sync. Let Connect create the table.',
        care: true,
      });
    }
    for (const column of table.columns) {
      if (columns.has(column.name)) continue;
      findings.push({
        ...base,
        field: column.field!,
        column: column.name,
        kind: 'column-missing',
        difference: `Table ${at} has no column ${column.name} for the mapped field ${table.object}.${column.field}.`,
        consequence: 'The field has nowhere to sync to. Saving the mapping (or deploying the files) makes Connect alter the table; a deploy still waiting for it has not finished.',
        care: true,
      });
    }
    const explained = new Set([...table.system, ...table.columns].map((column) => column.name));
    for (const column of found.columns) {
      if (explained.has(column)) continue;
      findings.push({
        ...base,
        column,
        kind: 'column-left-over',
        difference: `Table ${at} has a column ${column} that no mapped field of ${table.object} explains.`,
        consequence: 'Information: a field no longer mapped leaves its column (whether Connect drops it is not documented), or an app added it.',
        care: false,
        info: true,
      });
    }
    for (const index of table.indexes) {
      if (!columns.has(index.column)) continue;
      const byName = found.indexes.some((live) => live.name === index.name);
      const uniqueOnColumn = found.indexes.some((live) => live.unique && live.columns.length === 1 && live.columns[0] === index.column);
      if (byName || (index.upsert && uniqueOnColumn)) continue;
      findings.push({
        ...base,
        ...(index.field !== undefined && { field: index.field }),
        column: index.column,
        kind: index.upsert ? 'upsert-index-missing' : 'index-missing',
        difference: index.upsert
          ? `Table ${at} has no unique index on ${index.column}, the upsert field ${table.object}.${index.field}; Connect names it ${index.name}.`
          : `Table ${at} has no index ${index.name}${index.field === undefined ? '' : `, which the mapping's indexes ask for (${index.field})`}.`,
        consequence: index.upsert
          ? "Writes to Salesforce match records on the upsert field; add it to the mapping's indexes as unique and save the mapping so that Connect builds the index."
          : 'Connect builds the indexes of a mapping when it is saved; one missing was never built, or was dropped by hand. Save the mapping again.',
        care: index.upsert === true,
      });
    }
    const logTrigger = `hc_${table.table}_logtrigger`;
    if (!found.triggers.includes(logTrigger)) {
      findings.push({
        ...base,
        kind: 'trigger-missing',
        difference: `Table ${at} has no trigger ${logTrigger}, which Heroku Connect puts on every table it makes: created by hand?`,
        consequence: 'Without it, writes to the table are not captured for Salesforce. Connect does not replace an existing table: let Connect create it (rename this one away first).',
        care: true,
      });
    }
  }
  const own = new Set<string>(CONNECT_OWN_TABLES);
  for (const table of live.keys()) {
    if (own.has(table) || known.has(table)) continue;
    findings.push({
      object: table,
      table,
      kind: 'table-unknown',
      difference: `Schema ${schema} has a table ${table} that no mapping names: created by hand?`,
      consequence: 'Heroku warns that a table made by hand (or by an ORM) in the Connect schema breaks the sync when a mapping of that name is created. Keep your own tables in another schema.',
      care: false,
    });
  }
  return findings;
}
