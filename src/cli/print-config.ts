import type { LoadedConfig } from '../interface/config/load.js';
import type { Command } from '../interface/commands/table.js';
import { INPUTS, type InputSpec } from '../interface/inputs/table.js';
import { parseRuleSettings } from '../lint/levels.js';
import { terminalText } from '../core/output/escape.js';
import { cliSource, flagOf, type ParsedCommand } from './options.js';
import type { CliIO } from './shared.js';

/** One setting in effect, and where it comes from: a flag, the environment, a line of the configuration file, or the default. */
interface Setting {
  name: string;
  value: string;
  from: string;
}

/** What an empty value means, for the settings whose default is none. */
const EMPTY_MEANS: Readonly<Record<string, string>> = {
  files: '(every mapping file under the current directory)',
  plan: "(none: the paid plans' range)",
};

/**
 * --print-config: the settings the lint would run with (the flags over the configuration file over
 * the defaults, as the inputs reader merges them) and where each comes from. The rules listed are
 * those set somewhere; every other one has its default level (--list-rules lists them all).
 */
export function printConfig(command: Command, parsed: ParsedCommand, io: CliIO, config: LoadedConfig | undefined, format: string): string {
  // The flags alone: the source without the file's values says whether a flag gave each one.
  const flags = cliSource(command, parsed, io.env);
  const settings: Setting[] = [];
  for (const spec of INPUTS as readonly InputSpec[]) {
    if (spec.configKey === undefined || spec.name === 'rules' || !spec.cli?.commands.includes(command)) continue;
    const flag = flags.getInput(spec.name).trim();
    const fromEnv = spec.env ? (io.env[spec.env]?.trim() ?? '') : '';
    const inFile = config?.values[spec.name];
    const [value, from] = flag
      ? [flag, spec.cli.positional ? 'arguments' : `--${flagOf(spec)}`]
      : fromEnv
        ? [fromEnv, `environment ${spec.env!}`]
        : inFile !== undefined
          ? [inFile, fileLine(config!, [spec.configKey])]
          : [spec.default, 'default'];
    settings.push({ name: spec.name, value: value === '' ? (EMPTY_MEANS[spec.name] ?? '(none)') : value.split('\n').join(', '), from });
  }
  // Rule by rule, as the levels are merged: a --rule over the file's rules.
  const rules = new Map<string, Setting>();
  for (const [id, level] of parseRuleSettings((config?.values.rules ?? '').split('\n'))) rules.set(id, { name: id, value: level, from: fileLine(config!, ['rules', id]) });
  for (const [id, level] of parseRuleSettings(flags.getInput('rules').split('\n'))) rules.set(id, { name: id, value: level, from: '--rule' });
  const ignores = (config?.ignores ?? []).map((entry) => ({
    name: entry.rule,
    value: `${entry.object}${entry.field === undefined ? '' : `.${entry.field}`}: ${entry.reason}`,
    from: `${entry.file}:${entry.line}`,
  }));
  if (format === 'json') return `${JSON.stringify({ configFile: config?.file ?? null, settings, rules: [...rules.values()], ignore: ignores }, null, 2)}\n`;
  const rows: [string, string, string][] = [
    ...settings.map((setting): [string, string, string] => [setting.name, setting.value, setting.from]),
    ...[...rules.values()].map((rule, index): [string, string, string] => [index === 0 ? 'rules' : '', `${rule.name}: ${rule.value}`, rule.from]),
    [rules.size === 0 ? 'rules' : '', 'every other rule: its default level (--list-rules lists them)', 'default'],
    ...ignores.map((entry, index): [string, string, string] => [index === 0 ? 'ignore' : '', `${entry.name} on ${entry.value}`, entry.from]),
  ];
  const width = (column: 0 | 1) => Math.max(...rows.map((row) => terminalText(row[column]).length)) + 2;
  const [first, second] = [width(0), width(1)];
  const lines = rows.map(([name, value, from]) => `${terminalText(name).padEnd(first)}${terminalText(value).padEnd(second)}${terminalText(from)}`.trimEnd());
  const header = config ? `Configuration file: ${terminalText(config.file)} (flags override it, and it overrides the defaults)` : 'No configuration file found: the flags override the defaults.';
  return `${header}\n\n${lines.join('\n')}\n`;
}

function fileLine(config: LoadedConfig, key: (string | number)[]): string {
  return config.where ? config.where(key) : config.file;
}
