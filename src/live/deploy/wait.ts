import { DeployFailure, RemoteFailure } from '../../core/errors.js';
import type { Clock } from '../../core/http/clock.js';
import { judgeConnection, judgeMapping } from '../../clients/connect/states.js';
import type { ConnectionDetail, MappingDetail } from '../../clients/connect/types.js';
import { formatDuration } from '../../core/text.js';
import { Heartbeat, type HeartbeatLog } from './heartbeat.js';

export interface WaitLog extends HeartbeatLog {
  info(message: string): void;
  warning(message: string): void;
}

/** A state the wait saw change: the deploy's timeline. `from` is absent the first time the subject is read. */
export interface StateChange {
  subject: string;
  from?: string;
  to: string;
}

/** The Connect calls of a wait end this long after its deadline, so that the poll made at the deadline can still be answered. */
export const LAST_POLL_GRACE_MS = 5000;

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
  /** Sees each state change the wait logs, in order. */
  onChange?: (change: StateChange) => void;
}

/** What a deploy's import is expected to do, for the wait to tell when Heroku Connect has applied it. */
export interface ImportExpectation {
  /** Every mapping of the files: their states are logged and reported, and a new error state in one fails the wait. */
  objectNames: readonly string[];
  /** The mappings the import adds or changes (the plan's changes, deletions aside): the ones that must show it, and sync. */
  changed: readonly string[];
  /**
   * The content proof: what the live configuration, exported now, still lacks of the files (empty
   * when it has all of it). Live content that matches the files is evidence on its own.
   */
  mismatches: () => Promise<string[]>;
}

export interface ImportWaitResult {
  detail: ConnectionDetail;
  /** What showed that Heroku Connect applied this import. */
  evidence: string;
  /** The content proof already passed during the wait: the live configuration matches the files. */
  proven: boolean;
}

/** States a mapping passes through when Heroku Connect applies a new configuration to it: entering one is evidence. */
const RELOADING = new Set(['INITIAL', 'SCHEMA_CHANGED', 'RESYNC', 'RELOAD_TABLE']);

/**
 * The content proof costs an export (every mapping's whole configuration), so it is tried only when
 * the states look settled (success needs that anyway) and no state shows the import yet: first at
 * once, then after one poll interval, doubling each time up to this. A detail that lagged is proven
 * within a poll or two; an import that never comes costs an export a minute, not one per poll.
 */
const PROOF_SPACING_CAP_MS = 60_000;

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
    () => 'the running import to finish (the connection to leave IMPORT_CONFIGURATION)',
  );
}

/**
 * Waits until Heroku Connect has applied the import and every mapping it changes has synced.
 *
 * The detail lags the import: right after it is accepted, the connection can still show IDLE and the
 * old mappings, so IDLE alone proves nothing. Success needs evidence that this import was applied,
 * either of: IMPORT_CONFIGURATION seen after the import; or every mapping the import changes showing
 * it (a new `config.revision` or `config.applied_at`, entering a reloading state such as RESYNC, or
 * appearing when it is new); or the live configuration, exported again, matching the files (the
 * content proof). A mapping the import leaves as it is need not show anything: Heroku Connect does
 * not save it again. With evidence, the connection must be IDLE and every changed mapping DATA_SYNCED.
 *
 * It fails at once when the connection goes into an error state, or a mapping of the files into a
 * permanent error state that is this import's: a mapping that already had that state before, with
 * the same revision, is still showing the old configuration, so it is not blamed.
 */
