import type { ObjectFacts, ObjectKind } from '../catalog/facts.js';
import type { DescribedField } from '../describe/types.js';
import type { MappingContext, Report } from './rule.js';
import { formatCount } from '../../core/text.js';
import { derivedOnce } from '../../core/memo.js';
import { SYSTEM_FIELDS } from '../catalog/objects.js';
import { isRecord } from '../../core/json.js';
import type { Edit } from '../fix/edit.js';

/** Where rules about the field list point: the `fields` key, or object_name when there is no field list. */
export function fieldsLocation(mapping: MappingContext): Pick<Report, 'path' | 'at'> {
  return mapping.fields ? { path: [...mapping.path, 'config', 'fields'], at: 'key' } : { path: [...mapping.path, 'object_name'] };
}

/** Where object-level rules point: the object_name value. */
export function objectLocation(mapping: MappingContext): Pick<Report, 'path'> {
  return { path: [...mapping.path, 'object_name'] };
}

export function fieldLocation(mapping: MappingContext, field: string): Pick<Report, 'path' | 'at'> {
  return { path: [...mapping.path, 'config', 'fields', field], at: 'key' };
}

export function indexLocation(mapping: MappingContext, field: string): Pick<Report, 'path' | 'at'> {
  return { path: [...mapping.path, 'config', 'indexes', field], at: 'key' };
}

/**
 * The fix that adds `name` to the mapping's `fields` or `indexes` with `value` (the group made when
 * the config has none), or undefined when the config or the group is not an object: the schema
 * rule reports that, and nothing certain can be added to it.
 */
export function addToConfig(mapping: MappingContext, group: 'fields' | 'indexes', name: string, value: unknown): Edit[] | undefined {
  const { config } = mapping;
  if (!config) return undefined;
  const at = [...mapping.path, 'config'];
  if (config[group] === undefined) return [{ op: 'set', path: [...at, group], value: { [name]: value } }];
  return isRecord(config[group]) ? [{ op: 'set', path: [...at, group, name], value }] : undefined;
}

export function configLocation(mapping: MappingContext, key: string): Pick<Report, 'path'> {
  return { path: [...mapping.path, 'config', key] };
}

/**
 * Kinds whose own rule rejects the object outright (big-object, platform-event, unsupported-object,
 * implementation-restriction). Rules about how an object is queried stay silent on them, so one
 * cause gives one finding.
 */
const KINDS_WITH_OWN_RULE: ReadonlySet<ObjectKind> = new Set(['big-object', 'platform-event', 'change-event', 'custom-metadata', 'external-object', 'knowledge-article']);

export function rejectedByKind(facts: ObjectFacts): boolean {
  return KINDS_WITH_OWN_RULE.has(facts.kind);
}

// Salesforce API names compare without regard to case (as SOQL does), so every lookup below does too.
// The indexes are cached per mapping and per facts object: several rules ask about the same ones.
// Exact names are tried first: a clean file almost always spells them as the rules do, and the
// lower-cased sets are built (once per mapping, cached) only when a name is not found as written.
function lowerCased(names: readonly string[]): Set<string> {
  return new Set(names.map((name) => name.toLowerCase()));
}

const namesOf = derivedOnce((mapping: MappingContext) => ({ fields: lowerCased(mapping.fields ?? []), indexes: lowerCased(Object.keys(mapping.indexes ?? {})) }));

export function isMapped(mapping: MappingContext, field: string): boolean {
  return hasKey(mapping.config?.fields, field) || namesOf(mapping).fields.has(field.toLowerCase());
}

export function isIndexed(mapping: MappingContext, field: string): boolean {
  return hasKey(mapping.indexes, field) || namesOf(mapping).indexes.has(field.toLowerCase());
}

/**
 * Whether two mapped fields differ only in case. Every field of every mapping passes through here,
 * so it puts case-folded hashes in one reused open-addressing table (nothing allocated per field, no
 * sort) and lower-cases names only when two hashes match.
 */
