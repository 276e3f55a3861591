import { ConfigurationError } from '../../core/errors.js';
import type { DescribedField, DescribedObject } from './types.js';
import { isRecord } from '../../core/json.js';

export type JsonObject = Record<string, unknown>;

/** An sObject describe has a name and a field list; a global describe entry has no fields. */
export function isSObjectDescribe(value: JsonObject): value is JsonObject & { fields: unknown[] } {
  return typeof value.name === 'string' && Array.isArray(value.fields);
}

const OBJECT_FLAGS = ['queryable', 'updateable', 'createable', 'custom'] as const;
const FIELD_FLAGS = ['externalId', 'unique', 'createable', 'updateable', 'nillable', 'defaultedOnCreate', 'calculated'] as const;
const FIELD_NULLABLE_STRINGS = ['relationshipName', 'compoundFieldName'] as const;

/**
 * The object-level flags of a global describe entry or an sObject describe. `where` names the place
 * in the input for the message. A property of the wrong type is dropped rather than refused: the
 * rules read a missing property as "not known" and report nothing on it.
 */
export function objectFlags(raw: unknown, where: string): DescribedObject {
  const object: DescribedObject = { name: nameOf(raw, where, 'a Salesforce object') };
  const record = raw as JsonObject;
  for (const key of OBJECT_FLAGS) {
    const value = record[key];
    if (typeof value === 'boolean') object[key] = value;
  }
  return object;
}

/** An sObject describe reduced to what `DescribedObject` holds: real describes carry dozens of properties per field. */
export function fullDescribe(raw: JsonObject & { fields: unknown[] }, where: string): DescribedObject {
  return { ...objectFlags(raw, where), fields: raw.fields.map((field, i) => describedField(field, `${where}, fields[${i}]`)) };
}

function describedField(raw: unknown, where: string): DescribedField {
  const field: DescribedField = { name: nameOf(raw, where, 'a field') };
  const record = raw as JsonObject;
  if (typeof record.type === 'string') field.type = record.type;
  if (typeof record.length === 'number' && Number.isInteger(record.length) && record.length >= 0) field.length = record.length;
  for (const key of FIELD_FLAGS) {
    const value = record[key];
    if (typeof value === 'boolean') field[key] = value;
  }
  for (const key of FIELD_NULLABLE_STRINGS) {
    const value = record[key];
    if (typeof value === 'string' || value === null) field[key] = value;
  }
  const referenceTo = record.referenceTo;
  if (Array.isArray(referenceTo) && referenceTo.every((target) => typeof target === 'string')) field.referenceTo = referenceTo;
  return field;
}

function nameOf(raw: unknown, where: string, what: string): string {
  const name = isRecord(raw) ? raw.name : undefined;
  if (typeof name === 'string' && name !== '') return name;
  throw new ConfigurationError(`${where}: expected ${what} with a "name", found ${summarize(raw)}.`);
}

/** A short account of a JSON value for a message: its type, and an object's first keys. */
export function summarize(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (!isRecord(value)) return `a ${typeof value}`;
  const keys = Object.keys(value);
  if (keys.length === 0) return 'an empty object';
  const shown = keys
    .slice(0, 5)
    .map((key) => `"${key}"`)
    .join(', ');
  return `an object with keys ${shown}${keys.length > 5 ? ` and ${keys.length - 5} more` : ''}`;
}
