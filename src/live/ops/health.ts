import { judgeConnection, judgeMapping } from '../../clients/connect/states.js';
import type { ConnectionDetail, ConnectNotification, MappingDetail, WriteError } from '../../clients/connect/types.js';
import { isRecord } from '../../core/json.js';
import { formatDuration } from '../../core/text.js';
import { apiOnlyErrors, type DatabaseHealth } from '../database/writes.js';

/** When a connection counts as unhealthy; each is an input. */
export interface HealthThresholds {
  /** A mapping is stale when its last poll is more than this many polling intervals ago. */
  staleIntervals: number;
  /** More write errors than this (in the window read) is unhealthy. */
  maxWriteErrors: number;
  /** More unacknowledged notifications than this is unhealthy. */
  maxNotifications: number;
  /** With a database: a write waiting for Salesforce longer than this many milliseconds is unhealthy. */
  maxPendingAgeMs: number;
}

export interface MappingHealth {
  object: string;
  state: string;
  /** ISO time of the last successful poll of Salesforce, when the detail gives one. */
  lastPoll?: string;
  pollingSeconds?: number;
  stale: boolean;
  /** Records in Postgres and in Salesforce, writes waiting for Salesforce, as the detail gives them. */
  counts: { db?: number; sf?: number; pending?: number; errors?: number };
  writeErrors: number;
}

export interface ConnectionHealth {
  state: string;
  mappings: MappingHealth[];
  writeErrors: WriteError[];
  notifications: ConnectNotification[];
  /** With a database: the trigger log's failed writes, backlog and rows in error. */
  database?: DatabaseHealth;
  /** Each reason it is unhealthy, in words; none when healthy. */
  problems: string[];
  healthy: boolean;
}

/** A state outside the table of known states is never called healthy: nothing says it is. */
function unknownState(subject: string, state: string, app: string): string {
  return `${subject} is in state ${state}, which this tool does not know. Check it in the dashboard (heroku addons:open herokuconnect -a ${app}): health fails until it is in a known state.`;
}

/**
 * Judges the deep detail, the write errors and the notifications read at `now`. The detail's
 * `times.sf_poll` and `counts` come from the Heroku CLI plugin's fixtures, not from published API
 * documentation: a mapping without a readable poll time is never called stale.
 */
export function judgeHealth(
  app: string,
  detail: ConnectionDetail,
  writeErrors: readonly WriteError[],
  notifications: readonly ConnectNotification[],
  now: number,
  limits: HealthThresholds,
  read?: Omit<DatabaseHealth, 'apiOnlyWriteErrors'>,
): ConnectionHealth {
  const problems: string[] = [];
  const connection = judgeConnection(detail.state, app);
  if (connection.kind === 'blocked') problems.push(`The connection is ${detail.state}: ${connection.meaning}. ${connection.remedy}`);
  if (connection.kind === 'unknown') problems.push(unknownState('The connection', detail.state, app));
  const errorsByTable = new Map<string, number>();
  for (const error of writeErrors) {
    const table = error.table_name.toLowerCase().split('.').at(-1)!;
    errorsByTable.set(table, (errorsByTable.get(table) ?? 0) + 1);
  }
  const mappings = detail.mappings.map((mapping) => {
    const health = mappingHealth(mapping, now, limits, errorsByTable.get(mapping.object_name.toLowerCase()) ?? 0);
    const verdict = judgeMapping(mapping.state);
    const description = typeof mapping.state_description === 'string' && mapping.state_description !== '' ? ` (${mapping.state_description})` : '';
    if (verdict === 'failed') problems.push(`The ${mapping.object_name} mapping is ${mapping.state}${description}.`);
    if (verdict === 'unknown') problems.push(unknownState(`The ${mapping.object_name} mapping`, `${mapping.state}${description}`, app));
    if (health.stale) {
      problems.push(
        `The ${mapping.object_name} mapping last polled Salesforce ${formatDuration(now - Date.parse(health.lastPoll!))} ago, more than ${limits.staleIntervals} times its interval of ${formatDuration(health.pollingSeconds! * 1000)}.`,
      );
    }
    return health;
  });
  const database = read && { ...read, apiOnlyWriteErrors: apiOnlyErrors(writeErrors, read.failedWrites.listed) };
  if (database) {
    // The trigger log's failed writes include the API's (24 hours) where it lists them: those count once.
    const failed = database.failedWrites.count + database.apiOnlyWriteErrors;
    if (failed > limits.maxWriteErrors) {
      problems.push(
        `${failed} failed write(s) to Salesforce within since (${database.failedWrites.count} in the trigger log, ${database.apiOnlyWriteErrors} more from the API), more than ${limits.maxWriteErrors}.`,
      );
    }
    const age = database.backlog.oldestAgeMs;
    if (age !== undefined && age > limits.maxPendingAgeMs) {
      problems.push(
        `${database.backlog.count} write(s) to Salesforce are waiting (NEW or PENDING); the oldest has waited ${formatDuration(age)}, more than max-pending-age (${formatDuration(limits.maxPendingAgeMs)}): writes are stuck.`,
      );
    }
  } else if (writeErrors.length > limits.maxWriteErrors) {
    problems.push(`${writeErrors.length} write error(s) to Salesforce, more than ${limits.maxWriteErrors}.`);
  }
  if (notifications.length > limits.maxNotifications) problems.push(`${notifications.length} unacknowledged notification(s), more than ${limits.maxNotifications}.`);
  return { state: detail.state, mappings, writeErrors: [...writeErrors], notifications: [...notifications], ...(database && { database }), problems, healthy: problems.length === 0 };
}

function mappingHealth(mapping: MappingDetail, now: number, limits: HealthThresholds, writeErrors: number): MappingHealth {
  const polling = numberOf(isRecord(mapping.config) ? mapping.config.sf_polling_seconds : undefined) ?? numberOf(mapping.sf_polling_seconds);
  const lastPoll = timeOf(isRecord(mapping.times) ? mapping.times.sf_poll : undefined);
  const counts = isRecord(mapping.counts) ? mapping.counts : {};
  const stale = lastPoll !== undefined && polling !== undefined && polling > 0 && now - lastPoll > limits.staleIntervals * polling * 1000;
  return {
    object: mapping.object_name,
    state: mapping.state,
    ...(lastPoll !== undefined && { lastPoll: new Date(lastPoll).toISOString() }),
    ...(polling !== undefined && { pollingSeconds: polling }),
    stale,
    counts: Object.fromEntries((['db', 'sf', 'pending', 'errors'] as const).flatMap((key) => (numberOf(counts[key]) === undefined ? [] : [[key, numberOf(counts[key])!]]))),
    writeErrors,
  };
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** An ISO time, or epoch seconds or milliseconds: the plugin's fixtures do not settle which. */
function timeOf(value: unknown): number | undefined {
  if (typeof value === 'string' && value !== '') {
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : at;
  }
  const number = numberOf(value);
  if (number === undefined || number <= 0) return undefined;
  return number < 1e12 ? number * 1000 : number;
}
