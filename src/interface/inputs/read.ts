import { registerSecret } from '../../core/run-scope.js';
import { ConfigurationError } from '../../core/errors.js';
import { secretRefusal } from '../../core/trust/event.js';
import { parseAppTargets, type AppTarget } from '../../clients/connect/targets.js';
import { parseDuration } from '../../core/duration.js';
import type { HealthOptions } from '../../live/ops/run.js';
import { inputSpec, type InputName } from './table.js';
import { parseRuleSettings, resolveLevels, type RuleLevels } from '../../lint/levels.js';
import type { FailOn, LiveDescribe } from '../../lint/run.js';
import type { HerokuPlan } from '../../core/types.js';
import type { DatabaseChoice } from '../../live/database/reach.js';
import { platformApiOf } from '../../clients/heroku/server.js';
import { registerDatabaseUrl } from '../../clients/postgres/database.js';

/** The action's input names, for code that names one: each is declared in src/interface/inputs/table.ts. */
export const Input = {
  Files: 'files',
  Rules: 'rules',
  FailOn: 'fail-on',
  Plan: 'plan',
  Describe: 'describe',
  SalesforceInstanceUrl: 'salesforce-instance-url',
  SalesforceAccessToken: 'salesforce-access-token',
  SarifFile: 'sarif-file',
  Deploy: 'deploy',
  HerokuApiKey: 'heroku-api-key',
  App: 'app',
  Resource: 'resource',
  WaitTimeout: 'wait-timeout',
  PollInterval: 'poll-interval',
  AllowPullRequestDeploy: 'allow-pull-request-deploy',
  AllowPullRequestSecrets: 'allow-pull-request-secrets',
  OnlyChanged: 'only-changed',
  GithubToken: 'github-token',
  Comment: 'comment',
  Diagnose: 'diagnose',
  Prune: 'prune',
  FailOnWriteErrors: 'fail-on-write-errors',
  Command: 'command',
  WriteBack: 'write-back',
  Since: 'since',
  StaleIntervals: 'stale-intervals',
  MaxWriteErrors: 'max-write-errors',
  MaxNotifications: 'max-notifications',
  Acknowledge: 'acknowledge',
  HealthIssue: 'health-issue',
  ApiVersionChange: 'api-version-change',
  Mappings: 'mappings',
  Confirm: 'confirm',
  DatabaseUrl: 'database-url',
  Database: 'database',
  MaxPendingAge: 'max-pending-age',
} as const satisfies Record<string, InputName>;

/**
 * Where the values come from: the runner's INPUT_* variables in the action, the parsed flags in the
 * CLI. Both are read through the functions below, so a value means the same in both.
 */
export interface InputSource {
  getInput(name: string): string;
  setSecret(value: string): void;
  env: NodeJS.ProcessEnv;
  /** How a message names the input: `Input "fail-on"` in the action, `--fail-on` in the CLI. */
  label?(name: string): string;
  /** The configuration file's values by input name, as the input would be written (lists one per line). */
  config?: Readonly<Record<string, string>>;
}

export interface LintInputs {
  patterns: string[];
  levels: RuleLevels;
  failOn: FailOn;
  herokuPlan?: HerokuPlan;
  describePatterns: string[];
  live?: LiveDescribe;
  sarifFile?: string;
}

export interface DeployInputs {
  apiKey: string;
  app: string;
  resource?: string;
  waitTimeoutSeconds: number;
  pollIntervalSeconds: number;
  allowPullRequestDeploy: boolean;
  diagnose: boolean;
  prune: boolean;
  failOnWriteErrors: boolean;
  apiVersionChange: 'refuse' | 'apply';
  database: DatabaseChoice;
}

function label(source: InputSource, name: string): string {
  return source.label ? source.label(name) : `Input "${name}"`;
}

/**
 * The input, else its environment variable, else the configuration file's value, else its default.
 * A secret input is masked in the log and noted as a secret of the run on reading (once, however
 * often it is read): every file the run writes and every redacted message leave it out.
 */
export function getString(source: InputSource, name: InputName): string {
  const spec = inputSpec(name);
  const value = source.getInput(name).trim() || (spec.env ? (source.env[spec.env]?.trim() ?? '') : '') || (spec.configKey ? (source.config?.[name]?.trim() ?? '') : '') || spec.default;
  if (spec.secret && value !== '' && value.length < (spec.secretMinLength ?? 0)) {
    const where = spec.env && !source.getInput(name).trim() ? spec.env : label(source, name);
    throw new ConfigurationError(
      `${where} holds ${value.length} character${value.length === 1 ? '' : 's'}, too few for a real key (at least ${spec.secretMinLength}): set it to the whole key, as \`heroku auth:token\` or \`heroku authorizations:create\` prints it.`,
    );
  }
  if (spec.secret) noteSecret(source, value, `[${spec.env ?? name}]`);
  return value;
}

