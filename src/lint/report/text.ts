import type { LintRun } from '../run.js';
import type { Finding, Level } from '../../core/types.js';
import type { LineExcerpt } from '../parse/excerpt.js';
import { terminalText } from '../../core/output/escape.js';
import { inReadingOrder } from './order.js';
import { DEFAULT_WIDTH, painter, wordsOf, wrapWords, type Paint, type Style } from '../../core/output/terminal.js';

const LEVEL_STYLE: Record<Level, Style> = { error: 'red', warning: 'yellow', notice: 'cyan' };
/** Where a finding's later lines and its excerpt start. */
const INDENT = 4;

/**
 * The CLI's default report, as compilers and ESLint print theirs: each finding as
 * `file:line:col  level  message  rule`, wrapped to `width` with a hanging indent, then the line it
 * points at with a caret under the column; colour only when asked. File names, messages and source
 * lines are shown through terminalText: nothing from a file reaches the terminal raw.
 */
export function formatText(run: LintRun, color: boolean, width = DEFAULT_WIDTH): string {
  const paint = painter(color);
  const lines: string[] = [];
  for (const finding of inReadingOrder(run.findings)) {
    const words = [
      { text: `${terminalText(finding.file)}:${finding.line}:${finding.column}`, style: 'bold' as const },
      { text: finding.level, style: LEVEL_STYLE[finding.level], gap: 2 },
      ...wordsOf(terminalText(finding.message), 2),
      { text: finding.ruleId, style: 'dim' as const, gap: 2 },
    ];
    lines.push(...wrapWords(words, { width, hanging: INDENT }, paint));
    const excerpt = run.excerpts?.get(finding);
    if (excerpt && excerpt.text !== '') lines.push(...excerptLines(finding, excerpt, width, paint));
    lines.push('');
  }
  const { error, warning } = run.counts;
  lines.push(paint(error > 0 ? 'red' : warning > 0 ? 'yellow' : 'green', totals(run)));
  return `${lines.join('\n')}\n`;
}

/** `2 files checked: 1 error, 0 warnings, 0 notices`: the last line of the text reports. */
export function totals(run: LintRun): string {
  const files = run.results.length;
  const { error, warning, notice } = run.counts;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const suppressed = run.suppressed.length > 0 ? `, ${run.suppressed.length} suppressed` : '';
  return `${plural(files, 'file')} checked: ${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(notice, 'notice')}${suppressed}`;
}

/** A source line as the terminal shows it, measured in terminal columns (cells). */
interface ShownLine {
  cells: number;
  /** The cell the character at this UTF-16 offset of the excerpt starts at (`cells` past the end). */
  cellAt(offset: number): number;
  /** The characters that lie whole within the cells [from, to). */
  slice(from: number, to: number): string;
}

/**
 * The source line under a finding, `  12 | text`, and a caret under the column (`^~~~` over the
 * range when it ends on that line). A line too long for the width is cut around the column, with
 * `…` where it was cut; a tab is shown as one space (its width depends on the terminal, and the
 * caret must stay under its column), and every other unprintable character as its escape.
 */
function excerptLines(finding: Finding, excerpt: LineExcerpt, width: number, paint: Paint): string[] {
  const number = String(finding.line);
  const gutter = `${' '.repeat(INDENT)}${number} | `;
  const room = Math.max(10, width - gutter.length);
  const line = shownLine(excerpt.text);
  const caret = line.cellAt(finding.column - excerpt.startColumn);
  const endsHere = finding.endColumn !== undefined && (finding.endLine ?? finding.line) === finding.line;
  const end = Math.max(caret + 1, endsHere ? line.cellAt(finding.endColumn! - excerpt.startColumn) : caret + 1);

  const cutBefore = excerpt.startColumn > 1;
  // A line that does not fit is cut on the right while the caret is in the first two thirds of the room, else around it.
  const from = (cutBefore || line.cells > room) && (cutBefore || caret >= (room * 2) / 3) ? Math.max(0, Math.min(caret - Math.floor(room / 3), line.cells - room + 1)) : 0;
  const markLeft = cutBefore || from > 0;
  let to = from + room - (markLeft ? 1 : 0);
  const markRight = excerpt.cutAfter || to < line.cells;
  if (markRight) to -= 1;
  const text = `${markLeft ? '…' : ''}${line.slice(from, to)}${markRight ? '…' : ''}`;
  const caretAt = (markLeft ? 1 : 0) + caret - from;
  const marker = `^${'~'.repeat(Math.max(0, Math.min(end, to) - caret - 1))}`;
  const blank = `${' '.repeat(INDENT + number.length)} | `;
  return [`${paint('dim', gutter)}${text}`, `${paint('dim', blank)}${' '.repeat(caretAt)}${paint(LEVEL_STYLE[finding.level], marker)}`];
}

/** Printable ASCII: one cell per character, shown as it is (most mapping files are only this). */
const PLAIN = /^[\x20-\x7e]*$/;

/** East Asian wide and emoji ranges: two columns each on a terminal. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

function shownLine(text: string): ShownLine {
  if (PLAIN.test(text)) return { cells: text.length, cellAt: (offset) => Math.max(0, Math.min(offset, text.length)), slice: (from, to) => text.slice(from, to) };
  // Each character as shown, the UTF-16 offset it starts at, and the cell it starts at.
  const shown: string[] = [];
  const offsets: number[] = [];
  const starts: number[] = [];
  let offset = 0;
  let cells = 0;
  for (const char of text) {
    // A surrogate cut in half at the excerpt's edge is not a character: it is left out.
    if (!/[\ud800-\udfff]/.test(char) || char.length === 2) {
      const visible = char === '\t' ? ' ' : terminalText(char);
      shown.push(visible);
      offsets.push(offset);
      starts.push(cells);
      cells += visible === char && WIDE.test(char) ? 2 : visible.length;
    }
    offset += char.length;
  }
  const ends = starts.map((_, i) => starts[i + 1] ?? cells);
  return {
    cells,
    cellAt: (at) => {
      const index = offsets.findIndex((start) => start >= at);
      return index === -1 ? cells : starts[index]!;
    },
    slice: (from, to) => shown.filter((_, i) => starts[i]! >= from && ends[i]! <= to).join(''),
  };
}

/** Machine-readable report, as schema/report.schema.json documents it: the findings as they are, plus totals. */
export function formatJson(run: LintRun): string {
  return `${JSON.stringify({ files: run.results.map((r) => r.file), counts: run.counts, findings: run.findings, suppressed: run.suppressed }, null, 2)}\n`;
}
