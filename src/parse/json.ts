import { parse as parseAst, type AnyNode, type DocumentNode, type MemberNode } from '@humanwhocodes/momoa';
import type { JsonPath, SourceRange } from '../lint/types.js';
import { DOCUMENT_START, lazy, type Locator, type ParsedSource } from './parsed.js';
import type { SourceProblem } from './source.js';

/**
 * Parses JSON on the fast path (JSON.parse) and builds a syntax tree with positions only when
 * something must be placed: a syntax error, a duplicate key, or a finding from a rule.
 */
export function parseJson(text: string): ParsedSource {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problems: [syntaxProblem(text, error)], locator: () => ({ locate: () => DOCUMENT_START }) };
  }
  const tree = lazy(() => new JsonLocator(parseAst(text, { mode: 'json' })));
  const problems = countKeysInText(text) === countKeysInValue(value) ? [] : duplicateKeys(tree() as JsonLocator);
  return { value, problems, locator: tree };
}

function syntaxProblem(text: string, error: unknown): SourceProblem {
  // momoa reports the line and column of a syntax error; JSON.parse's message wording varies by Node version.
  try {
    parseAst(text, { mode: 'json' });
  } catch (astError) {
    const { line, column, offset, message } = astError as { line?: number; column?: number; offset?: number; message: string };
    if (line !== undefined && column !== undefined) {
      return { ruleId: 'invalid-json', message: `The file is not valid JSON: ${explainSyntaxError(text, message, offset)}`, range: { start: { line, column } } };
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ruleId: 'invalid-json', message: `The file is not valid JSON: ${message}`, range: DOCUMENT_START };
}

const TOKEN_TEXT: Record<string, string> = {
  LBrace: '{', RBrace: '}', LBracket: '[', RBracket: ']', Comma: ',', Colon: ':',
  String: 'a string', Number: 'a number', Boolean: 'true/false', Null: 'null', Identifier: 'a bare word',
};

/** Rewrites the parser's token names into what the user sees in the file, and names the usual causes. */
function explainSyntaxError(text: string, message: string, offset: number | undefined): string {
  const token = /Unexpected token (\w+)/.exec(message)?.[1];
  if (token === undefined) return message.replace(/\s*\(\d+:\d+\)\s*$/, '').replace(/\.?$/, '.');
  const found = TOKEN_TEXT[token] ?? token;
  const before = offset === undefined ? '' : text.slice(0, offset).trimEnd().at(-1);
  if ((token === 'RBrace' || token === 'RBracket') && before === ',') {
    return `unexpected "${found}" after a comma. JSON allows no trailing comma: remove the comma before it.`;
  }
  if (before !== undefined && /["\d\]}el]/.test(before) && ['String', 'LBrace', 'LBracket', 'Number'].includes(token)) {
    return `unexpected ${found}. A comma is probably missing before it.`;
  }
  return `unexpected ${found.length === 1 ? `"${found}"` : found}.`;
}

/**
 * Counts the object keys in valid JSON text without building a tree. Outside strings, JSON has no
 * quote characters, so jumping from one string to the next visits every string exactly once;
 * a string followed by a colon is a key.
 */
function countKeysInText(text: string): number {
  let keys = 0;
  let i = text.indexOf('"');
  while (i !== -1) {
    let end = text.indexOf('"', i + 1);
    while (isEscaped(text, end)) end = text.indexOf('"', end + 1);
    let next = end + 1;
    let code = text.charCodeAt(next);
    while (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) code = text.charCodeAt(++next);
    if (code === 0x3a) keys++;
    i = text.indexOf('"', next);
  }
  return keys;
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let j = quote - 1; text.charCodeAt(j) === 0x5c; j--) backslashes++;
  return backslashes % 2 === 1;
}

function countKeysInValue(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let keys = 0;
  // Plain loops: this walks every node of a clean file, so it must not allocate.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) keys += countKeysInValue(value[i]);
    return keys;
  }
  for (const key in value) keys += 1 + countKeysInValue((value as Record<string, unknown>)[key]);
  return keys;
}

function duplicateKeys(locator: JsonLocator): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const visit = (node: AnyNode, path: string): void => {
    if (node.type === 'Object') {
      const seen = new Map<string, MemberNode>();
      for (const member of node.members) {
        const first = seen.get(nameOf(member));
        if (first) {
          problems.push({
            ruleId: 'duplicate-key',
            message:
              `The key "${nameOf(member)}" appears again in ${path || 'the document'} (first on line ${first.name.loc.start.line}). ` +
              'JSON.parse, and so Heroku Connect, silently keeps only the last one: remove or merge the duplicate.',
            range: rangeOf(member.name),
          });
        } else {
          seen.set(nameOf(member), member);
        }
        visit(member.value, `${path}/${nameOf(member)}`);
      }
    } else if (node.type === 'Array') {
      node.elements.forEach((element, index) => visit(element.value, `${path}/${index}`));
    }
  };
  visit(locator.document.body, '');
  return problems;
}

class JsonLocator implements Locator {
  constructor(readonly document: DocumentNode) {}

  locate(path: JsonPath, at: 'key' | 'value'): SourceRange {
    let node: AnyNode = this.document.body;
    let key: AnyNode | undefined;
    for (const segment of path) {
      const child = this.child(node, segment);
      if (!child) return rangeOf(key ?? node);
      ({ node, key } = child);
    }
    return rangeOf(at === 'key' && key ? key : node);
  }

  private child(node: AnyNode, segment: string | number): { node: AnyNode; key?: AnyNode } | undefined {
    if (node.type === 'Object') {
      // JSON.parse keeps the last of duplicate keys, so the last member is the one the value came from.
      const member = node.members.findLast((m) => nameOf(m) === String(segment));
      return member && { node: member.value, key: member.name };
    }
    if (node.type === 'Array' && typeof segment === 'number') {
      const element = node.elements[segment];
      return element && { node: element.value };
    }
    return undefined;
  }
}

function rangeOf(node: AnyNode): SourceRange {
  const { start, end } = node.loc;
  return { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } };
}

/** In JSON mode member names are always strings; identifiers only occur in JSON5. */
function nameOf(member: MemberNode): string {
  return member.name.type === 'String' ? member.name.value : member.name.name;
}