export async function waitForImport(before: ConnectionDetail, expected: ImportExpectation, options: PollOptions): Promise<ImportWaitResult> {
  const { clock } = options;
  const started = clock.now();
  const { objectNames } = expected;
  const previous = byObject(before.mappings);
  const changed = new Set(expected.changed.map((name) => name.toLowerCase()));
  /** Each changed mapping that has shown the import, with how. */
  const shown = new Map<string, string>();
  /** The state each changed mapping was in at the last read, to see one enter a reloading state. */
  const lastState = new Map([...changed].map((key) => [key, previous.get(key)?.state]));
  let evidence: string | undefined;
  let proven = false;
  let nextProofAt = -Infinity;
  let proofSpacing = options.intervalMs;
  let lastMismatch: string | undefined;
  let last: ConnectionDetail | undefined;

  const noteMappingEvidence = (current: Map<string, MappingDetail>): void => {
    for (const key of changed) {
      const now = current.get(key);
      const was = previous.get(key);
      const entered = now !== undefined && RELOADING.has(now.state) && !RELOADING.has(lastState.get(key) ?? '');
      lastState.set(key, now?.state);
      if (shown.has(key) || now === undefined) continue;
      const how =
        was === undefined
          ? `the new mapping ${now.object_name} appeared`
          : configChanged(was, now)
            ? `${now.object_name} has a new revision`
            : entered
              ? `${now.object_name} went into ${now.state}`
              : undefined;
      if (how !== undefined) shown.set(key, how);
    }
  };

  /** The content proof, spaced out as PROOF_SPACING_CAP_MS says; a proof that cannot be read now is tried again later. */
  const tryProof = async (): Promise<boolean> => {
    if (clock.now() < nextProofAt) return false;
    nextProofAt = clock.now() + proofSpacing;
    proofSpacing = Math.min(proofSpacing * 2, PROOF_SPACING_CAP_MS);
    try {
      const mismatches = await expected.mismatches();
      lastMismatch = mismatches[0];
      return mismatches.length === 0;
    } catch (error) {
      if (!(error instanceof RemoteFailure)) throw error;
      options.log.info(`The live configuration could not be exported to compare it with the files (${error.message}); trying again later.`);
      return false;
    }
  };

  const outcome = await pollUntil(
    options,
    objectNames,
    async (detail) => {
      last = detail;
      const current = byObject(detail.mappings);
      noteMappingEvidence(current);
      if (evidence === undefined) {
        if (detail.state === 'IMPORT_CONFIGURATION') evidence = 'the connection went into IMPORT_CONFIGURATION';
        else if (changed.size > 0 && shown.size === changed.size) evidence = [...shown.values()].join(', ');
        if (evidence !== undefined) options.log.info(`Heroku Connect has taken up the import: ${evidence}.`);
      }
      const connection = judgeConnection(detail.state, options.app);
      if (connection.kind === 'blocked') {
        throw new DeployFailure(`After the import the connection went into ${detail.state}: ${connection.meaning}. ${connection.remedy} Mappings: ${listStates(objectNames, current)}.`);
      }
      const imported = objectNames.map((name) => ({ name, now: current.get(name.toLowerCase()), was: previous.get(name.toLowerCase()) }));
      const failed = imported.filter((m) => m.now !== undefined && judgeMapping(m.now.state) === 'failed' && (m.was === undefined || isNews(m.was, m.now)));
      if (failed.length > 0) {
        throw new DeployFailure(
          `The import failed: ${failed.map((m) => describeMapping(m.name, m.now)).join('; ')}. ` +
            'Heroku Connect accepts any import and reports problems in the mapping state; fix the mapping and deploy again, or import the backup to go back.',
        );
      }
      const settled = connection.kind === 'idle' && [...changed].every((key) => current.get(key)?.state === 'DATA_SYNCED');
      if (!settled) return undefined;
      if (evidence === undefined && (await tryProof())) {
        proven = true;
        evidence = 'the live configuration, exported again, matches the files';
        options.log.info(`Heroku Connect has applied the import: ${evidence}.`);
      }
      return evidence !== undefined ? detail : undefined;
    },
    () => {
      const states = last ? `the connection is ${last.state}; ${listStates(objectNames, byObject(last.mappings))}` : 'no state could be read';
      const silent = expected.changed.filter((name) => !shown.has(name.toLowerCase()));
      const noSign =
        evidence === undefined
          ? ` Heroku Connect has shown no sign of applying the import yet: no IMPORT_CONFIGURATION state, no new revision or resync of ${silent.join(', ')}` +
            `${lastMismatch ? `, and the live configuration still differs from the files (${lastMismatch})` : ''}.`
          : '';
      return new DeployFailure(`The import did not finish within ${formatDuration(clock.now() - started)}: ${states}.${noSign} Raise wait-timeout if it needs longer.`);
    },
    () => (evidence === undefined ? 'a sign that Heroku Connect has taken up the import' : `the connection to be IDLE and ${namesWithin(expected.changed)} to be DATA_SYNCED`),
  );
  return { detail: outcome, evidence: evidence!, proven };
}

/** What an operator step waits for: the state that shows it took effect, judged on each detail read. */
export interface StateTarget<T> {
  /** What was awaited, for the timeout's message: "the connection to be PAUSED". */
  awaited: string;
  /** The mappings whose state changes are logged. */
  watched?: readonly string[];
  /** The evidence once the detail shows it; throws on a state that rules it out. */
  judge: (detail: ConnectionDetail) => T | undefined;
}

