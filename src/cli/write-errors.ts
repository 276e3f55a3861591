import { getChoice, getString } from '../action/inputs.js';
import { readWriteErrors } from '../connect/client.js';
import type { WriteError } from '../connect/types.js';
import { parseDuration, writeErrorsByTable, writeErrorsSince } from '../diagnose/write-errors.js';
import { ConfigurationError } from '../errors.js';
import { systemClock } from '../http/clock.js';
import { terminalText } from '../report/escape.js';
import { openConnection } from './diagnose.js';
import { cliSource, commandUsage, type ParsedCommand } from './options.js';
import { EXIT, type CliIO } from './shared.js';

/** `write-errors`: read only, one call. */
export async function writeErrorsCommand(parsed: ParsedCommand, io: CliIO): Promise<number> {
  if (parsed.values.help) {
    io.stdout.write(commandUsage('write-errors'));
    return EXIT.ok;
  }
  if (parsed.positionals.length > 0) throw new ConfigurationError(`write-errors takes no files ("${terminalText(parsed.positionals[0]!)}"): it reads the connection's write errors. Run heroku-connect-action write-errors --help for its options.`);
  const flags = cliSource('write-errors', parsed, io.env);
  const format = getChoice<'text' | 'json'>(flags, 'text-or-json') ?? 'text';
  const since = getString(flags, 'since');
  const sinceMs = parseDuration(since);
  if (sinceMs === undefined) throw new ConfigurationError(`--since is "${terminalText(since)}"; use a number with s, m, h or d, such as 2h.`);
  const live = await openConnection(flags, io);
  const all = await live.run((api, connection) => readWriteErrors(api, connection));
  const errors = writeErrorsSince(all, (io.clock ?? systemClock).now() - sinceMs);
  io.stdout.write(format === 'json' ? `${JSON.stringify(errors, null, 2)}\n` : formatWriteErrors(errors, since));
  return EXIT.ok;
}

function formatWriteErrors(errors: readonly WriteError[], since: string): string {
  if (errors.length === 0) return `No write errors in the last ${terminalText(since)}.\n`;
  const lines = [`${errors.length} write error(s) in the last ${terminalText(since)}:`];
  for (const [table, list] of writeErrorsByTable(errors)) {
    lines.push(`  ${terminalText(table)} (${list.length})`);
    for (const error of list) lines.push(`    ${terminalText(error.created_at)}  ${terminalText(error.record_id)}  ${terminalText(error.message)}`);
  }
  return `${lines.join('\n')}\n`;
}
