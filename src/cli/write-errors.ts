import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readWriteErrors } from '../connect/client.js';
import type { WriteError } from '../connect/types.js';
import { parseDuration, writeErrorsByTable, writeErrorsSince } from '../diagnose/write-errors.js';
import { ConfigurationError } from '../errors.js';
import { systemClock } from '../http/clock.js';
import { terminalText } from '../report/escape.js';
import { openConnection } from './diagnose.js';
import { choice, EXIT, type CliIO } from './shared.js';

const OPTIONS = {
  app: { type: 'string' },
  resource: { type: 'string' },
  since: { type: 'string', default: '24h' },
  format: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

/** `write-errors`: read only, one call. */
export async function writeErrorsCommand(args: readonly string[], io: CliIO, usage: string): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: false, strict: true });
  if (values.help) {
    io.stdout.write(usage);
    return EXIT.ok;
  }
  const format = choice('--format', values.format, ['text', 'json'] as const);
  const sinceMs = parseDuration(values.since);
  if (sinceMs === undefined) throw new ConfigurationError(`--since is "${values.since}"; use a number with s, m, h or d, such as 2h.`);
  const live = await openConnection(values, io);
  const all = await live.run((api, connection) => readWriteErrors(api, connection));
  const errors = writeErrorsSince(all, (io.clock ?? systemClock).now() - sinceMs);
  io.stdout.write(format === 'json' ? `${JSON.stringify(errors, null, 2)}\n` : formatWriteErrors(errors, values.since));
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
