import path from 'node:path';
import { isAlias, isCollection, isMap, isScalar, isSeq, Pair, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { isRecord, sameJson } from '../core/json.js';
import { writeOutput } from '../core/fs/write.js';
import { scanJson, keyAt } from '../lint/parse/json-scan.js';
import { formatOf, readSource } from '../lint/parse/source.js';
import { parseSource } from '../lint/parse/parse.js';
import { planChanges, type PlanChange } from './diff.js';
import type { DeployFile } from './document.js';
import { firstAtOrAfter } from '../core/sorted.js';

type Key = string | number;

/** One edit of a document: set a key (new or existing), delete a key or list item, or append to a list. */
export type Edit = { op: 'set'; path: Key[]; value: unknown } | { op: 'delete'; path: Key[] } | { op: 'append'; path: Key[]; value: unknown };

export interface WriteBackResult {
  file: string;
  /** How many values changed; 0 when the file was already in step. */
  edits: number;
  /** Why the file was left as it was, when the edits could not be made without changing more than them. */
  refused?: string;
  /** Values the file keeps because live has them missing or of another type ("Account sf_polling_seconds: "300" (text) live"): writing those would break the file. */
  kept?: string[];
}

/** Mapping-config keys the plan compares, by change kind, whose live value replaces the file's. */
const SETTING_KEY: Partial<Record<PlanChange['kind'], string>> = {
  'access-changed': 'access',
  'upsert-field-set': 'upsert_field',
  'upsert-field-removed': 'upsert_field',
  'upsert-field-changed': 'upsert_field',
  'polling-interval-changed': 'sf_polling_seconds',
  'accelerated-polling-changed': 'sf_notify_enabled',
};

/**
 * Rewrites the files so that they say what the live export says, touching only what differs by
 * the plan's meaning: a JSON file keeps its indentation and key order (new keys go last), a YAML
 * file its comments, anchors and layout (the `yaml` Document API). A mapping only live goes into the
 * first file; a mapping no longer live leaves its file. Each result is parsed back and must equal
 * the intended document, else that file is left alone and says why (a value shared through a YAML
 * anchor or merge key, for one).
 */
export async function writeBack(files: readonly DeployFile[], live: unknown): Promise<WriteBackResult[]> {
  const documents = await Promise.all(files.map(async (ref) => ({ ref, ...(await readFile(ref)) })));
  const where = new Map<string, { file: number; index: number }>();
  documents.forEach((document, file) => {
    const mappings = isRecord(document.value) && Array.isArray(document.value.mappings) ? document.value.mappings : [];
    mappings.forEach((mapping, index) => {
      if (isRecord(mapping) && typeof mapping.object_name === 'string') where.set(mapping.object_name.toLowerCase(), { file, index });
    });
  });
  const liveMappings = new Map<string, Record<string, unknown>>();
  if (isRecord(live) && Array.isArray(live.mappings))
    for (const mapping of live.mappings) if (isRecord(mapping) && typeof mapping.object_name === 'string') liveMappings.set(mapping.object_name.toLowerCase(), mapping);
  const merged = { mappings: documents.flatMap((document) => (isRecord(document.value) && Array.isArray(document.value.mappings) ? (document.value.mappings as unknown[]) : [])) };
  const edits = documents.map((): Edit[] => []);
  const kept = documents.map((): string[] => []);
  for (const change of planChanges(live, merged, { liveBase: true }).changes) {
    const key = change.object.toLowerCase();
    const liveMapping = liveMappings.get(key);
    const place = where.get(key);
    if (change.unreadable) {
      if (place) kept[place.file]!.push(`${change.object} ${change.unreadable.key}: ${change.unreadable.base} live`);
      continue;
    }
    if (change.kind === 'mapping-removed') {
      if (liveMapping && edits[0]) edits[0].push({ op: 'append', path: ['mappings'], value: withoutVolatile(liveMapping) });
      continue;
    }
    if (!place) continue;
    const at: Key[] = ['mappings', place.index];
    const list = edits[place.file]!;
    if (change.kind === 'mapping-added') {
      list.push({ op: 'delete', path: at });
      continue;
    }
    const config = isRecord(liveMapping?.config) ? liveMapping.config : {};
    const setting = SETTING_KEY[change.kind];
    if (setting !== undefined) {
      const value = config[setting];
      list.push(value === undefined ? { op: 'delete', path: [...at, 'config', setting] } : { op: 'set', path: [...at, 'config', setting], value });
      continue;
    }
    const group = change.kind.startsWith('field') ? 'fields' : 'indexes';
    const liveGroup = isRecord(config[group]) ? config[group] : {};
    const field = change.field!;
    if (change.kind === 'field-removed' || change.kind === 'index-removed') list.push({ op: 'set', path: [...at, 'config', group, field], value: liveGroup[field] ?? {} });
    else if (change.kind === 'field-added' || change.kind === 'index-added') list.push({ op: 'delete', path: [...at, 'config', group, field] });
    else if (change.kind === 'index-uniqueness-changed') list.push({ op: 'set', path: [...at, 'config', group, field, 'unique'], value: change.from });
  }
  const results: WriteBackResult[] = [];
  for (const [i, document] of documents.entries()) {
    const fileEdits = edits[i]!;
    const keptValues = kept[i]!.length > 0 ? { kept: kept[i]! } : {};
    if (fileEdits.length === 0) {
      results.push({ file: document.ref.file, edits: 0, ...keptValues });
      continue;
    }
    // The drift check reads every file first and stops at one it cannot read; this keeps a file that changed since from breaking the write.
    if (!isRecord(document.value) || !Array.isArray(document.value.mappings)) {
      results.push({ file: document.ref.file, edits: 0, refused: 'it can no longer be read as a mapping file', ...keptValues });
      continue;
    }
    const format = formatOf(document.ref.file);
    const expected = applyEdits(structuredClone(document.value), fileEdits);
    const rewritten = format === 'json' ? editJson(document.text, fileEdits) : editYaml(document.text, fileEdits);
    if (typeof rewritten !== 'string' || !sameJson((await parseSource(rewritten, format)).value, expected)) {
      const why = typeof rewritten === 'string' ? 'the edits would change more than the drifted values' : rewritten.refused;
      results.push({ file: document.ref.file, edits: 0, refused: why, ...keptValues });
      continue;
    }
    await saveEdited(document.ref, rewritten);
    results.push({ file: document.ref.file, edits: fileEdits.length, ...keptValues });
  }
  return results;
}

async function readFile(ref: DeployFile): Promise<{ text: string; value: unknown }> {
  const format = formatOf(ref.file);
  const read = readSource(ref.absolutePath, format, ref.confinedTo);
  if (!read.ok) return { text: '', value: undefined };
  return { text: read.text, value: (await parseSource(read.text, format)).value };
}

/** The user's own file, edited: it keeps its mode, and stays where discovery found it (inside the workspace unless the CLI's user named it). */
async function saveEdited(ref: DeployFile, text: string): Promise<void> {
  const place =
    ref.confinedTo === null ? { kind: 'named' as const, path: ref.absolutePath } : { kind: 'workspace' as const, root: ref.confinedTo, name: path.relative(ref.confinedTo, ref.absolutePath) };
  await writeOutput(place, text, 'edit');
}

function withoutVolatile(mapping: Record<string, unknown>): Record<string, unknown> {
  if (!isRecord(mapping.config)) return mapping;
  const { applied_at: _applied, revision: _revision, ...config } = mapping.config;
  return { ...mapping, config };
}

/**
 * The intended document: the edits applied to the parsed value. The list items to delete go last,
 * all at once: each edit names an index in the file as it stands, and deleting an item first would
 * move the index of a later edit (a mapping no longer live before one whose fields drifted).
 */
export function applyEdits(value: unknown, edits: readonly Edit[]): unknown {
  const doomed = new Map<unknown[], Set<number>>();
  for (const edit of edits) {
    const parent = edit.path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<Key, unknown>)[key], value) as Record<Key, unknown> | unknown[];
    const last = edit.path.at(-1)!;
    if (edit.op === 'append') (parent as Record<Key, unknown[]>)[last]!.push(structuredClone(edit.value));
    else if (edit.op === 'set') (parent as Record<Key, unknown>)[last] = structuredClone(edit.value);
    else if (Array.isArray(parent)) doomed.set(parent, (doomed.get(parent) ?? new Set()).add(last as number));
    else delete parent[last];
  }
  for (const [list, indexes] of doomed) removeItems(list, indexes);
  return value;
}

