import { connectApi, readDetail, type ConnectApiOptions } from '../../clients/connect/client.js';
import { discoveryServerOf } from '../../clients/connect/discovery.js';
import { findConnection } from '../../clients/connect/resolve.js';
import { liveApiVersion, type ConnectionDetail, type MappingDetail } from '../../clients/connect/types.js';
import { apiNameProblem } from '../../core/api-name.js';
import { excerpt } from '../../core/text.js';
import { ConfigurationError, DeployFailure, redactedError, redactor, RemoteFailure } from '../../core/errors.js';
import { systemClock } from '../../core/http/clock.js';
import { refuseLiveChangeOnPullRequest } from '../../core/trust/event.js';
import { pause, reload, resume, type LifecycleStep, type StepContext } from '../deploy/lifecycle.js';
import { LAST_POLL_GRACE_MS, waitForRunningImport, type PollOptions, type WaitLog } from '../deploy/wait.js';

/** The operator commands: the Heroku CLI's connect:pause, connect:resume, connect:restart (connect:recover) and connect:mapping:reload, with a wait for evidence. */
export type Operation = 'pause' | 'resume' | 'restart' | 'reload';

/** Each operator command's operation: recover is restart by the other name the Heroku CLI gives it. */
export const OPERATION_OF = { pause: 'pause', resume: 'resume', restart: 'restart', recover: 'restart', reload: 'reload' } as const satisfies Record<string, Operation>;

export interface OperationRequest {
  operation: Operation;
  app: string;
  resource?: string;
  apiKey: string;
  discoveryServer: string;
  waitTimeoutSeconds: number;
  pollIntervalSeconds: number;
  /** reload: the object names of the mappings to reload. */
  mappings?: readonly string[];
  /** reload: the app's name again, as the confirmation that the tables may be emptied. */
  confirm?: string;
  /** GITHUB_EVENT_NAME, when running in a workflow. */
  eventName?: string;
}

/** The request of `command` from its inputs and the environment, the same from the CLI and the action: the discovery server, and the event a live change is refused on. */
export function operationRequest(command: keyof typeof OPERATION_OF, inputs: Omit<OperationRequest, 'operation' | 'discoveryServer' | 'eventName'>, env: NodeJS.ProcessEnv): OperationRequest {
  return { ...inputs, operation: OPERATION_OF[command], discoveryServer: discoveryServerOf(env), ...(env.GITHUB_EVENT_NAME && { eventName: env.GITHUB_EVENT_NAME }) };
}

/** What the command did and saw, filled in as it goes, so that a failure still reports what was known. */
export interface OperationRecord {
  operation: Operation;
  app: string;
  resource?: string;
  stateBefore?: string;
  connectionState?: string;
  apiVersion?: string;
  /** reload: the last state seen of each reloaded mapping. */
  mappingStates: Record<string, string>;
  steps: LifecycleStep[];
  elapsedMs: number;
  error?: Error;
}

export type OperationDeps = Pick<ConnectApiOptions, 'clock' | 'fetch' | 'timeoutMs' | 'retries' | 'random'>;

/**
 * Runs one operator command: the pre-check of the state, the action, and the wait (within
 * wait-timeout) for the state that shows it took effect. It does not throw: the record's `error`
 * says why it failed, so outputs and the summary can still be written.
 */
export async function runOperation(request: OperationRequest, log: WaitLog, deps: OperationDeps = {}): Promise<OperationRecord> {
  const clock = deps.clock ?? systemClock;
  const redact = redactor(request.apiKey, '[HEROKU_API_KEY]');
  const safeLog: WaitLog = {
    info: (message) => log.info(redact(message)),
    warning: (message) => log.warning(redact(message)),
    ...(log.status && { status: (message: string) => log.status!(redact(message)) }),
  };
  const started = clock.now();
  const record: OperationRecord = { operation: request.operation, app: request.app, mappingStates: {}, steps: [], elapsedMs: 0 };
  try {
    await operate(request, record, safeLog, deps, started);
  } catch (error) {
    // The waits fail with the deploy's kind of error; here no deploy ran: Heroku Connect did not show the command's effect.
    const failure = error instanceof DeployFailure ? new RemoteFailure('Heroku Connect', 'answered', error.message) : error;
    record.error = redactedError(failure, redact);
  }
  record.elapsedMs = clock.now() - started;
  return record;
}

