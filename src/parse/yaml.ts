import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { JsonPath, SourceRange } from '../lint/types.js';
import { DOCUMENT_START, type Locator, type ParsedSource } from './parsed.js';
import type { SourceProblem } from './source.js';

/** Parses YAML with positions; YAML mapping files are small and hand-written, so there is no fast path. */
export function parseYaml(text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const rangeAt = (start: number, end?: number): SourceRange => {
    const from = lineCounter.linePos(start);
    const to = end === undefined ? undefined : lineCounter.linePos(end);
    return { start: { line: from.line, column: from.col }, ...(to && { end: { line: to.line, column: to.col } }) };
  };
  const problems: SourceProblem[] = document.errors.map((error) =>
    error.code === 'DUPLICATE_KEY'
      ? {
          ruleId: 'duplicate-key',
          message: 'This key appears twice in the same mapping. Only one value can survive the conversion to JSON: remove or merge the duplicate.',
          range: rangeAt(error.pos[0], error.pos[1]),
        }
      : { ruleId: 'invalid-json', message: `The file is not valid YAML: ${firstLine(error.message)}`, range: rangeAt(error.pos[0], error.pos[1]) },
  );
  const locator: Locator = { locate: (path, at) => locateYaml(document.contents, path, at, rangeAt) };
  if (problems.some((p) => p.ruleId === 'invalid-json')) return { problems, locator: () => locator };
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problems: [{ ruleId: 'invalid-json', message: `The YAML cannot be converted to JSON: ${message}`, range: DOCUMENT_START }], locator: () => locator };
  }
  return { value, problems, locator: () => locator };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function locateYaml(
  root: unknown,
  path: JsonPath,
  at: 'key' | 'value',
  rangeAt: (start: number, end?: number) => SourceRange,
): SourceRange {
  let node = root as YamlNode | null;
  let key: YamlNode | undefined;
  const rangeOf = (n: YamlNode | null | undefined): SourceRange =>
    n?.range ? rangeAt(n.range[0], n.range[1]) : DOCUMENT_START;
  for (const segment of path) {
    let next: { node: YamlNode | null; key?: YamlNode } | undefined;
    if (isMap(node)) {
      const pair = node.items.findLast((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (pair) next = { node: pair.value as YamlNode | null, key: pair.key as YamlNode };
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item !== undefined) next = { node: item as YamlNode };
    }
    if (!next) return rangeOf(key ?? node);
    ({ node, key } = next);
    // A key with no value (`config:`) has a null node: point at the key instead.
    if (node === null) return rangeOf(key);
  }
  return rangeOf(at === 'key' && key ? key : node);
}