/** In one pass: a splice per item made deleting many items of a long list cost items × deletions. */
function removeItems(items: unknown[], indexes: ReadonlySet<number>): void {
  let kept = 0;
  for (const [index, item] of items.entries()) if (!indexes.has(index)) items[kept++] = item;
  items.length = kept;
}

/**
 * Edits the YAML document through its nodes, with the same rules as the `yaml` Document API
 * (setIn, addIn, deleteIn) but each map's keys indexed once: the API looks a key up by scanning
 * its map, so thousands of edits of one map cost keys × edits. List items are deleted last, as in
 * applyEdits.
 */
function editYaml(text: string, edits: readonly Edit[]): string | { refused: string } {
  // uniqueKeys false: the library's check compares each key with every earlier one, and the lint reports repeats.
  const document = parseDocument(text, { uniqueKeys: false });
  const pairsByKey = new Map<YAMLMap, Map<unknown, Pair>>();
  const pairsOf = (map: YAMLMap): Map<unknown, Pair> => {
    let pairs = pairsByKey.get(map);
    if (!pairs) {
      pairs = new Map();
      // The first of repeated keys, as the API finds it.
      for (const pair of map.items) if (!pairs.has(keyOf(pair))) pairs.set(keyOf(pair), pair);
      pairsByKey.set(map, pairs);
    }
    return pairs;
  };
  const doomedItems = new Map<YAMLSeq, Set<number>>();
  const doomedPairs = new Map<YAMLMap, Set<Pair>>();
  for (const edit of edits) {
    let parent: unknown;
    let node: unknown = document.contents;
    for (const [depth, key] of edit.path.entries()) {
      parent = node;
      node = isSeq(parent) ? parent.items[key as number] : isMap(parent) ? pairsOf(parent).get(key)?.value : undefined;
      if (isAlias(node) || (depth < edit.path.length - 1 && node !== undefined && !isCollection(node))) {
        return { refused: `${edit.path.slice(0, depth + 1).join('.')} is shared through a YAML anchor; change it by hand` };
      }
    }
    const last = edit.path.at(-1)!;
    if (edit.op === 'append' && isSeq(node)) node.items.push(edit.value);
    else if (edit.op === 'delete' && isSeq(parent)) doomedItems.set(parent, (doomedItems.get(parent) ?? new Set()).add(last as number));
    else if (edit.op === 'delete' && isMap(parent)) {
      const pair = pairsOf(parent).get(last);
      if (pair) doomedPairs.set(parent, (doomedPairs.get(parent) ?? new Set()).add(pair));
      pairsOf(parent).delete(last);
    } else if (edit.op === 'set' && isMap(parent)) {
      const pair = pairsOf(parent).get(last);
      // As the API sets a key: a scalar node keeps its comments and style when the new value is a scalar too.
      if (pair && isScalar(pair.value) && (!edit.value || typeof edit.value !== 'object')) pair.value.value = edit.value;
      else if (pair) pair.value = edit.value;
      else {
        const added = new Pair(last, edit.value);
        parent.items.push(added);
        pairsOf(parent).set(last, added);
      }
    } else return { refused: `${edit.path.join('.')} is not where the file can be edited` };
  }
  for (const [list, indexes] of doomedItems) removeItems(list.items, indexes);
  for (const [map, pairs] of doomedPairs) map.items = map.items.filter((pair) => !pairs.has(pair));
  return document.toString();
}

