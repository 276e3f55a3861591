import type { LintRun } from '../run.js';
import { terminalText } from '../../core/output/escape.js';
import { inReadingOrder } from './order.js';
import { totals } from './text.js';

/**
 * One line per finding, `file:line:col: level message [rule]`, then the totals: for editors,
 * scripts and the problem matcher the package ships (problem-matcher.json), whose expressions are
 * tested against this output. Names and messages are shown through terminalText, so a finding is
 * always one line.
 */
export function formatCompact(run: LintRun): string {
  const lines = inReadingOrder(run.findings).map((f) => `${terminalText(f.file)}:${f.line}:${f.column}: ${f.level} ${terminalText(f.message)} [${f.ruleId}]`);
  return `${[...lines, ...(lines.length > 0 ? [''] : []), totals(run)].join('\n')}\n`;
}