/** Waits, on the same polls as the import's wait, for the state `target` awaits (pause, resume, restart, reload, a new API version). */
export async function waitForState<T>(options: PollOptions, target: StateTarget<T>): Promise<T> {
  const started = options.clock.now();
  let last: ConnectionDetail | undefined;
  return pollUntil(
    options,
    target.watched ?? [],
    (detail) => {
      last = detail;
      return target.judge(detail);
    },
    () => {
      const watched = target.watched ?? [];
      const states = last ? `the connection is ${last.state}${watched.length > 0 ? `; ${listStates(watched, byObject(last.mappings))}` : ''}` : 'no state could be read';
      return new DeployFailure(`Waited ${formatDuration(options.clock.now() - started)} for ${target.awaited}, which did not happen: ${states}. Raise wait-timeout if it needs longer.`);
    },
  );
}

/**
 * Polls every interval until `judge` returns a value or throws, or the deadline passes. The first poll
 * comes one interval after the start; the last one at the deadline, and a poll ends by the deadline. Each state change of the
 * connection and of the `watched` mappings is logged once, and each state this action does not know
 * is warned about once (other live mappings change state with every Salesforce poll: noise here).
 * A poll that changes none of them beats the heartbeat, with what `waitingFor` says the wait is for.
 */
async function pollUntil<T>(
  options: PollOptions,
  watched: readonly string[],
  judge: (detail: ConnectionDetail) => T | undefined | Promise<T | undefined>,
  timeout: () => DeployFailure,
  waitingFor: () => string = () => 'a state change',
): Promise<T> {
  const { clock } = options;
  const started = clock.now();
  const seen = new Map<string, string>();
  const unknown = new Set<string>();
  const heartbeat = new Heartbeat(options.log, clock, options.deadline);
  /** Logs the subject's state when it changed, and says whether it did. */
  const observe = (subject: string, state: string, known: boolean): boolean => {
    const before = seen.get(subject);
    if (before === state) return false;
    seen.set(subject, state);
    options.log.info(`[${formatDuration(clock.now() - started)}] ${subject}: ${before === undefined ? state : `${before} → ${state}`}`);
    options.onChange?.({ subject, ...(before !== undefined && { from: before }), to: state });
    if (!known && !unknown.has(state)) {
      unknown.add(state);
      options.log.warning(`${subject} is in state ${state}, which this action does not know; it keeps waiting as if the state were transient.`);
    }
    return true;
  };
  const watchedKeys = new Set(watched.map((name) => name.toLowerCase()));
  try {
    for (;;) {
      const remaining = options.deadline - clock.now();
      if (remaining <= 0) throw timeout();
      await clock.sleep(Math.min(options.intervalMs, remaining));
      const detail = await options.poll().catch((error: unknown) => {
        // The poll that could not be answered says what was pending and why; the wait says where it stood.
        throw error instanceof RemoteFailure ? new RemoteFailure(error.service, error.reason, `${timeout().message} ${error.message}`) : error;
      });
      options.onPoll?.(detail);
      const mappings = detail.mappings.filter((mapping) => watchedKeys.has(mapping.object_name.toLowerCase()));
      let changed = observe('connection', detail.state, judgeConnection(detail.state, options.app).kind !== 'unknown');
      for (const mapping of mappings) changed = observe(mapping.object_name, mapping.state, judgeMapping(mapping.state) !== 'unknown') || changed;
      const outcome = await judge(detail);
      if (outcome !== undefined) return outcome;
      if (changed) heartbeat.logged();
      else heartbeat.beat({ states: statesNow(detail.state, mappings), waitingFor: waitingFor() });
    }
  } finally {
    heartbeat.end();
  }
}

/** A heartbeat names at most this many mappings per state; more are counted. */
const NAMES_PER_STATE = 3;

/** `connection IDLE; DATA_SYNCED: Account, Contact; RESYNC: 12 mappings`: the states of one read, in a line of bounded length. */
function statesNow(connection: string, mappings: readonly MappingDetail[]): string {
  const byState = new Map<string, string[]>();
  for (const mapping of mappings) {
    const names = byState.get(mapping.state);
    if (names) names.push(mapping.object_name);
    else byState.set(mapping.state, [mapping.object_name]);
  }
  return [`connection ${connection}`, ...[...byState].map(([state, names]) => `${state}: ${names.length > NAMES_PER_STATE ? `${names.length} mappings` : names.join(', ')}`)].join('; ');
}

/** `Account, Contact and 4 more`: the names a line has room for. */
function namesWithin(names: readonly string[]): string {
  return names.length > NAMES_PER_STATE ? `${names.slice(0, NAMES_PER_STATE).join(', ')} and ${names.length - NAMES_PER_STATE} more` : names.join(', ');
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
