import { isUtf8 } from 'node:buffer';
import { readConfined } from '../../core/fs/workspace.js';
import type { SourceRange } from '../../core/types.js';

export { formatBytes, MAX_FILE_BYTES } from '../../core/fs/workspace.js';

export type SourceFormat = 'json' | 'yaml';

/**
 * What kind of problem the reader or a parser found. The lint engine decides which rule reports
 * each kind: the parsers know nothing of rules.
 */
export type ProblemKind =
  /** The file cannot be read, or is not a regular file. */
  | 'unreadable'
  /** The file is over a size limit. */
  | 'too-large'
  /** Empty, binary, not UTF-8, or starting with a byte-order mark. */
  | 'not-text'
  /** A JSON or YAML syntax error. */
  | 'syntax'
  /** Nested deeper than any mapping file: refused before it can exhaust the stack. */
  | 'too-deep'
  /** The same key twice in one object. */
  | 'duplicate-key';

/** A problem found before any rule runs: the file cannot be read, or is not text a parser can take. */
export interface SourceProblem {
  kind: ProblemKind;
  message: string;
  range: SourceRange;
}

export type ReadOutcome = { ok: true; text: string } | FailedRead;

export type FailedRead = { ok: false; problem: SourceProblem };

const START: SourceRange = { start: { line: 1, column: 1 } };

export function formatOf(path: string): SourceFormat {
  return /\.ya?ml$/i.test(path) ? 'yaml' : 'json';
}

/**
 * Reads a file as UTF-8 text, turning every way it can fail into one clear problem. `confinedTo`:
 * the folder its real path must stay in (see readConfined).
 */
export function readSource(absolutePath: string, format: SourceFormat, confinedTo: string | null): ReadOutcome {
  const read = readConfined(absolutePath, confinedTo);
  return read.ok ? decode(read.bytes, format) : failedRead(read.failure === 'too-large' ? 'too-large' : 'unreadable', read.message);
}

export function decode(bytes: Buffer, format: SourceFormat): ReadOutcome {
  const kind = format === 'yaml' ? 'YAML' : 'JSON';
  if (isBlank(bytes)) {
    return failedRead('not-text', `The file is empty: a mapping file is a ${kind} document with a "mappings" array.`);
  }
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const bom = hasUtf16Bom(bytes);
    const name = utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
    return failedRead(
      'not-text',
      `The file is UTF-16 text (${name}, ${bom ? 'with' : 'without'} a byte-order mark), not UTF-8, which heroku connect:import reads. ` +
        `Convert it, for example: iconv -f ${bom ? 'UTF-16' : name} -t UTF-8 in.${format} > out.${format}`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return failAt(bytes, nul, 'not-text', `The file is binary (it contains a NUL byte), not ${kind} text.`);
  }
  if (!isUtf8(bytes)) {
    return failAt(bytes, firstInvalidUtf8(bytes), 'not-text', `The file is not valid UTF-8 text. Save it as UTF-8 (heroku connect:export writes UTF-8).`);
  }
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) {
    if (format === 'json') {
      return failedRead('not-text', 'The file starts with a byte-order mark, which JSON.parse (and so heroku connect:import) rejects. Save it as UTF-8 without BOM.');
    }
    text = text.slice(1);
  }
  return { ok: true, text };
}

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return false;
  }
  return true;
}

/** A read that failed, with the problem placed at the start of the file. */
export function failedRead(kind: ProblemKind, message: string): FailedRead {
  return { ok: false, problem: { kind, message, range: START } };
}

function failAt(bytes: Buffer, offset: number, kind: ProblemKind, message: string): ReadOutcome {
  const before = bytes.subarray(0, offset);
  let line = 1;
  let lineStart = 0;
  for (let i = before.indexOf(10); i !== -1; i = before.indexOf(10, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { ok: false, problem: { kind, message, range: { start: { line, column: offset - lineStart + 1 } } } };
}

/** The offset of the first byte that breaks UTF-8, found by decoding growing prefixes' boundary. */
function firstInvalidUtf8(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const text = decoder.decode(bytes);
  const bad = text.indexOf('\uFFFD');
  return bad === -1 ? 0 : Buffer.byteLength(text.slice(0, bad), 'utf8');
}

function hasUtf16Bom(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * UTF-16 by its byte-order mark, or, without one, by a NUL in every other byte of the start (text
 * that is mostly ASCII, as JSON and YAML are): Windows PowerShell 5 writes `>` redirections so.
 */
export function utf16Encoding(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(256, Math.floor(bytes.length / 2));
  if (pairs === 0) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  const most = pairs * 0.75;
  const few = pairs * 0.1;
  if (oddNul >= most && evenNul <= few) return 'utf-16le';
  if (evenNul >= most && oddNul <= few) return 'utf-16be';
  return undefined;
}
