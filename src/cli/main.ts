import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { Input, readDeploySettings, type DeployInputs } from '../action/inputs.js';
import { DEFAULT_DISCOVERY_SERVER } from '../connect/client.js';
import { runDeploy, type DeployLog } from '../deploy/run.js';
import { ConfigurationError, DeployFailure, errorMessage } from '../errors.js';
import { PLAN_COMMAND, PLAN_OPTIONS, planCommand } from './plan.js';
import { isLevel, parseRuleSettings, resolveLevels } from '../lint/levels.js';
import { reachesFailOn, runLint, type FailOn, type LintRequest, type LintRun } from '../lint/run.js';
import { PLANS } from '../lint/types.js';
import { formatDeployText } from '../report/deploy-summary.js';
import { annotate } from '../report/github.js';
import { formatJson, formatText } from '../report/text.js';
import { toSarif } from '../report/sarif.js';

export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** 1 is a result the user asked about (lint findings, a deploy that failed); 2 is the command itself going wrong. */
export const EXIT = { ok: 0, findings: 1, deployFailed: 1, usage: 2 } as const;

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: heroku-connect-action <command> [options]

Commands:
  lint [paths or globs...]   Lint Heroku Connect mapping files (default: every mapping file under the current directory)
  deploy <files...> --app <app>
                             Lint the files, then import them all into the app's Heroku Connect connection and wait
                             until it is IDLE and every imported mapping is DATA_SYNCED. The API key comes from
                             HEROKU_API_KEY; CONNECT_DISCOVERY_SERVER overrides https://hc-central.heroku.com.
${PLAN_COMMAND}
Lint options:
  --format <text|json|sarif|github>   Report format (default: text)
  --output <file>                     Write the report to a file instead of stdout
  --plan <demo|enterprise|shield>     The connection's plan (demo has a 10-minute polling floor)
  --describe <glob>                   Salesforce describe snapshots (repeatable)
  --rule <id=level>                   Set a rule to off, notice, warning or error (repeatable)
  --fail-on <error|warning|notice|never>  Exit 1 when a finding reaches this level (default: error)
  --salesforce-instance-url <url>     Fetch describe data live (also SF_INSTANCE_URL); the token comes from SF_ACCESS_TOKEN
  --no-color                          Plain text output (also NO_COLOR)

Deploy options (and the lint options above, but --format and --output):
  --app <app>                         The Heroku app with the Heroku Connect add-on (required)
  --resource <name>                   The add-on's resource name, when the app has several connections
  --wait-timeout <seconds>            How long to wait for the import to be applied and synced (default: 1800)
  --poll-interval <seconds>           Seconds between state polls, at least 1 (default: 10)
  --backup-dir <dir>                  Where the backup of the live configuration goes (default: the OS temp directory)
  --allow-pull-request-deploy         Deploy even when GITHUB_EVENT_NAME is pull_request or pull_request_target

