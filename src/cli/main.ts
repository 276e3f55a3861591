import { writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { ConfigurationError, errorMessage } from '../errors.js';
import { isLevel, parseRuleSettings, resolveLevels } from '../lint/levels.js';
import { reachesFailOn, runLint, type FailOn, type LintRun } from '../lint/run.js';
import { PLANS } from '../lint/types.js';
import { annotate } from '../report/github.js';
import { formatJson, formatText } from '../report/text.js';
import { toSarif } from '../report/sarif.js';

export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: heroku-connect-action <command> [options]

Commands:
  lint [paths or globs...]   Lint Heroku Connect mapping files (default: every mapping file under the current directory)

Lint options:
  --format <text|json|sarif|github>   Report format (default: text)
  --output <file>                     Write the report to a file instead of stdout
  --plan <demo|enterprise|shield>     The connection's plan (demo has a 10-minute polling floor)
  --describe <glob>                   Salesforce describe snapshots (repeatable)
  --rule <id=level>                   Set a rule to off, notice, warning or error (repeatable)
  --fail-on <error|warning|notice|never>  Exit 1 when a finding reaches this level (default: error)
  --salesforce-instance-url <url>     Fetch describe data live (also SF_INSTANCE_URL); the token comes from SF_ACCESS_TOKEN
  --no-color                          Plain text output (also NO_COLOR)

Exit codes: 0 nothing reaches --fail-on, 1 something does, 2 usage or internal error.
`;

const LINT_OPTIONS = {
  format: { type: 'string', default: 'text' },
  output: { type: 'string' },
  plan: { type: 'string' },
  describe: { type: 'string', multiple: true, default: [] },
  rule: { type: 'string', multiple: true, default: [] },
  'fail-on': { type: 'string', default: 'error' },
  'salesforce-instance-url': { type: 'string' },
  'no-color': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return await lintCommand(rest, io);
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
  const failOn = values['fail-on'].toLowerCase();
  if (failOn !== 'never' && !isLevel(failOn)) throw new ConfigurationError(`--fail-on is "${failOn}"; use error, warning, notice or never.`);
  const plan = values.plan === undefined ? undefined : choice('--plan', values.plan, PLANS);
  const instanceUrl = values['salesforce-instance-url'] ?? io.env.SF_INSTANCE_URL;
  const accessToken = io.env.SF_ACCESS_TOKEN;
  if (instanceUrl && !accessToken) throw new ConfigurationError('Live describe needs the access token in the SF_ACCESS_TOKEN environment variable.');
  const run = await runLint({
    root: io.cwd,
    patterns: positionals,
    levels: resolveLevels(parseRuleSettings(values.rule)),
    ...(plan && { plan }),
    describePatterns: values.describe,
    ...(instanceUrl && accessToken && { live: { instanceUrl, accessToken } }),
    log: { info: (message) => io.stderr.write(`${message}\n`), warning: (message) => io.stderr.write(`warning: ${message}\n`) },
  });
  if (format === 'github') {
    if (values.output) throw new ConfigurationError('--format github writes workflow commands for the runner to read; it cannot go to --output.');
    // The same annotation budget and order as the action; @actions/core writes the commands to stdout.
    const core = await import('@actions/core');
    annotate(run.findings, core, 'run with --format text to see every finding');
  } else {
    const color = format === 'text' && !values['no-color'] && !values.output && !io.env.NO_COLOR && (Boolean(io.stdout.isTTY) || Boolean(io.env.FORCE_COLOR));
    const report = render(run, format, color);
    if (values.output) await writeFile(values.output, report);
    else io.stdout.write(report);
  }
  return reachesFailOn(run.counts, failOn as FailOn) ? EXIT.findings : EXIT.ok;
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

