/**
 * The part of a source line a finding points at, kept when the file is linted so that the text
 * report can show it under the finding without holding or reading the file again.
 */
export interface LineExcerpt {
  /** The raw text, unescaped: the renderer escapes it for its sink. */
  text: string;
  /** The 1-based column (UTF-16 code units, as findings count) of the first character of `text`. */
  startColumn: number;
  /** Whether the line goes on past `text`. */
  cutAfter: boolean;
}

/**
 * How much of a line is kept around a finding's column: a minified file is one line of up to the
 * file size limit, and a finding needs only the context a terminal line can show.
 */
const BEFORE_COLUMN = 80;
const AFTER_COLUMN = 160;

/**
 * The excerpt of each position's line, in the order given: one pass over the text up to the last
 * line asked for (only "\n" ends a line, as the positions count them; a "\r" before it is dropped).
 */
export function lineExcerpts(text: string, positions: readonly { line: number; column: number }[]): LineExcerpt[] {
  const order = positions.map((_, i) => i).sort((a, b) => positions[a]!.line - positions[b]!.line);
  const excerpts = new Array<LineExcerpt>(positions.length);
  let line = 1;
  let start = 0;
  for (const index of order) {
    const position = positions[index]!;
    while (line < position.line && start !== -1) {
      const next = text.indexOf('\n', start);
      start = next === -1 ? -1 : next + 1;
      line++;
    }
    if (start === -1) {
      excerpts[index] = { text: '', startColumn: 1, cutAfter: false };
      continue;
    }
    const newline = text.indexOf('\n', start);
    let end = newline === -1 ? text.length : newline;
    if (text.charCodeAt(end - 1) === 13) end--;
    const from = Math.max(start, start + position.column - 1 - BEFORE_COLUMN);
    const to = Math.min(end, start + position.column - 1 + AFTER_COLUMN);
    excerpts[index] = { text: text.slice(from, Math.max(from, to)), startColumn: from - start + 1, cutAfter: to < end };
  }
  return excerpts;
}
