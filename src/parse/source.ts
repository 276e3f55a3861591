import { isUtf8 } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import type { SourceRange } from '../core/types.js';

/** Files above this size are refused with one finding: a real connection export is well under 5 MB. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

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

export type ReadOutcome = { ok: true; text: string } | { ok: false; problem: SourceProblem };

const START: SourceRange = { start: { line: 1, column: 1 } };

export function formatOf(path: string): SourceFormat {
  return /\.ya?ml$/i.test(path) ? 'yaml' : 'json';
}

/** Reads a file as UTF-8 text, turning every way it can fail into one clear problem. */
export async function readSource(absolutePath: string, format: SourceFormat): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    const info = await stat(absolutePath);
    if (!info.isFile()) return fail('unreadable', 'This path is not a regular file, so it cannot be linted.');
    if (info.size > MAX_FILE_BYTES) {
      return fail(
        'too-large',
        `The file is ${formatBytes(info.size)}, over the ${formatBytes(MAX_FILE_BYTES)} limit for a mapping file; ` +
          'a real Heroku Connect export is far smaller. Check that this is the file you meant.',
      );
    }
    bytes = await readFile(absolutePath);
  } catch (error) {
    return fail('unreadable', `The file cannot be read (${describeFsError(error)}).`);
  }
  return decode(bytes, format);
}

export function decode(bytes: Buffer, format: SourceFormat): ReadOutcome {
  const kind = format === 'yaml' ? 'YAML' : 'JSON';
  if (isBlank(bytes)) {
    return fail('not-text', `The file is empty: a mapping file is a ${kind} document with a "mappings" array.`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return failAt(bytes, nul, 'not-text', `The file is binary (it contains a NUL byte), not ${kind} text.`);
  }
  if (!isUtf8(bytes)) {
    return failAt(
      bytes,
      firstInvalidUtf8(bytes),
      'not-text',
      `The file is not valid UTF-8 text. Save it as UTF-8 (heroku connect:export writes UTF-8).`,
    );
  }
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) {
    if (format === 'json') {
      return fail(
        'not-text',
        'The file starts with a byte-order mark, which JSON.parse (and so heroku connect:import) rejects. Save it as UTF-8 without BOM.',
      );
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

function fail(kind: ProblemKind, message: string): ReadOutcome {
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

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

export function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MiB`;
  if (size >= 1024) return `${(size / 1024).toFixed(1)} KiB`;
  return `${size} bytes`;
}
