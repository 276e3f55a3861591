import type { OutputSpec } from '../commands/outputs.js';
import { ACTION_INPUTS, actionYmlDefault, type InputSpec } from './table.js';

/** action.yml's `inputs:` block, from the table (`npm run docs` writes it; a test compares). */
export function renderActionYmlInputs(): string {
  const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
  const entry = (spec: InputSpec) =>
    [`  ${spec.name}:`, `    description: ${quote(spec.description)}`, '    required: false', `    default: ${spec.action?.actionYmlDefault ?? quote(actionYmlDefault(spec))}`].join('\n');
  return `${ACTION_INPUTS.map(entry).join('\n')}\n`;
}

/** The inputs table of docs/action.md, from the table. */
export function renderInputsTable(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const defaultOf = (spec: InputSpec) => {
    const shown = spec.action?.actionYmlDefault ?? spec.default;
    const env = spec.env ? `${shown ? ` or ` : ''}\`$${spec.env}\`` : '';
    return `${shown ? `\`${shown}\`` : ''}${env}${spec.configKey ? ' (or the config file)' : ''}`;
  };
  const rows = ACTION_INPUTS.map((spec) => `| \`${spec.name}\` | ${defaultOf(spec)} | ${cell(spec.description)} |`);
  return ['| Input | Default | Meaning |', '|---|---|---|', ...rows].join('\n');
}

/** action.yml's `outputs:` block, from the outputs table (`npm run docs` writes it; a test compares). */
export function renderActionYmlOutputs(outputs: readonly OutputSpec[]): string {
  const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
  return `${outputs.map((spec) => `  ${spec.name}:\n    description: ${quote(spec.description)}`).join('\n')}\n`;
}

/** The docs' outputs table, from the outputs table: each output, the commands that set it, and what it holds. */
export function renderOutputsTable(outputs: readonly OutputSpec[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = outputs.map((spec) => `| \`${spec.name}\` | ${spec.setBy.map((command) => `\`${command}\``).join(', ')} | ${cell(spec.more ? `${spec.description} ${spec.more}` : spec.description)} |`);
  return ['| Output | Set by `command` | Meaning |', '|---|---|---|', ...rows].join('\n');
}
