import { ConfigurationError } from '../errors.js';
import type { LiveTarget } from '../plan/live.js';
import { isLevel, parseRuleSettings, resolveLevels, type RuleLevels } from '../lint/levels.js';
import type { FailOn, LiveDescribe } from '../lint/run.js';
import { PLANS, type Plan } from '../lint/types.js';

/** Every input the action reads, by name. action.yml declares the same names and defaults (a test checks). */
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
  OnlyChanged: 'only-changed',
  GithubToken: 'github-token',
  Comment: 'comment',
  Diagnose: 'diagnose',
  Prune: 'prune',
  FailOnWriteErrors: 'fail-on-write-errors',
} as const;

/** Defaults applied in code, so the bundled action runs with nothing but INPUT_FILES set. */
export const INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  [Input.Files]: '',
  [Input.Rules]: '',
  [Input.FailOn]: 'error',
  [Input.Plan]: '',
  [Input.Describe]: '',
  [Input.SalesforceInstanceUrl]: '',
  [Input.SalesforceAccessToken]: '',
  [Input.SarifFile]: '',
  [Input.Deploy]: 'false',
  [Input.HerokuApiKey]: '',
  [Input.App]: '',
  [Input.Resource]: '',
  [Input.WaitTimeout]: '1800',
  [Input.PollInterval]: '10',
  [Input.AllowPullRequestDeploy]: 'false',
  [Input.OnlyChanged]: 'auto',
  // action.yml defaults it to `${{ github.token }}`, an expression only the runner can evaluate.
  [Input.GithubToken]: '',
  [Input.Comment]: 'on-change',
  [Input.Diagnose]: 'true',
  [Input.Prune]: 'false',
  [Input.FailOnWriteErrors]: 'false',
};

export interface InputSource {
  getInput(name: string): string;
  setSecret(value: string): void;
  env: NodeJS.ProcessEnv;
}

export interface LintInputs {
  patterns: string[];
  levels: RuleLevels;
  failOn: FailOn;
  plan?: Plan;
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
}

export function getString(source: InputSource, name: string): string {
  return source.getInput(name).trim() || (INPUT_DEFAULTS[name] ?? '');
}

export function getList(source: InputSource, name: string): string[] {
  return getString(source, name)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export function getChoice<T extends string>(source: InputSource, name: string, choices: readonly T[]): T | undefined {
  const value = getString(source, name);
  if (value === '') return undefined;
  const lower = value.toLowerCase();
  const match = choices.find((choice) => choice === lower);
  if (!match) throw new ConfigurationError(`Input "${name}" is "${value}"; use one of: ${choices.join(', ')}.`);
  return match;
}

export function getBoolean(source: InputSource, name: string): boolean {
  const value = getString(source, name).toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new ConfigurationError(`Input "${name}" is "${value}"; use true or false.`);
}

/** Upper bounds keep a wait within a day and a poll within an hour, and far below setTimeout's 2^31 ms limit. */
export const INTEGER_BOUNDS: Readonly<Record<string, { min: number; max: number }>> = {
  [Input.WaitTimeout]: { min: 1, max: 86_400 },
  [Input.PollInterval]: { min: 1, max: 3_600 },
};

export function getInteger(source: InputSource, name: string): number {
  const value = getString(source, name);
  const { min, max } = INTEGER_BOUNDS[name] ?? { min: 0, max: Number.MAX_SAFE_INTEGER };
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new ConfigurationError(`Input "${name}" is "${value}"; use a whole number of at least ${min}.`);
  }
  if (Number(value) > max) throw new ConfigurationError(`Input "${name}" is "${value}"; use at most ${max}.`);
  return Number(value);
}

/** A secret input, masked in the log before anything else can print it (once, however often it is read). */
export function getSecret(source: InputSource, name: string, envFallback?: string): string {
  const value = source.getInput(name).trim() || (envFallback ? source.env[envFallback]?.trim() ?? '' : '');
  const masked = maskedBy.get(source) ?? new Set<string>();
  maskedBy.set(source, masked);
  if (value && !masked.has(value)) {
    source.setSecret(value);
    masked.add(value);
  }
  return value;
}

const maskedBy = new WeakMap<InputSource, Set<string>>();

export function readLintInputs(source: InputSource): LintInputs {
  const failOn = getString(source, Input.FailOn).toLowerCase();
  if (failOn !== 'never' && !isLevel(failOn)) {
    throw new ConfigurationError(`Input "fail-on" is "${failOn}"; use error, warning, notice or never.`);
  }
  const plan = getChoice(source, Input.Plan, PLANS);
  const live = readLiveDescribe(source);
  const sarifFile = getString(source, Input.SarifFile);
  return {
    patterns: getList(source, Input.Files),
    levels: resolveLevels(parseRuleSettings(getList(source, Input.Rules))),
    failOn: failOn as FailOn,
    ...(plan && { plan }),
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
    throw new ConfigurationError('Live describe needs both "salesforce-instance-url" and "salesforce-access-token"; one of them is empty.');
  }
  return { instanceUrl, accessToken };
}

/**
 * The deploy inputs, or undefined when `deploy` is off. The API key is read (and masked) first and
 * in every case, so that no later log line can show it even when the deploy is not asked for.
 */
export function readDeployInputs(source: InputSource): DeployInputs | undefined {
  const apiKey = getSecret(source, Input.HerokuApiKey, 'HEROKU_API_KEY');
  // Checked in every mode: a wrong value is wrong before anyone turns deploy on.
  getInteger(source, Input.WaitTimeout);
  getInteger(source, Input.PollInterval);
  return getBoolean(source, Input.Deploy) ? readDeploySettings(source, apiKey) : undefined;
}

/** The deploy settings, checked; the CLI's deploy command reads its options through this too. */
export function readDeploySettings(source: InputSource, apiKey = getSecret(source, Input.HerokuApiKey, 'HEROKU_API_KEY')): DeployInputs {
  // An empty `files` lints the whole workspace; importing every mapping file found there is never what is meant.
  if (getList(source, Input.Files).length === 0) {
    throw new ConfigurationError('Deploying needs the mapping files named ("files"): every file named goes into one import.');
  }
  const app = getString(source, Input.App);
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
  };
}

export const ONLY_CHANGED = ['auto', 'true', 'false'] as const;
export const COMMENT_MODES = ['off', 'on-change', 'always'] as const;

export interface ReviewInputs {
  onlyChanged: (typeof ONLY_CHANGED)[number];
  comment: (typeof COMMENT_MODES)[number];
}

export interface ReviewSettings extends ReviewInputs {
  githubToken: string;
}

/** The pull-request inputs; the token is masked on reading, like every secret. */
export function readReviewInputs(source: InputSource): ReviewSettings {
  return {
    onlyChanged: getChoice(source, Input.OnlyChanged, ONLY_CHANGED) ?? 'auto',
    comment: getChoice(source, Input.Comment, COMMENT_MODES) ?? 'on-change',
    githubToken: getSecret(source, Input.GithubToken, 'GITHUB_TOKEN'),
  };
}

/**
 * The connection to plan against, when both app and API key are given without a deploy: the plan
 * then compares the files with the live configuration. Read only (an export), but it needs secrets,
 * so the caller allows it on trusted events only.
 */
export function readLiveTarget(source: InputSource): Omit<LiveTarget, 'discoveryServer'> | undefined {
  const apiKey = getSecret(source, Input.HerokuApiKey, 'HEROKU_API_KEY');
  const app = getString(source, Input.App);
  if (apiKey === '' || app === '') return undefined;
  const resource = getString(source, Input.Resource);
  return { apiKey, app, ...(resource && { resource }) };
}
