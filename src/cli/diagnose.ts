import { getChoice, getSecret, getString, oneApp, requireTrustedEventFor, type InputSource } from '../interface/inputs/read.js';
import { type ConnectApi, readDetail } from '../clients/connect/client.js';
import { discoveryServerOf } from '../clients/connect/discovery.js';
import { onConnection } from '../clients/connect/resolve.js';
import type { DiscoveredConnection } from '../clients/connect/types.js';
import { LEVEL_RANK } from '../core/types.js';
import { mergeMappingFiles } from '../plan/document.js';
import { diagnoseFindings, mappingPlaces, type Places } from '../live/diagnose/findings.js';
import { runDiagnose } from '../live/diagnose/run.js';
import { ConfigurationError, redactor } from '../core/errors.js';
import { DIAGNOSE_FORMATS } from '../interface/formats/registry.js';
import { systemClock } from '../core/http/clock.js';
import { discover } from '../lint/discover.js';
import type { FailOn } from '../lint/run.js';
import { terminalText } from '../core/output/escape.js';
import { cliSource, type ParsedCommand } from './options.js';
import { EXIT, liveFormat, readOnlyDeadline, type CliIO } from './shared.js';

const POLL_INTERVAL_MS = 2000;

/** `diagnose`: read only; the connection's diagnose, then each mapping's. */
export async function diagnoseCommand(parsed: ParsedCommand, io: CliIO): Promise<number> {
  const flags = cliSource('diagnose', parsed, io.env);
  const render = liveFormat(DIAGNOSE_FORMATS, flags, 'diagnose-format');
  const failOn = getChoice<FailOn>(flags, 'fail-on') ?? 'error';
  const clock = io.clock ?? systemClock;
  const deadline = readOnlyDeadline(parsed, flags, clock);
  const live = await openConnection(flags, io, deadline);
  const report = await live.run(async (api, connection) => {
    const files = parsed.positionals.length === 0 ? [] : (await discover({ root: io.cwd, namedMayLeaveRoot: true }, parsed.positionals)).targets;
    const named = files.length === 0 ? undefined : new Set((await mergeMappingFiles(files)).mappings.map((m) => m.object_name.toLowerCase()));
    const detail = await readDetail(api, connection);
    const mappings = detail.mappings.filter((mapping) => named === undefined || named.has(mapping.object_name.toLowerCase()));
    const places: Places = files.length === 0 ? { byObject: new Map() } : await mappingPlaces(files);
    const log = { info: (message: string) => io.stderr.write(`${terminalText(message)}\n`) };
    return diagnoseFindings(await runDiagnose(api, connection, mappings, { clock, intervalMs: POLL_INTERVAL_MS, deadline, log }), places);
  });
  io.stdout.write(await render(report));
  const fails = failOn !== 'never' && report.findings.some((finding) => LEVEL_RANK[finding.level] <= LEVEL_RANK[failOn]);
  return fails ? EXIT.findings : EXIT.ok;
}

export interface LiveConnection {
  /** Runs `fn` on the app's connection; an error comes out with the API key taken out. */
  run<T>(fn: (api: ConnectApi, connection: DiscoveredConnection) => Promise<T>): Promise<T>;
}

/** The app's connection for the read-only commands: the key from HEROKU_API_KEY, never a flag (shell history, process list). */
export async function openConnection(flags: InputSource, io: CliIO, deadline?: number): Promise<LiveConnection> {
  const app = oneApp(flags, 'This command');
  if (app === '') throw new ConfigurationError('--app is required: the Heroku app with the Heroku Connect add-on.');
  const resource = getString(flags, 'resource');
  const apiKey = getSecret(flags, 'heroku-api-key');
  if (apiKey === '') throw new ConfigurationError('Set HEROKU_API_KEY to a Heroku API key of a user with access to the app.');
  requireTrustedEventFor(flags, 'the Heroku API key');
  const redact = redactor(apiKey, '[HEROKU_API_KEY]');
  const log = { info: (message: string) => io.stderr.write(`${terminalText(redact(message))}\n`) };
  const options = {
    apiKey,
    discoveryServer: discoveryServerOf(io.env),
    log,
    ...(io.clock && { clock: io.clock }),
    ...(io.fetch && { fetch: io.fetch }),
    ...(deadline !== undefined && { deadline }),
  };
  return { run: (fn) => onConnection(options, { app, resource: resource || undefined }, fn) };
}
