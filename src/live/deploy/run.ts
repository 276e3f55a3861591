import { connectApi, deleteMapping, exportConfiguration, importConfiguration, readDetail, readWriteErrors, type ConnectApi, type ConnectApiOptions } from '../../clients/connect/client.js';
import { findConnection } from '../../clients/connect/resolve.js';
import { judgeConnection, judgeMapping } from '../../clients/connect/states.js';
import type { ConnectionDetail, DiscoveredConnection, ExportDocument, WriteError } from '../../clients/connect/types.js';
import { diagnoseFindings, mappingPlaces, type DiagnoseReport } from '../diagnose/findings.js';
import { readUnlessUnanswered, runDiagnose, type CheckNotRun } from '../diagnose/run.js';
import { newWriteErrors } from '../diagnose/write-errors.js';
import { mappingDeleted, type PlanChange } from '../../plan/consequences.js';
import { mappingsOf, planChanges } from '../../plan/diff.js';
import { changeLabel } from '../../plan/render.js';
import { liveMismatches } from './prove.js';
import { ConfigurationError, DeployFailure, redactedError, redactor, RemoteFailure } from '../../core/errors.js';
import { systemClock, type Clock } from '../../core/http/clock.js';
import { reachesFailOn, type FailOn, type LintRun } from '../../lint/run.js';
import { LEVEL_RANK, HEROKU_PLANS, type HerokuPlan } from '../../core/types.js';
import { refuseDeployOnPullRequest } from '../../core/trust/event.js';
import { writeBackup } from './backup.js';
import { alignConnectionSection, type SectionDifference } from './connection-section.js';
import { mergeMappingFiles, type DeployFile } from '../../plan/document.js';
import { formatDuration } from '../../core/text.js';
import { databaseOf, type DatabaseChoice } from '../database/reach.js';
import { waitForTables } from '../database/deploy-check.js';
import { expectedTables, hasStatusColumns } from '../database/tables.js';
import { describeMapping, LAST_POLL_GRACE_MS, waitForImport, waitForRunningImport, type PollOptions, type StateChange, type WaitLog } from './wait.js';
import { blockingMappings, changeVersion, pause, resume, type LifecycleStep, type StepContext } from './lifecycle.js';
import { schemaDiffConsequence } from '../../plan/consequences.js';
import { readSchemaDiff } from '../../clients/connect/client.js';
import { liveApiVersion, requestedApiVersion } from '../../clients/connect/types.js';

export interface DeployRequest {
  app: string;
  resource?: string;
  apiKey: string;
  /** The files the lint checked; all of them go into one import. */
  files: readonly DeployFile[];
  waitTimeoutSeconds: number;
  pollIntervalSeconds: number;
  /** Where the backup of the live configuration is written. */
  backupDir: string;
  discoveryServer: string;
  /** GITHUB_EVENT_NAME, when running in a workflow. */
  eventName?: string;
  allowPullRequestDeploy: boolean;
  /** The plan the files were linted for, and the level that fails the lint. */
  lintedHerokuPlan?: HerokuPlan;
  failOn: FailOn;
  /** Lints the same files again, for the connection's own plan. */
  lint(herokuPlan: HerokuPlan | undefined): Promise<LintRun>;
  /** Runs Heroku Connect's diagnose after the deploy; its findings reaching fail-on fail the deploy. */
  diagnose?: boolean;
  /** Deletes the live mappings the files do not contain, after the import succeeded. */
  prune?: boolean;
  /** New write errors after the import fail the deploy; otherwise they are a warning. */
  failOnWriteErrors?: boolean;
  /** A file's connection.api_version other than the live one: refused (the default), or applied by pausing, changing and resuming the connection. */
  apiVersionChange?: ApiVersionChange;
  /** After the proof, check in the database that the tables of the changed mappings have their columns. */
  database?: DatabaseChoice;
}

export type ApiVersionChange = 'refuse' | 'apply';

