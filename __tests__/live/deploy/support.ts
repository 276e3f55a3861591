import { FakeClock } from '../../../test-support/fake-clock.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startConnectStandIn, type ConnectStandIn, type StandInConnection, type StandInOptions } from '../../../src/stand-in/server.js';
import type { Clock } from '../../../src/core/http/clock.js';
import { REPO_ROOT, runAction, runCli, type ActionResult, type ProcessResult } from '../../../test-support/harness.js';
import { scratchFolder } from '../../../test-support/scratch.js';

/** Distinctive, so that finding it anywhere in an output is certain to be a leak. */
export const KEY = 'HRKU-LeakCanary-3c1e9f27-5b8d-4a6e-b0c4-deploy0e2e';

export const APP = 'shop-production';
export const RESOURCE = 'herokuconnect-shop-12345';

/** The app's connection: Account is live with an older configuration, Contact is live and in no file. */
export const CONNECTION: StandInConnection = {
  app: APP,
  resource: RESOURCE,
  plan: 'enterprise',
  apiVersion: '64.0',
  mappings: [
    { object_name: 'Account', config: { access: 'read_only', sf_polling_seconds: 600, fields: { Id: {}, SystemModstamp: {}, Name: {} } } },
    { object_name: 'Contact', config: { access: 'read_only', sf_polling_seconds: 600, fields: { Id: {}, SystemModstamp: {} } } },
  ],
};

/** The bundled example (Account and Property__c, lint-clean), exported from another connection. */
export const EXAMPLE = readFileSync(path.join(REPO_ROOT, 'examples/heroku-connect.json'), 'utf8');

/** A stand-in and the fake clock it shares with the deploy under test: its lag and syncing take no real time. */
export type TimedStandIn = ConnectStandIn & { clock: Clock };

let running: ConnectStandIn[] = [];

export async function standIn(options: Partial<StandInOptions> = {}): Promise<TimedStandIn> {
  const clock = new FakeClock();
  const server = await startConnectStandIn({ apiKey: KEY, connections: [CONNECTION], timing: { lagMs: 1200, importMs: 500, syncMs: 500 }, now: () => clock.now(), ...options });
  running.push(server);
  return Object.assign(server, { clock });
}

/** Closes the stand-ins a test started; for afterEach. */
export async function closeStandIns(): Promise<void> {
  await Promise.all(running.map((server) => server.close()));
  running = [];
}

/** Runs the action with deploy on, against the stand-in, polling every second of the stand-in's clock. */
export function deployAction(workspace: string, server: TimedStandIn, inputs: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}): Promise<ActionResult> {
  return runAction(
    workspace,
    { files: 'heroku-connect.json', deploy: 'true', app: APP, 'heroku-api-key': KEY, 'poll-interval': '1', 'wait-timeout': '20', ...inputs },
    { CONNECT_DISCOVERY_SERVER: server.url, ...env },
    { clock: server.clock },
  );
}

export function deployCli(workspace: string, server: TimedStandIn, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<ProcessResult> {
  // The backup goes to a folder the test file removes, unless the test names its own (the last --backup-dir wins).
  return runCli(['deploy', 'heroku-connect.json', '--app', APP, '--poll-interval', '1', '--wait-timeout', '20', '--backup-dir', scratchFolder('hca-backups-'), ...args], {
    cwd: workspace,
    env: { HEROKU_API_KEY: KEY, CONNECT_DISCOVERY_SERVER: server.url, ...env },
    clock: server.clock,
  });
}

/**
 * The key appears nowhere, but in the one command that asks the runner to mask it, which must come
 * before any other line of the log.
 */
export function expectNoKey(result: ProcessResult & Partial<ActionResult>): void {
  const lines = result.stdout.split('\n');
  const masks = lines.filter((line) => line === `::add-mask::${KEY}`);
  if (result.outputs !== undefined) {
    expect(masks).toHaveLength(1);
    expect(lines[0]).toBe(`::add-mask::${KEY}`);
  }
  const logged = lines.filter((line) => line !== `::add-mask::${KEY}`).join('\n');
  for (const [where, text] of Object.entries({ stdout: logged, stderr: result.stderr, outputs: JSON.stringify(result.outputs ?? {}), summary: result.summary ?? '' })) {
    expect({ where, leaked: text.includes(KEY) }).toEqual({ where, leaked: false });
  }
}

export const routes = (server: ConnectStandIn) => server.requests.map((request) => request.route ?? request.path);
