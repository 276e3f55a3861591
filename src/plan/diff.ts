import { isRecord } from '../core/json.js';
import type { JsonObject } from '../lint/describe/shape.js';
import {
  acceleratedPollingChanged,
  accessChanged,
  CHANGE_KINDS,
  fieldAdded,
  fieldRemoved,
  indexAdded,
  indexRemoved,
  indexUniquenessChanged,
  mappingAdded,
  mappingRemoved,
  pollingIntervalChanged,
  upsertFieldChanged,
  valueUnreadable,
  type MappingState,
  type PlanChange,
} from './consequences.js';

export type { ChangeKind, PlanChange } from './consequences.js';

export interface ChangePlan {
  /** By object name (case-insensitive), then in CHANGE_KINDS order, then by field. */
  changes: PlanChange[];
  /** The version that is not a document with a `mappings` array: nothing was compared. */
  unreadable?: 'base' | 'head';
}

export interface PlanOptions {
  /**
   * The base is a live export, which no lint reads: where the head says a well-formed value, a
   * base that lacks it or has it of another type differs (a `"300"` for 300, no `config`,
   * no `fields`), and says so. Drift, compare, write-back and the deploy's proof compare so.
   */
  liveBase?: boolean;
}

/**
 * What importing `head` changes compared with `base`, both parsed export documents. `base`
 * undefined: the file is new; `head` undefined: the file is removed. Only what import acts on is
 * compared, so key order and the volatile `connection.exported_at`, `config.applied_at` and
 * `config.revision` never show. Whatever is not well-formed in a file is left out of the
 * comparison rather than guessed at: the lint reports it. A live base is held to what the head says (`liveBase`).
 */
export function planChanges(base: unknown, head: unknown, options: PlanOptions = {}): ChangePlan {
  const before = base === undefined ? new Map<string, MappingState>() : mappingsOf(base);
  if (!before) return { changes: [], unreadable: 'base' };
  const after = head === undefined ? new Map<string, MappingState>() : mappingsOf(head);
  if (!after) return { changes: [], unreadable: 'head' };
  const compare = options.liveBase ? compareWithLive : compareMapping;

  const changes: PlanChange[] = [];
  for (const [key, was] of before) if (!after.has(key)) changes.push(mappingRemoved(was));
  for (const [key, is] of after) {
    const was = before.get(key);
    if (was === undefined) changes.push(mappingAdded(is));
    // One by one: spread into push, a mapping of a few hundred thousand changed fields overflowed the stack.
    else for (const change of compare(was, is)) changes.push(change);
  }
  return { changes: inPlaceOrder(changes) };
}

const KIND_ORDER = new Map(CHANGE_KINDS.map((kind, i) => [kind, i]));

/**
 * By object, kind, then field, names compared without case. The lower-cased names are worked out
 * once per change rather than at each of the sort's comparisons.
 */
function inPlaceOrder(changes: readonly PlanChange[]): PlanChange[] {
  const keyed = changes.map((change) => ({ change, object: change.object.toLowerCase(), kind: KIND_ORDER.get(change.kind)!, field: (change.field ?? '').toLowerCase() }));
  keyed.sort((a, b) => a.object.localeCompare(b.object) || a.kind - b.kind || a.field.localeCompare(b.field));
  return keyed.map(({ change }) => change);
}

/** What the head says of each key compared, as a message shows it; undefined when it says nothing well-formed. */
const SAID: Record<string, (head: MappingState) => string | undefined> = {
  access: (head) => head.access,
  upsert_field: (head) => (head.upsertField === undefined ? undefined : (head.upsertField ?? 'none')),
  sf_polling_seconds: (head) => (head.pollingSeconds === undefined ? undefined : String(head.pollingSeconds)),
  sf_notify_enabled: (head) => (head.acceleratedPolling === undefined ? undefined : String(head.acceleratedPolling)),
  fields: (head) => head.fields && `${head.fields.size} field(s)`,
  indexes: (head) => head.indexes && `${head.indexes.size} index(es)`,
};

/**
 * Against a live base: each value the head says well-formed that the base lacks or has of another
 * type is one difference, and the rest is compared as between files. A live mapping without
 * `indexes` has none (exports leave the key out then); one without `fields` is unreadable.
 */
function compareWithLive(was: MappingState, is: MappingState): PlanChange[] {
  if (was.unreadable?.has('config') && !is.unreadable?.has('config')) return [valueUnreadable(is.object, 'config', was.unreadable.get('config'), 'a mapping configuration')];
  const changes: PlanChange[] = [];
  let base = was;
  for (const [key, said] of Object.entries(SAID)) {
    const shown = said(is);
    if (shown === undefined || !was.unreadable?.has(key)) continue;
    const value = was.unreadable.get(key);
    if (key === 'indexes' && value === undefined) base = { ...base, indexes: new Map() };
    else changes.push(valueUnreadable(is.object, key, value, shown));
  }
  for (const [key, index] of is.indexes ?? []) {
    const live = base.indexes?.get(key);
    if (index.unique !== undefined && live?.unreadable) changes.push(valueUnreadable(is.object, live.unreadable.key, live.unreadable.value, `unique ${index.unique}`));
  }
  for (const change of compareMapping(base, is)) changes.push(change);
  return changes;
}

