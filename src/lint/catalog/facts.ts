import type { DescribedField, DescribedObject } from '../describe/types.js';
import type { BulkLimit } from './objects.js';

/** How an object's API name marks what kind of object it is (Salesforce suffix conventions). */
export type ObjectKind = 'standard' | 'custom' | 'big-object' | 'platform-event' | 'change-event' | 'external-object' | 'custom-metadata' | 'knowledge-article' | 'history' | 'share' | 'feed';

/**
 * Everything the rules know about one Salesforce object. `undefined` always means "not known":
 * a rule must not report an error on an unknown fact.
 */
export interface ObjectFacts {
  name: string;
  kind: ObjectKind;
  /** true, false (cannot be queried at all), or 'filter' (only with an object-specific filter). */
  queryable?: boolean | 'filter';
  updateable?: boolean;
  createable?: boolean;
  /** The field Connect polls on; undefined when unknown. */
  timestampField?: string;
  /** Supported by the Streaming API (PushTopic) for accelerated polling. */
  streaming?: boolean;
  /** The Bulk API cannot page it (Heroku documents the 20,000 changed records), or does not support it at all. */
  bulkLimited?: BulkLimit;
  /** Archived records are invisible to the Bulk API (Task, Event). */
  archivable?: boolean;
  /** Whether the object has an Id field; false only where a describe says so. */
  hasId?: boolean;
  /** Fields with a known Salesforce type, by exact API name. Only fields that matter to a rule are listed. */
  fields: ReadonlyMap<string, DescribedField>;
  /** True when the field list is complete (a full describe), so a field missing from it does not exist. */
  fieldsComplete: boolean;
  /** Where the facts came from, for messages. */
  origin: 'catalog' | 'describe' | 'name';
  describe?: DescribedObject;
}
