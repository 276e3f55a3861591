import { DeployFailure, RemoteFailure } from '../errors.js';
import type { Clock } from '../http/clock.js';
import { judgeConnection, judgeMapping } from '../connect/states.js';
import type { ConnectionDetail, MappingDetail } from '../connect/types.js';
import { formatDuration } from '../core/text.js';

export interface WaitLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface PollOptions {
  /** Reads the connection's deep detail, within the deadline. */
  poll: () => Promise<ConnectionDetail>;
  clock: Clock;
  intervalMs: number;
  /** Clock time at which the wait gives up. */
  deadline: number;
  app: string;
  log: WaitLog;
  /** Sees every detail read, so the caller can report the last states however the wait ends. */
  onPoll?: (detail: ConnectionDetail) => void;
}

export interface ImportWaitResult {
  detail: ConnectionDetail;
  /** What showed that Heroku Connect applied this import. */
  evidence: string;
}

/** Waits for an import someone else started (IMPORT_CONFIGURATION) to end, and returns the detail then. */
export async function waitForRunningImport(options: PollOptions): Promise<ConnectionDetail> {
  const started = options.clock.now();
  return pollUntil(
    options,
    [],
    (detail) => (detail.state === 'IMPORT_CONFIGURATION' ? undefined : detail),
    () =>
      new DeployFailure(
        `Another import was still running on the connection (IMPORT_CONFIGURATION) after ${formatDuration(options.clock.now() - started)}; nothing was imported. ` +
          'Deploy again once it has finished, or raise wait-timeout.',
      ),
  );
}

/**
 * Waits until Heroku Connect has applied the import and every imported mapping has synced.
 *
 * The detail lags the import: right after it is accepted, the connection can still show IDLE and the
 * old mappings, so IDLE alone proves nothing. Success needs evidence that this import
 * was applied, any of: IMPORT_CONFIGURATION seen after the import; a mapping the file adds appearing;
 * every imported mapping that existed before showing a new `config.revision` or `config.applied_at`.
 * With evidence, the connection must be IDLE and every imported mapping DATA_SYNCED.
 *
 * It fails at once when the connection goes into an error state, or an imported mapping into a
 * permanent error state that is this import's: a mapping that already had that state before, with
 * the same revision, is still showing the old configuration, so it is waited on rather than blamed.
 */
export async function waitForImport(before: ConnectionDetail, objectNames: readonly string[], options: PollOptions): Promise<ImportWaitResult> {
  const started = options.clock.now();
  const previous = byObject(before.mappings);
  let evidence: string | undefined;
  let last: ConnectionDetail | undefined;
  return pollUntil(
    options,
    objectNames,
    (detail) => {
      last = detail;
      const current = byObject(detail.mappings);
      const imported = objectNames.map((name) => ({ name, now: current.get(name.toLowerCase()), was: previous.get(name.toLowerCase()) }));
      if (evidence === undefined) {
        const appeared = imported.find((m) => m.was === undefined && m.now !== undefined);
        if (detail.state === 'IMPORT_CONFIGURATION') evidence = 'the connection went into IMPORT_CONFIGURATION';
        else if (appeared) evidence = `the new mapping ${appeared.name} appeared`;
        else if (imported.every((m) => m.now !== undefined && m.was !== undefined && configChanged(m.was, m.now))) {
          evidence = 'every imported mapping has a new revision';
        }
        if (evidence !== undefined) options.log.info(`Heroku Connect has taken up the import: ${evidence}.`);
      }
      const connection = judgeConnection(detail.state, options.app);
      if (connection.kind === 'blocked') {
        throw new DeployFailure(
          `After the import the connection went into ${detail.state}: ${connection.meaning}. ${connection.remedy} Mappings: ${listStates(objectNames, current)}.`,
        );
      }
      const failed = imported.filter((m) => m.now !== undefined && judgeMapping(m.now.state) === 'failed' && (m.was === undefined || isNews(m.was, m.now)));
      if (failed.length > 0) {
        throw new DeployFailure(
          `The import failed: ${failed.map((m) => describeMapping(m.name, m.now)).join('; ')}. ` +
            'Heroku Connect accepts any import and reports problems in the mapping state; fix the mapping and deploy again, or import the backup to go back.',
        );
      }
      const settled = connection.kind === 'idle' && imported.every((m) => m.now?.state === 'DATA_SYNCED');
      return evidence !== undefined && settled ? { detail, evidence } : undefined;
    },
    () => {
      const states = last ? `the connection is ${last.state}; ${listStates(objectNames, byObject(last.mappings))}` : 'no state could be read';
      const noSign = evidence === undefined ? ' Heroku Connect has shown no sign of applying the import yet (no IMPORT_CONFIGURATION state, no new mapping revision).' : '';
      return new DeployFailure(`The import did not finish within ${formatDuration(options.clock.now() - started)}: ${states}.${noSign} Raise wait-timeout if it needs longer.`);
    },
  );
}

