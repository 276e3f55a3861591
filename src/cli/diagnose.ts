import { parseArgs, type ParseArgsConfig } from 'node:util';
import { connectApi, DEFAULT_DISCOVERY_SERVER, readDetail, type ConnectApi } from '../connect/client.js';
import { findConnection } from '../connect/resolve.js';
import type { DiscoveredConnection } from '../connect/types.js';
import { mergeMappingFiles } from '../deploy/document.js';
import { diagnoseFindings, mappingPlaces, type DiagnoseReport, type Places } from '../diagnose/findings.js';
import { runDiagnose } from '../diagnose/run.js';
import { ConfigurationError, redactedError, redactor } from '../errors.js';
import { systemClock, type Clock } from '../http/clock.js';
import { isLevel } from '../lint/levels.js';
import { discover } from '../lint/discover.js';
import { LEVEL_RANK } from '../lint/types.js';
import { terminalText } from '../report/escape.js';
import { choice, EXIT, type CliIO } from './shared.js';

const OPTIONS = {
  app: { type: 'string' },
  resource: { type: 'string' },
  'fail-on': { type: 'string', default: 'error' },
  'wait-timeout': { type: 'string', default: '300' },
  format: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

const POLL_INTERVAL_MS = 2000;

/** `diagnose`: read only; the connection's diagnose, then each mapping's. */
export async function diagnoseCommand(args: readonly string[], io: CliIO, usage: string): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout.write(usage);
    return EXIT.ok;
  }
  const format = choice('--format', values.format, ['text', 'json'] as const);
  const failOn = values['fail-on'].toLowerCase();
  if (failOn !== 'never' && !isLevel(failOn)) throw new ConfigurationError(`--fail-on is "${failOn}"; use error, warning, notice or never.`);
  const clock = io.clock ?? systemClock;
  const deadline = clock.now() + wholeSeconds('--wait-timeout', values['wait-timeout']) * 1000;
  const live = await openConnection(values, io, deadline);
  const report = await live.run(async (api, connection) => {
    const files = positionals.length === 0 ? [] : (await discover({ root: io.cwd, namedMayLeaveRoot: true }, positionals)).targets;
    const named = files.length === 0 ? undefined : new Set((await mergeMappingFiles(files)).mappings.map((m) => m.object_name.toLowerCase()));
    const detail = await readDetail(api, connection);
    const mappings = detail.mappings.filter((mapping) => named === undefined || named.has(mapping.object_name.toLowerCase()));
    const places: Places = files.length === 0 ? { byObject: new Map() } : await mappingPlaces(files);
    const log = { info: (message: string) => io.stderr.write(`${terminalText(message)}\n`) };
    return diagnoseFindings(await runDiagnose(api, connection, mappings, { clock, intervalMs: POLL_INTERVAL_MS, deadline, log }), places);
  });
  io.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatDiagnose(report));
  const fails = failOn !== 'never' && report.findings.some((finding) => LEVEL_RANK[finding.level] <= LEVEL_RANK[failOn as keyof typeof LEVEL_RANK]);
  return fails ? EXIT.findings : EXIT.ok;
}

function formatDiagnose(report: DiagnoseReport): string {
  const { errors, warnings, passes, skips } = report.counts;
  const lines = report.findings.map((f) => {
    const where = f.file === '' ? terminalText(f.object ?? 'connection') : `${terminalText(f.file)}:${f.line}:${f.column}`;
    return `${where} ${f.level} ${terminalText(f.ruleId)}: ${terminalText(f.message)}`;
  });
  lines.push(`Heroku Connect diagnose: ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped.`);
  return `${lines.join('\n')}\n`;
}

export interface LiveConnection {
  /** Runs `fn` on the app's connection; an error comes out with the API key taken out. */
  run<T>(fn: (api: ConnectApi, connection: DiscoveredConnection) => Promise<T>): Promise<T>;
}

/** The app's connection for the read-only commands: the key from HEROKU_API_KEY, never a flag (shell history, process list). */
export async function openConnection(values: { app?: string | undefined; resource?: string | undefined }, io: CliIO, deadline?: number): Promise<LiveConnection> {
  const app = values.app ?? '';
  if (app === '') throw new ConfigurationError('--app is required: the Heroku app with the Heroku Connect add-on.');
  const apiKey = io.env.HEROKU_API_KEY?.trim() ?? '';
  if (apiKey === '') throw new ConfigurationError('Set HEROKU_API_KEY to a Heroku API key of a user with access to the app.');
  const redact = redactor(apiKey, '[HEROKU_API_KEY]');
  const log = { info: (message: string) => io.stderr.write(`${terminalText(redact(message))}\n`) };
  return {
    run: async (fn) => {
      try {
        const api = connectApi({
          apiKey,
          discoveryServer: io.env.CONNECT_DISCOVERY_SERVER || DEFAULT_DISCOVERY_SERVER,
          log,
          ...(io.clock && { clock: io.clock as Clock }),
          ...(io.fetch && { fetch: io.fetch }),
          ...(deadline !== undefined && { deadline }),
        });
        return await fn(api, await findConnection(api, app, values.resource, log));
      } catch (error) {
        throw redactedError(error, redact);
      }
    },
  };
}

export function wholeSeconds(flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 86_400) throw new ConfigurationError(`${flag} is "${value}"; use a whole number of seconds from 1 to 86400.`);
  return Number(value);
}
