import { ACTION_INPUTS, actionYmlDefault, type InputSpec } from './table.js';

/** action.yml's `inputs:` block, from the table (`npm run docs` writes it; a test compares). */
export function renderActionYmlInputs(): string {
  const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
  const entry = (spec: InputSpec) =>
    [`  ${spec.name}:`, `    description: ${quote(spec.description)}`, '    required: false', `    default: ${spec.action?.actionYmlDefault ?? quote(actionYmlDefault(spec))}`].join('\n');
  return `${ACTION_INPUTS.map(entry).join("\n")}\n`;
}

/** The README's inputs table, from the table. */
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
