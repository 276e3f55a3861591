import type { LintRun } from '../run.js';
import { workflowLogLine } from '../../core/output/escape.js';
import { inReadingOrder } from './order.js';
import { totals } from './text.js';

/**
 * One line per finding, `file:line:col: level message [rule]`, then the totals: for editors,
 * scripts and the problem matcher the package ships (problem-matcher.json), whose expressions are
 * tested against this output. The problem matcher reads these lines in the runner's log, so names
 * and messages go through workflowLogLine: a finding is always one line, and a file or object name
 * cannot make it a workflow command (a leading `::`, a `##[`).
 */
export function formatCompact(run: LintRun): string {
  const lines = inReadingOrder(run.findings).map((f) => `${workflowLogLine(f.file)}:${f.line}:${f.column}: ${f.level} ${workflowLogLine(f.message)} [${f.ruleId}]`);
  return `${[...lines, ...(lines.length > 0 ? [''] : []), totals(run)].join('\n')}\n`;
}
