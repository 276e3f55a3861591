import { getString } from '../interface/inputs/read.js';
import { readWriteErrors } from '../clients/connect/client.js';
import { parseDuration } from '../core/duration.js';
import { writeErrorsSince } from '../live/diagnose/write-errors.js';
import { ConfigurationError } from '../core/errors.js';
import { WRITE_ERRORS_FORMATS } from '../interface/formats/registry.js';
import { systemClock } from '../core/http/clock.js';
import { terminalText } from '../core/output/escape.js';
import { openConnection } from './diagnose.js';
import { cliSource, type ParsedCommand } from './options.js';
import { EXIT, liveFormat, readOnlyDeadline, type CliIO } from './shared.js';

/** `write-errors`: read only, one call. */
export async function writeErrorsCommand(parsed: ParsedCommand, io: CliIO): Promise<number> {
  if (parsed.positionals.length > 0)
    throw new ConfigurationError(
      `write-errors takes no files ("${terminalText(parsed.positionals[0]!)}"): it reads the connection's write errors. Run heroku-connect-action write-errors --help for its options.`,
    );
  const flags = cliSource('write-errors', parsed, io.env);
  const render = liveFormat(WRITE_ERRORS_FORMATS, flags, 'write-errors-format');
  const since = getString(flags, 'since');
  const sinceMs = parseDuration(since);
  if (sinceMs === undefined) throw new ConfigurationError(`--since is "${terminalText(since)}"; use a number with s, m, h or d, such as 2h.`);
  // Its calls end within the read-only commands' time, as diagnose's do.
  const live = await openConnection(flags, io, readOnlyDeadline(parsed, flags, io.clock ?? systemClock));
  const all = await live.run((api, connection) => readWriteErrors(api, connection));
  const errors = writeErrorsSince(all, (io.clock ?? systemClock).now() - sinceMs);
  io.stdout.write(await render({ errors, since }));
  return EXIT.ok;
}
