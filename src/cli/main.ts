import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { classifyError, ConfigurationError } from '../errors.js';
import { writeNamedFile } from '../fs/workspace.js';
import { reachesFailOn, runLint, type LintRun } from '../lint/run.js';
import { terminalText } from '../report/escape.js';
import { annotate } from '../report/github.js';
import { formatJson, formatText } from '../report/text.js';
import { toSarif } from '../report/sarif.js';
import { CHECK_OPTIONS, checkRequest, choice, EXIT, useColor, type CliIO } from './shared.js';

export { EXIT, type CliIO } from './shared.js';

const PLAN_COMMAND = `  plan <files...> [--base <ref> | --app <app>]
                             What the files change: against their version at a git revision (default HEAD), or,
                             with --app, against the live configuration of the app's connection (what an import
                             would change; read only, the API key comes from HEROKU_API_KEY).
`;

const PLAN_OPTIONS = `Plan options:
  --base <ref>                        The git revision to compare with (default: HEAD)
  --app <app>, --resource <name>      Compare with the live connection instead
  --format <text|json>                Report format (default: text)
  --no-color                          Plain text output (also NO_COLOR)
`;

const DIAGNOSE_USAGE = `  diagnose --app <app> [files...]
                             Run Heroku Connect's own diagnose (the checks of heroku connect:diagnose): the
                             connection's, and each mapping's (those of the files when given, placed at their
                             object_name line; every live one otherwise). Exit 1 when a finding reaches --fail-on.
`;

const DIAGNOSE_OPTIONS_USAGE = `Diagnose options:
  --app <app>, --resource <name>      The connection (the API key comes from HEROKU_API_KEY)
  --fail-on <error|warning|never>     Exit 1 when a finding reaches this level (default: error)
  --wait-timeout <seconds>            How long the diagnose may take (default: 300)
  --format <text|json>                Report format (default: text)
`;

const WRITE_ERRORS_USAGE = `  write-errors --app <app> [--since <duration>]
                             The writes from Postgres to Salesforce that failed (Heroku Connect keeps 24 hours),
                             by table: --since 2h, 30m, 1d (default 24h); --format <text|json>.
`;

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: heroku-connect-action <command> [options]

Commands:
  lint [paths or globs...]   Lint Heroku Connect mapping files (default: every mapping file under the current directory)
  deploy <files...> --app <app>
                             Lint the files, then import them all into the app's Heroku Connect connection and wait
                             until it is IDLE and every imported mapping is DATA_SYNCED. The API key comes from
                             HEROKU_API_KEY; CONNECT_DISCOVERY_SERVER overrides https://hc-central.heroku.com.
${PLAN_COMMAND}${DIAGNOSE_USAGE}${WRITE_ERRORS_USAGE}
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
  --no-diagnose                       Skip Heroku Connect's diagnose after the deploy
  --prune                             Delete the live mappings the files do not contain, after the import succeeded
  --fail-on-write-errors              Fail when new write errors appear after the import (default: a warning)

${PLAN_OPTIONS}
${DIAGNOSE_OPTIONS_USAGE}
Exit codes: 0 nothing reaches --fail-on (and the deploy succeeded), 1 something does (or the deploy failed),
2 usage, configuration or internal error.
`;

const LINT_OPTIONS = {
  ...CHECK_OPTIONS,
  format: { type: 'string', default: 'text' },
  output: { type: 'string' },
} satisfies ParseArgsConfig['options'];

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return await lintCommand(rest, io);
      // Loaded on demand: a lint does not pay for the deploy's and the plan's modules.
      case 'deploy':
        return await (await import('./deploy.js')).deployCommand(rest, io, USAGE);
      case 'plan':
        return await (await import('./plan.js')).planCommand(rest, io, `Usage: heroku-connect-action\n${PLAN_COMMAND}\n${PLAN_OPTIONS}`);
      case 'diagnose':
        return await (await import('./diagnose.js')).diagnoseCommand(rest, io, `Usage: heroku-connect-action\n${DIAGNOSE_USAGE}\n${DIAGNOSE_OPTIONS_USAGE}`);
      case 'write-errors':
        return await (await import('./write-errors.js')).writeErrorsCommand(rest, io, `Usage: heroku-connect-action\n${WRITE_ERRORS_USAGE}`);
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
    const failure = classifyError(error);
    // A deploy that Heroku Connect (or the way to it) failed is the deploy's outcome, like a failed lint.
    if ((command === 'deploy' || command === 'diagnose' || command === 'write-errors') && failure.kind === 'remote') {
      io.stderr.write(`heroku-connect-action: ${command === 'deploy' ? 'deploy' : command} failed: ${terminalText(failure.message)}\n`);
      return EXIT.deployFailed;
    }
    // A stack keeps its lines; each is shown through terminalText, since a message may quote a file.
    const stack = failure.stack ? `${failure.stack.split('\n').map(terminalText).join('\n')}\n` : '';
    io.stderr.write(`heroku-connect-action: ${terminalText(failure.message)}\n${stack}`);
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
    if (values.output) await writeNamedFile(path.resolve(io.cwd, values.output), report);
    else io.stdout.write(report);
  }
  return reachesFailOn(run.counts, failOn) ? EXIT.findings : EXIT.ok;
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