${PLAN_OPTIONS}
Exit codes: 0 nothing reaches --fail-on (and the deploy succeeded), 1 something does (or the deploy failed),
2 usage, configuration or internal error.
`;

/** The options that choose what the lint checks, shared by lint and deploy. */
const CHECK_OPTIONS = {
  plan: { type: 'string' },
  describe: { type: 'string', multiple: true, default: [] },
  rule: { type: 'string', multiple: true, default: [] },
  'fail-on': { type: 'string', default: 'error' },
  'salesforce-instance-url': { type: 'string' },
  'no-color': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

const LINT_OPTIONS = {
  ...CHECK_OPTIONS,
  format: { type: 'string', default: 'text' },
  output: { type: 'string' },
} satisfies ParseArgsConfig['options'];

/** Named as the action's inputs, so that one reader (readDeployInputs) checks both. */
const DEPLOY_OPTIONS = {
  ...CHECK_OPTIONS,
  app: { type: 'string' },
  resource: { type: 'string' },
  'wait-timeout': { type: 'string' },
  'poll-interval': { type: 'string' },
  'backup-dir': { type: 'string' },
  'allow-pull-request-deploy': { type: 'boolean', default: false },
} satisfies ParseArgsConfig['options'];

interface CheckValues {
  plan?: string | undefined;
  describe: string[];
  rule: string[];
  'fail-on': string;
  'salesforce-instance-url'?: string | undefined;
  'no-color': boolean;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return await lintCommand(rest, io);
      case 'deploy':
        return await deployCommand(rest, io);
      case 'plan':
        return await planCommand(rest, io);
      case '--version':
      case '-v':
        io.stdout.write(`${pkg.version}\n`);
        return EXIT.ok;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(USAGE);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new ConfigurationError(`Unknown command "${command}". Run heroku-connect-action --help for the commands.`);
    }
  } catch (error) {
    if (error instanceof DeployFailure) {
      io.stderr.write(`heroku-connect-action: deploy failed: ${error.message}\n`);
      return EXIT.deployFailed;
    }
    if (error instanceof ConfigurationError || isArgumentError(error)) {
      io.stderr.write(`heroku-connect-action: ${errorMessage(error)}\n`);
    } else {
      io.stderr.write(`heroku-connect-action: internal error: ${error instanceof Error && error.stack ? error.stack : String(error)}\n`);
    }
    return EXIT.usage;
  }
}

async function lintCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: LINT_OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  const format = choice('--format', values.format, FORMATS);
  const { request, failOn } = checkRequest(values, positionals, io);
  const run = await runLint(request);
  if (format === 'github') {
    if (values.output) throw new ConfigurationError('--format github writes workflow commands for the runner to read; it cannot go to --output.');
    // The same annotation budget and order as the action; @actions/core writes the commands to stdout.
    const core = await import('@actions/core');
    annotate(run.findings, core, 'run with --format text to see every finding');
  } else {
    const report = render(run, format, format === 'text' && !values.output && useColor(values, io));
    if (values.output) await writeFile(values.output, report);
    else io.stdout.write(report);
  }
  return reachesFailOn(run.counts, failOn) ? EXIT.findings : EXIT.ok;
}

/**
 * Lints the files, then deploys them as the action does: the lint report and the deploy's outcome
 * on stdout, progress on stderr.
 */
async function deployCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: DEPLOY_OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  const deploy = readDeployOptions(values, positionals, io.env);
  const { request, failOn } = checkRequest(values, positionals, io);
  const lint = await runLint(request);
  io.stdout.write(formatText(lint, useColor(values, io)));
  if (reachesFailOn(lint.counts, failOn)) {
    io.stderr.write(`Not deploying: the lint findings reach --fail-on ${failOn}. Nothing was imported.\n`);
    return EXIT.findings;
  }
  const record = await runDeploy(
    {
      ...deploy,
      files: lint.results.map((result) => ({ file: result.file, absolutePath: path.resolve(io.cwd, result.file) })),
      backupDir: values['backup-dir'] ? path.resolve(io.cwd, values['backup-dir']) : tmpdir(),
      discoveryServer: io.env.CONNECT_DISCOVERY_SERVER || DEFAULT_DISCOVERY_SERVER,
      ...(io.env.GITHUB_EVENT_NAME && { eventName: io.env.GITHUB_EVENT_NAME }),
      ...(request.plan && { lintedPlan: request.plan }),
      failOn,
      lint: (plan) => runLint({ ...request, plan }),
    },
    stderrLog(io),
  );
  io.stdout.write(formatDeployText(record));
  if (record.error) throw record.error;
  return EXIT.ok;
}

function readDeployOptions(values: Record<string, string | boolean | string[] | undefined>, positionals: readonly string[], env: NodeJS.ProcessEnv): DeployInputs {
  const given: Record<string, string> = {
    [Input.Files]: positionals.join('\n'),
    [Input.AllowPullRequestDeploy]: String(values['allow-pull-request-deploy']),
  };
  for (const name of [Input.App, Input.Resource, Input.WaitTimeout, Input.PollInterval]) {
    const value = values[name];
    if (typeof value === 'string') given[name] = value;
  }
  // The key comes from HEROKU_API_KEY only: a flag would put it in the shell history and the process list.
  return readDeploySettings({ getInput: (name) => given[name] ?? '', setSecret: () => undefined, env });
}

/** Progress for a terminal: one line each, notices and warnings marked, a group's lines indented under its name. */
function stderrLog(io: CliIO): DeployLog {
  let indent = '';
  const line = (text: string) => io.stderr.write(`${indent}${text.replace(/\n/g, `\n${indent}`)}\n`);
  return {
    info: line,
    notice: (message) => line(`notice: ${message}`),
    warning: (message) => line(`warning: ${message}`),
    group: async (name, fn) => {
      line(`${name}:`);
      indent += '  ';
      try {
        return await fn();
      } finally {
        indent = indent.slice(2);
      }
    },
  };
}

function checkRequest(values: CheckValues, positionals: readonly string[], io: CliIO): { request: LintRequest; failOn: FailOn } {
  const failOn = values['fail-on'].toLowerCase();
  if (failOn !== 'never' && !isLevel(failOn)) throw new ConfigurationError(`--fail-on is "${failOn}"; use error, warning, notice or never.`);
  const plan = values.plan === undefined ? undefined : choice('--plan', values.plan, PLANS);
  const instanceUrl = values['salesforce-instance-url'] ?? io.env.SF_INSTANCE_URL;
  const accessToken = io.env.SF_ACCESS_TOKEN;
  if (instanceUrl && !accessToken) throw new ConfigurationError('Live describe needs the access token in the SF_ACCESS_TOKEN environment variable.');
  const request: LintRequest = {
    root: io.cwd,
    patterns: positionals,
    levels: resolveLevels(parseRuleSettings(values.rule)),
    ...(plan && { plan }),
    describePatterns: values.describe,
    ...(instanceUrl && accessToken && { live: { instanceUrl, accessToken } }),
    log: { info: (message) => io.stderr.write(`${message}\n`), warning: (message) => io.stderr.write(`warning: ${message}\n`) },
  };
  return { request, failOn: failOn as FailOn };
}

function useColor(values: CheckValues, io: CliIO): boolean {
  return !values['no-color'] && !io.env.NO_COLOR && (Boolean(io.stdout.isTTY) || Boolean(io.env.FORCE_COLOR));
}

function render(run: LintRun, format: Exclude<Format, 'github'>, color: boolean): string {
  switch (format) {
    case 'text':
      return formatText(run, color);
    case 'json':
      return formatJson(run);
    case 'sarif':
      return `${JSON.stringify(toSarif(run.findings), null, 2)}\n`;
  }
}

function choice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  const match = choices.find((c) => c === value.toLowerCase());
  if (!match) throw new ConfigurationError(`${flag} is "${value}"; use one of: ${choices.join(', ')}.`);
  return match;
}

function isArgumentError(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string' && (error as { code: string }).code.startsWith('ERR_PARSE_ARGS');
}

