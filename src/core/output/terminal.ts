import { styleText } from 'node:util';

/**
 * The layout of what the CLI prints for people: how wide a line may be, how a paragraph wraps, and
 * whether it is coloured. The text given here is already escaped (terminalText); this only places it.
 */

/** Where nothing says how wide the output is (a pipe, a file, a CI log): the width of a classic terminal. */
export const DEFAULT_WIDTH = 80;
/** Below this a hanging indent leaves no room for words; above it lines get too long to read (clap caps its help the same way). */
const MIN_WIDTH = 40;
const MAX_WIDTH = 100;

export interface OutputStream {
  isTTY?: boolean;
  columns?: number;
}

/** The width to wrap at: the terminal's (within MIN_WIDTH..MAX_WIDTH), or DEFAULT_WIDTH when the output is not a terminal. */
export function terminalWidth(stream: OutputStream): number {
  const columns = stream.isTTY ? stream.columns : undefined;
  return columns && Number.isInteger(columns) && columns > 0 ? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, columns)) : DEFAULT_WIDTH;
}

/**
 * Colour, as NO_COLOR (https://no-color.org) and FORCE_COLOR say: off with `--no-color` or a
 * non-empty NO_COLOR; else on when FORCE_COLOR is set to anything but "0" or "false" (as Node reads
 * it); else on a terminal only, and not on TERM=dumb.
 */
export function colorWanted(env: NodeJS.ProcessEnv, stream: OutputStream, noColorFlag = false): boolean {
  if (noColorFlag || (env.NO_COLOR ?? '') !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

export type Style = Parameters<typeof styleText>[0];
export type Paint = (style: Style, text: string) => string;

/**
 * Paints text when colour is on. The decision was taken already (colorWanted, on the stream the
 * text goes to), so styleText must not check process.stdout again.
 */
export function painter(color: boolean): Paint {
  return color ? (style, text) => styleText(style, text, { validateStream: false }) : (_, text) => text;
}

/** A word of a paragraph, painted after the paragraph is wrapped (the colour codes take no room). */
export interface Word {
  text: string;
  style?: Style;
  /** Spaces before it when it follows a word on the same line (default 1): 2 sets the parts of a finding apart. */
  gap?: number;
}

export interface WrapLayout {
  width: number;
  /** Spaces before the first line. */
  indent?: number;
  /** Spaces before every later line: the hanging indent. */
  hanging?: number;
}

/**
 * Wraps words into lines of at most `width` characters: the first line after `indent` spaces, the
 * rest after `hanging`. A word longer than a line (a path, a URL) keeps a line of its own, whole.
 */
export function wrapWords(words: readonly Word[], { width, indent = 0, hanging = indent }: WrapLayout, paint: Paint = painter(false)): string[] {
  const lines: string[] = [];
  let line = '';
  let length = 0;
  const margin = () => (lines.length === 0 ? indent : hanging);
  for (const word of words) {
    if (word.text === '') continue;
    const shown = word.style ? paint(word.style, word.text) : word.text;
    const gap = word.gap ?? 1;
    if (length > 0 && margin() + length + gap + word.text.length > width) {
      lines.push(`${' '.repeat(margin())}${line}`);
      line = shown;
      length = word.text.length;
    } else {
      line = length === 0 ? shown : `${line}${' '.repeat(gap)}${shown}`;
      length += (length === 0 ? 0 : gap) + word.text.length;
    }
  }
  lines.push(`${' '.repeat(margin())}${line}`);
  return lines;
}

/** The words of a plain text, split at spaces; the first after `gap` spaces when it follows another word. */
export function wordsOf(text: string, gap?: number): Word[] {
  return text.split(' ').map((word, i) => (i === 0 && gap !== undefined ? { text: word, gap } : { text: word }));
}

/** A paragraph of plain text, wrapped as wrapWords does. */
export function wrap(text: string, layout: WrapLayout): string {
  return wrapWords(wordsOf(text), layout).join('\n');
}
