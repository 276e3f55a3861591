import type { LintRun } from '../lint/run.js';
import type { Finding, Level } from '../lint/types.js';
import { escapeMarkdown } from './escape.js';
import { rankFindings } from './order.js';
import { ruleDocsUrl } from './links.js';

/** GitHub refuses a step summary over 1 MiB; stay well under it so other sections still fit. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;

/** The mark of each level wherever findings are listed in markdown: the summary and the pull request comment. */
export const LEVEL_ICON: Record<Level, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

/** The lint section of the job summary: totals, then every finding grouped by file and rule. */
export function renderLintSummary(run: LintRun, budget = SUMMARY_BUDGET_BYTES): string {
  const files = run.results.length;
  const { error, warning, notice } = run.counts;
  const head = [
    '## Heroku Connect mapping lint',
    '',
    files === 0
      ? 'No mapping files were found.'
      : `${files} file${files === 1 ? '' : 's'} checked: **${error}** error${error === 1 ? '' : 's'}, **${warning}** warning${warning === 1 ? '' : 's'}, **${notice}** notice${notice === 1 ? '' : 's'}.`,
    '',
  ];
  const parts = [head.join('\n')];
  let used = Buffer.byteLength(parts[0]!);
  let shown = 0;
  const all = rankFindings(run.findings);
  for (const result of run.results) {
    const findings = all.filter((finding) => finding.file === result.file);
    const section = findings.length === 0 ? `### ✅ <code>${escapeMarkdown(result.file)}</code>\n\nNo findings.\n` : fileSection(result.file, findings);
    const size = Buffer.byteLength(section);
    if (used + size > budget) break;
    parts.push(section);
    used += size;
    shown += findings.length;
  }
  if (shown < run.findings.length) {
    parts.push(`\n> ${run.findings.length - shown} more findings do not fit in the job summary. Run the CLI or upload the SARIF file to see them all.\n`);
  }
  return parts.join('\n');
}

function fileSection(file: string, findings: readonly Finding[]): string {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  const rows = [...byRule.entries()].flatMap(([ruleId, ofRule]) =>
    ofRule.map(
      (finding, i) =>
        `<tr>${i === 0 ? `<td rowspan="${ofRule.length}"><a href="${ruleDocsUrl(ruleId)}">${escapeMarkdown(ruleId)}</a></td>` : ''}` +
        `<td>${LEVEL_ICON[finding.level]} ${finding.level}</td><td>${finding.line}:${finding.column}</td><td>${escapeMarkdown(finding.message)}</td></tr>`,
    ),
  );
  return [
    // <code>, not backticks: entities inside a markdown code span would show literally.
    `### <code>${escapeMarkdown(file)}</code>`,
    '',
    '<table><thead><tr><th>Rule</th><th>Level</th><th>Line</th><th>Finding</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
    '',
  ].join('\n');
}
