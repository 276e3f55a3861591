import { startConnectStandIn, type ConnectStandIn, type StandInOptions } from '../src/stand-in/server.js';
import { rmSync } from 'node:fs';
import { makeWorkspace, runBuiltAction, runBuiltCli, type ActionResult, type ProcessResult } from './harness.js';

/**
 * Hostile answers through the built bundle: the Connect stand-in runs in the test's process on the
 * real clock with short timings, and the bundled action or CLI runs as GitHub or a user runs it,
 * pointed at it. A misbehaving answer is one `faults` rule (`answer`, `mutate`, `endless`, `hang`…).
 */

/** Distinctive, so that finding it anywhere in an output, a file or a request elsewhere is certain to be a leak. */
export const HOSTILE_KEY = 'HRKU-HostileCanary-7d2f0a91-4c3b-4e8a-9f61-answers0e2e';

export const HOSTILE_APP = 'shop-production';
export const HOSTILE_RESOURCE = 'herokuconnect-shop-12345';

let running: ConnectStandIn[] = [];

/** A stand-in for one app's connection (Account live with an older configuration), fast enough for real-clock runs. */
export async function hostileStandIn(options: Partial<StandInOptions> = {}): Promise<ConnectStandIn> {
  const server = await startConnectStandIn({
    apiKey: HOSTILE_KEY,
    connections: [
      {
        app: HOSTILE_APP,
        resource: HOSTILE_RESOURCE,
        plan: 'enterprise',
        apiVersion: '64.0',
        mappings: [{ object_name: 'Account', config: { access: 'read_only', sf_polling_seconds: 600, fields: { Id: {}, SystemModstamp: {}, Name: {} } } }],
      },
    ],
    timing: { lagMs: 100, importMs: 100, syncMs: 100, validationMs: 100 },
    ...options,
  });
  running.push(server);
  return server;
}

/** Closes the stand-ins a test started; for afterEach. */
export async function closeHostileStandIns(): Promise<void> {
  await Promise.all(running.map((server) => server.close()));
  running = [];
}

/** The built action with `command` (deploy unless given) against the stand-in. */
export function runBuiltActionAgainst(server: ConnectStandIn, workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<ActionResult> {
  return runBuiltAction(workspace, { app: HOSTILE_APP, 'heroku-api-key': HOSTILE_KEY, 'poll-interval': '1', 'wait-timeout': '15', ...inputs }, { CONNECT_DISCOVERY_SERVER: server.url, ...env });
}

/** The built CLI against the stand-in, with the key in HEROKU_API_KEY. */
export function runBuiltCliAgainst(server: ConnectStandIn, workspace: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<ProcessResult> {
  return runBuiltCli(args, { cwd: workspace, env: { HEROKU_API_KEY: HOSTILE_KEY, CONNECT_DISCOVERY_SERVER: server.url, ...env } });
}

/** Runs `fn` in a workspace holding `files`, removed afterwards however `fn` ends. */
export async function inWorkspace<T>(files: Record<string, string>, fn: (workspace: string) => Promise<T>): Promise<T> {
  const workspace = makeWorkspace(files);
  try {
    return await fn(workspace);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}
