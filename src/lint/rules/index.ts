import type { Rule } from './rule.js';
import { acceleratedPolling } from './accelerated-polling.js';
import { apiVersion } from './api-version.js';
import { apiVersionDeprecated } from './api-version-deprecated.js';
import { archivedActivities } from './archived-activities.js';
import { bigObject } from './big-object.js';
import { bulkLimit } from './bulk-limit.js';
import { columnCollision } from './column-collision.js';
import { duplicateKey } from './duplicate-key.js';
import { duplicateMapping } from './duplicate-mapping.js';
import { fieldNameCase } from './field-name-case.js';
import { idFieldCase } from './id-field-case.js';
import { implementationRestriction } from './implementation-restriction.js';
import { indexUnmappedField } from './index-unmapped-field.js';
import { invalidApiName } from './invalid-api-name.js';
import { invalidJson } from './invalid-json.js';
import { missingIdField } from './missing-id-field.js';
import { missingIsDeletedField } from './missing-isdeleted-field.js';
import { missingTimestampField } from './missing-timestamp-field.js';
import { missingUpsertField } from './missing-upsert-field.js';
import { notQueryable } from './not-queryable.js';
import { objectWithoutTimestamp } from './object-without-timestamp.js';
import { notUpdateable } from './not-updateable.js';
import { platformEvent } from './platform-event.js';
import { pollingInterval } from './polling-interval.js';
import { relationshipLookup } from './relationship-lookup.js';
import { requiredFields } from './required-fields.js';
import { requiresFilter } from './requires-filter.js';
import { schemaRule } from './schema.js';
import { tooManyFindings } from './too-many-findings.js';
import { tooManyMappings } from './too-many-mappings.js';
import { unknownField } from './unknown-field.js';
import { unreadableFile } from './unreadable-file.js';
import { unsupportedFieldType } from './unsupported-field-type.js';
import { unsupportedObject } from './unsupported-object.js';
import { upsertField } from './upsert-field.js';
import { upsertFieldIndex } from './upsert-field-index.js';

/** Every rule, in the order the docs list them. A new rule is one file and one line here. */
export const RULES: readonly Rule[] = [
  unreadableFile,
  invalidJson,
  duplicateKey,
  schemaRule,
  invalidApiName,
  duplicateMapping,
  bigObject,
  platformEvent,
  requiresFilter,
  notQueryable,
  implementationRestriction,
  unsupportedObject,
  missingIdField,
  missingTimestampField,
  objectWithoutTimestamp,
  missingIsDeletedField,
  notUpdateable,
  unsupportedFieldType,
  unknownField,
  pollingInterval,
  acceleratedPolling,
  missingUpsertField,
  upsertField,
  upsertFieldIndex,
  indexUnmappedField,
  relationshipLookup,
  columnCollision,
  idFieldCase,
  fieldNameCase,
  apiVersion,
  apiVersionDeprecated,
  requiredFields,
  bulkLimit,
  tooManyMappings,
  archivedActivities,
  tooManyFindings,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
