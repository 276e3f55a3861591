import { getBoolean, getChoice, getOptionalInteger, getString } from '../interface/inputs/read.js';
import { inNewRun, redactSecrets } from '../core/run-scope.js';
import { commandNamed, isCommand, type Command } from '../interface/commands/table.js';
import { classifyError, ConfigurationError } from '../core/errors.js';
import { formatNamed, LINT_FORMATS, type LintFormatName } from '../interface/formats/registry.js';
import { readStream } from '../core/fs/workspace.js';
import { readTargetFrom } from '../lint/discover.js';
import { errorsOnly, reachesFailOn, runLint, type LintRun } from '../lint/run.js';
import { terminalText } from '../core/output/escape.js';
import { terminalWidth } from '../core/output/terminal.js';
import { sourceRevision } from '../core/output/links.js';
import { listRules } from './list-rules.js';
import { versionText } from './version.js';
import { cliSource, commandUsage, overviewUsage, parseCommand, PROGRAM, type ParsedCommand } from './options.js';
import { checkSettings, EXIT, resolveFrom, useColor, type CliIO } from './shared.js';
import type { Finding } from '../core/types.js';
import type { Edit } from '../lint/fix/edit.js';

export { EXIT, type CliIO } from './shared.js';

export function main(argv: readonly string[], io: CliIO): Promise<number> {
  // A run of its own: the secrets it reads and the files it writes are its own, not an earlier run's in the process.
  return inNewRun(() => runCommand(argv, io));
}

async function runCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command !== undefined && isCommand(command)) {
      const parsed = parseCommand(command, rest);
      // Help is the table's, for every command alike: its module is not even loaded.
      if (parsed.values.help) {
        io.stdout.write(commandUsage(command, terminalWidth(io.stdout)));
        return EXIT.ok;
      }
      return await (
        await COMMAND_MODULES[command]()
      )(parsed, io);
    }
    switch (command) {
      case '--list-rules':
        // `lint --list-rules`, with lint's help.
        return await runCommand(['lint', ...argv], io);
      case '--version':
      case '-v':
        io.stdout.write(versionText());
        return EXIT.ok;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(overviewUsage(terminalWidth(io.stdout)));
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
  pause: async () => (await import('./operate.js')).operationCommand('pause'),
  resume: async () => (await import('./operate.js')).operationCommand('resume'),
  restart: async () => (await import('./operate.js')).operationCommand('restart'),
  recover: async () => (await import('./operate.js')).operationCommand('recover'),
  reload: async () => (await import('./operate.js')).operationCommand('reload'),
  schema: async () => (await import('./schema.js')).schemaCommand,
  init: async () => (await import('./init.js')).initCommand,
};

/** The path that names standard input. */
const STDIN = '-';

async function lintCommand(parsed: ParsedCommand, io: CliIO): Promise<number> {
  const readsStdin = parsed.positionals.includes(STDIN);
  const files = { ...parsed, positionals: parsed.positionals.filter((positional) => positional !== STDIN) };
  const flags = cliSource('lint', files, io.env);
  const format = getChoice<LintFormatName>(flags, 'format') ?? 'text';
  const output = getString(flags, 'output');
  const maxWarnings = getOptionalInteger(flags, 'max-warnings');
  const { inputs, request, config } = await checkSettings('lint', files, io);
  if (getBoolean(flags, 'list-rules')) return write(io, output, listRules(inputs.levels, format));
  if (getBoolean(flags, 'print-config')) return write(io, output, (await import('./print-config.js')).printConfig('lint', files, io, config, format));
  const renderer = formatNamed(LINT_FORMATS, format);
  if (renderer.toRunner && output) throw new ConfigurationError(`--format ${format} writes workflow commands for the runner to read; it cannot go to --output.`);
  const dryRun = getBoolean(flags, 'fix-dry-run');
  const fixes = getBoolean(flags, 'fix') || dryRun ? new Map<Finding, readonly Edit[]>() : undefined;
  if (fixes && readsStdin) throw new ConfigurationError(`--fix and --fix-dry-run edit files; standard input ("-") is none. Name the file instead.`);
  if (readsStdin) request.given = [await stdinTarget(io, getString(flags, 'stdin-filename'))];
  if (fixes) request.fixes = fixes;
  const linted = await runLint(request);
  let run: LintRun = linted;
  let diff: string | undefined;
  if (fixes) ({ run, diff } = await (await import('./fix.js')).fixFindings(linted, request, fixes, dryRun, io));
  if (getBoolean(flags, 'quiet')) run = errorsOnly(run);
  // The dry run's diff takes the report's place: it goes where --output says, and a patch reads it whole.
  const report =
    diff ??
    (await renderer.render(run, {
      color: format === 'text' && !output && useColor('lint', parsed, io),
      ...(!output && { width: terminalWidth(io.stdout) }),
      revision: sourceRevision(io.env),
    }));
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
