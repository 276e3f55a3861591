import { clip, markdownText } from '../../core/output/escape.js';
import { CELL_MAX_CHARS } from '../../core/output/budget.js';
import { formatDuration } from '../../core/text.js';
import { stepLine } from '../deploy/lifecycle.js';
import { renderSteps } from '../deploy/summary.js';
import type { OperationRecord } from './operate.js';

function md(text: string): string {
  return markdownText(clip(text, CELL_MAX_CHARS));
}

/** The operator command's one line: what it came to, on which connection, and after how long. */
function headline(record: OperationRecord, mark: (text: string) => string): string {
  const target = `${record.resource ? `connection ${mark(record.resource)} of ` : ''}app ${mark(record.app)}`;
  const took = formatDuration(record.elapsedMs);
  if (record.error) return `${record.operation} on ${target} failed after ${took}: ${mark(record.error.message)}`;
  return `${record.operation} on ${target}: done in ${took}; the connection is ${mark(record.connectionState ?? 'unknown')}.`;
}

/** The job summary's section of an operator command: the outcome, each step with its times, and the states last seen. */
export function operationMarkdown(record: OperationRecord): string {
  const lines = [`## Heroku Connect ${record.operation}`, '', `${record.error ? '❌' : '✅'} ${headline(record, (text) => `<code>${md(text)}</code>`)}`, ''];
  lines.push(...renderSteps(record.steps));
  if (record.stateBefore) lines.push(`State before: <code>${md(record.stateBefore)}</code>; last seen: <code>${md(record.connectionState ?? 'unknown')}</code>.`, '');
  if (record.apiVersion) lines.push(`Salesforce API version: <code>${md(record.apiVersion)}</code>`, '');
  for (const [name, state] of Object.entries(record.mappingStates)) lines.push(`- <code>${md(name)}</code>: <code>${md(state)}</code>`);
  return `${lines.join('\n')}\n`;
}

/** The CLI's report on stdout (its progress went to stderr): the outcome and each step; the caller escapes it for the terminal. */
export function operationText(record: OperationRecord): string {
  return [headline(record, (text) => text), ...record.steps.map((entry) => `  ${stepLine(entry)}`), ''].join('\n');
}