export function getList(source: InputSource, name: InputName): string[] {
  return splitLines(getString(source, name));
}

function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** One of the input's declared choices, or undefined when it is empty. */
export function getChoice<T extends string>(source: InputSource, name: InputName): T | undefined {
  const choices = (inputSpec(name).choices ?? []) as readonly T[];
  const value = getString(source, name);
  if (value === '') return undefined;
  const match = choices.find((choice) => choice === value.toLowerCase());
  if (!match) throw new ConfigurationError(`${label(source, name)} is "${value}"; use one of: ${choices.join(', ')}.`);
  return match;
}

export function getBoolean(source: InputSource, name: InputName): boolean {
  const value = getString(source, name).toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new ConfigurationError(`${label(source, name)} is "${value}"; use true or false.`);
}

/** A whole number within the input's bounds; undefined when it is empty and has no default. */
export function getOptionalInteger(source: InputSource, name: InputName): number | undefined {
  const value = getString(source, name);
  if (value === '') return undefined;
  const { min, max } = inputSpec(name).bounds ?? { min: 0, max: Number.MAX_SAFE_INTEGER };
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new ConfigurationError(`${label(source, name)} is "${value}"; use a whole number of at least ${min}.`);
  }
  if (Number(value) > max) throw new ConfigurationError(`${label(source, name)} is "${value}"; use at most ${max}.`);
  return Number(value);
}

export function getInteger(source: InputSource, name: InputName): number {
  const value = getOptionalInteger(source, name);
  if (value === undefined) throw new ConfigurationError(`${label(source, name)} is empty; use a whole number.`);
  return value;
}

/** A secret input: read as every input is (getString masks and notes a secret), named so that the call says what it reads. */
export function getSecret(source: InputSource, name: InputName): string {
  return getString(source, name);
}

function noteSecret(source: InputSource, value: string, label: string): void {
  if (value === '') return;
  registerSecret(value, label);
  const masked = maskedBy.get(source) ?? new Set<string>();
  maskedBy.set(source, masked);
  if (!masked.has(value)) {
    source.setSecret(value);
    masked.add(value);
  }
}

const maskedBy = new WeakMap<InputSource, Set<string>>();

/**
 * The trust rule (src/core/trust/event.ts) with this source's event: the refusal message for `secret`
 * ("the Heroku API key"), or undefined when it may be used. allow-pull-request-secrets allows it;
 * so does allow-pull-request-deploy, the older input, which already allowed the deploy's key there.
 */
export function secretRefusalFor(source: InputSource, secret: string): string | undefined {
  const allow = Input.AllowPullRequestSecrets;
  const allowed = getBoolean(source, allow) || getBoolean(source, Input.AllowPullRequestDeploy);
  return secretRefusal(source.env, secret, allowed, source.label ? source.label(allow) : allow);
}

/** The trust rule for a command that cannot do without the secret: it refuses with the one message. */
export function requireTrustedEventFor(source: InputSource, secret: string): void {
  const refusal = secretRefusalFor(source, secret);
  if (refusal !== undefined) throw new ConfigurationError(refusal);
}

export function readLintInputs(source: InputSource): LintInputs {
  const failOn = getChoice<FailOn>(source, Input.FailOn) ?? 'error';
  const plan = getChoice<HerokuPlan>(source, Input.Plan);
  const live = readLiveDescribe(source);
  const sarifFile = getString(source, Input.SarifFile);
  // The file's levels first, so that an input or flag overrides them rule by rule; a CLI flag's label is the flag itself.
  const rulesLabel = label(source, Input.Rules);
  const ruleSettings = [
    ...parseRuleSettings(splitLines(source.config?.[Input.Rules] ?? '')),
    ...parseRuleSettings(splitLines(source.getInput(Input.Rules)), rulesLabel.startsWith('--') ? rulesLabel : undefined),
  ];
  return {
    patterns: getList(source, Input.Files),
    levels: resolveLevels(ruleSettings),
    failOn,
    ...(plan && { herokuPlan: plan }),
    describePatterns: getList(source, Input.Describe),
    ...(live && { live }),
    ...(sarifFile && { sarifFile }),
  };
}

