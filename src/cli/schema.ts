import { describeAddress, withDatabase } from '../clients/postgres/database.js';
import { ConfigurationError } from '../core/errors.js';
import { systemClock } from '../core/http/clock.js';
import { terminalText } from '../core/output/escape.js';
import { getBoolean, getList, getSecret, getString, requireTrustedEventFor } from '../interface/inputs/read.js';
import { discover } from '../lint/discover.js';
import { loadDescribeFiles } from '../lint/describe/load.js';
import { expectedTables, quoted, schemaDdl } from '../live/database/tables.js';
import { mergeMappingFiles } from '../plan/document.js';
import { cliSource, PROGRAM, type ParsedCommand } from './options.js';
import { EXIT, type CliIO } from './shared.js';

/** How long --apply may take, connecting included: DDL for a few hundred tables is quick on an empty database. */
const APPLY_LIMIT_MS = 120_000;

/** `schema`: the DDL of the tables Connect would create, printed, or with --apply created in a development database. */
export async function schemaCommand(parsed: ParsedCommand, io: CliIO): Promise<number> {
  const flags = cliSource('schema', parsed, io.env);
  const apply = getBoolean(flags, 'apply');
  // Read (and registered as a secret) first, and refused on an untrusted event before any file is read.
  const url = apply ? getSecret(flags, 'database-url') : '';
  if (apply && url === '') throw new ConfigurationError('--apply needs the development database: --database-url <url> or HEROKU_CONNECT_DATABASE_URL.');
  if (apply) requireTrustedEventFor(flags, 'the database URL');
  if (parsed.positionals.length === 0) throw new ConfigurationError(`schema needs the mapping files. Run ${PROGRAM} schema --help for its options.`);
  const schema = getString(flags, 'schema-name');
  if (schema === '' || Buffer.byteLength(schema) > 63 || /[\u0000-\u001f]/.test(schema)) {
    throw new ConfigurationError(`--schema-name "${terminalText(schema)}" is not a PostgreSQL schema name: use 1 to 63 bytes without control characters, such as salesforce.`);
  }
  const { targets: files, unmatched } = await discover({ root: io.cwd, namedMayLeaveRoot: true }, parsed.positionals);
  for (const pattern of unmatched) io.stderr.write(`warning: No mapping file matches "${terminalText(pattern)}".\n`);
  const describe = await loadDescribeFiles(getList(flags, 'describe'), io.cwd, true);
  const tables = expectedTables(await mergeMappingFiles(files), describe.size > 0 ? describe : undefined);
  const ddl = schemaDdl(tables, schema);
  if (!apply) {
    // Line by line: the names come from the files, and a control character in one must not reach the terminal.
    io.stdout.write(ddl.split('\n').map(terminalText).join('\n'));
    return EXIT.ok;
  }
  const clock = io.clock ?? systemClock;
  const where = await withDatabase({ url, deadline: clock.now() + APPLY_LIMIT_MS, clock, writable: true }, async (database) => {
    const [found] = await database.query<{ log: string | null }>(`look for Connect's trigger log in schema ${schema}`, 'SELECT to_regclass($1)::text AS log', [`${quoted(schema)}._trigger_log`]);
    if (found?.log) {
      throw new ConfigurationError(
        `Schema ${schema} of ${describeAddress(database.address)} holds Connect's _trigger_log: it is a live Heroku Connect database, not a development one. --apply creates tables only where Connect is not.`,
      );
    }
    await database.query(`create the tables of schema ${schema}`, ddl);
    return describeAddress(database.address);
  });
  io.stdout.write(`Created schema ${terminalText(schema)} with ${tables.length} table(s) in ${terminalText(where)}.\n`);
  return EXIT.ok;
}
