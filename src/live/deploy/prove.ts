import type { ExportDocument } from '../../clients/connect/types.js';
import { planChanges, type PlanChange } from '../../plan/diff.js';

/**
 * What the live configuration, exported after the import settled, does not have as the files say:
 * one sentence per difference, naming the object, the field or setting, and what is live instead.
 * The comparison is the plan's against a live base, by meaning: key order, `applied_at` and
 * `revision` never count, and a value the export lacks or has of another type is a mismatch.
 * Live mappings the files do not contain are not the files' concern and are left out.
 */
export function liveMismatches(live: ExportDocument, files: ExportDocument): string[] {
  return planChanges(live, files, { liveBase: true })
    .changes.filter((change) => change.kind !== 'mapping-removed')
    .map(describeMismatch);
}

/** The change the files would still make to the live side, as what is missing or different there. */
function describeMismatch(change: PlanChange): string {
  const { object, field } = change;
  const setting = (name: string, show: (value: PlanChange['to']) => string = String) => `${object}: ${name} is ${show(change.to)} in the files, but ${show(change.from)} live`;
  switch (change.kind) {
    case 'mapping-added':
      return `${object}: the mapping is not live`;
    case 'field-added':
      return `${object}: field ${field} is not mapped live`;
    case 'field-removed':
      return `${object}: field ${field} is mapped live, but not in the files`;
    case 'index-added':
      return `${object}: the index on ${field} is not live`;
    case 'index-removed':
      return `${object}: the index on ${field} is live, but not in the files`;
    case 'index-uniqueness-changed':
      return `${object}: the index on ${field} is ${change.to ? 'unique' : 'not unique'} in the files, but ${change.to ? 'not unique' : 'unique'} live`;
    case 'access-changed':
      return setting('access');
    case 'upsert-field-set':
    case 'upsert-field-removed':
    case 'upsert-field-changed':
      return setting('upsert_field', (value) => (value === undefined ? 'none' : String(value)));
    case 'polling-interval-changed':
      return setting('sf_polling_seconds');
    case 'accelerated-polling-changed':
      return setting('sf_notify_enabled');
    case 'value-unreadable':
      return `${object}: ${change.unreadable!.key} is ${change.unreadable!.base} live, ${change.unreadable!.head} in the files`;
    // api-version-changed is never made by planChanges, which compares mappings; the version is proven from the detail.
    case 'mapping-removed':
    case 'mapping-deleted':
    case 'api-version-changed':
      return `${object}: ${change.detail}`;
  }
}