function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

interface JsonNode {
  start: number;
  end: number;
  /** Where the member starts: its key, or the value itself in a list. */
  memberStart: number;
  /** Its place among its container's members. */
  index: number;
  members?: JsonNode[];
  keys?: string[];
}

/**
 * Edits the JSON text in place: a changed value is replaced where it stands, a new key or list
 * item goes after the last member with that member's indentation, a deleted one takes its comma with it.
 */
function editJson(text: string, edits: readonly Edit[]): string | { refused: string } {
  const nodes = jsonNodes(text);
  const unit = indentUnit(text);
  const indentOfLine = lineIndents(text);
  const replacements: { start: number; end: number; text: string }[] = [];
  const nodeAt = (keys: readonly Key[]) => nodes.get(JSON.stringify(keys));
  const deleted = new Set<JsonNode>();
  for (const edit of edits) if (edit.op === 'delete') deleted.add(nodeAt(edit.path)!);
  // Found once per container: asked for each of its edits, a scan of its members made deleting
  // or appending many members of one list cost members × edits.
  const firstKept = new Map<JsonNode, number>();
  const firstKeptIn = (container: JsonNode): number => {
    let index = firstKept.get(container);
    if (index === undefined) {
      index = container.members!.findIndex((member) => !deleted.has(member));
      firstKept.set(container, index);
    }
    return index;
  };
  // A list or object whose every member goes and that gets new ones is written anew: the edits would overlap.
  const rebuilt = new Map<JsonNode, Exclude<Edit, { op: 'delete' }>[]>();
  for (const edit of edits) {
    if (edit.op === 'delete' || (edit.op === 'set' && nodeAt(edit.path))) continue;
    const container = nodeAt(edit.op === 'append' ? edit.path : edit.path.slice(0, -1));
    if (!container?.members || firstKeptIn(container) !== -1) continue;
    const added = rebuilt.get(container);
    if (added) added.push(edit);
    else rebuilt.set(container, [edit]);
  }
  for (const [container, added] of rebuilt) {
    const value: unknown = added[0]!.op === 'append' ? added.map((edit) => edit.value) : Object.fromEntries(added.map((edit) => [edit.path.at(-1), edit.value]));
    replacements.push({ start: container.start, end: container.end, text: serialized(value, unit, indentOfLine(container.memberStart)) });
  }
  for (const edit of edits) {
    const parent = nodeAt(edit.path.slice(0, -1));
    const container = edit.op === 'append' ? nodeAt(edit.path) : parent;
    if (!container?.members) return { refused: `${edit.path.join('.')} is not where the file can be edited` };
    if (rebuilt.has(container)) continue;
    const existing = edit.op === 'append' ? undefined : nodeAt(edit.path);
    if (edit.op === 'set' && existing) {
      replacements.push({ start: existing.start, end: existing.end, text: serialized(edit.value, unit, indentOfLine(existing.memberStart)) });
    } else if (edit.op === 'delete') {
      const members = container.members;
      const index = existing!.index;
      const kept = firstKeptIn(container);
      if (kept === -1) {
        if (index === 0) replacements.push({ start: container.start + 1, end: container.end - 1, text: '' });
      } else if (kept < index) {
        replacements.push({ start: members[index - 1]!.end, end: existing!.end, text: '' });
      } else {
        replacements.push({ start: existing!.memberStart, end: members[index + 1]!.memberStart, text: '' });
      }
    } else {
      const name = edit.op === 'set' ? `${JSON.stringify(edit.path.at(-1))}:${unit === undefined ? '' : ' '}` : '';
      const last = container.members.at(-1);
      const indent = last ? indentOfLine(last.memberStart) : `${indentOfLine(container.memberStart)}${unit ?? ''}`;
      const separator = unit === undefined ? '' : `\n${indent}`;
      const value = serialized(edit.value, unit, indent);
      if (last) replacements.push({ start: last.end, end: last.end, text: `,${separator}${name}${value}` });
      else replacements.push({ start: container.start + 1, end: container.end - 1, text: `${separator}${name}${value}${unit === undefined ? '' : `\n${indentOfLine(container.memberStart)}`}` });
    }
  }
  // In text order, two at one offset (new list items) in the order pushed, and assembled from
  // pieces: rebuilding the whole text once per replacement made thousands of edits cost edits × file size.
  replacements.sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let cursor = 0;
  for (const { start, end, text: inserted } of replacements) {
    pieces.push(text.slice(cursor, start), inserted);
    cursor = end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join('');
}

/** Every value of the document by its path (JSON of the key list), from one scan. */
function jsonNodes(text: string): Map<string, JsonNode> {
  const nodes = new Map<string, JsonNode>();
  const stack: { node: JsonNode; path: Key[] }[] = [];
  let key: { name: string; start: number } | undefined;
  const value = (start: number): { node: JsonNode; path: Key[] } => {
    const parent = stack.at(-1);
    const node: JsonNode = { start, end: start, memberStart: key?.start ?? start, index: parent?.node.members!.length ?? 0 };
    const path = parent ? [...parent.path, key ? key.name : parent.node.members!.length] : [];
    parent?.node.members!.push(node);
    nodes.set(JSON.stringify(path), node);
    key = undefined;
    return { node, path };
  };
  scanJson(text, {
    key: (start, end) => void (key = { name: keyAt(text, start, end), start }),
    scalar: (start, end) => void (value(start).node.end = end),
    open: (_isObject, start) => {
      const opened = value(start);
      opened.node.members = [];
      stack.push(opened);
    },
    close: (end) => void (stack.pop()!.node.end = end),
  });
  return nodes;
}

/** The file's indentation step, or undefined for a file on one line. */
function indentUnit(text: string): string | undefined {
  const indents = [...text.matchAll(/\n([ \t]+)\S/g)].map((match) => match[1]!);
  if (!text.trim().includes('\n')) return undefined;
  return indents.reduce((shortest, indent) => (indent.length < shortest.length ? indent : shortest), indents[0] ?? '  ');
}

/**
 * The indentation of the line an offset is on. The line starts are found once: searching back
 * from each offset made many edits on one long line cost edits × line length.
 */
function lineIndents(text: string): (offset: number) => string {
  const lineStarts = [0];
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) lineStarts.push(newline + 1);
  const indentation = /[ \t]*/y;
  return (offset) => {
    // The last line start at or before the offset.
    indentation.lastIndex = lineStarts[firstAtOrAfter(lineStarts, offset + 1) - 1]!;
    return indentation.exec(text)![0];
  };
}

function serialized(value: unknown, unit: string | undefined, indent: string): string {
  if (unit === undefined) return JSON.stringify(value);
  return JSON.stringify(value, null, unit).replace(/\n/g, `\n${indent}`);
}