export interface DeployLog extends WaitLog {
  notice(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** Seams for tests: time, the network, and the retry policy (the HTTP client's defaults otherwise). */
export type DeployDeps = Pick<ConnectApiOptions, 'clock' | 'fetch' | 'timeoutMs' | 'retries' | 'random'>;

export interface TimedStateChange extends StateChange {
  atMs: number;
}

export interface MappingState {
  state: string;
  description?: string;
}

/** What the deploy did and saw, filled in as it goes, so that a failure still reports what was known. */
export interface DeployRecord {
  app: string;
  resource?: string;
  /** The connection's Heroku Connect plan, as its detail names it. */
  herokuPlan?: string;
  /** The object names of the imported mappings, as the files spell them. */
  objectNames: string[];
  /** True once Heroku Connect accepted the import. */
  imported: boolean;
  /** What the import changes on the connection (the plan against the backup), with the prune's deletions. */
  changes?: PlanChange[];
  /** The files matched the live configuration: nothing was imported. */
  upToDate?: boolean;
  /** The live configuration, exported after the import settled, matched the files. */
  proven?: boolean;
  /** The database had the tables and columns of every mapping the import changed. */
  tablesChecked?: boolean;
  /** Write errors that appeared between the import and the end of the sync. */
  writeErrors?: WriteError[];
  diagnose?: DiagnoseReport;
  /**
   * The checks Heroku Connect could not answer (an error answer, a timeout), each named with why:
   * they count as not run, never as passed, and fail the deploy only where the user asked to fail on them.
   */
  notRun: CheckNotRun[];
  /** Live mappings deleted by prune. */
  deleted: string[];
  /** When the connection and mapping states were last read, in ms since the deploy started. */
  statesObservedAtMs?: number;
  /** Every state change the waits saw, with when (ms since the deploy started): the heartbeat between them is not kept. */
  timeline: TimedStateChange[];
  backupFile?: string;
  connectionState?: string;
  /** The last state seen of each imported mapping. */
  mappingStates: Record<string, MappingState>;
  /** Live mappings the files do not contain: the import leaves them in place. */
  notInFiles: string[];
  differences: SectionDifference[];
  elapsedMs: number;
  /** Why the deploy failed, with the API key redacted; absent on success. */
  error?: Error;
  /** The Salesforce API version live at the end (as last read), and whether this deploy changed it. */
  apiVersion?: string;
  apiVersionChanged: boolean;
  /** The lifecycle steps of an API-version change, each with its time. */
  steps: LifecycleStep[];
  /** Set when the deploy paused the connection and a failure came before its resume: what the resume it then ran came to. */
  resumedAfterFailure?: string;
}

const MAX_LISTED_FINDINGS = 10;
/** The most the write errors read before the import may take (and at most a tenth of wait-timeout): the import should not wait on it. */
const BASELINE_BUDGET_MS = 30_000;
const WRITE_ERRORS_BEFORE = 'the write errors before the import';
const WRITE_ERRORS_AFTER = 'the write errors after the import';

/**
 * The deploy stage: find the connection, check it can take an import, lint again for its plan,
 * align the `connection` section, back up the live configuration, import every mapping file in one
 * import, and wait until Heroku Connect has applied it and every mapping it changes has synced.
 * It does not throw: the record's `error` says why it failed, so outputs and the summary can still
 * be written. The API key never reaches a log line or the record.
 */
export async function runDeploy(request: DeployRequest, log: DeployLog, deps: DeployDeps = {}): Promise<DeployRecord> {
  const clock = deps.clock ?? systemClock;
  const redact = redactor(request.apiKey, '[HEROKU_API_KEY]');
  const safeLog: DeployLog = {
    info: (message) => log.info(redact(message)),
    notice: (message) => log.notice(redact(message)),
    warning: (message) => log.warning(redact(message)),
    group: (name, fn) => log.group(redact(name), fn),
    ...(log.status && { status: (message: string) => log.status!(redact(message)) }),
  };
  const started = clock.now();
  const record: DeployRecord = {
    app: request.app,
    objectNames: [],
    imported: false,
    notRun: [],
    mappingStates: {},
    notInFiles: [],
    differences: [],
    deleted: [],
    elapsedMs: 0,
    apiVersionChanged: false,
    steps: [],
    timeline: [],
  };
  try {
    await deploy(request, record, safeLog, deps, clock, started);
  } catch (error) {
    record.error = redactedError(error, redact);
  }
  record.elapsedMs = clock.now() - started;
  return record;
}

async function deploy(request: DeployRequest, record: DeployRecord, log: DeployLog, deps: DeployDeps, clock: Clock, started: number): Promise<void> {
  const { app } = request;
  refuseDeployOnPullRequest(request.eventName, request.allowPullRequestDeploy);
  const document = await mergeMappingFiles(request.files);
  record.objectNames = document.mappings.map((mapping) => mapping.object_name);

  // One deadline for every call and every wait, whatever the API does (hangs, asks to wait an hour,
  // keeps failing): the deploy ends, with its summary and outputs, within wait-timeout.
  const deadline = clock.now() + request.waitTimeoutSeconds * 1000;
  // The last poll comes at the deadline and needs a moment to be answered.
  const api = connectApi({ ...deps, apiKey: request.apiKey, discoveryServer: request.discoveryServer, clock, log, deadline: deadline + LAST_POLL_GRACE_MS });
  const connection = await findConnection(api, app, request.resource, log);
  record.resource = connection.resource_name;
  const observe = (detail: ConnectionDetail): void => {
    noteStates(record, detail);
    record.statesObservedAtMs = clock.now() - started;
    record.apiVersion = liveApiVersion(detail) ?? record.apiVersion;
  };
  const notRun = (check: string, failure: RemoteFailure): void => {
    record.notRun.push({ check, reason: failure.message });
    log.warning(`Could not read ${check}, so that check did not run (it counts as neither passed nor failed): ${failure.message}`);
  };
  const poll: PollOptions = {
    poll: () => readDetail(api, connection),
    clock,
    intervalMs: request.pollIntervalSeconds * 1000,
    deadline,
    app,
    log,
    onPoll: observe,
    onChange: (change) => record.timeline.push({ ...change, atMs: clock.now() - started }),
  };

  let detail = await readDetail(api, connection);
  observe(detail);
  record.herokuPlan = detail.plan;
  log.info(`Connection "${connection.resource_name}" of app "${app}": ${detail.state}, plan ${detail.plan ?? 'unknown'}, ${detail.mappings.length} mapping(s).`);
  if (detail.state === 'IMPORT_CONFIGURATION') {
    log.info('Another import is running on the connection; waiting for it to finish first.');
    detail = await log.group('Waiting for the running import to finish', () => waitForRunningImport(poll));
  }
  checkReady(detail, app);
  if (request.prune) checkPrunable(document, detail, record.objectNames);
  await lintForPlan(request, detail.plan, log);
  const targetVersion = requestedApiVersion(document, detail);
  if (targetVersion !== undefined) {
    detail = await changeApiVersionFirst(request, targetVersion, detail, record, { api, connection, poll, log, steps: record.steps, started });
  }

  const merged = alignSection(document, detail, record, log);
  const backup = await exportConfiguration(api, connection);
  record.backupFile = await writeBackup(backup, request.backupDir, app, connection.resource_name, clock.now());
  log.info(`Backed up the live configuration to ${record.backupFile}; import that file to undo this deploy.`);
  const fileObjects = new Set(record.objectNames.map((name) => name.toLowerCase()));
  record.notInFiles = detail.mappings.map((mapping) => mapping.object_name).filter((name) => !fileObjects.has(name.toLowerCase()));
  const changes = deployPlan(backup, merged, request.prune ?? false);
  record.changes = changes;
  const toImport = changes.filter((change) => change.kind !== 'mapping-deleted');
  if (record.notInFiles.length > 0 && !request.prune) {
    log.info(`The import never deletes a mapping. Live mappings the files do not contain, which stay on the connection: ${record.notInFiles.join(', ')}.`);
  }

  if (toImport.length === 0) {
    record.upToDate = true;
    log.info(`Nothing to import: the live configuration already has every mapping of the files as they are (compared by meaning with the backup). Nothing was imported.`);
    warnAboutFailedMappings(detail, record.objectNames, 'Not imported, as nothing changed', log);
  } else {
    log.info(`The import changes ${toImport.length} thing(s):`);
    for (const change of toImport) log.info(`  ${change.care ? '⚠ ' : ''}${change.object}: ${changeLabel(change)}`);
    // The baseline is a nicety: it gets a small share of the time, and failing, never holds up the import.
    const baselineApi = { ...api, deadline: Math.min(deadline, clock.now() + Math.min(BASELINE_BUDGET_MS, request.waitTimeoutSeconds * 100)) };
    const writeErrorsBefore = await readUnlessUnanswered(WRITE_ERRORS_BEFORE, () => readWriteErrors(baselineApi, connection), notRun);
    log.info(`Importing ${merged.mappings.length} mapping(s): ${record.objectNames.join(', ')}.`);
    await importConfiguration(api, connection, merged, (what) =>
      log.warning(`The import request got no usable answer (${what}) and is sent again: Heroku Connect may have received it twice, which is harmless for the same configuration.`),
    );
    record.imported = true;
    log.info('Heroku Connect accepted the import.');
    const mismatches = async () => liveMismatches(await exportConfiguration(api, connection), merged);
    const changed = [...new Map(toImport.map((change) => [change.object.toLowerCase(), change.object])).values()];
    const waited = await log.group(`Waiting for Heroku Connect to apply the import (every ${request.pollIntervalSeconds} s, at most ${formatDuration(request.waitTimeoutSeconds * 1000)})`, () =>
      waitForImport(detail, { objectNames: record.objectNames, changed, mismatches }, poll),
    );
    detail = waited.detail;
    log.info(`The connection is IDLE and every mapping the import changes is DATA_SYNCED, after ${waited.evidence}.`);
    const changedKeys = new Set(changed.map((name) => name.toLowerCase()));
    const unchanged = record.objectNames.filter((name) => !changedKeys.has(name.toLowerCase()));
    warnAboutFailedMappings(detail, unchanged, 'Left as they were by the import', log);
    proveImport(waited.proven ? [] : await mismatches(), record, log);
    if (targetVersion !== undefined) proveApiVersion(detail, targetVersion, log);
    const reached = request.database && (await databaseOf(request.database, app, detail, { ...deps, apiKey: request.apiKey, clock, deadline, log }));
    if (reached) {
      const tables = expectedTables({ mappings: merged.mappings.filter((mapping) => changedKeys.has(mapping.object_name.toLowerCase())) }, undefined, hasStatusColumns(detail));
      await log.group('Checking the tables in the database', () =>
        waitForTables(tables, { url: reached.url, schema: reached.schema, clock, intervalMs: request.pollIntervalSeconds * 1000, deadline, log }),
      );
      record.tablesChecked = true;
    }
    if (writeErrorsBefore !== undefined) {
      const after = await readUnlessUnanswered(WRITE_ERRORS_AFTER, () => readWriteErrors(api, connection), notRun);
      if (after !== undefined) record.writeErrors = newWriteErrors(writeErrorsBefore, after);
    }
  }

  if (request.prune) await prune(api, connection, detail, record, log);
  const failures: string[] = [];
  if (record.writeErrors && record.writeErrors.length > 0) {
    const message = `${record.writeErrors.length} new write error(s) to Salesforce since the import: they are listed in the report, and "heroku-connect-action write-errors --app ${app}" lists them again.`;
    if (request.failOnWriteErrors) failures.push(message);
    else log.warning(message);
  }
  const writeErrorsUnread = record.notRun.find((entry) => entry.check === WRITE_ERRORS_BEFORE || entry.check === WRITE_ERRORS_AFTER);
  if (request.failOnWriteErrors && writeErrorsUnread) {
    failures.push(`fail-on-write-errors is true, but ${writeErrorsUnread.check} could not be read, so the deploy cannot show that the import caused none: ${writeErrorsUnread.reason}`);
  }
  if (request.diagnose) {
    const diagnosed = detail.mappings.filter((mapping) => fileObjects.has(mapping.object_name.toLowerCase()));
    const results = await log.group("Running Heroku Connect's diagnose", () =>
      runDiagnose(api, connection, diagnosed, { clock, intervalMs: request.pollIntervalSeconds * 1000, deadline, log, onUnread: notRun }),
    );
    record.diagnose = diagnoseFindings(results, await mappingPlaces(request.files));
    const { errors, warnings, passes, skips } = record.diagnose.counts;
    log.info(`Heroku Connect's diagnose: ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped.`);
    const failing = record.diagnose.findings.filter((finding) => request.failOn !== 'never' && LEVEL_RANK[finding.level] <= LEVEL_RANK[request.failOn]);
    if (failing.length > 0)
      failures.push(
        `Heroku Connect's diagnose finds ${failing.length} problem(s) that reach fail-on "${request.failOn}": ${failing
          .slice(0, MAX_LISTED_FINDINGS)
          .map((f) => `${f.ruleId} (${f.object ?? 'connection'})`)
          .join(', ')}.`,
      );
  }
  if (failures.length > 0) throw new DeployFailure(failures.join(' '));
  log.info(record.upToDate ? 'Up to date: nothing needed importing.' : 'Deployed: Heroku Connect applied the import, and the live configuration matches the files.');
}

/** The most a resume after a failure may take: the deploy's own deadline may be what ran out. */
const RESUME_AFTER_FAILURE_MS = 120_000;

/**
 * The API-version change before the import: refused unless api-version-change is apply; then the
 * schema diff (refused on any unsafe or undetermined mapping), pause, the change, and resume, each
 * waited for. Whatever fails once the connection is paused, it is resumed before the deploy ends.
 */
async function changeApiVersionFirst(request: DeployRequest, target: string, detail: ConnectionDetail, record: DeployRecord, context: StepContext): Promise<ConnectionDetail> {
  const live = liveApiVersion(detail)!;
  const { app } = request;
  if (request.apiVersionChange !== 'apply') {
    throw new ConfigurationError(
      `The files ask for Salesforce API ${target}, and the connection runs ${live}. Nothing was changed. ` +
        `With api-version-change: apply (--api-version-change apply), the deploy reads the schema diff, refuses an unsafe one, then pauses the connection, changes its API version to ${target}, resumes it and imports the files. ` +
        `Or set connection.api_version to ${live} in the files.`,
    );
  }
  const { log } = context;
  const diff = await readSchemaDiff(context.api, context.connection, target);
  const blocking = blockingMappings(diff);
  context.steps.push({
    name: `schema diff ${live} → ${target}`,
    startedAtMs: context.poll.clock.now() - context.started,
    tookMs: 0,
    outcome: `${diff.mappings.length} mapping(s), ${blocking.length} unsafe or undetermined`,
    failed: blocking.length > 0,
  });
  if (blocking.length > 0) {
    throw new DeployFailure(
      `Not changing the Salesforce API version from ${live} to ${target}: the schema diff finds ${blocking.length} mapping(s) unsafe or undetermined: ` +
        `${blocking.map((mapping) => `${mapping.name} (${[...mapping.messages, schemaDiffConsequence(mapping)].join(' ')})`).join('; ')}. Nothing was changed.`,
    );
  }
  log.info(`Changing the Salesforce API version from ${live} to ${target}: the schema diff is safe for every mapping (${diff.mappings.length}).`);
  if (detail.state !== 'IDLE') {
    throw new ConfigurationError(`The connection must be IDLE to be paused for the API-version change; it is ${detail.state}. Nothing was changed. Deploy again once it is IDLE.`);
  }
  await pause(context);
  try {
    await changeVersion(context, target);
    record.apiVersionChanged = true;
    record.apiVersion = target;
    const resumed = await resume(context);
    log.info(`The connection runs Salesforce API ${target} and is ${resumed.state} again.`);
    return resumed;
  } catch (error) {
    await resumeAfterFailure(context, record, app);
    throw error;
  }
}

/** The deploy paused the connection and something failed: it resumes it, with a budget of its own, and says how that went. */
async function resumeAfterFailure(context: StepContext, record: DeployRecord, app: string): Promise<void> {
  const { clock } = context.poll;
  const deadline = clock.now() + RESUME_AFTER_FAILURE_MS;
  const own: StepContext = { ...context, api: { ...context.api, deadline: deadline + LAST_POLL_GRACE_MS }, poll: { ...context.poll, deadline } };
  try {
    const resumed = await resume(own);
    record.resumedAfterFailure = `The deploy had paused the connection, so it resumed it after the failure: it is ${resumed.state} again.`;
    context.log.warning(record.resumedAfterFailure);
  } catch (error) {
    record.resumedAfterFailure =
      `The deploy had paused the connection and could not resume it after the failure (${error instanceof Error ? error.message : String(error)}). ` +
      `Resume it now: heroku-connect-action resume --app ${app}, or heroku connect:resume -a ${app}.`;
    context.log.warning(record.resumedAfterFailure);
  }
}

/** The version proof: the connection's detail, read after the sync, reports the version of the files. */
function proveApiVersion(detail: ConnectionDetail, target: string, log: DeployLog): void {
  const live = liveApiVersion(detail);
  if (live !== target) throw new DeployFailure(`The connection reports Salesforce API ${live ?? 'unknown'} after the import, not the ${target} of the files.`);
  log.info(`The connection reports Salesforce API ${target}, as the files ask.`);
}

/**
 * What the deploy changes, by meaning, from the live configuration (the backup) to the files. A live
 * mapping the files lack is dropped from it, as import leaves it be; with prune it becomes a deletion.
 */
function deployPlan(backup: ExportDocument, merged: ExportDocument, prune: boolean): PlanChange[] {
  const { changes } = planChanges(backup, merged);
  const live = mappingsOf(backup);
  return changes.flatMap((change) => {
    if (change.kind !== 'mapping-removed') return [change];
    const removed = live?.get(change.object.toLowerCase());
    return prune && removed ? [mappingDeleted(removed)] : [];
  });
}

/** Success is the content, not a state: the live configuration, exported again, must have every mapping as the files do. */
function proveImport(mismatches: readonly string[], record: DeployRecord, log: DeployLog): void {
  if (mismatches.length > 0) {
    const listed = mismatches.slice(0, MAX_LISTED_FINDINGS);
    const more = mismatches.length > listed.length ? `; and ${mismatches.length - listed.length} more` : '';
    throw new DeployFailure(
      `The import was only partly applied: the live configuration, exported after the sync, differs from the files: ${listed.join('; ')}${more}. ` + 'Import the backup to go back, or deploy again.',
    );
  }
  record.proven = true;
  log.info('The live configuration, exported again, has every mapping, field, index and setting of the files.');
}

/** Deletes the live mappings the files lack, after the import (and its proof) succeeded. */
async function prune(api: ConnectApi, connection: DiscoveredConnection, detail: ConnectionDetail, record: DeployRecord, log: DeployLog): Promise<void> {
  // The first live mapping of each name, found by one lookup each rather than a search of the list.
  const liveByName = new Map<string, (typeof detail.mappings)[number]>();
  for (const mapping of detail.mappings) if (!liveByName.has(mapping.object_name.toLowerCase())) liveByName.set(mapping.object_name.toLowerCase(), mapping);
  const doomed = record.notInFiles.map((name) => liveByName.get(name.toLowerCase()));
  for (const mapping of doomed) {
    if (mapping === undefined) continue;
    if (mapping.id === undefined)
      throw new RemoteFailure('Heroku Connect', 'answered', `The ${mapping.object_name} mapping has no id in the connection's detail, so it cannot be deleted; delete it in the dashboard.`);
    await deleteMapping(api, connection, { id: mapping.id, object_name: mapping.object_name });
    record.deleted.push(mapping.object_name);
    log.notice(`Deleted the ${mapping.object_name} mapping (prune): its table and data are gone. Importing the backup ${record.backupFile ?? ''} brings it back.`);
  }
}

/**
 * Prune deletes whatever the files do not name, so it needs files that name mappings, and a
 * connection whose mappings are all understood: a mapping left in an error or unknown state may be
 * one the dashboard or another deploy is working on.
 */
function checkPrunable(document: ExportDocument, detail: ConnectionDetail, objectNames: readonly string[]): void {
  if (document.mappings.length === 0) {
    throw new ConfigurationError('Not pruning: the files name no mapping, so prune would delete every mapping of the connection. Nothing was imported or deleted.');
  }
  const named = new Set(objectNames.map((name) => name.toLowerCase()));
  const unexplained = detail.mappings.filter((mapping) => !named.has(mapping.object_name.toLowerCase()) && ['failed', 'unknown'].includes(judgeMapping(mapping.state)));
  if (unexplained.length > 0) {
    throw new ConfigurationError(
      `Not pruning: live mapping(s) the files do not contain are in a state this deploy cannot explain: ${unexplained.map((m) => describeMapping(m.object_name, m)).join(', ')}. ` +
        'Look at them in the dashboard and delete them by hand if they should go (heroku connect:mapping:delete), or deploy without prune. Nothing was imported or deleted.',
    );
  }
}

/** A mapping of the files that the import leaves as it is, so nothing waits on it, is still worth a word when it is broken. */
function warnAboutFailedMappings(detail: ConnectionDetail, objectNames: readonly string[], why: string, log: DeployLog): void {
  const named = new Set(objectNames.map((name) => name.toLowerCase()));
  const failed = detail.mappings.filter((mapping) => named.has(mapping.object_name.toLowerCase()) && judgeMapping(mapping.state) === 'failed');
  if (failed.length > 0) log.warning(`${why}, but these mappings are in an error state: ${failed.map((m) => describeMapping(m.object_name, m)).join(', ')}.`);
}

/** Refuses a connection that cannot take an import, and one in a state this action does not know: nothing says an import is safe then. */
function checkReady(detail: ConnectionDetail, app: string): void {
  const verdict = judgeConnection(detail.state, app);
  if (verdict.kind === 'blocked') {
    throw new ConfigurationError(`The connection cannot take an import now: it is ${detail.state}, which means ${verdict.meaning}. ${verdict.remedy} Nothing was imported.`);
  }
  if (verdict.kind === 'unknown') {
    throw new DeployFailure(
      `The connection is in state ${detail.state}, which this action does not know, so it cannot tell whether an import is safe now. Nothing was imported. ` +
        `Check the connection (heroku connect:info -a ${app}) and deploy again once it is IDLE.`,
    );
  }
}

/** The demo plan allows less (a 10-minute polling floor) than the plan the files may have been linted for. */
async function lintForPlan(request: DeployRequest, connectionPlan: string | undefined, log: DeployLog): Promise<void> {
  const herokuPlan = HEROKU_PLANS.find((known) => known === connectionPlan?.toLowerCase());
  if (connectionPlan !== undefined && herokuPlan === undefined) {
    log.info(`The connection's plan "${connectionPlan}" is not one the lint knows (${HEROKU_PLANS.join(', ')}); the files are checked against the paid plans' limits.`);
  }
  if (herokuPlan === request.lintedHerokuPlan) return;
  log.info(`Linting the files again for the connection's plan (${herokuPlan ?? 'paid'}).`);
  const run = await request.lint(herokuPlan);
  if (!reachesFailOn(run.counts, request.failOn)) return;
  const failing = run.findings.filter((finding) => request.failOn !== 'never' && LEVEL_RANK[finding.level] <= LEVEL_RANK[request.failOn]);
  const listed = failing.slice(0, MAX_LISTED_FINDINGS).map((f) => `  ${f.file}:${f.line}:${f.column} ${f.level} ${f.ruleId}: ${f.message}`);
  const more = failing.length > MAX_LISTED_FINDINGS ? [`  … and ${failing.length - MAX_LISTED_FINDINGS} more`] : [];
  throw new DeployFailure(
    [`For the connection's plan (${herokuPlan ?? 'paid'}), the lint finds ${failing.length} problem(s) that reach fail-on "${request.failOn}"; nothing was imported:`, ...listed, ...more].join('\n'),
  );
}

function alignSection(document: ExportDocument, detail: ConnectionDetail, record: DeployRecord, log: DeployLog): ExportDocument {
  if (document.connection === undefined) return document;
  const { section, differences } = alignConnectionSection(document.connection, detail);
  record.differences = differences;
  for (const difference of differences) log[difference.level === 'notice' ? 'notice' : 'info'](difference.message);
  return { ...document, connection: section };
}

function noteStates(record: DeployRecord, detail: ConnectionDetail): void {
  record.connectionState = detail.state;
  const byName = new Map(detail.mappings.map((mapping) => [mapping.object_name.toLowerCase(), mapping]));
  for (const name of record.objectNames) {
    const mapping = byName.get(name.toLowerCase());
    if (mapping) record.mappingStates[name] = { state: mapping.state, ...(mapping.state_description && { description: mapping.state_description }) };
  }
}
