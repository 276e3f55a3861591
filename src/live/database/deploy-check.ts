import { withDatabase } from '../../clients/postgres/database.js';
import { DeployFailure } from '../../core/errors.js';
import type { Clock } from '../../core/http/clock.js';
import { formatDuration } from '../../core/text.js';
import { compareTables, readSchemaTables, type TableFinding } from './drift.js';
import type { ExpectedTable } from './tables.js';

/** What the import must have made in the database: a table, a column, a system column. */
const MADE_BY_THE_IMPORT = new Set<TableFinding['kind']>(['table-missing', 'column-missing', 'system-column-missing']);

export interface TableWait {
  url: string;
  schema: string;
  clock: Clock;
  intervalMs: number;
  deadline: number;
  log: { info(message: string): void };
}

/**
 * Evidence that the import altered the tables: the tables of the mappings it changed, read again
 * every interval until each has its columns, within the deploy's deadline (Connect alters a table
 * after the mapping is saved, and a large one takes a while). Fails naming each table and column
 * that never came. One short session per look, so that no session stays open across the waits.
 */
export async function waitForTables(tables: readonly ExpectedTable[], wait: TableWait): Promise<void> {
  const started = wait.clock.now();
  const known = new Set(tables.map((table) => table.table));
  let said = -1;
  for (;;) {
    const missing = await withDatabase({ url: wait.url, deadline: wait.deadline, clock: wait.clock }, async (database) =>
      compareTables(tables, await readSchemaTables(database, wait.schema), wait.schema, known).filter((finding) => MADE_BY_THE_IMPORT.has(finding.kind)),
    );
    if (missing.length === 0) {
      wait.log.info(`The database has the table and every column of the ${tables.length} mapping(s) the import changed, in schema ${wait.schema}.`);
      return;
    }
    if (wait.clock.now() + wait.intervalMs >= wait.deadline) {
      const named = missing.slice(0, 10).map((finding) => (finding.column ? `${wait.schema}.${finding.table}.${finding.column}` : `table ${wait.schema}.${finding.table}`));
      const more = missing.length > named.length ? `, and ${missing.length - named.length} more` : '';
      throw new DeployFailure(
        `The import was applied, but after ${formatDuration(wait.clock.now() - started)} the database still lacks ${named.join(', ')}${more}: Heroku Connect did not alter the table(s) for the mapping(s) it changed. ` +
          'Check the mapping in the dashboard (a SCHEMA_CHANGED mapping is still altering), then deploy again.',
      );
    }
    // Said once, and again only when the number changes: a long wait is not a line per poll.
    if (missing.length !== said) wait.log.info(`Waiting for Heroku Connect to alter the tables: ${missing.length} column(s) or table(s) not there yet.`);
    said = missing.length;
    await wait.clock.sleep(wait.intervalMs);
  }
}
