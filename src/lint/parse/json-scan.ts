import { MAX_DEPTH } from './parsed.js';

/**
 * A single-pass JSON scanner with an explicit stack: no recursion, so no input can overflow the
 * call stack, and no tree, so memory does not grow with the file. It validates the text exactly
 * as JSON.parse does and reports tokens to a visitor by offset; the caller converts the few offsets
 * it keeps into lines and columns with positionsAt().
 */
export interface JsonVisitor {
  /** An object member's key, from its opening to past its closing quote. */
  key(start: number, end: number): void;
  /** A string, number, true, false or null value. */
  scalar(start: number, end: number): void;
  /**
   * An object or array opens at `start`. Returning false skips its content (close() still follows):
   * only for text JSON.parse has accepted, since skipped content is not checked.
   */
  open(isObject: boolean, start: number): boolean | void;
  /** The innermost open object or array closes; `end` is past its closing bracket. */
  close(end: number): void;
}

export type ScanFailure = { kind: 'syntax' | 'too-deep'; offset: number; message: string };

const VALUE = 0; // a value must come
const VALUE_OR_CLOSE = 1; // just after '[': a value or ']'
const KEY = 2; // after ',' in an object
const KEY_OR_CLOSE = 3; // just after '{': a key or '}'
const COLON = 4;
const COMMA_OR_CLOSE = 5;
const END = 6; // the document is complete: only whitespace may follow

const NOTHING: JsonVisitor = { key() {}, scalar() {}, open() {}, close() {} };

/** Scans the whole text; undefined when it is valid JSON nested at most `maxDepth` levels. */
export function scanJson(text: string, visitor: JsonVisitor = NOTHING, maxDepth = MAX_DEPTH): ScanFailure | undefined {
  const n = text.length;
  const isObject = new Uint8Array(maxDepth + 1);
  let depth = 0;
  let state = VALUE;
  let i = 0;
  for (;;) {
    let c = text.charCodeAt(i);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++i);
    if (i >= n) return state === END ? undefined : syntax(i, endOfText(depth, isObject, state));
    switch (state) {
      case VALUE:
      case VALUE_OR_CLOSE:
      case END:
        if (state === END) return syntax(i, `unexpected ${tokenName(text, i)} after the end of the JSON document. A file holds one document: remove what follows it.`);
        if (c === 0x7b || c === 0x5b) {
          if (depth === maxDepth) {
            return { kind: 'too-deep', offset: i, message: `The document nests more than ${maxDepth} levels deep; a Heroku Connect mapping file nests about 6, so this is not one.` };
          }
          if (visitor.open(c === 0x7b, i) === false) {
            i = skipContainer(text, i);
            visitor.close(i);
            state = depth === 0 ? END : COMMA_OR_CLOSE;
            continue;
          }
          isObject[++depth] = c === 0x7b ? 1 : 0;
          i++;
          state = c === 0x7b ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
          continue;
        }
        if (c === 0x5d && state === VALUE_OR_CLOSE) break; // an empty array: closed below
        {
          const end = scalarEnd(text, i);
          if (end < 0) return c === 0x22 ? syntax(~end, badString(text, ~end)) : syntax(i, badValue(text, i, c));
          visitor.scalar(i, end);
          i = end;
          state = depth === 0 ? END : COMMA_OR_CLOSE;
          continue;
        }
      case KEY:
      case KEY_OR_CLOSE:
        if (c === 0x7d && state === KEY_OR_CLOSE) break;
        if (c !== 0x22) {
          if (c === 0x7d && followsComma(text, i)) return syntax(i, TRAILING_COMMA('}'));
          return syntax(i, `unexpected ${tokenName(text, i)} where a key was expected. Keys are strings in double quotes.`);
        }
        {
          const end = stringEnd(text, i);
          if (end < 0) return syntax(~end, badString(text, ~end));
          visitor.key(i, end);
          i = end;
          state = COLON;
          continue;
        }
      case COLON:
        if (c !== 0x3a) return syntax(i, `unexpected ${tokenName(text, i)} after a key. A colon is probably missing between the key and its value.`);
        i++;
        state = VALUE;
        continue;
      case COMMA_OR_CLOSE:
        if (c === 0x2c) {
          i++;
          state = isObject[depth] ? KEY : VALUE;
          continue;
        }
        if (c === (isObject[depth] ? 0x7d : 0x5d)) break;
        if (c === 0x7d || c === 0x5d) {
          return syntax(i, `unexpected "${text[i]}": the innermost open ${isObject[depth] ? 'object needs "}"' : 'array needs "]"'} first.`);
        }
        if (c === 0x22 || c === 0x7b || c === 0x5b || c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e) {
          return syntax(i, `unexpected ${tokenName(text, i)}. A comma is probably missing before it.`);
        }
        return syntax(i, `unexpected ${tokenName(text, i)}. A comma or a closing "${isObject[depth] ? '}' : ']'}" was expected.`);
    }
    // The cases that break out of the switch close the innermost object or array.
    visitor.close(++i);
    depth--;
    state = depth === 0 ? END : COMMA_OR_CLOSE;
  }
}

/**
 * Everything inside a container that leaves the depth unchanged: text without quotes or brackets,
 * whole strings, and empty objects and arrays (every field of an export is one). Bounded loops, so
 * that the regular expression's backtracking stack stays small whatever the input; a string with
 * more escapes than the bound is stepped over by hand.
 */
