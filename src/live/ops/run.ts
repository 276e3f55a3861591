import { acknowledgeNotifications, exportConfiguration, readDetail, readNotifications, readWriteErrors, type ConnectApi } from '../../clients/connect/client.js';
import { onConnection, type ConnectionOptions } from '../../clients/connect/resolve.js';
import type { AppTarget } from '../../clients/connect/targets.js';
import type { DiscoveredConnection } from '../../clients/connect/types.js';
import { writeErrorsSince } from '../diagnose/write-errors.js';
import { ConfigurationError } from '../../core/errors.js';
import { systemClock } from '../../core/http/clock.js';
import { mergeMappingFiles, type DeployFile } from '../../plan/document.js';
import { writeBack, type WriteBackResult } from '../../plan/write-back.js';
import { driftBetween, tableDriftItem, type DriftItem } from './drift.js';
import { withDatabase } from '../../clients/postgres/database.js';
import { compareTables, readSchemaTables } from '../database/drift.js';
import { databaseOf, oneDatabasePerUrl, type DatabaseChoice } from '../database/reach.js';
import { expectedTables, hasStatusColumns, tableName } from '../database/tables.js';
import { readDatabaseHealth } from '../database/writes.js';
import { mappingPlaces } from '../diagnose/findings.js';
import { judgeHealth, type ConnectionHealth, type HealthThresholds } from './health.js';

export interface AppReport {
  app: string;
  /** The connection's resource name, as discovery gave it. */
  resource: string;
}

/** Runs `fn` on each app's connection in turn; any error comes out with the API key taken out. */
async function eachApp<T>(
  context: ConnectionOptions,
  targets: readonly AppTarget[],
  fn: (api: ConnectApi, connection: DiscoveredConnection, target: AppTarget) => Promise<T>,
): Promise<(AppReport & T)[]> {
  const options = {
    apiKey: context.apiKey,
    discoveryServer: context.discoveryServer,
    log: context.log,
    ...(context.clock && { clock: context.clock }),
    ...(context.fetch && { fetch: context.fetch }),
    ...(context.deadline !== undefined && { deadline: context.deadline }),
  };
  const reports: (AppReport & T)[] = [];
  for (const target of targets) {
    reports.push(await onConnection(options, target, async (api, connection) => ({ app: target.app, resource: connection.resource_name, ...(await fn(api, connection, target)) })));
  }
  return reports;
}

/** A read-only session on the app's database, within the run's deadline (the read-only commands' default otherwise). */
function databaseSession(context: ConnectionOptions, url: string) {
  const clock = context.clock ?? systemClock;
  return { url, deadline: context.deadline ?? clock.now() + 300_000, clock };
}

export interface DriftReport {
  drifted: boolean;
  apps: (AppReport & { drift: DriftItem[] })[];
  /** With write-back: what each file became. */
  written?: WriteBackResult[];
}

/**
 * Drift: each app's live export against the files, merged as a deploy merges them. Two calls per
 * app (discovery, export), one more when the key's user must first be linked. Write-back takes one
 * app: with several, which one the files should follow is the user's choice, not a guess.
 */
