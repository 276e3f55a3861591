import type { SourceRange } from '../../core/types.js';
import { excerpt } from '../../core/text.js';
import { keyAt, scanJson, type JsonVisitor } from './json-scan.js';
import { countKeysWithin, DOCUMENT_START, MAX_DEPTH, MAX_PROBLEMS_PER_FILE, positionsAt, type ParsedSource, type PlaceRequest } from './parsed.js';
import type { SourceProblem } from './source.js';

/**
 * Parses JSON on the fast path: JSON.parse, one walk of the value that counts its keys and checks
 * the depth, and one search of the text for colons. The scanner reads the text again only when
 * something must be placed: a syntax error, a duplicate key, or the findings of the rules, all of
 * them in one pass. Nesting is refused after JSON.parse: the file size limit bounds what JSON.parse
 * builds (a 16 MiB file of brackets takes about 3 s and under a gigabyte, and a 16 MiB list of
 * empty objects, which nests nothing, about half that), and checking the depth in the text first
 * would cost every clean file a second reading of its strings.
 */
export function parseJson(text: string): ParsedSource {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text, which may be anything (a credential, behind a symlink): never shown.
    return failed(text);
  }
  // First without walking the values of objects that look like a mapping's fields: when the text
  // holds no more keys than that count, those values are all `{}` and no key is repeated.
  const quick = countKeysWithin(value, MAX_DEPTH, true);
  if (quick === undefined) return failed(text);
  const locate = (requests: readonly PlaceRequest[]) => locateJson(text, requests);
  const colons = colonsAfterQuotes(text);
  if (colons === quick.keys) return { value, problems: [], omittedProblems: 0, locate, emptyValued: quick.unwalked };
  // Otherwise the exact walk, as if there were no shortcut.
  const keys = quick.unwalked.size === 0 ? quick.keys : countKeysWithin(value, MAX_DEPTH)?.keys;
  if (keys === undefined) return failed(text);
  if (colons === keys) return { value, problems: [], omittedProblems: 0, locate };
  return { value, ...duplicateKeys(text), locate };
}

function failed(text: string): ParsedSource {
  const failure = scanJson(text);
  const problem: SourceProblem = failure
    ? {
        kind: failure.kind,
        message: failure.kind === 'syntax' ? `The file is not valid JSON: ${failure.message}` : failure.message,
        range: { start: positionsAt(text, [failure.offset])[0]! },
      }
    : { kind: 'syntax', message: 'The file is not valid JSON.', range: DOCUMENT_START };
  return { problems: [problem], omittedProblems: 0, locate: (requests) => requests.map(() => DOCUMENT_START) };
}

/**
 * The colons whose previous character other than whitespace is a quote, in valid JSON text. Every
 * key is counted once (its closing quote, then its colon); a colon inside a string adds one when a
 * quote precedes it (`"\":"` or a string starting with a colon). So the count is at least the number
 * of keys written, which is at least the number of keys in the parsed value, the difference being
 * the duplicates JSON.parse dropped: when the count equals the value's keys, no key is repeated.
 * When it is higher, the scanner tells a duplicate from a colon in a string. A search for colons
 * runs in native code and never reads a string's characters in JavaScript.
 */
function colonsAfterQuotes(text: string): number {
  let count = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    let before = colon - 1;
    let code = text.charCodeAt(before);
    while (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) code = text.charCodeAt(--before);
    if (code === 0x22) count++;
  }
  return count;
}

/**
 * Tracks where the scanner stands in the document: for each open container, whether it is an
 * array and how many elements it has seen, so that each value knows the path segment leading to it.
 */
abstract class PathVisitor implements JsonVisitor {
  protected readonly isArray: boolean[] = [];
  private readonly counts: number[] = [];
  protected lastKey = '';

  constructor(protected readonly text: string) {}

  key(start: number, end: number): void {
    this.lastKey = keyAt(this.text, start, end);
  }

  /** The segment of the value about to start: its index in an array, or the key just read. */
  protected segment(): string | number {
    const depth = this.isArray.length;
    return depth > 0 && this.isArray[depth - 1] ? this.counts[depth - 1]!++ : this.lastKey;
  }

  scalar(_start: number, _end: number): void {
    this.segment();
  }

  open(isObject: boolean, _start: number): void {
    this.isArray.push(!isObject);
    this.counts.push(0);
  }

  close(_end: number): void {
    this.isArray.pop();
    this.counts.pop();
  }
}

interface Duplicate {
  start: number;
  end: number;
  first: number;
  name: string;
  where: string;
}

/** Every repeated key, with the path of its object and where the key first appeared. */
function duplicateKeys(text: string): Pick<ParsedSource, 'problems' | 'omittedProblems'> {
  const found: Duplicate[] = [];
  let omitted = 0;
  class DuplicateVisitor extends PathVisitor {
    private readonly seen: (Map<string, number> | undefined)[] = [];
    private readonly path: (string | number)[] = [];

    override key(start: number, end: number): void {
      super.key(start, end);
      const keys = this.seen.at(-1)!;
      const first = keys.get(this.lastKey);
      if (first === undefined) {
        keys.set(this.lastKey, start);
      } else if (found.length < MAX_PROBLEMS_PER_FILE) {
        const where =
          this.path.length > 1
            ? this.path
                .slice(1)
                .map((segment) => `/${excerpt(String(segment), 40)}`)
                .join('')
            : 'the document';
        found.push({ start, end, first, name: this.lastKey, where });
      } else {
        omitted++;
      }
    }

    override open(isObject: boolean, start: number): void {
      this.path.push(this.isArray.length === 0 ? '' : this.segment());
      super.open(isObject, start);
      this.seen.push(isObject ? new Map() : undefined);
    }

    override close(end: number): void {
      super.close(end);
      this.path.pop();
      this.seen.pop();
    }
  }
  scanJson(text, new DuplicateVisitor(text));
  const positions = positionsAt(
    text,
    found.flatMap(({ start, end, first }) => [start, end, first]),
  );
  const problems = found.map(({ name, where }, index): SourceProblem => {
    const [start, end, first] = positions.slice(index * 3, index * 3 + 3) as [SourceRange['start'], SourceRange['start'], SourceRange['start']];
    return {
      kind: 'duplicate-key',
      message:
        `The key "${excerpt(name)}" appears again in ${where} (first on line ${first.line}). ` + 'JSON.parse, and so Heroku Connect, silently keeps only the last one: remove or merge the duplicate.',
      range: { start, end },
    };
  });
  return { problems, omittedProblems: omitted };
}