async function operate(request: OperationRequest, record: OperationRecord, log: WaitLog, deps: OperationDeps, started: number): Promise<void> {
  const { app, operation } = request;
  refuseLiveChangeOnPullRequest(request.eventName, operation);
  const names = operation === 'reload' ? reloadNames(request) : [];
  const clock = deps.clock ?? systemClock;
  const deadline = clock.now() + request.waitTimeoutSeconds * 1000;
  const api = connectApi({ ...deps, apiKey: request.apiKey, discoveryServer: request.discoveryServer, clock, log, deadline: deadline + LAST_POLL_GRACE_MS });
  const connection = await findConnection(api, app, request.resource, log);
  record.resource = connection.resource_name;
  const observe = (detail: ConnectionDetail): void => {
    record.connectionState = detail.state;
    record.apiVersion = liveApiVersion(detail) ?? record.apiVersion;
    for (const mapping of detail.mappings) if (names.some((name) => name.toLowerCase() === mapping.object_name.toLowerCase())) record.mappingStates[mapping.object_name] = mapping.state;
  };
  const poll: PollOptions = { poll: () => readDetail(api, connection), clock, intervalMs: request.pollIntervalSeconds * 1000, deadline, app, log, onPoll: observe };
  let detail = await readDetail(api, connection);
  observe(detail);
  record.stateBefore = detail.state;
  log.info(`Connection "${connection.resource_name}" of app "${app}": ${detail.state}, ${detail.mappings.length} mapping(s).`);
  const context: StepContext = { api, connection, poll, log, steps: record.steps, started };
  switch (operation) {
    case 'pause':
      if (detail.state === 'IMPORT_CONFIGURATION') {
        log.info('An import is running on the connection; waiting for it to finish first.');
        detail = await waitForRunningImport(poll);
      }
      if (detail.state !== 'IDLE') refuse(`A connection can only be paused when it is IDLE; it is ${detail.state}.`, `Pause it once it is IDLE (heroku connect:info -a ${app} shows its state).`);
      detail = await pause(context);
      break;
    case 'resume':
      if (detail.state !== 'PAUSED')
        refuse(
          `Only a PAUSED connection can be resumed; it is ${detail.state}.`,
          detail.state === 'IDLE' ? 'It is already running.' : `For a connection in an error state, restart it: heroku-connect-action restart --app ${app}.`,
        );
      detail = await resume(context);
      break;
    case 'restart':
      if (detail.state === 'PAUSED') refuse('The connection is PAUSED: a restart does not resume it.', `Resume it instead: heroku-connect-action resume --app ${app}.`);
      detail = await resume(context, 'restart');
      break;
    case 'reload':
      detail = await reload(context, reloadable(detail, names, app));
      break;
  }
  observe(detail);
  log.info(`${operation}: done; the connection is ${detail.state}.`);
}

/** Nothing was sent: the state does not allow the command. */
function refuse(why: string, remedy: string): never {
  throw new ConfigurationError(`${why} Nothing was sent. ${remedy}`);
}

/** The mappings to reload, checked before anything is read: API names, and the confirmation that their tables may be emptied. */
function reloadNames(request: OperationRequest): string[] {
  const names = [...new Set(request.mappings ?? [])];
  if (names.length === 0) throw new ConfigurationError('reload needs the object name of each mapping to reload, such as: reload Account --app <app> --confirm <app>.');
  for (const name of names) {
    const problem = apiNameProblem(name);
    if (problem !== undefined)
      throw new ConfigurationError(`"${excerpt(name, 60)}" is not a Salesforce object name: ${problem}. Name each mapping by its object, such as Account or Property__c. Nothing was reloaded.`);
  }
  if (request.confirm !== request.app) {
    throw new ConfigurationError(
      `reload empties the table of ${names.join(', ')} and loads it again from Salesforce, so it needs a confirmation: pass --confirm ${request.app} (the action's input confirm: ${request.app}). ` +
        `${request.confirm ? `"${excerpt(request.confirm, 60)}" is not the app's name. ` : ''}Nothing was reloaded.`,
    );
  }
  return names;
}

/** The live mappings of those names; a name the connection has no mapping of is refused before any reload. */
function reloadable(detail: ConnectionDetail, names: readonly string[], app: string): MappingDetail[] {
  const live = new Map(detail.mappings.map((mapping) => [mapping.object_name.toLowerCase(), mapping]));
  const missing = names.filter((name) => !live.has(name.toLowerCase()));
  if (missing.length > 0) {
    const known = detail.mappings.map((mapping) => mapping.object_name).join(', ') || 'none';
    refuse(`The connection has no mapping of ${missing.join(', ')} (its mappings: ${known}).`, `heroku connect:info -a ${app} lists them.`);
  }
  return names.map((name) => {
    const mapping = live.get(name.toLowerCase())!;
    if (mapping.id === undefined) refuse(`The ${mapping.object_name} mapping has no id in the connection's detail, so it cannot be reloaded.`, 'Reload it in the dashboard.');
    return mapping;
  });
}
