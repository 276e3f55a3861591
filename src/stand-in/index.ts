#!/usr/bin/env node
/**
 * Starts the Heroku Connect stand-in from the command line, for the demo or to try the CLI by hand:
 *
 *   node dist/stand-in/index.js [--port N] [--api-key KEY] [--scenario FILE.json]
 *                               [--lag-ms N] [--import-ms N] [--sync-ms N] [--quiet]
 *
 * The first line on stdout is `CONNECT_DISCOVERY_SERVER=<url>`; each request answered is logged on
 * stderr. A scenario file holds StandInOptions as JSON (connections, requireLink, timing, badConfig,
 * importNeverFinishes, partialImport, validation, validationNeverFinishes, validationForm, writeErrors,
 * pauseNeverTakesEffect, apiVersionChangeRefusal, reloadEndsIn, each connection's schemaDiff,
 * writeErrorsAfterImport, pageSize, maxPageSize, faults); without one, the demo scenario for
 * examples/heroku-connect.json runs.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { demoScenario } from './scenario.js';
import { startConnectStandIn, type StandInOptions } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'api-key': { type: 'string', default: 'stand-in-key' },
    scenario: { type: 'string' },
    'lag-ms': { type: 'string' },
    'import-ms': { type: 'string' },
    'sync-ms': { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
  strict: true,
});

const apiKey = values['api-key'];
const scenario: StandInOptions = values.scenario ? { apiKey, ...(JSON.parse(await readFile(values.scenario, 'utf8')) as Omit<StandInOptions, 'apiKey'>) } : demoScenario(apiKey);
const timing = { ...scenario.timing };
for (const [flag, key] of [
  ['lag-ms', 'lagMs'],
  ['import-ms', 'importMs'],
  ['sync-ms', 'syncMs'],
] as const) {
  if (values[flag] !== undefined) timing[key] = wholeNumber(flag, values[flag]);
}

const standIn = await startConnectStandIn({
  ...scenario,
  timing,
  port: wholeNumber('port', values.port),
  ...(!values.quiet && { log: (line: string) => process.stderr.write(`[stand-in] ${line}\n`) }),
});
process.stdout.write(`CONNECT_DISCOVERY_SERVER=${standIn.url}\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void standIn.close().then(() => process.exit(0)));
}

function wholeNumber(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) {
    process.stderr.write(`--${flag} is "${value}"; use a whole number.\n`);
    process.exit(2);
  }
  return Number(value);
}
