import type { WriteError } from '../../clients/connect/types.js';
import { terminalText } from '../../core/output/escape.js';
import type { DiagnoseReport } from './findings.js';
import { writeErrorsByTable } from './write-errors.js';

/** The write errors the `write-errors` command found, with the window it asked for (the text names it). */
export interface WriteErrorsReport {
  errors: readonly WriteError[];
  since: string;
}

export function diagnoseText(report: DiagnoseReport): string {
  const { errors, warnings, passes, skips } = report.counts;
  const lines = report.findings.map((f) => {
    const where = f.file === '' ? terminalText(f.object ?? 'connection') : `${terminalText(f.file)}:${f.line}:${f.column}`;
    return `${where} ${f.level} ${terminalText(f.ruleId)}: ${terminalText(f.message)}`;
  });
  lines.push(`Heroku Connect diagnose: ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped.`);
  return `${lines.join('\n')}\n`;
}

export function writeErrorsText({ errors, since }: WriteErrorsReport): string {
  if (errors.length === 0) return `No write errors in the last ${terminalText(since)}.\n`;
  const lines = [`${errors.length} write error(s) in the last ${terminalText(since)}:`];
  for (const [table, list] of writeErrorsByTable(errors)) {
    lines.push(`  ${terminalText(table)} (${list.length})`);
    for (const error of list) lines.push(`    ${terminalText(error.created_at)}  ${terminalText(error.record_id)}  ${terminalText(error.message)}`);
  }
  return `${lines.join('\n')}\n`;
}