export function hasCaseCollision(mapping: MappingContext): boolean {
  const fields = mapping.fields ?? [];
  // A power of two at least twice the fields: probes stay short, and a mask replaces the modulo.
  let size = 64;
  while (size < fields.length * 2) size *= 2;
  if (hashTable.length < size) hashTable = new Int32Array(size);
  const table = hashTable.subarray(0, size).fill(EMPTY);
  const mask = size - 1;
  for (let i = 0; i < fields.length; i++) {
    // EMPTY marks a free slot, so no hash may equal it.
    const hash = caseFoldedHash(fields[i]!) || 1;
    let slot = hash & mask;
    while (table[slot] !== EMPTY) {
      if (table[slot] === hash) return new Set(fields.map((field) => field.toLowerCase())).size < fields.length;
      slot = (slot + 1) & mask;
    }
    table[slot] = hash;
  }
  return false;
}

const EMPTY = 0;
let hashTable = new Int32Array(256);

/** Over the last characters only: names of one object differ mostly at their end, and a match is checked in full. */
function caseFoldedHash(text: string): number {
  let hash = text.length;
  for (let i = Math.max(0, text.length - 8); i < text.length; i++) {
    const code = text.charCodeAt(i);
    // hash * 31 stays below 2 ** 53, so plain arithmetic is exact; Math.imul would be a call in cold code.
    hash = (hash * 31 + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;
  }
  return hash;
}

export function hasKey(object: unknown, key: string): boolean {
  return typeof object === 'object' && object !== null && Object.hasOwn(object, key);
}

/** The described fields by lower-cased name and by relationship name, once per field map. */
const describedOf = derivedOnce((fields: ObjectFacts['fields']) => {
  const byName = new Map<string, DescribedField>();
  const byRelationship = new Map<string, DescribedField>();
  for (const field of fields.values()) {
    byName.set(field.name.toLowerCase(), field);
    if (isReference(field) && typeof field.relationshipName === 'string') byRelationship.set(field.relationshipName.toLowerCase(), field);
  }
  return { byName, byRelationship };
});

/** What the catalog or the describe data says about a field, if anything. */
export function knownField(facts: ObjectFacts, field: string): DescribedField | undefined {
  if (facts.fields.size === 0) return undefined;
  return facts.fields.get(field) ?? describedOf(facts.fields).byName.get(field.toLowerCase());
}

export function isReference(field: DescribedField): boolean {
  return field.type === 'reference' || (field.referenceTo?.length ?? 0) > 0;
}

/**
 * Field types that get no Postgres column: binary data, and compound fields whose components are
 * mapped instead.
 */
export type UnmappableType = 'base64' | 'address' | 'location';

export function unmappableType(field: DescribedField | undefined): UnmappableType | undefined {
  const type = field?.type?.toLowerCase();
  return type === 'base64' || type === 'address' || type === 'location' ? type : undefined;
}

/** A relationship external-ID field and the lookup field whose value Connect derives from it. */
export interface Relationship {
  field: string;
  lookup: string;
}

/**
 * The mapped fields that are relationship external-ID fields (Heroku Dev Center "Writing data to
 * Salesforce", relationship external IDs), with their lookup fields. `<prefix>__r__<ExtId>` is
 * certain without describe data, since a field's own name cannot contain `__r__`; the standard form
 * `<RelationshipName>__<ExtId>` is told apart from a namespaced field only by describe data.
 */
export const relationships = derivedOnce((mapping: MappingContext): Relationship[] => {
  const found: Relationship[] = [];
  const fields = mapping.fields ?? [];
  // Without describe data only the "__r__" form counts, and most exports have none.
  const candidates = mapping.facts.fieldsComplete || fields.some(hasRelationshipMarker) ? fields : [];
  for (const field of candidates) {
    // Both relationship forms contain "__"; most standard field names do not, and are skipped cheaply.
    if (!field.includes('__')) continue;
    const lookup = lookupOf(mapping.facts, field);
    if (lookup !== undefined) found.push({ field, lookup });
  }
  return found;
});

/**
 * Whether a name has the "__r__" of a custom relationship (underscores have no case: two spellings).
 * Most names have no "__" but their suffix's, and are passed over after one search; joining the
 * names to search them at once cost more than searching each.
 */
function hasRelationshipMarker(name: string): boolean {
  const first = name.indexOf('__');
  return first !== -1 && first !== name.length - 3 && (name.includes('__r__') || name.includes('__R__'));
}

/** The lookup a `<prefix>__r__<ExtId>` field names (`<prefix>__c`), by its form alone. */
export function customLookupOf(field: string): string | undefined {
  const marker = field.search(/__r__/i);
  return marker > 0 && marker + '__r__'.length < field.length ? `${field.slice(0, marker)}__c` : undefined;
}

function lookupOf(facts: ObjectFacts, field: string): string | undefined {
  const custom = customLookupOf(field);
  if (custom !== undefined) {
    if (!facts.fieldsComplete) return custom;
    const described = knownField(facts, custom);
    return described && isReference(described) ? described.name : undefined;
  }
  if (!facts.fieldsComplete || knownField(facts, field)) return undefined;
  const lower = field.toLowerCase();
  const separator = lower.indexOf('__');
  if (separator <= 0 || separator + 2 >= field.length) return undefined;
  return describedOf(facts.fields).byRelationship.get(lower.slice(0, separator))?.name;
}

/** The most names a message lists: a describe may name thousands, and a message is read, not searched. */
export const MOST_LISTED = 10;

/** "A", "A and B", "A, B and C"; past MOST_LISTED names (or when `total` says more exist), "A, B, ... and 5 more". */
export function listOf(names: readonly string[], total = names.length): string {
  const listed = names.slice(0, MOST_LISTED);
  if (total > listed.length) return `${listed.join(', ')} and ${formatCount(total - listed.length)} more`;
  return listed.length <= 1 ? listed.join('') : `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}`;
}

/** A mapped field whose name is Salesforce's field name in another case. */
export interface Misspelling {
  field: string;
  /** Salesforce's spelling. */
  spelling: string;
}

/**
 * Salesforce's spelling of each field name the facts know (the system fields, the catalog's and the
 * describe's fields) by lower-cased name, and the lengths of those names: a mapped name of another
 * length cannot match one, so it is passed over without being lower-cased.
 */
const spellingsOf = derivedOnce((fields: ObjectFacts['fields']) => {
  const byLowerName = new Map<string, string>();
  for (const name of SYSTEM_FIELDS) byLowerName.set(name.toLowerCase(), name);
  // A field Connect cannot map at all is unsupported-field-type's: asking to respell it would contradict that finding.
  for (const field of fields.values()) if (unmappableType(field) === undefined) byLowerName.set(field.name.toLowerCase(), field.name);
  return { byLowerName, lengths: new Set([...byLowerName.keys()].map((name) => name.length)) };
});

/**
 * The mapped fields written in another case than Salesforce's spelling, where the facts know it.
 * A name mapped twice in two cases is left out: column-collision reports that pair.
 */
export const misspellings = derivedOnce((mapping: MappingContext): Misspelling[] => {
  const { byLowerName, lengths } = spellingsOf(mapping.facts.fields);
  const found: Misspelling[] = [];
  for (const field of mapping.fields ?? []) {
    if (!lengths.has(field.length)) continue;
    const spelling = byLowerName.get(field.toLowerCase());
    if (spelling !== undefined && spelling !== field) found.push({ field, spelling });
  }
  return found.length > 0 && hasCaseCollision(mapping) ? found.filter(({ field }) => !mappedTwice(mapping, field)) : found;
});

function mappedTwice(mapping: MappingContext, field: string): boolean {
  const lower = field.toLowerCase();
  return (mapping.fields ?? []).filter((name) => name.toLowerCase() === lower).length > 1;
}
