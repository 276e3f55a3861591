import type { ErrorObject } from 'ajv';
import schema from '../../../schema/heroku-connect-mappings.schema.json' with { type: 'json' };
import type { Report } from '../rules/rule.js';
import type { JsonPath } from '../../core/types.js';
import { didYouMean } from '../../core/suggest.js';
import { excerpt } from '../../core/text.js';
import { validate } from './validate-export.generated.js';
import { validate as validateEmptyFields } from './validate-export-empty-fields.generated.js';
import { isRecord, listKeys, parsePointer } from '../../core/json.js';

/** The schema's findings: the first `limit` as reports, in document order, and how many more there are. */
export interface SchemaCheck {
  reports: Report[];
  omitted: number;
}

/**
 * Checks a parsed document against the export format and says, for each break, what to write
 * instead. Only the first `limit` breaks are described: a hostile file can hold hundreds of
 * thousands, and no more than a file's share of findings is ever shown.
 */
export function checkSchema(document: unknown, limit = Infinity, emptyValued?: ReadonlySet<object>): SchemaCheck {
  const emptyFields = emptyValued !== undefined && fieldValuesAllEmpty(document, emptyValued);
  if ((emptyFields ? validateEmptyFields : validate)(document)) return { reports: [], omitted: 0 };
  // A document that breaks the format is described by the full validator: run again only when it was not the one that ran.
  if (emptyFields) validate(document);
  const errors = validate.errors ?? [];
  // A type error on a value makes its sibling keyword errors (enum, format...) noise.
  const mistyped = new Set<string>();
  for (const error of errors) if (error.keyword === 'type') mistyped.add(error.instancePath);
  const useful = errors.filter((error) => error.keyword === 'type' || !mistyped.has(error.instancePath));
  const described = useful.length > limit ? useful.slice(0, limit) : useful;
  return { reports: described.map((error) => toReport(error, document)), omitted: useful.length - described.length };
}

/**
 * Whether every mapping's `fields` is an object the parser proved to hold only `{}` values (or an
 * empty one): then the validator without the check of each field's value gives the same verdict.
 * Anything else (fields missing or of another type) is left to that validator, which still checks it.
 */
function fieldValuesAllEmpty(document: unknown, emptyValued: ReadonlySet<object>): boolean {
  const mappings = isRecord(document) ? document.mappings : undefined;
  if (!Array.isArray(mappings)) return true;
  for (const mapping of mappings as unknown[]) {
    const config = isRecord(mapping) ? mapping.config : undefined;
    const fields = isRecord(config) ? config.fields : undefined;
    if (isRecord(fields) && !emptyValued.has(fields) && listKeys(fields).length > 0) return false;
  }
  return true;
}

function toReport(error: ErrorObject, document: unknown): Report {
  const path = parsePointer(error.instancePath);
  const where = describePath(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperty':
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(schemaAt(path).properties ?? {});
      return {
        path: [...path, key],
        at: 'key',
        message: `Unknown key "${excerpt(key)}" in ${where}: Heroku Connect does not know it.${didYouMean(key, known)}${
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
      return { path, message: `${capitalise(where)} must be one of ${allowed.map(quote).join(' or ')}, not ${quote(excerpt(found))}.${didYouMean(found, allowed)}` };
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
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
}

/**
 * The schema of the object at an instance path, followed through properties, items and $refs.
 * The validator's schemaPath is relative to the definition it was compiled from, so it cannot
 * tell a mapping's keys from the document's.
 */
function schemaAt(path: JsonPath): SchemaNode {
  const resolve = (node: SchemaNode | boolean | undefined): SchemaNode => {
    if (typeof node !== 'object') return {};
    if (!node.$ref) return node;
    return node.$ref.replace(/^#\//, '').split('/').reduce<SchemaNode>((at, segment) => (at as Record<string, SchemaNode>)[segment] ?? {}, schema as SchemaNode);
  };
  let node = resolve(schema as SchemaNode);
  for (const segment of path) {
    node = resolve(typeof segment === 'number' && node.items ? node.items : (node.properties?.[segment] ?? node.additionalProperties));
  }
  return node;
}


/** "config of mapping 3", "connection.api_version", "the document". */
function describePath(path: JsonPath): string {
  if (path.length === 0) return 'the document';
  const key = path.at(-1)!;
  if (path[0] === 'mappings' && typeof path[1] === 'number') {
    const mapping = `mapping #${path[1] + 1}`;
    if (path.length === 2) return mapping;
    return `"${excerpt(path.slice(2).join('.'))}" of ${mapping}`;
  }
  return typeof key === 'number' ? `item ${key + 1} of "${excerpt(path.slice(0, -1).join('.'))}"` : `"${excerpt(path.join('.'))}"`;
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
  if (typeof value === 'string') return `the string "${excerpt(value, 40)}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}
