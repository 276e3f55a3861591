import { changeApiVersion, connectionAction, readDetail, reloadMapping, type ConnectApi } from '../../clients/connect/client.js';
import { judgeConnection, judgeMapping } from '../../clients/connect/states.js';
import { liveApiVersion, type ConnectionDetail, type DiscoveredConnection, type MappingDetail, type SchemaDiff, type SchemaDiffMapping } from '../../clients/connect/types.js';
import { DeployFailure } from '../../core/errors.js';
import { formatDuration } from '../../core/text.js';
import { describeMapping, waitForState, type PollOptions, type WaitLog } from './wait.js';

/**
 * The connection's lifecycle steps, each an action and a wait for the state that shows it took
 * effect, on the deploy's polls: the deploy's API-version change runs them in order, and the
 * operator commands (pause, resume, restart, reload) one each.
 */

/** One step as the summary shows it: when it started (ms since the run began), how long it took, and what showed it. */
export interface LifecycleStep {
  name: string;
  startedAtMs: number;
  tookMs: number;
  outcome: string;
  failed?: boolean;
}

export interface StepContext {
  api: ConnectApi;
  connection: DiscoveredConnection;
  poll: PollOptions;
  log: WaitLog;
  /** Every step run, in order, for the summary. */
  steps: LifecycleStep[];
  /** When the run began, for the steps' start times. */
  started: number;
}

/** Runs `body` as a step: it is recorded with its time, failed or not. */
export async function step<T>(context: StepContext, name: string, body: () => Promise<{ value: T; outcome: string }>): Promise<T> {
  const { clock } = context.poll;
  const at = clock.now();
  const entry: LifecycleStep = { name, startedAtMs: at - context.started, tookMs: 0, outcome: '' };
  context.steps.push(entry);
  try {
    const { value, outcome } = await body();
    entry.outcome = outcome;
    return value;
  } catch (error) {
    entry.failed = true;
    entry.outcome = error instanceof Error ? error.message : String(error);
    throw error;
  } finally {
    entry.tookMs = clock.now() - at;
  }
}

/** A connection state that rules out what is awaited: an error state, said with its meaning and remedy. */
function failOnBlocked(detail: ConnectionDetail, app: string, awaited: string, allowed: readonly string[] = []): void {
  const verdict = judgeConnection(detail.state, app);
  if (verdict.kind === 'blocked' && !allowed.includes(detail.state)) {
    throw new DeployFailure(`While waiting for ${awaited}, the connection went into ${detail.state}: ${verdict.meaning}. ${verdict.remedy}`);
  }
}

/** Pauses the connection (which must be IDLE) and waits for PAUSED. */
export async function pause(context: StepContext): Promise<ConnectionDetail> {
  return step(context, 'pause', async () => {
    await connectionAction(context.api, context.connection, 'pause');
    context.log.info('Asked Heroku Connect to pause the connection; waiting for PAUSED.');
    const detail = await waitForState(context.poll, {
      awaited: 'the connection to be PAUSED',
      judge: (read) => {
        if (read.state === 'PAUSED') return read;
        failOnBlocked(read, context.poll.app, 'PAUSED');
        return undefined;
      },
    });
    return { value: detail, outcome: 'the connection is PAUSED' };
  });
}

/** States that show a resumed or restarted connection syncing again: IDLE, or polling Postgres for changes. */
const RUNNING = new Set(['IDLE', 'POLLING_DB_CHANGES']);

