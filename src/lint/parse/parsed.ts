import { listKeys } from '../../core/json.js';
import type { JsonPath, Position, SourceRange } from '../../core/types.js';
import type { SourceProblem } from './source.js';

/** A place to find in the source: the key or the value (the default) at a path of the document. */
export interface PlaceRequest {
  path: JsonPath;
  at?: 'key' | 'value';
}

/** Where a request was found; `note` says how the value reaches that path when it is written elsewhere (a YAML merge key). */
export interface Placement extends SourceRange {
  note?: string;
}

export interface ParsedSource {
  /** The document's value; undefined when parsing failed. */
  value?: unknown;
  /** Parse errors and duplicate keys, already placed; at most MAX_PROBLEMS_PER_FILE of them. */
  problems: SourceProblem[];
  /** How many more problems the file has than `problems` lists. */
  omittedProblems: number;
  /**
   * The range of each request, in order, found in one batch: the cost follows the number of
   * requests and one read of the text, never a syntax tree of the whole file. When a path does not
   * exist in the source (a missing property), its nearest existing ancestor's key is given instead.
   */
  locate(requests: readonly PlaceRequest[]): Placement[];
  /** Objects the parser proved hold only `{}` values (JSON's `fields` of a clean export), so a check of each value can be skipped. */
  emptyValued?: ReadonlySet<object>;
}

/** A file with more problems than this is described by its first ones, and a count of the rest. */
export const MAX_PROBLEMS_PER_FILE = 1000;

/**
 * Deeper nesting is refused with one finding before anything walks the value: an export nests about
 * 6 levels and a describe file about 8, so 64 leaves room while no walk or parser can overflow the stack.
 */
export const MAX_DEPTH = 64;

export const DOCUMENT_START: SourceRange = { start: { line: 1, column: 1 } };

/** What countKeysWithin counted. */
export interface KeyCount {
  keys: number;
  /**
   * With `skipEmptyValues`: the objects whose values are all objects and were not walked, on the
   * sign of a first value with no keys (a mapping's fields, `{"Id": {}, ...}`). Their values' keys
   * are not in `keys`: each of these objects holds only `{}` values exactly when `keys` equals the
   * number of keys the text holds (no count can be higher than that).
   */
  unwalked: Set<object>;
}

/**
 * The number of object keys in a value, or undefined when it nests more than `maxDepth` levels.
 * Iterative, so that no depth of input can overflow the call stack. `skipEmptyValues`: an object
 * whose first object value has no keys is not walked below its own keys (see KeyCount.unwalked),
 * which spares a large export 80,000 visits of an empty object.
 */
export function countKeysWithin(value: unknown, maxDepth: number, skipEmptyValues = false): KeyCount | undefined {
  const unwalked = new Set<object>();
  if (typeof value !== 'object' || value === null) return { keys: 0, unwalked };
  const nodes: object[] = [value];
  const depths: number[] = [1];
  let keys = 0;
  // Plain loops over one stack: this walks every node of a clean file. Each object's keys are listed
  // (listKeys), so that a large one's list is made once for the engine and the rules too.
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if (typeof child !== 'object' || child === null) continue;
        if (depth === maxDepth) return undefined;
        nodes.push(child);
        depths.push(depth + 1);
      }
      continue;
    }
    const names = listKeys(node);
    keys += names.length;
    if (skipEmptyValues && depth < maxDepth && startsWithEmptyObject(node, names) && allObjects(node, names)) {
      unwalked.add(node);
      continue;
    }
    for (let i = 0; i < names.length; i++) {
      const child: unknown = (node as Record<string, unknown>)[names[i]!];
      if (typeof child !== 'object' || child === null) continue;
      if (depth === maxDepth) return undefined;
      nodes.push(child);
      depths.push(depth + 1);
    }
  }
  return { keys, unwalked };
}

function startsWithEmptyObject(node: object, names: readonly string[]): boolean {
  const first: unknown = names.length > 0 ? (node as Record<string, unknown>)[names[0]!] : undefined;
  return typeof first === 'object' && first !== null && !Array.isArray(first) && listKeys(first).length === 0;
}

/** Every value an object that is not an array: then none nests deeper than one level below `node` without a key the count would miss. */
function allObjects(node: object, names: readonly string[]): boolean {
  for (let i = 0; i < names.length; i++) {
    const child: unknown = (node as Record<string, unknown>)[names[i]!];
    if (typeof child !== 'object' || child === null || Array.isArray(child)) return false;
  }
  return true;
}

/**
 * Lines and columns of many offsets in one pass over the text: 1-based, columns in UTF-16 code
 * units. Only "\n" ends a line, as JSON.parse and GitHub count them.
 */
export function positionsAt(text: string, offsets: readonly number[]): Position[] {
  // Offset and index packed in one exact number (offsets stay below 2^31): a typed array sorts
  // them without a comparison callback, several times faster on many findings.
  const packed = offsets.length < INDEX_SPAN;
  const order = packed ? new Float64Array(offsets.length) : Float64Array.from(offsets, (_, i) => i);
  if (packed) {
    for (let i = 0; i < offsets.length; i++) order[i] = offsets[i]! * INDEX_SPAN + i;
    order.sort();
  } else {
    order.sort((a, b) => offsets[a]! - offsets[b]!);
  }
  const positions = new Array<Position>(offsets.length);
  let line = 1;
  let lineStart = 0;
  let next = text.indexOf('\n');
  for (let k = 0; k < order.length; k++) {
    const index = packed ? order[k]! % INDEX_SPAN : order[k]!;
    const offset = offsets[index]!;
    while (next !== -1 && next < offset) {
      line++;
      lineStart = next + 1;
      next = text.indexOf('\n', lineStart);
    }
    positions[index] = { line, column: offset - lineStart + 1 };
  }
  return positions;
}

const INDEX_SPAN = 2 ** 21;