function compareMapping(was: MappingState, is: MappingState): PlanChange[] {
  const changes: PlanChange[] = [];
  if (was.access && is.access && was.access !== is.access) changes.push(accessChanged(was.access, is.access, is));
  if (was.upsertField !== undefined && is.upsertField !== undefined && was.upsertField?.toLowerCase() !== is.upsertField?.toLowerCase()) {
    changes.push(upsertFieldChanged(was.upsertField, is.upsertField, is));
  }
  if (was.pollingSeconds !== undefined && is.pollingSeconds !== undefined && was.pollingSeconds !== is.pollingSeconds) {
    changes.push(pollingIntervalChanged(was.pollingSeconds, is.pollingSeconds, is));
  }
  if (was.acceleratedPolling !== undefined && is.acceleratedPolling !== undefined && was.acceleratedPolling !== is.acceleratedPolling) {
    changes.push(acceleratedPollingChanged(is.acceleratedPolling, is));
  }
  if (was.fields && is.fields) {
    for (const [key, name] of was.fields) if (!is.fields.has(key)) changes.push(fieldRemoved(is.object, name));
    for (const [key, name] of is.fields) if (!was.fields.has(key)) changes.push(fieldAdded(is.object, name));
  }
  if (was.indexes && is.indexes) {
    for (const [key, index] of was.indexes) if (!is.indexes.has(key)) changes.push(indexRemoved(is.object, index.name, index.unique));
    for (const [key, index] of is.indexes) {
      const old = was.indexes.get(key);
      if (old === undefined) changes.push(indexAdded(is.object, index.name, index.unique));
      else if (old.unique !== undefined && index.unique !== undefined && old.unique !== index.unique) {
        changes.push(indexUniquenessChanged(is.object, index.name, index.unique));
      }
    }
  }
  return changes;
}

/**
 * The document's mappings by lower-cased object name, or undefined when it has no `mappings` array.
 * An entry without a string object_name is skipped. When a name repeats (the duplicate-mapping rule
 * reports it), the last entry stands, as JSON.parse keeps the last of repeated keys.
 */
export function mappingsOf(document: unknown): Map<string, MappingState> | undefined {
  if (!isRecord(document) || !Array.isArray(document.mappings)) return undefined;
  const mappings = new Map<string, MappingState>();
  for (const entry of document.mappings) {
    if (!isRecord(entry) || typeof entry.object_name !== 'string' || entry.object_name.trim() === '') continue;
    mappings.set(entry.object_name.toLowerCase(), isRecord(entry.config) ? stateOf(entry.object_name, entry.config) : { object: entry.object_name, unreadable: new Map([['config', entry.config]]) });
  }
  return mappings;
}

function stateOf(object: string, config: JsonObject): MappingState {
  const state: MappingState = { object };
  const unreadable = new Map<string, unknown>();
  if (config.access === 'read_only' || config.access === 'read_write') state.access = config.access;
  else unreadable.set('access', config.access);
  if (typeof config.upsert_field === 'string' && config.upsert_field !== '') state.upsertField = config.upsert_field;
  else if (config.upsert_field === undefined || config.upsert_field === null || config.upsert_field === '') state.upsertField = null;
  else unreadable.set('upsert_field', config.upsert_field);
  if (typeof config.sf_polling_seconds === 'number' && Number.isFinite(config.sf_polling_seconds)) state.pollingSeconds = config.sf_polling_seconds;
  else unreadable.set('sf_polling_seconds', config.sf_polling_seconds);
  if (typeof config.sf_notify_enabled === 'boolean') state.acceleratedPolling = config.sf_notify_enabled;
  else unreadable.set('sf_notify_enabled', config.sf_notify_enabled);
  if (isRecord(config.fields)) state.fields = new Map(Object.keys(config.fields).map((name) => [name.toLowerCase(), name]));
  else unreadable.set('fields', config.fields);
  if (isRecord(config.indexes)) {
    state.indexes = new Map(
      Object.entries(config.indexes).map(([name, index]) => {
        const unique = isRecord(index) && typeof index.unique === 'boolean' ? index.unique : undefined;
        const unreadable = isRecord(index) ? { key: `indexes.${name}.unique`, value: index.unique } : { key: `indexes.${name}`, value: index };
        return [name.toLowerCase(), unique === undefined ? { name, unreadable } : { name, unique }];
      }),
    );
  } else unreadable.set('indexes', config.indexes);
  if (unreadable.size > 0) state.unreadable = unreadable;
  return state;
}