/** Resumes (or restarts) the connection and waits for IDLE or a polling state. */
export async function resume(context: StepContext, action: 'resume' | 'restart' = 'resume'): Promise<ConnectionDetail> {
  return step(context, action, async () => {
    await connectionAction(context.api, context.connection, action);
    context.log.info(`Asked Heroku Connect to ${action} the connection; waiting for IDLE or a polling state.`);
    let passed: string | undefined;
    const detail = await waitForState(context.poll, {
      awaited: 'the connection to be IDLE or polling',
      judge: (read) => {
        if (RUNNING.has(read.state)) return read;
        // A restart passes through RECOVERY; a resume may still show PAUSED for a poll or two.
        if (read.state !== 'PAUSED' && read.state !== 'RECOVERY') failOnBlocked(read, context.poll.app, 'IDLE');
        passed ??= read.state === 'RECOVERY' ? 'RECOVERY' : undefined;
        return undefined;
      },
    });
    return { value: detail, outcome: `the connection is ${detail.state}${passed ? `, after ${passed}` : ''}` };
  });
}

/** Posts the API-version change (the connection is PAUSED) and waits until the detail reports the new version. */
export async function changeVersion(context: StepContext, target: string): Promise<ConnectionDetail> {
  return step(context, `change the Salesforce API version to ${target}`, async () => {
    await changeApiVersion(context.api, context.connection, target);
    context.log.info(`Heroku Connect accepted the change to Salesforce API ${target}; waiting for the connection to report it.`);
    const detail = await waitForState(context.poll, {
      awaited: `the connection to report Salesforce API ${target}`,
      judge: (read) => {
        if (liveApiVersion(read) === target) return read;
        failOnBlocked(read, context.poll.app, `API ${target}`, ['PAUSED']);
        return undefined;
      },
    });
    return { value: detail, outcome: `the connection reports API ${target}` };
  });
}

/**
 * Reloads the mappings and waits until each has passed RELOAD_TABLE (or another loading state) and
 * reached DATA_SYNCED; one that goes into an error state fails the wait at once.
 */
export async function reload(context: StepContext, mappings: readonly MappingDetail[]): Promise<ConnectionDetail> {
  const names = mappings.map((mapping) => mapping.object_name);
  return step(context, `reload ${names.join(', ')}`, async () => {
    for (const mapping of mappings) {
      // The caller checked each mapping against the detail, which gave its id.
      await reloadMapping(context.api, context.connection, { id: mapping.id!, object_name: mapping.object_name });
      context.log.info(`Heroku Connect accepted the reload of ${mapping.object_name}: it empties the table and loads it again from Salesforce.`);
    }
    const passed = new Map<string, string>();
    const detail = await waitForState(context.poll, {
      awaited: `${names.join(', ')} to pass RELOAD_TABLE and reach DATA_SYNCED`,
      watched: names,
      judge: (read) => {
        const current = new Map(read.mappings.map((mapping) => [mapping.object_name.toLowerCase(), mapping]));
        for (const name of names) {
          const now = current.get(name.toLowerCase());
          if (now === undefined) throw new DeployFailure(`The ${name} mapping is no longer listed on the connection after its reload.`);
          if (judgeMapping(now.state) === 'failed')
            throw new DeployFailure(`The reload failed: ${describeMapping(name, now)}. Look at heroku connect:mapping:diagnose ${name} -a ${context.poll.app}.`);
          if (now.state !== 'DATA_SYNCED' && !passed.has(name)) passed.set(name, now.state);
        }
        return names.every((name) => passed.has(name) && current.get(name.toLowerCase())?.state === 'DATA_SYNCED') ? read : undefined;
      },
    });
    return { value: detail, outcome: names.map((name) => `${name} passed ${passed.get(name)} and is DATA_SYNCED`).join('; ') };
  });
}

/** Reads the detail again, as a step's starting point. */
export function currentDetail(context: StepContext): Promise<ConnectionDetail> {
  return readDetail(context.api, context.connection);
}

/** The schema diff's mappings a change would harm: unsafe or undetermined. */
export function blockingMappings(diff: SchemaDiff): SchemaDiffMapping[] {
  return diff.mappings.filter((mapping) => mapping.unsafe || mapping.undetermined);
}

/** A step as one line of the log and the CLI's report. */
export function stepLine(entry: LifecycleStep): string {
  return `${entry.name}: ${entry.failed ? 'failed' : 'done'} after ${formatDuration(entry.tookMs)}, ${entry.outcome}`;
}
