import type { ParseArgsConfig } from 'node:util';
import type { Clock } from '../http/clock.js';
import { ConfigurationError } from '../errors.js';
import { isLevel, parseRuleSettings, resolveLevels } from '../lint/levels.js';
import type { FailOn, LintRequest } from '../lint/run.js';
import { HEROKU_PLANS } from '../core/types.js';
import { terminalText } from '../report/escape.js';

export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Tests pass a fake clock and their own fetch; the real ones otherwise. */
  clock?: Clock;
  fetch?: typeof fetch;
}

export const EXIT = { ok: 0, findings: 1, deployFailed: 1, usage: 2 } as const;

/** The options that choose what the lint checks, shared by lint and deploy. */
export const CHECK_OPTIONS = {
  plan: { type: 'string' },
  describe: { type: 'string', multiple: true, default: [] },
  rule: { type: 'string', multiple: true, default: [] },
  'fail-on': { type: 'string', default: 'error' },
  'salesforce-instance-url': { type: 'string' },
  'no-color': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

export interface CheckValues {
  plan?: string | undefined;
  describe: string[];
  rule: string[];
  'fail-on': string;
  'salesforce-instance-url'?: string | undefined;
  'no-color': boolean;
}

export function checkRequest(values: CheckValues, positionals: readonly string[], io: CliIO): { request: LintRequest; failOn: FailOn } {
  const failOn = values['fail-on'].toLowerCase();
  if (failOn !== 'never' && !isLevel(failOn)) throw new ConfigurationError(`--fail-on is "${failOn}"; use error, warning, notice or never.`);
  const plan = values.plan === undefined ? undefined : choice('--plan', values.plan, HEROKU_PLANS);
  const instanceUrl = values['salesforce-instance-url'] ?? io.env.SF_INSTANCE_URL;
  const accessToken = io.env.SF_ACCESS_TOKEN;
  if (instanceUrl && !accessToken) throw new ConfigurationError('Live describe needs the access token in the SF_ACCESS_TOKEN environment variable.');
  const request: LintRequest = {
    root: io.cwd,
    patterns: positionals,
    // The user's own machine: a file or folder they name may be outside the current directory.
    namedMayLeaveRoot: true,
    levels: resolveLevels(parseRuleSettings(values.rule)),
    ...(plan && { herokuPlan: plan }),
    describePatterns: values.describe,
    ...(instanceUrl && accessToken && { live: { instanceUrl, accessToken, ...(io.fetch && { fetchImpl: io.fetch }), ...(io.clock && { clock: io.clock }) } }),
    log: { info: (message) => io.stderr.write(`${terminalText(message)}\n`), warning: (message) => io.stderr.write(`warning: ${terminalText(message)}\n`) },
  };
  return { request, failOn: failOn as FailOn };
}

export function useColor(values: CheckValues, io: CliIO): boolean {
  return !values['no-color'] && !io.env.NO_COLOR && (Boolean(io.stdout.isTTY) || Boolean(io.env.FORCE_COLOR));
}

export function choice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  const match = choices.find((c) => c === value.toLowerCase());
  if (!match) throw new ConfigurationError(`${flag} is "${value}"; use one of: ${choices.join(', ')}.`);
  return match;
}
