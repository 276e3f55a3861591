import { acknowledgeNotifications, exportConfiguration, readDetail, readNotifications, readWriteErrors, type ConnectApi } from '../../clients/connect/client.js';
import { onConnection, type ConnectionOptions } from '../../clients/connect/resolve.js';
import type { AppTarget } from '../../clients/connect/targets.js';
import type { DiscoveredConnection } from '../../clients/connect/types.js';
import { writeErrorsSince } from '../diagnose/write-errors.js';
import { ConfigurationError } from '../../core/errors.js';
import { systemClock } from '../../core/http/clock.js';
import { mergeMappingFiles, type DeployFile } from '../../plan/document.js';
import { writeBack, type WriteBackResult } from '../../plan/write-back.js';
import { driftBetween, type DriftItem } from './drift.js';
import { judgeHealth, type ConnectionHealth, type HealthThresholds } from './health.js';

export interface AppReport {
  app: string;
  /** The connection's resource name, as discovery gave it. */
  resource: string;
}

/** Runs `fn` on each app's connection in turn; any error comes out with the API key taken out. */
async function eachApp<T>(context: ConnectionOptions, targets: readonly AppTarget[], fn: (api: ConnectApi, connection: DiscoveredConnection) => Promise<T>): Promise<(AppReport & T)[]> {
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
    reports.push(await onConnection(options, target, async (api, connection) => ({ app: target.app, resource: connection.resource_name, ...(await fn(api, connection)) })));
  }
  return reports;
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
export async function runDrift(context: ConnectionOptions, targets: readonly AppTarget[], files: readonly DeployFile[], write: boolean): Promise<DriftReport> {
  if (write && targets.length !== 1) throw new ConfigurationError(`Write-back follows one app's live connection; ${targets.length} apps are given. Name the one the files should follow.`);
  const head = await mergeMappingFiles(files);
  const lives: unknown[] = [];
  const apps = await eachApp(context, targets, async (api, connection) => {
    const live = await exportConfiguration(api, connection);
    lives.push(live);
    return { drift: driftBetween(live, head) };
  });
  const drifted = apps.some((app) => app.drift.length > 0);
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
export async function runHealth(context: ConnectionOptions, targets: readonly AppTarget[], options: HealthOptions): Promise<HealthReport> {
  const clock = context.clock ?? systemClock;
  const apps = await eachApp(context, targets, async (api, connection) => {
    const readAt = new Date(clock.now()).toISOString();
    const detail = await readDetail(api, connection);
    const errors = writeErrorsSince(await readWriteErrors(api, connection), clock.now() - options.sinceMs);
    const notifications = await readNotifications(api, connection, readAt);
    const health = judgeHealth(connection.app_name || connection.resource_name, detail, errors, notifications, clock.now(), options);
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
