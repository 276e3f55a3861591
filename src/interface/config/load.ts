import { statSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { ConfigurationError } from '../../core/errors.js';
import { readConfined, repositoryRoot } from '../../core/fs/workspace.js';
import { didYouMean } from '../../core/suggest.js';
import type { IgnoreEntry } from '../../lint/suppress.js';
import type { JsonPath } from '../../core/types.js';
import { parseSource } from '../../lint/parse/parse.js';
import { decode, formatOf } from '../../lint/parse/source.js';
import { RULES_BY_ID } from '../../lint/rules/index.js';
import { validate } from './validate-config.generated.js';
import { isRecord, parsePointer } from '../../core/json.js';

/** The names looked for in each folder, in this order. */
export const CONFIG_FILE_NAMES = ['.heroku-connect.yml', '.heroku-connect.yaml', '.heroku-connect.json'] as const;

/** A configuration file is a few lines; anything this large is not one. */
const MAX_CONFIG_BYTES = 256 * 1024;

export interface LoadedConfig {
  /** The file's path as findings show it: relative to the root the lint runs in, '/'-separated. */
  file: string;
  /** The values by input name, written as the input would be (lists one per line): inputs and flags override them. */
  values: Record<string, string>;
  ignores: IgnoreEntry[];
  /** Where a key of the file is written (`.heroku-connect.yml:4`), for --print-config: searched for only when asked, since each search scans the file. */
  where?: (key: JsonPath) => string;
}

interface ConfigDocument {
  files?: string[];
  describe?: string[];
  plan?: string;
  'fail-on'?: string;
  rules?: Record<string, string>;
  ignore?: { rule: string; object: string; field?: string; reason: string }[];
}

/**
 * The configuration file for a run in `start`: looked for in `start`, then in each parent up to the
 * repository's root (the folder with `.git`), never above it; outside a repository, in `start` only.
 * The action passes `searchUp: false`: only the workspace root counts.
 */
export async function findConfigFile(start: string, searchUp: boolean): Promise<string | undefined> {
  let folder = path.resolve(start);
  const stopAt = searchUp ? repositoryRoot(folder) : folder;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(folder, name);
      if (exists(candidate)) return candidate;
    }
    if (stopAt === undefined || folder === stopAt) return undefined;
    folder = path.dirname(folder);
  }
}

/** Synchronous, like every read of a lint's start: node:fs/promises would cost more to load than these few calls take. */
function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds and reads the configuration file for a run whose findings are relative to `root`. Read
 * confined to its own folder and bounded like a mapping file; parsed by the mapping files' parser,
 * so a problem is placed at its line.
 */
export async function loadConfig(root: string, options: { searchUp: boolean }): Promise<LoadedConfig | undefined> {
  const found = await findConfigFile(root, options.searchUp);
  if (found === undefined) return undefined;
  const read = readConfined(found, path.dirname(found), MAX_CONFIG_BYTES);
  if (!read.ok) throw new ConfigurationError(`${shownPath(root, found)}: ${read.message}`);
  return parseConfig(root, found, read.bytes);
}

function shownPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/**
 * The configuration in `bytes`, as the file at `found` (its name gives the format, its folder the
 * globs' base): the workspace's file, or its version on a pull request's base branch.
 */
