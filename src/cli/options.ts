import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { InputSource } from '../interface/inputs/read.js';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import { COMMANDS, commandNamed, type Command } from '../interface/commands/table.js';
import { INPUTS, INPUTS_BY_NAME, type InputSpec } from '../interface/inputs/table.js';
import { didYouMean } from '../core/suggest.js';
import { DEFAULT_WIDTH, wordsOf, wrap, wrapWords, type Word } from '../core/output/terminal.js';

export const PROGRAM = 'heroku-connect-action';

/** The CLI flag of an input, without the dashes. */
export const flagOf = (spec: InputSpec) => spec.cli?.flag ?? (spec.cli?.negated ? `no-${spec.name}` : spec.name);

function specsFor(command: Command): InputSpec[] {
  return (INPUTS as readonly InputSpec[]).filter((spec) => spec.cli && !spec.cli.positional && spec.cli.commands.includes(command));
}

/** The command's parseArgs options, from the table. */
export function optionsFor(command: Command): ParseArgsOptionsConfig {
  const options: ParseArgsOptionsConfig = { help: { type: 'boolean', short: 'h' } };
  for (const spec of specsFor(command)) {
    options[flagOf(spec)] = spec.type === 'boolean' ? { type: 'boolean' } : spec.type === 'list' ? { type: 'string', multiple: true } : { type: 'string' };
  }
  return options;
}

function optionLine(spec: InputSpec, command: Command): [string, string] {
  const value = spec.type === 'boolean' ? '' : ` ${spec.cli?.value ?? `<${spec.choices ? spec.choices.join('|') : 'value'}>`}`;
  return [`--${flagOf(spec)}${value}`, spec.cli?.helpFor?.[command] ?? spec.cli?.help ?? spec.description];
}

/** Where the options' texts start: a flag longer than this has its text on the lines below it. */
const FLAG_COLUMN_MAX = 26;

/**
 * One command's help, wrapped to `width`: what it does, its own options (each text hanging under
 * the text column) and what its exit codes mean.
 */
export function commandUsage(command: Command, width = DEFAULT_WIDTH): string {
  const { synopsis, summary, exits } = commandNamed(command)!;
  const lines = specsFor(command).map((spec) => optionLine(spec, command));
  lines.push(['--help, -h', 'Show this help']);
  const column = 2 + Math.min(FLAG_COLUMN_MAX, Math.max(...lines.map(([flag]) => flag.length))) + 2;
  const options = lines.flatMap(([flag, help]) => {
    const text = wrapWords(wordsOf(help), { width, indent: column, hanging: column });
    if (2 + flag.length + 2 > column) return [`  ${flag}`, ...text];
    return [`  ${flag.padEnd(column - 2)}${text[0]!.slice(column)}`, ...text.slice(1)];
  });
  const codes = ([0, 1, 2] as const).flatMap((code) => {
    const meaning = exits[code];
    return meaning === undefined ? [] : wrapWords([{ text: String(code) }, ...wordsOf(meaning, 2)], { width, indent: 2, hanging: 5 });
  });
  return [usageLine(synopsis, width), '', wrap(summary, { width, indent: 2 }), '', 'Options:', ...options, '', 'Exit codes:', ...codes, ''].join('\n');
}

/** `Usage: program synopsis`, wrapped between its parts: a bracketed or angled part such as `[paths or globs... | -]` stays whole. */
function usageLine(synopsis: string, width: number): string {
  return wrapWords([{ text: 'Usage:' }, { text: PROGRAM }, ...partsOf(synopsis)], { width, hanging: 4 }).join('\n');
}

/** A synopsis's words, each bracketed or angled part (`[paths or globs... | -]`) one word. */
function partsOf(synopsis: string): Word[] {
  return (synopsis.match(/(?:\[[^\]]*\]|<[^>]*>|[^\s[<])+/g) ?? []).map((text) => ({ text }));
}