const FLAT_RUN = /(?:[^"{}[\]]+|"[^"\\]*(?:\\.[^"\\]*){0,64}"|\{[ \t\n\r]*\}|\[[ \t\n\r]*\]){0,1024}/y;

/**
 * Past the bracket that closes the one at `i`, in valid JSON. A native regular expression steps over
 * the flat runs between the brackets of non-empty containers, so this loop turns a few times per
 * mapping, not once per field.
 */
function skipContainer(text: string, i: number): number {
  let depth = 1;
  i++;
  for (;;) {
    FLAT_RUN.lastIndex = i;
    FLAT_RUN.test(text);
    i = FLAT_RUN.lastIndex;
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      depth++;
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      i++;
      if (--depth === 0) return i;
    } else if (c === 0x22) {
      i = pastString(text, i);
    } else if (i >= text.length) {
      return text.length;
    }
    // Otherwise the run stopped at its bound: the next one goes on from there.
  }
}

/** Past the closing quote of the string that opens at `quote`. */
function pastString(text: string, quote: number): number {
  let end = text.indexOf('"', quote + 1);
  while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
  return end === -1 ? text.length : end + 1;
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let j = quote - 1; text.charCodeAt(j) === 0x5c; j--) backslashes++;
  return backslashes % 2 === 1;
}

function syntax(offset: number, message: string): ScanFailure {
  return { kind: 'syntax', offset, message };
}

const TRAILING_COMMA = (bracket: string) => `unexpected "${bracket}" after a comma. JSON allows no trailing comma: remove the comma before it.`;

function endOfText(depth: number, isObject: Uint8Array, state: number): string {
  if (depth === 0) return 'the text ends where a value was expected.';
  const missing = isObject[depth] ? '"}"' : '"]"';
  if (state === VALUE || state === KEY) return `the text ends after a comma. JSON allows no trailing comma, and ${missing} is missing at the end.`;
  return `the text ends inside an ${isObject[depth] ? 'object' : 'array'}: a closing ${missing} is missing.`;
}

function followsComma(text: string, i: number): boolean {
  let j = i - 1;
  let c = text.charCodeAt(j);
  while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(--j);
  return c === 0x2c;
}

function badValue(text: string, i: number, c: number): string {
  if ((c === 0x5d || c === 0x7d) && followsComma(text, i)) return TRAILING_COMMA(text[i]!);
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
    return 'a number is not written as JSON allows: no leading zeros, no "+" sign, digits on both sides of a decimal point.';
  }
  return `unexpected ${tokenName(text, i)} where a value was expected.`;
}

function badString(text: string, at: number): string {
  if (at >= text.length) return 'a string is not closed: its closing double quote is missing.';
  const c = text.charCodeAt(at);
  if (c === 0x5c) return 'a string has an invalid escape: JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hex digits.';
  return `a string contains a raw control character (U+${hex(c)}), which JSON does not allow: write it as an escape such as \\n, or close the string with a double quote.`;
}

/** What the user sees at `i`, named without quoting the file's text beyond one punctuation character. */
function tokenName(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c === 0x22) return 'a string';
  if (c === 0x27) return 'a single quote (JSON strings use double quotes)';
  if (c === 0x2f) return '"/" (JSON has no comments)';
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return 'a number';
  if (literalEnd(text, i) > 0) return text.startsWith('n', i) ? 'null' : 'true/false';
  if (isWordChar(c)) return 'a bare word (text outside double quotes)';
  if (c > 0x20 && c < 0x7f) return `"${text[i]}"`;
  return `the character U+${hex(c)}`;
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x24;
}

/** The end of the scalar at `i`, or the bitwise complement of where it went wrong (0 when it is not a scalar). */
function scalarEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return stringEnd(text, i);
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return numberEnd(text, i);
  const end = literalEnd(text, i);
  return end > 0 ? end : ~0;
}

/** Past the closing quote of the string opening at `i`, or the complement of the offending offset. */
function stringEnd(text: string, i: number): number {
  const n = text.length;
  for (let j = i + 1; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return ~j;
    if (c === 0x5c) {
      const e = text.charCodeAt(j + 1);
      if (e === 0x75) {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return ~j;
        j += 5;
      } else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
        j++;
      } else {
        return ~j;
      }
    }
  }
  return ~n;
}

function numberEnd(text: string, i: number): number {
  const start = i;
  if (text.charCodeAt(i) === 0x2d) i++;
  const first = text.charCodeAt(i);
  if (first === 0x30) i++;
  else if (first >= 0x31 && first <= 0x39) i = digitsEnd(text, i);
  else return ~0;
  if (text.charCodeAt(i) === 0x2e) {
    const after = digitsEnd(text, i + 1);
    if (after === i + 1) return ~0;
    i = after;
  }
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    let j = i + 1;
    const sign = text.charCodeAt(j);
    if (sign === 0x2b || sign === 0x2d) j++;
    const after = digitsEnd(text, j);
    if (after === j) return ~0;
    i = after;
  }
  // A number glued to letters or digits (`01`, `1x`) is not one token JSON knows.
  return isWordChar(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2e ? ~0 : i > start ? i : ~0;
}

function digitsEnd(text: string, i: number): number {
  let c = text.charCodeAt(i);
  while (c >= 0x30 && c <= 0x39) c = text.charCodeAt(++i);
  return i;
}

function literalEnd(text: string, i: number): number {
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, i) && !isWordChar(text.charCodeAt(i + literal.length))) return i + literal.length;
  }
  return 0;
}

/** The key whose token spans start..end, decoded. */
export function keyAt(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}