/**
 * Polls every interval until `judge` returns a value or throws, or the deadline passes. The first poll
 * comes one interval after the start; the last one at the deadline, and a poll ends by the deadline. Each state change of the
 * connection and of the `watched` mappings is logged once, and each state this action does not know
 * is warned about once (other live mappings change state with every Salesforce poll: noise here).
 */
async function pollUntil<T>(
  options: PollOptions,
  watched: readonly string[],
  judge: (detail: ConnectionDetail) => T | undefined,
  timeout: () => DeployFailure,
): Promise<T> {
  const { clock } = options;
  const started = clock.now();
  const seen = new Map<string, string>();
  const unknown = new Set<string>();
  const observe = (subject: string, state: string, known: boolean): void => {
    const before = seen.get(subject);
    if (before === state) return;
    seen.set(subject, state);
    options.log.info(`[${formatDuration(clock.now() - started)}] ${subject}: ${before === undefined ? state : `${before} → ${state}`}`);
    if (!known && !unknown.has(state)) {
      unknown.add(state);
      options.log.warning(`${subject} is in state ${state}, which this action does not know; it keeps waiting as if the state were transient.`);
    }
  };
  const watchedKeys = new Set(watched.map((name) => name.toLowerCase()));
  for (;;) {
    const remaining = options.deadline - clock.now();
    if (remaining <= 0) throw timeout();
    await clock.sleep(Math.min(options.intervalMs, remaining));
    const detail = await options.poll().catch((error: unknown) => {
      // The poll that could not be answered says what was pending and why; the wait says where it stood.
      throw error instanceof RemoteFailure ? new RemoteFailure(error.service, error.reason, `${timeout().message} ${error.message}`) : error;
    });
    options.onPoll?.(detail);
    observe('connection', detail.state, judgeConnection(detail.state, options.app).kind !== 'unknown');
    for (const mapping of detail.mappings) {
      if (watchedKeys.has(mapping.object_name.toLowerCase())) observe(mapping.object_name, mapping.state, judgeMapping(mapping.state) !== 'unknown');
    }
    const outcome = judge(detail);
    if (outcome !== undefined) return outcome;
  }
}

function byObject(mappings: readonly MappingDetail[]): Map<string, MappingDetail> {
  return new Map(mappings.map((mapping) => [mapping.object_name.toLowerCase(), mapping]));
}

function configChanged(was: MappingDetail, now: MappingDetail): boolean {
  const revision = (m: MappingDetail) => m.config?.revision;
  const appliedAt = (m: MappingDetail) => m.config?.applied_at;
  return (revision(now) !== undefined && revision(now) !== revision(was)) || (appliedAt(now) !== undefined && appliedAt(now) !== appliedAt(was));
}

/** A state this import can be blamed for: the mapping's configuration or its state changed since before the import. */
function isNews(was: MappingDetail, now: MappingDetail): boolean {
  return configChanged(was, now) || was.state !== now.state;
}

export function describeMapping(name: string, mapping: MappingDetail | undefined): string {
  if (mapping === undefined) return `${name} not listed yet`;
  return `${name} ${mapping.state}${mapping.state_description ? ` (${mapping.state_description})` : ''}`;
}

function listStates(objectNames: readonly string[], current: Map<string, MappingDetail>): string {
  return objectNames.map((name) => describeMapping(name, current.get(name.toLowerCase()))).join(', ');
}
