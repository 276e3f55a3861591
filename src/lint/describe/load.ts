import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, posix, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ConfigurationError } from '../../core/errors.js';
import { checkGlob } from '../../core/fs/glob.js';
import { isInside, readConfined } from '../../core/fs/workspace.js';
import { suggest } from '../../core/suggest.js';
import { parseJson } from '../parse/json.js';
import { fullDescribe, isSObjectDescribe, objectFlags, summarize, type JsonObject } from './shape.js';
import { DescribeIndex } from './types.js';
import { isRecord } from '../../core/json.js';

const IGNORED = ['**/node_modules/**', '**/.git/**'];

const ACCEPTED_SHAPES =
  'an sObject describe (GET /services/data/vXX.X/sobjects/{Object}/describe/), ' +
  'a global describe (GET /services/data/vXX.X/sobjects/), ' +
  'the output of "sf sobject describe --sobject {Object} --json", or a JSON array of these';

const SAVE_COMMAND = '"sf sobject describe --sobject {Object} --json > file.json"';

/**
 * Loads describe snapshots named by globs or plain paths relative to `root`. Files are added in
 * pattern order, then path order within a glob, so a later file's flags win (see `DescribeIndex.add`);
 * a file matched twice is read once, where it first appeared. Files are read inside `root` (the
 * workspace), unless `namedMayLeaveRoot` (the CLI, where the user names files on their own machine);
 * globs never follow a symlink, so a search cannot lead out of the folder it searches.
 */
export async function loadDescribeFiles(patterns: readonly string[], root: string, namedMayLeaveRoot = false): Promise<DescribeIndex> {
  const base = resolve(root);
  const confinedTo = namedMayLeaveRoot ? null : await realpath(base);
  const files = new Map<string, string>();
  for (const pattern of patterns) {
    if (confinedTo !== null) stayInside(pattern, base);
    for (const file of await filesMatching(pattern, base)) {
      if (!files.has(file)) files.set(file, shownPath(base, file));
    }
  }
  const documents = await Promise.all([...files].map(([file, shown]) => readDocument(file, shown, confinedTo)));
  const index = new DescribeIndex();
  documents.forEach((document) => collect(document.value, document.shown, '', index));
  return index;
}

/**
 * In the action a describe path or glob stays inside the workspace, checked as written before
 * anything is looked at: no error may name, or tell the existence of, a file outside. A ".."
 * segment is refused anywhere in it, since a glob's ".." is resolved only while searching.
 */
function stayInside(pattern: string, base: string): void {
  if (pattern.split(/[\\/]/).includes('..') || !isInside(resolve(base, pattern), base)) {
    throw new ConfigurationError(`The describe pattern "${pattern}" leaves the workspace (${base}); describe paths and globs are relative to the workspace and stay inside it, without "..".`);
  }
}

async function filesMatching(pattern: string, base: string): Promise<string[]> {
  const path = resolve(base, pattern);
  // A path that exists is taken literally, so names with glob characters such as "Account[1].json" still load.
  const info = await statOrUndefined(path, pattern);
  if (info?.isFile()) return [path];
  if (info?.isDirectory()) {
    throw new ConfigurationError(`The describe path "${pattern}" is a directory. To load the describe files in it, use a glob such as "${posix.join(pattern, '*.json')}".`);
  }
  if (!isDynamicPattern(pattern)) throw await notFound(pattern, path, base);
  checkGlob(pattern, 'describe pattern');
  const found = await glob(pattern, { cwd: base, absolute: true, expandDirectories: false, ignore: IGNORED, followSymbolicLinks: false, extglob: false });
  if (found.length === 0) {
    throw new ConfigurationError(
      `The describe pattern "${pattern}" matched no files under ${base} (node_modules and .git are not searched). ` + `Check the pattern, or save a describe there first with ${SAVE_COMMAND}.`,
    );
  }
  return found.map((file) => resolve(file)).sort();
}

async function statOrUndefined(path: string, pattern: string) {
  try {
    return await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new ConfigurationError(`The describe path "${pattern}" cannot be read (${code ?? String(error)}).`);
  }
}

async function notFound(pattern: string, path: string, base: string): Promise<ConfigurationError> {
  const siblings = await readdir(dirname(path)).catch(() => undefined);
  const where = `The describe file "${pattern}" does not exist (paths are relative to ${base}).`;
  if (siblings === undefined) return new ConfigurationError(`${where} Its folder does not exist either.`);
  const match = suggest(basename(path), siblings);
  return new ConfigurationError(match ? `${where} Did you mean "${posix.join(posix.dirname(pattern), match)}"?` : where);
}

function shownPath(base: string, file: string): string {
  return relative(base, file).split(sep).join('/');
}

async function readDocument(file: string, shown: string, confinedTo: string | null): Promise<{ shown: string; value: unknown }> {
  const read = readConfined(file, confinedTo);
  if (!read.ok) throw new ConfigurationError(`The describe file "${shown}" cannot be read: ${read.message}`);
  const { value, problems } = parseJson(decode(read.bytes, shown));
  // Duplicate keys, which parseJson also reports, do not matter in describe data.
  const syntax = problems.find((problem) => problem.kind !== 'duplicate-key');
  if (syntax) {
    const { line, column } = syntax.range.start;
    throw new ConfigurationError(`${shown}:${line}:${column}: ${syntax.message} A describe file must be the JSON that Salesforce returns; save it again with ${SAVE_COMMAND}.`);
  }
  return { shown, value };
}

/** Windows PowerShell 5 saves `sf ... --json > file` as UTF-16 with a byte-order mark; anything else must be UTF-8. */
function decode(bytes: Buffer, shown: string): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ConfigurationError(`The describe file "${shown}" is not valid ${encoding.toUpperCase()} text. Save it again with ${SAVE_COMMAND}.`);
  }
}

/** Recognises each value by its shape: `path` locates it inside the file for messages. */
function collect(value: unknown, file: string, path: string, index: DescribeIndex): void {
  const where = `The describe file "${file}"${path === '' ? '' : ` at ${path}`}`;
  if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, file, `${path}[${i}]`, index));
  } else if (!isRecord(value)) {
    throw unrecognised(where, value);
  } else if (isCliOutput(value)) {
    if (value.status !== 0) throw cliFailure(value, where);
    collect(value.result, file, path === '' ? 'result' : `${path}.result`, index);
  } else if (Array.isArray(value.sobjects)) {
    value.sobjects.forEach((entry, i) => index.add(objectFlags(entry, `${where}, sobjects[${i}]`)));
  } else if (isSObjectDescribe(value)) {
    index.add(fullDescribe(value, where));
  } else {
    throw unrecognised(where, value);
  }
}

/** `sf ... --json` prints `{status, result, warnings}` on success and `{status, name, message, ...}` on failure. */
function isCliOutput(value: JsonObject): boolean {
  return typeof value.status === 'number' && ('result' in value || typeof value.message === 'string');
}

function cliFailure(output: JsonObject, where: string): ConfigurationError {
  const name = typeof output.name === 'string' ? `, ${output.name}` : '';
  const message = typeof output.message === 'string' ? `"${output.message}"` : 'no message';
  return new ConfigurationError(
    `${where} is the output of a Salesforce CLI command that failed (status ${String(output.status)}${name}): ${message}. ` + `Fix the cause, then save it again with ${SAVE_COMMAND}.`,
  );
}

function unrecognised(where: string, value: unknown): ConfigurationError {
  return new ConfigurationError(`${where} is not describe data: found ${summarize(value)}. Accepted: ${ACCEPTED_SHAPES}.`);
}
