import pkg from '../../package.json' with { type: 'json' };
import { getBoolean, getChoice, getOptionalInteger, getString } from '../interface/inputs/read.js';
import { inNewRun, redactSecrets } from '../core/run-scope.js';
import { commandNamed, isCommand, type Command } from '../interface/commands/table.js';
import { classifyError, ConfigurationError } from '../core/errors.js';
import { formatNamed, LINT_FORMATS, type LintFormatName } from '../interface/formats/registry.js';
import { readStream } from '../core/fs/workspace.js';
import { readTargetFrom } from '../lint/discover.js';
import { errorsOnly, reachesFailOn, runLint } from '../lint/run.js';
import { terminalText } from '../core/output/escape.js';
import { sourceRevision } from '../core/output/links.js';
import { listRules } from './list-rules.js';
import { cliSource, commandUsage, overviewUsage, parseCommand, PROGRAM, type ParsedCommand } from './options.js';
import { checkSettings, EXIT, resolveFrom, useColor, type CliIO } from './shared.js';

export { EXIT, type CliIO } from './shared.js';

export function main(argv: readonly string[], io: CliIO): Promise<number> {
  // A run of its own: the secrets it reads and the files it writes are its own, not an earlier run's in the process.
  return inNewRun(() => runCommand(argv, io));
}

async function runCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command !== undefined && isCommand(command)) return await (await COMMAND_MODULES[command]())(parseCommand(command, rest), io);
    switch (command) {
      case '--list-rules':
        return await lintCommand(parseCommand('lint', argv), io);
      case '--version':
      case '-v':
        io.stdout.write(`${pkg.version}\n`);
        return EXIT.ok;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(overviewUsage());
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new ConfigurationError(`Unknown command "${command}". Run ${PROGRAM} --help for the commands.`);
    }
  } catch (error) {
    // No runner masks the CLI's output: the run's secrets are taken out here, as from every file it writes.
    const classified = classifyError(error);
    const failure = { ...classified, message: redactSecrets(classified.message), ...(classified.stack && { stack: redactSecrets(classified.stack) }) };
    // A deploy that Heroku Connect (or the way to it) failed is the deploy's outcome, like a failed lint.
    if (commandNamed(command ?? '')?.live && failure.kind === 'remote') {
      io.stderr.write(`${PROGRAM}: ${command} failed: ${terminalText(failure.message)}\n`);
      return EXIT.deployFailed;
    }
    // A stack keeps its lines; each is shown through terminalText, since a message may quote a file.
    const stack = failure.stack ? `${failure.stack.split('\n').map(terminalText).join('\n')}\n` : '';
    io.stderr.write(`${PROGRAM}: ${terminalText(failure.message)}\n${stack}`);
    return EXIT.usage;
  }
}

type CommandRun = (parsed: ParsedCommand, io: CliIO) => Promise<number>;

/**
 * Each command's module, loaded on demand: a lint does not pay for the deploy's and the plan's
 * modules. The compiler asks for one loader per command of the table.
 */
const COMMAND_MODULES: Record<Command, () => Promise<CommandRun>> = {
  lint: async () => lintCommand,
  deploy: async () => (await import('./deploy.js')).deployCommand,
  plan: async () => (await import('./plan.js')).planCommand,
  diagnose: async () => (await import('./diagnose.js')).diagnoseCommand,
  'write-errors': async () => (await import('./write-errors.js')).writeErrorsCommand,
  drift: async () => (await import('./ops.js')).driftCommand,
  health: async () => (await import('./ops.js')).healthCommand,
  compare: async () => (await import('./ops.js')).compareCommand,
};

/** The path that names standard input. */
const STDIN = '-';

async function lintCommand(parsed: ParsedCommand, io: CliIO): Promise<number> {
  if (parsed.values.help) {
    io.stdout.write(commandUsage('lint'));
    return EXIT.ok;
  }
  const readsStdin = parsed.positionals.includes(STDIN);
  const files = { ...parsed, positionals: parsed.positionals.filter((positional) => positional !== STDIN) };
  const flags = cliSource('lint', files, io.env);
  const format = getChoice<LintFormatName>(flags, 'format') ?? 'text';
  const output = getString(flags, 'output');
  const maxWarnings = getOptionalInteger(flags, 'max-warnings');
  const { inputs, request } = await checkSettings('lint', files, io);
  if (getBoolean(flags, 'list-rules')) return write(io, output, listRules(inputs.levels, format));
  const renderer = formatNamed(LINT_FORMATS, format);
  if (renderer.toRunner && output) throw new ConfigurationError(`--format ${format} writes workflow commands for the runner to read; it cannot go to --output.`);
  if (readsStdin) request.given = [await stdinTarget(io, getString(flags, 'stdin-filename'))];
  let run = await runLint(request);
  if (getBoolean(flags, 'quiet')) run = errorsOnly(run);
  const report = await renderer.render(run, { color: format === 'text' && !output && useColor('lint', parsed, io), revision: sourceRevision(io.env) });
  await write(io, output, report);
  const tooManyWarnings = maxWarnings !== undefined && run.counts.warning > maxWarnings;
  if (tooManyWarnings) io.stderr.write(`${run.counts.warning} warnings, more than --max-warnings ${maxWarnings}.\n`);
  return reachesFailOn(run.counts, inputs.failOn) || tooManyWarnings ? EXIT.findings : EXIT.ok;
}

async function write(io: CliIO, output: string, report: string): Promise<number> {
  // The user's own path, which they rerun to refresh: an existing report there is replaced.
  // The writing sink (with node:crypto and node:fs/promises) is loaded only when a report goes to a file.
  if (output) await (await import('../core/fs/write.js')).writeOutput({ kind: 'named', path: resolveFrom(io, output) }, report, 'replace');
  else io.stdout.write(report);
  return EXIT.ok;
}

/** Standard input, read under a file's size limit; its name says JSON or YAML and is the path findings show. */
async function stdinTarget(io: CliIO, name: string) {
  if (name === '') {
    throw new ConfigurationError(`Reading standard input ("-") needs --stdin-filename <name>: its extension says JSON or YAML, and findings name it. Run ${PROGRAM} lint --help for the options.`);
  }
  const read = await readStream(io.stdin ?? process.stdin);
  return readTargetFrom({ file: name, absolutePath: resolveFrom(io, name), confinedTo: null }, read);
}
