import { styleText } from 'node:util';
import type { LintRun } from '../run.js';
import type { Level } from '../../core/types.js';
import { terminalText } from '../../core/output/escape.js';

const LEVEL_STYLE: Record<Level, Parameters<typeof styleText>[0]> = { error: 'red', warning: 'yellow', notice: 'cyan' };

/**
 * The CLI's default report: grouped by file, like compiler output, with colour only on a terminal.
 * File names and messages are shown through terminalText: nothing from a file reaches the terminal raw.
 */
export function formatText(run: LintRun, color: boolean): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (color ? styleText(style, text) : text);
  const lines: string[] = [];
  const findings = [...run.findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  let current: string | undefined;
  for (const finding of findings) {
    if (finding.file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(paint('underline', terminalText(finding.file)));
      current = finding.file;
    }
    const where = `${finding.line}:${finding.column}`.padEnd(8);
    lines.push(`  ${paint('dim', where)}${paint(LEVEL_STYLE[finding.level], finding.level.padEnd(8))}${terminalText(finding.message)}  ${paint('dim', finding.ruleId)}`);
  }
  const { error, warning, notice } = run.counts;
  const files = run.results.length;
  if (lines.length > 0) lines.push('');
  const suppressed = run.suppressed.length > 0 ? `, ${run.suppressed.length} suppressed` : '';
  const total = `${files} file${files === 1 ? '' : 's'} checked: ${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}, ${notice} notice${notice === 1 ? '' : 's'}${suppressed}`;
  lines.push(paint(error > 0 ? 'red' : warning > 0 ? 'yellow' : 'green', total));
  return `${lines.join('\n')}\n`;
}

/** Machine-readable report, as schema/report.schema.json documents it: the findings as they are, plus totals. */
export function formatJson(run: LintRun): string {
  return `${JSON.stringify({ files: run.results.map((r) => r.file), counts: run.counts, findings: run.findings, suppressed: run.suppressed }, null, 2)}\n`;
}
