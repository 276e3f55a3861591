import { getBoolean, getSecret, readAppTargets, readDatabaseChoice, readHealthOptions, requireTrustedEventFor, type InputSource } from '../interface/inputs/read.js';
import type { AppTarget } from '../clients/connect/targets.js';
import { ConfigurationError } from '../core/errors.js';
import { COMPARE_FORMATS, DRIFT_FORMATS, HEALTH_FORMATS } from '../interface/formats/registry.js';
import { discover } from '../lint/discover.js';
import type { ConnectionOptions } from '../clients/connect/resolve.js';
import { runCompare, runDrift, runHealth } from '../live/ops/run.js';
import { terminalText } from '../core/output/escape.js';
import type { Command } from '../interface/commands/table.js';
import { cliSource, PROGRAM, type ParsedCommand } from './options.js';
import { EXIT, liveFormat, readOnlyConnection, type CliIO } from './shared.js';

/** `drift`: exit 1 when any app's live connection differs from the files. */
export async function driftCommand(parsed: ParsedCommand, io: CliIO): Promise<number> {
  const setup = start('drift', parsed, io);
  const { flags, targets, connection } = setup;
  const render = liveFormat(DRIFT_FORMATS, flags, 'drift-format');
  const { targets: files, unmatched } = await discover({ root: io.cwd, namedMayLeaveRoot: true }, parsed.positionals);
  for (const pattern of unmatched) io.stderr.write(`warning: No mapping file matches "${terminalText(pattern)}".\n`);
  const report = await runDrift(connection, targets, files, getBoolean(flags, 'write-back'), readDatabaseChoice(flags));
  io.stdout.write(await render(report));
  return report.drifted ? EXIT.findings : EXIT.ok;
}

/** `health`: exit 1 when any app's connection is unhealthy. */
export async function healthCommand(parsed: ParsedCommand, io: CliIO): Promise<number> {
  const setup = start('health', parsed, io);
  if (parsed.positionals.length > 0) throw new ConfigurationError(`health takes no files ("${terminalText(parsed.positionals[0]!)}"). Run ${PROGRAM} health --help for its options.`);
  const render = liveFormat(HEALTH_FORMATS, setup.flags, 'health-format');
  const report = await runHealth(setup.connection, setup.targets, readHealthOptions(setup.flags), readDatabaseChoice(setup.flags));
  io.stdout.write(await render(report));
  return report.healthy ? EXIT.ok : EXIT.findings;
}

/** `compare`: read only; exits 0 whenever it could compare. */
export async function compareCommand(parsed: ParsedCommand, io: CliIO): Promise<number> {
  const setup = start('compare', parsed, io);
  if (parsed.positionals.length > 0) throw new ConfigurationError(`compare takes no files ("${terminalText(parsed.positionals[0]!)}"): it compares two live connections.`);
  const render = liveFormat(COMPARE_FORMATS, setup.flags, 'compare-format');
  const report = await runCompare(setup.connection, setup.targets);
  io.stdout.write(await render(report));
  return EXIT.ok;
}

interface Setup {
  flags: InputSource;
  targets: AppTarget[];
  connection: ConnectionOptions;
}

/** The flags, the apps and the API key (from HEROKU_API_KEY, never a flag). */
function start(command: Command, parsed: ParsedCommand, io: CliIO): Setup {
  const flags = cliSource(command, parsed, io.env);
  const targets = readAppTargets(flags);
  if (targets.length === 0) throw new ConfigurationError(`--app is required: the Heroku app with the Heroku Connect add-on. Run ${PROGRAM} ${command} --help for its options.`);
  const apiKey = getSecret(flags, 'heroku-api-key');
  if (apiKey === '') throw new ConfigurationError('Set HEROKU_API_KEY to a Heroku API key of a user with access to the apps.');
  requireTrustedEventFor(flags, 'the Heroku API key');
  return { flags, targets, connection: readOnlyConnection(parsed, flags, io, apiKey) };
}
