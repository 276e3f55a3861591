import type { ErrorObject } from 'ajv';
import schema from '../../schema/heroku-connect-mappings.schema.json' with { type: 'json' };
import type { Report } from '../lint/rule.js';
import type { JsonPath } from '../lint/types.js';
import { didYouMean } from '../lint/suggest.js';
import { validate } from './validate-export.generated.js';

/** Checks a parsed document against the export format and says, for each break, what to write instead. */
export function checkSchema(document: unknown): Report[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).filter(isUseful).map((error) => toReport(error, document));
}

/** A type error on a value makes its sibling keyword errors (enum, format...) noise. */
function isUseful(error: ErrorObject, _index: number, all: ErrorObject[]): boolean {
  if (error.keyword === 'type') return true;
  return !all.some((other) => other.keyword === 'type' && other.instancePath === error.instancePath);
}

function toReport(error: ErrorObject, document: unknown): Report {
  const path = parsePointer(error.instancePath);
  const where = describePath(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperty':
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(schemaAt(error.schemaPath).properties ?? {});
      return {
        path: [...path, key],
        at: 'key',
        message: `Unknown key "${key}" in ${where}: Heroku Connect does not know it.${didYouMean(key, known)}${
          known.length ? ` Known keys: ${known.join(', ')}.` : ''
        }`,
      };
    }
    case 'required':
      return { path, at: 'key', message: `${capitalise(where)} is missing the required key "${String(params.missingProperty)}".` };
    case 'type':
      return { path, message: `${capitalise(where)} must be ${article(String(params.type))}, not ${typeName(valueAt(path))}.` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const found = String(valueAt(path));
      return { path, message: `${capitalise(where)} must be one of ${allowed.map(quote).join(' or ')}, not ${quote(found)}.${didYouMean(found, allowed)}` };
    }
    case 'const':
      return { path, message: `${capitalise(where)} must be ${JSON.stringify(params.allowedValue)}: exports always carry version 1.` };
    case 'format':
      return { path, message: `${capitalise(where)} must be an ISO 8601 date-time such as "2023-02-14T01:40:34.070538Z".` };
    case 'pattern':
      return { path, message: `${capitalise(where)} must be a Salesforce API version such as "57.0".` };
    case 'minLength':
      return { path, message: `${capitalise(where)} must not be empty.` };
    case 'minimum':
      return { path, message: `${capitalise(where)} must be ${String(params.limit)} or more.` };
    default:
      return { path, message: `${capitalise(where)} ${error.message ?? 'is not valid'}.` };
  }

  function valueAt(target: JsonPath): unknown {
    return target.reduce<unknown>((node, segment) => (node as Record<string | number, unknown> | undefined)?.[segment], document);
  }
}

interface SchemaNode {
  properties?: Record<string, unknown>;
}

function schemaAt(schemaPath: string): SchemaNode {
  const segments = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
  return segments.reduce<SchemaNode>((node, segment) => (node as Record<string, SchemaNode>)[segment] ?? {}, schema as SchemaNode);
}

export function parsePointer(pointer: string): JsonPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** "config of mapping 3", "connection.api_version", "the document". */
function describePath(path: JsonPath): string {
  if (path.length === 0) return 'the document';
  const key = path.at(-1)!;
  if (path[0] === 'mappings' && typeof path[1] === 'number') {
    const mapping = `mapping #${path[1] + 1}`;
    if (path.length === 2) return mapping;
    return `"${path.slice(2).join('.')}" of ${mapping}`;
  }
  return typeof key === 'number' ? `item ${key + 1} of "${path.slice(0, -1).join('.')}"` : `"${path.join('.')}"`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function quote(text: string): string {
  return `"${text}"`;
}

function article(type: string): string {
  const names = type.split(',').map((t) => ({ integer: 'a whole number', object: 'an object', array: 'an array', string: 'a string', boolean: 'true or false', null: 'null', number: 'a number' })[t] ?? t);
  return names.join(' or ');
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value === 'object' ? 'an object' : String(value);
}
