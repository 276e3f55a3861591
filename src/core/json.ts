import type { JsonPath } from './types.js';

/** Helpers for parsed JSON (and YAML) values, which arrive untyped. */

/** A JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * How deep an answer's JSON may nest. Connect, Salesforce and GitHub answers nest a handful of
 * levels; JSON.stringify and structuredClone overflow the stack near 3,000, and every walk over
 * answer data (comparison, write-back, the backup file) is recursive somewhere, so an answer is
 * refused at the boundary instead.
 */
export const MAX_ANSWER_DEPTH = 64;

/** Whether `value` nests more than `limit` arrays or objects deep; iterative, so any depth is measured. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return true;
    for (const inner of Array.isArray(node) ? node : Object.values(node)) if (typeof inner === 'object' && inner !== null) pending.push([inner, depth + 1]);
  }
  return false;
}

/** Text from an answer is cut to this many characters in a message. */
const SHOWN_TEXT_CHARS = 40;

/** A value as a message names it, with its type: `"300" (text)`, `300 (a number)`, `a list`, `missing`. */
export function describeJsonValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `${JSON.stringify(value.length > SHOWN_TEXT_CHARS ? `${value.slice(0, SHOWN_TEXT_CHARS)}…` : value)} (text)`;
  if (typeof value === 'number') return `${value} (a number)`;
  if (typeof value === 'boolean') return `${value} (true or false)`;
  return 'an object';
}

/** Objects with this many keys or more keep their key list: listing a large object's keys sorts them each time. */
const REMEMBERED_KEYS = 64;
const keysOf = new WeakMap<object, string[]>();

/**
 * An object's own keys, in order. The list of a large object (a mapping's fields) is made once and
 * shared: the duplicate-key count lists every object's keys (listKeys), then the engine and the
 * rules ask again for the fields, and V8 sorts the keys of an object that large each time it lists
 * them.
 */
export function ownKeys(object: object): readonly string[] {
  return keysOf.get(object) ?? listKeys(object);
}

/** Lists an object's keys, and remembers the list of a large one for ownKeys. */
export function listKeys(object: object): readonly string[] {
  const keys = Object.keys(object);
  if (keys.length >= REMEMBERED_KEYS) keysOf.set(object, keys);
  return keys;
}

/** Whether two values are the same JSON, whatever the order of their keys: exports do not keep it from one to the next. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  const sorted = JSON.stringify(value, (_key, inner: unknown) => (isRecord(inner) ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : inner));
  return sorted ?? 'undefined';
}

/** A JSON pointer (RFC 6901, as ajv reports `instancePath`) as a path of keys and indexes. */
export function parsePointer(pointer: string): JsonPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}
