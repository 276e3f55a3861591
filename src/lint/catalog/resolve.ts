import type { DescribedField, DescribedObject } from '../describe/types.js';
import type { ObjectFacts } from './facts.js';
import { kindOf } from './kind.js';
import { PUSH_TOPIC_OBJECTS, STANDARD_OBJECTS, type CatalogEntry } from './objects.js';
import { derivedOnce } from '../../core/memo.js';

const catalogByLowerName = new Map(Object.entries(STANDARD_OBJECTS).map(([name, entry]) => [name.toLowerCase(), { name, entry }]));
const pushTopicLower = new Set([...PUSH_TOPIC_OBJECTS].map((name) => name.toLowerCase()));

/** Polling timestamps in the order Connect (and other Salesforce replicators) prefer them. */
export const TIMESTAMP_FIELDS = ['SystemModstamp', 'LastModifiedDate', 'CreatedDate'] as const;

/**
 * What is known about an object: first from its name's suffix, then from the built-in catalog,
 * then from describe data, each overriding the one before.
 */
export function factsFor(objectName: string, describe?: DescribedObject): ObjectFacts {
  const kind = kindOf(objectName);
  const catalogued = catalogByLowerName.get(objectName.toLowerCase());
  const facts: ObjectFacts = {
    name: objectName,
    kind,
    ...factsFromName(objectName, kind),
    ...(catalogued && factsFromCatalog(catalogued.entry)),
    fields: catalogued ? catalogFields(catalogued.entry) : NO_FIELDS,
    fieldsComplete: false,
    origin: catalogued ? 'catalog' : 'name',
  };
  return describe ? withDescribe(facts, describe) : facts;
}

const NO_FIELDS: ReadonlyMap<string, DescribedField> = new Map();
/** Built once per catalog entry: a lint of many mappings of one object shares it. */
const catalogFields = derivedOnce((entry: CatalogEntry): ReadonlyMap<string, DescribedField> =>
  entry.fields ? new Map(Object.entries(entry.fields).map(([name, type]) => [name, { name, type }])) : NO_FIELDS,
);

function factsFromName(objectName: string, kind: ObjectFacts['kind']): Partial<ObjectFacts> {
  switch (kind) {
    case 'custom':
      // Every custom object has Id and SystemModstamp, can be updated, and is PushTopic-eligible.
      return { queryable: true, updateable: true, timestampField: 'SystemModstamp', streaming: true, hasId: true };
    case 'standard':
      return { streaming: pushTopicLower.has(objectName.toLowerCase()) };
    case 'history':
      // History objects have no SystemModstamp, and their supported calls do not include update().
      return { updateable: false, timestampField: 'CreatedDate', streaming: false };
    default:
      return { streaming: false };
  }
}

function factsFromCatalog(entry: CatalogEntry): Partial<ObjectFacts> {
  const { fields: _fields, ...facts } = entry;
  return facts;
}

function withDescribe(facts: ObjectFacts, describe: DescribedObject): ObjectFacts {
  const merged: ObjectFacts = { ...facts, origin: 'describe', describe };
  if (describe.queryable !== undefined) merged.queryable = describe.queryable ? (facts.queryable === 'filter' ? 'filter' : true) : false;
  if (describe.updateable !== undefined) merged.updateable = describe.updateable;
  if (describe.createable !== undefined) merged.createable = describe.createable;
  if (describe.fields) {
    const byName = describedFields(describe.fields);
    merged.fields = byName;
    merged.fieldsComplete = true;
    merged.hasId = byName.has('Id');
    // Connect polls SystemModstamp wherever it exists; otherwise a field the catalog names (LoginHistory's
    // LoginTime) comes before the generic fallbacks, as long as the describe confirms it.
    const [preferred, ...fallbacks] = TIMESTAMP_FIELDS;
    merged.timestampField = [preferred, facts.timestampField, ...fallbacks].find((name) => name !== undefined && byName.has(name));
  }
  return merged;
}

/**
 * Built once per describe: a file may map one object many times (duplicate-mapping reports it), and
 * each mapping copying a large describe's fields made the cost mappings × fields. Sharing the map
 * also lets the rules' per-map indexes (support.ts) be built once.
 */
const describedFields = derivedOnce((fields: readonly DescribedField[]): ReadonlyMap<string, DescribedField> => new Map(fields.map((field) => [field.name, field])));
