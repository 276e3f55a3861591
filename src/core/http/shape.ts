import type { ErrorObject } from 'ajv';
import { RemoteFailure } from '../errors.js';
import { isRecord, parsePointer } from '../json.js';
import type { JsonPath } from '../types.js';

/** A validator compiled by scripts/compile-schema.mjs from a client's answer schema. */
export interface AnswerValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * The one boundary for API answers: the body, typed, once `validate` accepts it; otherwise a
 * RemoteFailure naming the service, the field and the call (`purpose` completes "asked to …").
 */
export function checkedAnswer<T>(validate: AnswerValidator, body: unknown, service: string, purpose: string): T {
  if (validate(body)) return body as T;
  throw answerFailure(service, purpose, problemOf(validate.errors?.[0], body));
}

/** A failure about an answer's content that no schema can say (a URL elsewhere, a missing fallback). */
export function answerFailure(service: string, purpose: string, problem: string): RemoteFailure {
  return new RemoteFailure(service, 'answered', `${service}'s answer when asked to ${purpose} is not what its API returns: ${problem}.`);
}

/** `mappings[2].state`, as a reader of the answer would write it; the root is "the answer". */
export function fieldPath(path: JsonPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment.length > 80 ? `${segment.slice(0, 80)}…` : segment)}]`;
  }
  return text === '' ? 'the answer' : text;
}

function problemOf(error: ErrorObject | undefined, body: unknown): string {
  if (error === undefined) return 'it does not match the expected shape';
  const path = parsePointer(error.instancePath);
  const field = fieldPath(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${field} has no "${String(params.missingProperty)}"`;
    case 'type':
      return `${field} is ${kindOf(valueAt(body, path))}, where ${expected(params.type)} belongs`;
    case 'minLength':
      return `${field} is empty`;
    // The answer schemas use a pattern only for links that reach a sink (a SARIF helpUri, a summary).
    case 'pattern':
      return `${field} is not an https URL`;
    default:
      return `${field} ${error.message ?? 'does not match the expected shape'}`;
  }
}

/** The value at `path` (only ever one the validator reached, so every step exists). */
function valueAt(body: unknown, path: JsonPath): unknown {
  let value = body;
  for (const segment of path) value = Array.isArray(value) || isRecord(value) ? (value as Record<string | number, unknown>)[segment] : undefined;
  return value;
}

/** What was found, without quoting text (it may be long, or carry a secret): "a number (5)", "an object". */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' || typeof value === 'boolean') return `a ${typeof value} (${String(value)})`;
  if (typeof value === 'object') return 'an object';
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}

const TYPE_NAMES: Record<string, string> = { string: 'a string', number: 'a number', integer: 'a whole number', boolean: 'true or false', object: 'an object', array: 'a list', null: 'null' };

function expected(type: unknown): string {
  const types = (Array.isArray(type) ? type : String(type).split(',')).map((name) => TYPE_NAMES[String(name)] ?? String(name));
  return types.length === 1 ? types[0]! : `${types.slice(0, -1).join(', ')} or ${types.at(-1)!}`;
}