export async function parseConfig(root: string, found: string, bytes: Buffer): Promise<LoadedConfig> {
  const shown = shownPath(root, found);
  if (bytes.length > MAX_CONFIG_BYTES) throw new ConfigurationError(`${shown}: larger than ${MAX_CONFIG_BYTES / 1024} KiB, which no configuration file is.`);
  const decoded = decode(bytes, formatOf(found));
  if (!decoded.ok) throw new ConfigurationError(`${shown}:${decoded.problem.range.start.line}: ${decoded.problem.message}`);
  const parsed = await parseSource(decoded.text, formatOf(found));
  const problem = parsed.problems[0];
  if (problem) throw new ConfigurationError(`${shown}:${problem.range.start.line}:${problem.range.start.column}: ${problem.message}`);
  const value = parsed.value ?? {};
  const at = (where: JsonPath, key = false) => {
    const { start } = parsed.locate([{ path: where, at: key ? 'key' : 'value' }])[0]!;
    return `${shown}:${start.line}:${start.column}`;
  };
  // Rule ids first: the schema lists them too (for editors), but this message names the id meant.
  checkRuleIds(value, at);
  if (!validate(value)) {
    const error = validate.errors![0]!;
    const where = parsePointer(error.instancePath);
    const isKey = error.keyword === 'additionalProperties';
    throw new ConfigurationError(`${at(isKey ? [...where, String(error.params.additionalProperty ?? '')] : where, isKey)}: ${describe(error, where)}`);
  }
  const document = value as ConfigDocument;
  // Each locate call scans the whole file: a place is found only for a message, and the entries' places all in one call.
  const entries = document.ignore ?? [];
  const places = parsed.locate(entries.map((_, index) => ({ path: ['ignore', index] })));
  const ignores = entries.map((entry, index): IgnoreEntry => {
    const { line, column } = places[index]!.start;
    return { rule: entry.rule, object: entry.object, ...(entry.field !== undefined && { field: entry.field }), reason: entry.reason, file: shown, line, column };
  });
  // Globs in the file are relative to its folder; the run's are relative to root.
  const folder = path.relative(root, path.dirname(found)).split(path.sep).join('/');
  const rebase = (pattern: string) => {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    return `${negated ? '!' : ''}${folder === '' ? body : `${folder}/${body}`}`;
  };
  const values: Record<string, string> = {};
  if (document.files) values.files = document.files.map(rebase).join('\n');
  if (document.describe) values.describe = document.describe.map(rebase).join('\n');
  if (document.plan) values.plan = document.plan;
  if (document['fail-on']) values['fail-on'] = document['fail-on'];
  if (document.rules)
    values.rules = Object.entries(document.rules)
      .map(([id, level]) => `${id}: ${level}`)
      .join('\n');
  return { file: shown, values, ignores, where: (key) => `${shown}:${parsed.locate([{ path: key, at: 'key' }])[0]!.start.line}` };
}

/** The rule ids of `rules` and of each `ignore` entry, where they have the shape the schema asks for. */
function checkRuleIds(value: unknown, at: (where: JsonPath, key?: boolean) => string): void {
  const { rules, ignore } = (isRecord(value) ? value : {}) as { rules?: unknown; ignore?: unknown };
  if (isRecord(rules)) for (const id of Object.keys(rules)) checkRuleId(id, () => at(['rules', id], true));
  if (Array.isArray(ignore)) {
    ignore.forEach((entry: unknown, index) => {
      if (isRecord(entry) && typeof entry.rule === 'string') checkRuleId(entry.rule, () => at(['ignore', index, 'rule']));
    });
  }
}

function checkRuleId(id: string, where: () => string): void {
  if (!RULES_BY_ID.has(id)) throw new ConfigurationError(`${where()}: unknown rule "${id}".${didYouMean(id, [...RULES_BY_ID.keys()])}`);
}

const KNOWN_KEYS: Record<string, readonly string[]> = {
  '': ['files', 'describe', 'plan', 'fail-on', 'rules', 'ignore'],
  ignore: ['rule', 'object', 'field', 'reason'],
};

/** What is wrong, in the words of the file: the key and what it takes. */
function describe(error: ErrorObject, where: JsonPath): string {
  const name = where.length === 0 ? 'the file' : `"${where.join('.')}"`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = KNOWN_KEYS[typeof where[0] === 'string' && where[0] === 'ignore' ? 'ignore' : ''] ?? [];
      return `unknown key "${key}".${didYouMean(key, known)} Known keys: ${known.join(', ')}.`;
    }
    case 'required':
      return `${name} is missing "${String(params.missingProperty)}"${params.missingProperty === 'reason' ? ': every ignore says why the finding is accepted' : ''}.`;
    case 'enum':
      return `${name} must be one of: ${(params.allowedValues as unknown[]).join(', ')}.`;
    case 'type':
      return `${name} must be ${params.type === 'array' ? 'a list' : params.type === 'object' ? 'a mapping of keys to values' : `a ${String(params.type)}`}.`;
    case 'minLength':
      return `${name} must not be empty.`;
    default:
      return `${name} ${error.message ?? 'is not valid'}.`;
  }
}