export async function runDrift(
  context: ConnectionOptions,
  targets: readonly AppTarget[],
  files: readonly DeployFile[],
  write: boolean,
  database: DatabaseChoice = { kind: 'off' },
): Promise<DriftReport> {
  if (write && targets.length !== 1) throw new ConfigurationError(`Write-back follows one app's live connection; ${targets.length} apps are given. Name the one the files should follow.`);
  oneDatabasePerUrl(database, targets.length);
  const head = await mergeMappingFiles(files);
  const places = database.kind === 'off' ? undefined : await mappingPlaces(files);
  const lives: unknown[] = [];
  const apps = await eachApp(context, targets, async (api, connection, target) => {
    const live = await exportConfiguration(api, connection);
    lives.push(live);
    const drift = driftBetween(live, head);
    if (places === undefined) return { drift };
    // One more call (the detail, for the schema and db_key) and three catalog queries per app.
    const detail = await readDetail(api, connection);
    const reached = await databaseOf(database, target.app, detail, context);
    if (reached === undefined) return { drift };
    const tables = expectedTables(head, undefined, hasStatusColumns(detail));
    const known = new Set([...tables.map((table) => table.table), ...live.mappings.map((mapping) => tableName(mapping.object_name))]);
    const findings = await withDatabase(databaseSession(context, reached.url), async (db) => compareTables(tables, await readSchemaTables(db, reached.schema), reached.schema, known));
    const at = (object: string) => places.byObject.get(object.toLowerCase()) ?? places.fallback;
    return { drift: [...drift, ...findings.map((finding) => tableDriftItem(finding, at(finding.object)))] };
  });
  const drifted = apps.some((app) => app.drift.some((item) => !item.info));
  return { drifted, apps, ...(write && drifted && { written: await writeBack(files, lives[0]) }) };
}

export interface HealthOptions extends HealthThresholds {
  /** Write errors older than this many milliseconds do not count (Heroku Connect keeps 24 hours). */
  sinceMs: number;
  acknowledge: boolean;
}

export interface HealthReport {
  healthy: boolean;
  apps: (AppReport & ConnectionHealth & { acknowledged: number })[];
}

/**
 * Health: per app the deep detail, the write errors and the unacknowledged notifications, four
 * calls whatever the number of mappings (six when acknowledging: then the list again). Only the notifications
 * reported are acknowledged: those created before the moment they were read.
 */
export async function runHealth(context: ConnectionOptions, targets: readonly AppTarget[], options: HealthOptions, database: DatabaseChoice = { kind: 'off' }): Promise<HealthReport> {
  oneDatabasePerUrl(database, targets.length);
  const clock = context.clock ?? systemClock;
  const apps = await eachApp(context, targets, async (api, connection, target) => {
    const readAt = new Date(clock.now()).toISOString();
    const detail = await readDetail(api, connection);
    const errors = writeErrorsSince(await readWriteErrors(api, connection), clock.now() - options.sinceMs);
    const notifications = await readNotifications(api, connection, readAt);
    const reached = await databaseOf(database, target.app, detail, context);
    const read = reached && (await withDatabase(databaseSession(context, reached.url), (db) => readDatabaseHealth(db, reached.schema, detail.mappings, options.sinceMs, detail.plan)));
    const health = judgeHealth(connection.app_name || connection.resource_name, detail, errors, notifications, clock.now(), options, read);
    if (!options.acknowledge || notifications.length === 0) return { ...health, acknowledged: 0 };
    const left = await acknowledgeNotifications(api, connection, readAt, notifications);
    if (left.length === 0) return { ...health, acknowledged: notifications.length };
    const problem = `${left.length} of the ${notifications.length} notification(s) reported are still unacknowledged: Heroku Connect listed them again after acknowledging.`;
    return { ...health, healthy: false, problems: [...health.problems, problem], acknowledged: notifications.length - left.length };
  });
  return { healthy: apps.every((app) => app.healthy), apps };
}

export interface CompareReport {
  from: AppReport;
  to: AppReport;
  differences: DriftItem[];
}

/** Compare: how `to`'s live configuration differs from `from`'s, and what promoting `from` to `to` would do. Two calls per app. */
export async function runCompare(context: ConnectionOptions, targets: readonly AppTarget[]): Promise<CompareReport> {
  if (targets.length !== 2) throw new ConfigurationError(`compare takes two apps (--app A --app B); ${targets.length} given.`);
  const exports = await eachApp(context, targets, async (api, connection) => ({ live: await exportConfiguration(api, connection) }));
  const [from, to] = exports as [AppReport & { live: unknown }, AppReport & { live: unknown }];
  return {
    from: { app: from.app, resource: from.resource },
    to: { app: to.app, resource: to.resource },
    differences: driftBetween(to.live, from.live, { base: to.app, head: from.app, action: `Promoting ${from.app} to ${to.app}` }),
  };
}