function readLiveDescribe(source: InputSource): LiveDescribe | undefined {
  const accessToken = getSecret(source, Input.SalesforceAccessToken);
  const instanceUrl = getString(source, Input.SalesforceInstanceUrl);
  if (!accessToken && !instanceUrl) return undefined;
  if (!accessToken || !instanceUrl) {
    throw new ConfigurationError(
      'Live describe needs both the Salesforce instance URL ("salesforce-instance-url" or SF_INSTANCE_URL) and the access token ("salesforce-access-token" or SF_ACCESS_TOKEN); one of them is empty.',
    );
  }
  requireTrustedEventFor(source, 'the Salesforce access token');
  const timeLimitSeconds = getOptionalInteger(source, Input.WaitTimeout);
  return { instanceUrl, accessToken, ...(timeLimitSeconds !== undefined && { timeLimitSeconds }) };
}

/**
 * The deploy inputs, or undefined when `deploy` is off. The API key is read (and masked) first and
 * in every case, so that no later log line can show it even when the deploy is not asked for.
 */
/** The deploy settings when deploying: `command: deploy`, or `deploy: true` as before the command input. */
export function readDeployInputs(source: InputSource, commanded = false): DeployInputs | undefined {
  const apiKey = getSecret(source, Input.HerokuApiKey);
  // Checked in every mode: a wrong value is wrong before anyone turns deploy on.
  getInteger(source, Input.WaitTimeout);
  getInteger(source, Input.PollInterval);
  return commanded || getBoolean(source, Input.Deploy) ? readDeploySettings(source, apiKey) : undefined;
}

/** The deploy settings, checked; the CLI's deploy command reads its options through this too. */
export function readDeploySettings(source: InputSource, apiKey = getSecret(source, Input.HerokuApiKey)): DeployInputs {
  // An empty `files` lints the whole workspace; importing every mapping file found there is never what is meant.
  if (splitLines(source.getInput(Input.Files)).length === 0) {
    throw new ConfigurationError('Deploying needs the mapping files named ("files"): every file named goes into one import.');
  }
  const app = oneApp(source, 'Deploying');
  if (app === '') throw new ConfigurationError('Deploying needs "app": the name of the Heroku app that has the Heroku Connect add-on.');
  if (apiKey === '') {
    throw new ConfigurationError('Deploying needs a Heroku API key: set "heroku-api-key" from a secret, or the HEROKU_API_KEY environment variable.');
  }
  const resource = getString(source, Input.Resource);
  return {
    apiKey,
    app,
    ...(resource && { resource }),
    waitTimeoutSeconds: getInteger(source, Input.WaitTimeout),
    pollIntervalSeconds: getInteger(source, Input.PollInterval),
    allowPullRequestDeploy: getBoolean(source, Input.AllowPullRequestDeploy),
    diagnose: getBoolean(source, Input.Diagnose),
    prune: getBoolean(source, Input.Prune),
    failOnWriteErrors: getBoolean(source, Input.FailOnWriteErrors),
    apiVersionChange: getChoice<'refuse' | 'apply'>(source, Input.ApiVersionChange) ?? 'refuse',
    database: readDatabaseChoice(source),
  };
}

export type OnlyChanged = 'auto' | 'true' | 'false';
export type CommentMode = 'off' | 'on-change' | 'always';

export interface ReviewInputs {
  onlyChanged: OnlyChanged;
  comment: CommentMode;
}

export interface ReviewSettings extends ReviewInputs {
  githubToken: string;
}

/** The pull-request inputs; the token is masked on reading, like every secret. */
export function readReviewInputs(source: InputSource): ReviewSettings {
  return {
    onlyChanged: getChoice<OnlyChanged>(source, Input.OnlyChanged) ?? 'auto',
    comment: getChoice<CommentMode>(source, Input.Comment) ?? 'on-change',
    githubToken: getSecret(source, Input.GithubToken),
  };
}

/**
 * The connection to plan against, when both app and API key are given without a deploy: the plan
 * then compares the files with the live configuration. Read only (an export), but it needs secrets,
 * so the caller allows it on trusted events only.
 */
export function readLiveTarget(source: InputSource): LivePlanInputs | undefined {
  const apiKey = getSecret(source, Input.HerokuApiKey);
  const apps = readAppTargets(source);
  if (apiKey === '' || apps.length === 0) return undefined;
  return { apiKey, apps, waitTimeoutSeconds: getInteger(source, Input.WaitTimeout) };
}