/** A node of the tree of requested paths; the scan fills in the offsets of the ones it meets (-1: not met). */
class Target {
  /** Created on first use: most targets are leaves. */
  children: Map<string, Target> | undefined;
  keyStart = -1;
  keyEnd = -1;
  valueStart = -1;
  valueEnd = -1;
  /** The children whose values the scan met since this target was last cleared: what a clearing must reach. */
  met: Target[] | undefined;

  /** `byIndex`: reached through an array index (a number segment); only such targets match array elements. */
  constructor(public byIndex: boolean) {}

  child(segment: string | number): Target {
    this.children ??= new Map();
    let child = this.children.get(String(segment));
    if (!child) this.children.set(String(segment), (child = new Target(typeof segment === 'number')));
    else if (typeof segment === 'number') child.byIndex = true;
    return child;
  }
}

/** Places every request in one scan of the text: the cost follows the requests, not the file's structure. */
function locateJson(text: string, requests: readonly PlaceRequest[]): SourceRange[] {
  const root = new Target(false);
  for (const { path } of requests) {
    let node = root;
    for (const segment of path) node = node.child(segment);
  }
  scanJson(text, new LocateVisitor(text, root));

  // Two offsets per request: where its range starts and ends.
  const offsets = new Array<number>(requests.length * 2);
  requests.forEach(({ path, at }, index) => {
    let node = root;
    let keyed: Target | undefined;
    let chosen: Target | undefined;
    for (const segment of path) {
      const child = node.children?.get(String(segment));
      if (!child || child.valueStart === -1) {
        chosen = keyed ?? node;
        break;
      }
      node = child;
      keyed = child.keyStart === -1 ? undefined : child;
    }
    const useKey = chosen ? chosen === keyed : at === 'key' && keyed === node;
    chosen ??= node;
    offsets[index * 2] = useKey ? chosen.keyStart : chosen.valueStart;
    offsets[index * 2 + 1] = useKey ? chosen.keyEnd : chosen.valueEnd;
  });
  const positions = positionsAt(text, offsets);
  return requests.map((_, index) => ({ start: positions[index * 2]!, end: positions[index * 2 + 1]! }));
}

class LocateVisitor extends PathVisitor {
  /** The target of each open container, undefined where nothing inside is requested. */
  private readonly targets: (Target | undefined)[] = [];
  private keyTarget: Target | undefined;

  constructor(
    text: string,
    private readonly root: Target,
  ) {
    super(text);
  }

  override key(start: number, end: number): void {
    const children = this.targets[this.targets.length - 1]?.children;
    this.keyTarget = undefined;
    // Decoding a key costs an allocation: only keys of containers on a requested path are read.
    if (!children) return;
    super.key(start, end);
    const child = children.get(this.lastKey);
    if (!child) return;
    // JSON.parse keeps the last of duplicate keys, so the last member is the one the value came from.
    if (child.valueStart !== -1) forget(child);
    child.keyStart = start;
    child.keyEnd = end;
    this.keyTarget = child;
  }

  /** The target of the value about to start, if it was requested. */
  private next(): Target | undefined {
    const depth = this.isArray.length;
    if (depth === 0) return this.root;
    if (!this.isArray[depth - 1]) return this.keyTarget;
    const index = this.segment() as number;
    const child = this.targets[depth - 1]?.children?.get(String(index));
    return child?.byIndex ? child : undefined;
  }

  override scalar(start: number, end: number): void {
    const found = this.next();
    if (found) {
      this.meet(found);
      found.valueStart = start;
      found.valueEnd = end;
    }
  }

  override open(isObject: boolean, start: number): boolean {
    const found = this.next();
    if (found) {
      this.meet(found);
      found.valueStart = start;
    }
    this.targets.push(found);
    super.open(isObject, start);
    // Nothing requested inside: the scanner jumps to the closing bracket.
    return found?.children !== undefined;
  }

  /** Notes in the enclosing target that the scan met this one's value, for forget(). */
  private meet(found: Target): void {
    const parent = this.targets[this.targets.length - 1];
    if (parent) (parent.met ??= []).push(found);
  }

  override close(end: number): void {
    const found = this.targets.pop();
    if (found) found.valueEnd = end;
    super.close(end);
  }
}

/**
 * Clears what an earlier duplicate of a key recorded below it. Only the targets its value met are
 * visited, each once per time it was met: a key repeated many times over many requests would
 * otherwise cost the requests at each repeat.
 */
function forget(node: Target): void {
  const stack = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    next.keyStart = next.keyEnd = next.valueStart = next.valueEnd = -1;
    if (next.met) for (const child of next.met) stack.push(child);
    next.met = undefined;
  }
}
