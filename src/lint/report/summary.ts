import type { LintRun } from '../run.js';
import type { Finding, Level } from '../../core/types.js';
import { formatCount } from '../../core/text.js';
import { bytes, CELL_MAX_CHARS, LINT_SUMMARY_BUDGET_BYTES, takeWhileFits } from '../../core/output/budget.js';
import { clip, markdownText } from '../../core/output/escape.js';
import { rankFindings } from './order.js';
import { fileLineUrl, ruleDocsUrl, type SourceRevision } from '../../core/output/links.js';
import { RULES_BY_ID } from '../rules/index.js';

/** The mark of each level wherever findings are listed in markdown: the summary and the pull request comment. */
export const LEVEL_ICON: Record<Level, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

export interface LintSummary {
  markdown: string;
  /** How many findings it lists; the rest did not fit. */
  shown: number;
}

const TABLE_OPEN = '<table><thead><tr><th>Rule</th><th>Level</th><th>Line</th><th>Finding</th></tr></thead><tbody>';
const TABLE_CLOSE = '</tbody></table>';
/** Room kept for the lines written after the choice: "N more in this file" and the closing note. */
const FILE_NOTE_RESERVE = 96;
const CLOSING_NOTE_RESERVE = 320;

function plural(count: number, word: string): string {
  return `${formatCount(count)} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The lint section of the job summary: totals, then the findings grouped by file and rule. Within
 * the budget it keeps the most important findings (level, then place), lists under each file how
 * many of its findings did not fit, and says how many were left out in all. With the revision that
 * was linted, each finding's line links to the file at that commit.
 */
export function renderLintSummary(run: LintRun, budget = LINT_SUMMARY_BUDGET_BYTES, revision?: SourceRevision): LintSummary {
  const files = run.results.length;
  const { error, warning, notice } = run.counts;
  const head = [
    '## Heroku Connect mapping lint',
    '',
    files === 0
      ? 'No mapping files were found.'
      : `${plural(files, 'file')} checked: **${plural(error, 'error')}**, **${plural(warning, 'warning')}**, **${plural(notice, 'notice')}**${suppressedNote(run)}.`,
    '',
  ].join('\n');

  const perFile = new Map<string, number>();
  for (const finding of run.findings) perFile.set(finding.file, (perFile.get(finding.file) ?? 0) + 1);
  const rows = new Map<Finding, string>();
  const opened = new Set<string>();
  const ruleCells = new Set<string>();
  const { taken: shown, used: findingsSize } = takeWhileFits(rankFindings(run.findings), budget - bytes(head) - CLOSING_NOTE_RESERVE, (finding) => {
    const row = findingCells(finding, revision);
    rows.set(finding, row);
    let cost = bytes(row) + '<tr></tr>\n'.length;
    if (!opened.has(finding.file)) {
      opened.add(finding.file);
      cost += bytes(fileHeading(finding.file)) + TABLE_OPEN.length + TABLE_CLOSE.length + FILE_NOTE_RESERVE;
    }
    const ruleKey = `${finding.file}\0${finding.ruleId}`;
    if (!ruleCells.has(ruleKey)) {
      ruleCells.add(ruleKey);
      cost += bytes(ruleCell(finding.ruleId, Number.MAX_SAFE_INTEGER));
    }
    return cost;
  });

  const shownByFile = new Map<string, Finding[]>();
  for (const finding of shown) {
    const list = shownByFile.get(finding.file);
    if (list) list.push(finding);
    else shownByFile.set(finding.file, [finding]);
  }
  // A file without findings is listed only when there is room left after the findings.
  const withoutFindings = run.results.filter((result) => !perFile.has(result.file));
  const { taken: clean } = takeWhileFits(withoutFindings, budget - bytes(head) - CLOSING_NOTE_RESERVE - findingsSize, (result) => bytes(cleanSection(result.file)));
  const cleanShown = new Set(clean.map((result) => result.file));

  const parts = [head];
  for (const result of run.results) {
    const ofFile = shownByFile.get(result.file);
    if (ofFile) parts.push(fileSection(result.file, ofFile, rows, perFile.get(result.file)! - ofFile.length));
    else if (cleanShown.has(result.file)) parts.push(cleanSection(result.file));
  }
  const leftOut = run.findings.length - shown.length;
  const filesWithout = withoutFindings.length - clean.length;
  const notes: string[] = [];
  if (leftOut > 0) {
    notes.push(
      `${plural(leftOut, 'more finding')} (the least important) do not fit in the job summary: this lists ${formatCount(shown.length)} of ${formatCount(run.findings.length)}. The CLI or the SARIF file lists them all.`,
    );
  }
  if (filesWithout > 0) notes.push(`${plural(filesWithout, 'more file')} without findings ${filesWithout === 1 ? 'is' : 'are'} not listed.`);
  if (notes.length > 0) parts.push(`\n> ${notes.join(' ')}\n`);
  return { markdown: parts.join('\n'), shown: shown.length };
}

/** Ignored findings are counted, so a silenced problem stays visible as a number. */
function suppressedNote(run: LintRun): string {
  const count = run.suppressed.length;
  return count === 0 ? '' : `, ${formatCount(count)} suppressed by the configuration file's ignore entries`;
}

function fileHeading(file: string): string {
  // <code>, not backticks: character references inside a markdown code span would show literally.
  return `### <code>${markdownText(clip(file, CELL_MAX_CHARS))}</code>`;
}

function cleanSection(file: string): string {
  return `### ✅ <code>${markdownText(clip(file, CELL_MAX_CHARS))}</code>\n\nNo findings.\n`;
}

function ruleCell(ruleId: string, rows: number): string {
  // unused-ignore is the configuration file's own warning, not a rule with a page.
  const name = RULES_BY_ID.has(ruleId) ? `<a href="${ruleDocsUrl(encodeURIComponent(ruleId))}">${markdownText(ruleId)}</a>` : markdownText(ruleId);
  return `<td rowspan="${rows}">${name}</td>`;
}

function findingCells(finding: Finding, revision: SourceRevision | undefined): string {
  const place = `${finding.line}:${finding.column}`;
  const line = revision ? `<a href="${fileLineUrl(revision, finding.file, finding.line)}">${place}</a>` : place;
  return `<td>${LEVEL_ICON[finding.level]} ${finding.level}</td><td>${line}</td><td>${markdownText(clip(finding.message, CELL_MAX_CHARS))}</td>`;
}

/** `findings` most important first; rows of one rule stay together, under the rule's first (most important) row. */
function fileSection(file: string, findings: readonly Finding[], cells: ReadonlyMap<Finding, string>, more: number): string {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.ruleId);
    if (list) list.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  const rows: string[] = [];
  for (const [ruleId, ofRule] of byRule) {
    ofRule.forEach((finding, i) => rows.push(`<tr>${i === 0 ? ruleCell(ruleId, ofRule.length) : ''}${cells.get(finding)!}</tr>`));
  }
  return [fileHeading(file), '', TABLE_OPEN, ...rows, TABLE_CLOSE, '', ...(more > 0 ? [`${plural(more, 'more finding')} in this file ${more === 1 ? 'does' : 'do'} not fit here.`, ''] : [])].join(
    '\n',
  );
}