export interface LivePlanInputs {
  apiKey: string;
  apps: AppTarget[];
  /** How long all the plan's calls may take, every app's together. */
  waitTimeoutSeconds: number;
}

/** The apps of `app`, one per line (a repeated --app), each optionally app:resource. */
export function readAppTargets(source: InputSource): AppTarget[] {
  return parseAppTargets(getList(source, Input.App), getString(source, Input.Resource));
}

/** The one app a deploy (or another single-app command, named by `what`) works on. */
export function oneApp(source: InputSource, what: string): string {
  const apps = getList(source, Input.App);
  if (apps.length > 1) throw new ConfigurationError(`${what} works on one app; "app" names ${apps.length}. Use one step (or job) per app.`);
  return apps[0] ?? '';
}

/** The health thresholds and options, checked; the action reads them through this too. */
export function readHealthOptions(source: InputSource): HealthOptions {
  const since = getString(source, Input.Since);
  const sinceMs = parseDuration(since);
  if (sinceMs === undefined) throw new ConfigurationError(`"since" is "${since}"; use a number with s, m, h or d, such as 1h.`);
  const pendingAge = getString(source, Input.MaxPendingAge);
  const maxPendingAgeMs = parseDuration(pendingAge);
  if (maxPendingAgeMs === undefined) throw new ConfigurationError(`${label(source, Input.MaxPendingAge)} is "${pendingAge}"; use a number with s, m, h or d, such as 1h.`);
  return {
    sinceMs,
    maxPendingAgeMs,
    staleIntervals: getInteger(source, Input.StaleIntervals),
    maxWriteErrors: getInteger(source, Input.MaxWriteErrors),
    maxNotifications: getInteger(source, Input.MaxNotifications),
    acknowledge: getBoolean(source, Input.Acknowledge),
  };
}

/** What an operator command (pause, resume, restart, reload) is given: one app, the key, its waits, and for reload the mappings and the confirmation. */
export interface OperationInputs {
  apiKey: string;
  app: string;
  resource?: string;
  waitTimeoutSeconds: number;
  pollIntervalSeconds: number;
  mappings: string[];
  confirm: string;
}

/**
 * The operator command's inputs, checked before anything is sent: one app, the API key, and the
 * trust rule for it (an untrusted pull-request event is refused, as for the deploy).
 */
export function readOperationInputs(source: InputSource, command: string): OperationInputs {
  const apiKey = getSecret(source, Input.HerokuApiKey);
  oneApp(source, command);
  const [target] = readAppTargets(source);
  if (target === undefined) throw new ConfigurationError(`${command} needs "app" (--app): the Heroku app with the Heroku Connect add-on.`);
  if (apiKey === '') throw new ConfigurationError(`${command} needs a Heroku API key: set "heroku-api-key" from a secret, or the HEROKU_API_KEY environment variable.`);
  requireTrustedEventFor(source, 'the Heroku API key');
  return {
    apiKey,
    app: target.app,
    ...(target.resource && { resource: target.resource }),
    waitTimeoutSeconds: getInteger(source, Input.WaitTimeout),
    pollIntervalSeconds: getInteger(source, Input.PollInterval),
    mappings: getList(source, Input.Mappings),
    confirm: getString(source, Input.Confirm),
  };
}

/**
 * Whether to look into the database, and how to find it: database-url (a secret, masked and
 * registered on reading, refused on untrusted pull-request events like the API key), or database:
 * auto, or nothing (off, the default).
 */
export function readDatabaseChoice(source: InputSource): DatabaseChoice {
  const url = getSecret(source, Input.DatabaseUrl);
  const mode = getChoice<'off' | 'auto'>(source, Input.Database);
  if (url !== '' && mode === 'auto') {
    throw new ConfigurationError(`${label(source, Input.DatabaseUrl)} and ${label(source, Input.Database)} auto both say where the database is; give one of them.`);
  }
  if (url !== '') {
    // The password on its own too: a line that quotes it without the rest of the URL stays masked.
    for (const password of registerDatabaseUrl(url).slice(1)) noteSecret(source, password, '[database password]');
    requireTrustedEventFor(source, 'the database URL');
    return { kind: 'url', url };
  }
  return mode === 'auto' ? { kind: 'auto', platformApi: platformApiOf(source.env), mask: (secret) => source.setSecret(secret) } : { kind: 'off' };
}