/** The overview, wrapped to `width`: each command's synopsis and summary; each command's --help lists its options and exit codes. */
export function overviewUsage(width = DEFAULT_WIDTH): string {
  const commands = COMMANDS.flatMap(({ synopsis, summary }) => [...wrapWords(partsOf(synopsis), { width, indent: 2, hanging: 4 }), wrap(summary, { width, indent: 6 })]);
  return [
    usageLine('<command> [options]', width),
    '',
    'Commands:',
    ...commands,
    '',
    wrap(
      `Run ${PROGRAM} <command> --help for the options and exit codes of a command. A .heroku-connect.yml (or .yaml, .json) in the ` +
        'current directory or a parent, up to the repository root, sets defaults; options override it.',
      { width },
    ),
    '',
  ].join('\n');
}

export interface ParsedCommand {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** Parses a command's arguments; a mistake is said in the user's terms and points at --help. */
export function parseCommand(command: Command, args: readonly string[]): ParsedCommand {
  const options = optionsFor(command);
  try {
    const { values, positionals } = parseArgs({ args: withNumericValues(args, options), options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    throw new ConfigurationError(`${argumentProblem(error, Object.keys(options))} Run ${PROGRAM} ${command} --help for its options.`);
  }
}

/**
 * A negative number after an option that takes a value is that value (`--max-warnings -1`): no
 * option starts with a digit, so the flag's own check can say what it accepts, where parseArgs
 * would call the value ambiguous.
 */
function withNumericValues(args: readonly string[], options: ParseArgsOptionsConfig): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    // After "--" every word is a path, as parseArgs reads it: none is an option's value.
    if (args[i] === '--') return [...joined, ...args.slice(i)];
    const flag = /^--([^=]+)$/.exec(args[i]!)?.[1];
    const next = args[i + 1];
    if (flag !== undefined && options[flag]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${args[i]}=${next}`);
      i++;
    } else {
      joined.push(args[i]!);
    }
  }
  return joined;
}

function argumentProblem(error: unknown, flags: readonly string[]): string {
  const code = (error as { code?: string }).code;
  const message = errorMessage(error);
  const option = /'(-{1,2}[^\s']+)/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const name = option?.replace(/^-+/, '') ?? '';
      return `Unknown option "${option ?? '?'}".${didYouMean(name, flags).replace(/"([^"]+)"\?$/, '"--$1"?')}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const flag = option?.split(' ')[0] ?? 'an option';
      if (/argument missing/.test(message)) return `The option "${flag}" needs a value.`;
      if (/does not take an argument/.test(message)) return `The option "${flag}" takes no value: write ${flag} alone.`;
      if (/ambiguous/.test(message)) return `The option "${flag}" needs a value, and the word after it is an option; write ${flag}=<value> for a value that starts with "-".`;
      return `The option "${flag}" has a value it does not take.`;
    }
    default:
      return message.split('\n')[0]!;
  }
}

/**
 * The parsed arguments as an InputSource: the same readers as the action then check and default
 * them. A boolean flag not given is empty, so the configuration file or the default applies.
 */
export function cliSource(command: Command, parsed: ParsedCommand, env: NodeJS.ProcessEnv, config?: Readonly<Record<string, string>>): InputSource {
  return {
    getInput(name) {
      const spec = INPUTS_BY_NAME.get(name);
      if (!spec?.cli?.commands.includes(command)) return '';
      if (spec.cli.positional) return parsed.positionals.join('\n');
      const value = parsed.values[flagOf(spec)];
      if (Array.isArray(value)) return value.join('\n');
      if (typeof value === 'boolean') return value ? String(!spec.cli.negated) : '';
      return value ?? '';
    },
    setSecret: () => undefined,
    env,
    label: (name) => {
      const spec = INPUTS_BY_NAME.get(name);
      return spec?.cli && !spec.cli.positional ? `--${flagOf(spec)}` : spec?.secret && spec.env ? spec.env : `"${name}"`;
    },
    ...(config && { config }),
  };
}
