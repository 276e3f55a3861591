import { connectApi, exportConfiguration, importConfiguration, readDetail, type ConnectApiOptions } from '../connect/client.js';
import { findConnection } from '../connect/resolve.js';
import { judgeConnection } from '../connect/states.js';
import type { ConnectionDetail, ExportDocument } from '../connect/types.js';
import { ConfigurationError, DeployFailure, redactedError, redactor } from '../errors.js';
import { systemClock, type Clock } from '../http/clock.js';
import { reachesFailOn, type FailOn, type LintRun } from '../lint/run.js';
import { LEVEL_RANK, HEROKU_PLANS, type HerokuPlan } from '../core/types.js';
import { writeBackup } from './backup.js';
import { alignConnectionSection, type SectionDifference } from './connection-section.js';
import { mergeMappingFiles, type DeployFile } from './document.js';
import { formatDuration, waitForImport, waitForRunningImport, type PollOptions, type WaitLog } from './wait.js';

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
}

export interface DeployLog extends WaitLog {
  notice(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** Seams for tests: time, the network, and the retry policy (the HTTP client's defaults otherwise). */
export type DeployDeps = Pick<ConnectApiOptions, 'clock' | 'fetch' | 'timeoutMs' | 'retries' | 'random'>;

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
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const MAX_LISTED_FINDINGS = 10;
const LAST_POLL_GRACE_MS = 5000;

/**
 * The deploy stage: find the connection, check it can take an import, lint again for its plan,
 * align the `connection` section, back up the live configuration, import every mapping file in one
 * import, and wait until Heroku Connect has applied it and every imported mapping has synced.
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
  };
  const started = clock.now();
  const record: DeployRecord = { app: request.app, objectNames: [], imported: false, mappingStates: {}, notInFiles: [], differences: [], elapsedMs: 0 };
  try {
    await deploy(request, record, safeLog, deps, clock);
  } catch (error) {
    record.error = redactedError(error, redact);
  }
  record.elapsedMs = clock.now() - started;
  return record;
}

async function deploy(request: DeployRequest, record: DeployRecord, log: DeployLog, deps: DeployDeps, clock: Clock): Promise<void> {
  const { app } = request;
  if (request.eventName && PULL_REQUEST_EVENTS.has(request.eventName) && !request.allowPullRequestDeploy) {
    throw new ConfigurationError(
      `Not deploying on a ${request.eventName} event: the pull request's mapping files are not merged yet, and a deploy from them would change the live connection. ` +
        'Deploy on push to the default branch or on workflow_dispatch. For a review-app connection the pull request may change, set allow-pull-request-deploy to true.',
    );
  }
  const document = await mergeMappingFiles(request.files);
  record.objectNames = document.mappings.map((mapping) => mapping.object_name);

  // One deadline for every call and every wait, whatever the API does (hangs, asks to wait an hour,
  // keeps failing): the deploy ends, with its summary and outputs, within wait-timeout.
  const deadline = clock.now() + request.waitTimeoutSeconds * 1000;
  // The last poll comes at the deadline and needs a moment to be answered.
  const api = connectApi({ ...deps, apiKey: request.apiKey, discoveryServer: request.discoveryServer, clock, log, deadline: deadline + LAST_POLL_GRACE_MS });
  const connection = await findConnection(api, app, request.resource, log);
  record.resource = connection.resource_name;
  const observe = (detail: ConnectionDetail): void => noteStates(record, detail);
  const poll: PollOptions = {
    poll: () => readDetail(api, connection),
    clock,
    intervalMs: request.pollIntervalSeconds * 1000,
    deadline,
    app,
    log,
    onPoll: observe,
  };

  let detail = await readDetail(api, connection);
  observe(detail);
  record.herokuPlan = detail.plan;
  log.info(`Connection "${connection.resource_name}" of app "${app}": ${detail.state}, plan ${detail.plan ?? 'unknown'}, ${detail.mappings.length} mapping(s).`);
  if (detail.state === 'IMPORT_CONFIGURATION') {
    log.info('Another import is running on the connection; waiting for it to finish first.');
    detail = await log.group('Waiting for the running import to finish', () => waitForRunningImport(poll));
  }
  checkReady(detail, app, log);
  await lintForPlan(request, detail.plan, log);

  const merged = alignSection(document, detail, record, log);
  record.backupFile = await writeBackup(await exportConfiguration(api, connection), request.backupDir, app, connection.resource_name, clock.now());
  log.info(`Backed up the live configuration to ${record.backupFile}; import that file to undo this deploy.`);
  const fileObjects = new Set(record.objectNames.map((name) => name.toLowerCase()));
  record.notInFiles = detail.mappings.map((mapping) => mapping.object_name).filter((name) => !fileObjects.has(name.toLowerCase()));
  if (record.notInFiles.length > 0) {
    log.info(`The import never deletes a mapping. Live mappings the files do not contain, which stay on the connection: ${record.notInFiles.join(', ')}.`);
  }

  log.info(`Importing ${merged.mappings.length} mapping(s): ${record.objectNames.join(', ')}.`);
  await importConfiguration(api, connection, merged);
  record.imported = true;
  log.info('Heroku Connect accepted the import.');
  const { evidence } = await log.group(`Waiting for Heroku Connect to apply the import (every ${request.pollIntervalSeconds} s, at most ${formatDuration(request.waitTimeoutSeconds * 1000)})`, () =>
    waitForImport(detail, record.objectNames, poll),
  );
  log.info(`Deployed: the connection is IDLE and every imported mapping is DATA_SYNCED, after ${evidence}.`);
}

/** Refuses a connection that cannot take an import; an unknown state is let through with a warning, as Heroku adds states. */
function checkReady(detail: ConnectionDetail, app: string, log: DeployLog): void {
  const verdict = judgeConnection(detail.state, app);
  if (verdict.kind === 'blocked') {
    throw new ConfigurationError(`The connection cannot take an import now: it is ${detail.state}, which means ${verdict.meaning}. ${verdict.remedy} Nothing was imported.`);
  }
  if (verdict.kind === 'unknown') log.warning(`The connection is in state ${detail.state}, which this action does not know; importing all the same.`);
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

