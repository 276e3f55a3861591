import type { SchemaDiffMapping } from '../clients/connect/types.js';
import { describeJsonValue } from '../core/json.js';

/**
 * What each kind of change to a mapping file does when the file is imported, in plain words. The
 * facts: import is an upsert that never deletes a mapping missing from the file, and the CLI deletes
 * one with connect:mapping:delete (research heroku-connect-api §2, §4.1); editing a mapping runs
 * ALTER TABLE and fills newly mapped fields with data (Dev Center, ibid. §4.1); read_write writes
 * Postgres changes to Salesforce and needs a unique External ID as upsert_field, by which records
 * are matched after the Salesforce ID (heroku-connect-rules §5); accelerated polling is Salesforce
 * notifying Heroku Connect through the Streaming API while the regular polls go on (ibid. §4.3).
 */

export const CHANGE_KINDS = [
  'mapping-added',
  'mapping-removed',
  'mapping-deleted',
  'access-changed',
  'upsert-field-set',
  'upsert-field-removed',
  'upsert-field-changed',
  'polling-interval-changed',
  'accelerated-polling-changed',
  'value-unreadable',
  'field-removed',
  'field-added',
  'index-removed',
  'index-added',
  'index-uniqueness-changed',
  'api-version-changed',
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type Access = 'read_only' | 'read_write';

export interface PlanChange {
  kind: ChangeKind;
  /** The mapping's object_name, as the head file spells it (the base file, for a removed mapping). */
  object: string;
  /** The field, for field and index changes. */
  field?: string;
  /** The value before and after, for a setting that changed. */
  from?: string | number | boolean;
  to?: string | number | boolean;
  /** Short and specific: the field name, or "read_write → read_only". */
  detail: string;
  /** What importing the file does, and what to do about it where that is not obvious. */
  consequence: string;
  /** Needs a reviewer's attention: data is dropped, writes change, or matching changes. */
  care: boolean;
  /** For a value the base has unreadable: the config key, the base's value as shown (`"300" (text)`, `missing`), and what the head says. */
  unreadable?: { key: string; base: string; head: string };
}

/** What a mapping says, as far as it is well-formed; a missing property is one not compared. */
export interface MappingState {
  object: string;
  access?: Access;
  /** null: explicitly none (absent, null or ""). */
  upsertField?: string | null;
  pollingSeconds?: number;
  acceleratedPolling?: boolean;
  /** Lower-cased name → name as written: Salesforce names are case-insensitive. */
  fields?: Map<string, string>;
  /** `unreadable`: the key and raw value of an index entry that is no object, or whose `unique` is no boolean (missing included). */
  indexes?: Map<string, { name: string; unique?: boolean; unreadable?: { key: string; value: unknown } }>;
  /** The raw value of each key above (and of `config`) that is missing or not well-formed. */
  unreadable?: Map<string, unknown>;
}

const DELETE_COMMAND = (object: string) => `heroku connect:mapping:delete ${object} --app <app> --confirm <app>`;

export function mappingAdded(head: MappingState): PlanChange {
  const writes = head.access === 'read_write' ? ' As a read_write mapping, it also writes changes made in Postgres to Salesforce.' : '';
  return {
    kind: 'mapping-added',
    object: head.object,
    detail: describeMapping(head),
    consequence: `Import creates the ${head.object} mapping: Heroku Connect creates its table in Postgres and loads it from Salesforce.${writes}`,
    care: false,
  };
}

export function mappingRemoved(base: MappingState): PlanChange {
  return {
    kind: 'mapping-removed',
    object: base.object,
    detail: describeMapping(base),
    consequence:
      `Import does not delete mappings missing from the file: ${base.object} stays in the connection and keeps syncing. ` +
      `To delete it, run "${DELETE_COMMAND(base.object)}" or delete it in the Heroku Connect dashboard.`,
    care: true,
  };
}

/** With prune: the deploy deletes the live mapping the files no longer contain. */
export function mappingDeleted(base: MappingState): PlanChange {
  return {
    kind: 'mapping-deleted',
    object: base.object,
    detail: 'drops the table and its data',
    consequence:
      `The deploy deletes the ${base.object} mapping after the import (prune): Heroku Connect drops its table and the data in it. ` +
      'Importing the backup taken before the deploy brings the mapping back, and its table is loaded again from Salesforce.',
    care: true,
  };
}

export function accessChanged(from: Access, to: Access, head: MappingState): PlanChange {
  const object = head.object;
  const consequence =
    to === 'read_only'
      ? `Changes made in Postgres to ${object} are no longer written back to Salesforce: the mapping only syncs from Salesforce to Postgres.`
      : `Changes made in Postgres to ${object} start being written to Salesforce. A read_write mapping needs a unique identifier: ` +
        `an upsert_field that is a unique External ID field in Salesforce${head.upsertField ? ` (this mapping names ${head.upsertField})` : ', and this mapping has none'}.`;
  return { kind: 'access-changed', object, from, to, detail: `${from} → ${to}`, consequence, care: true };
}

export function upsertFieldChanged(from: string | null, to: string | null, head: MappingState): PlanChange {
  const object = head.object;
  if (from === null) {
    return {
      kind: 'upsert-field-set',
      object,
      to: to!,
      detail: to!,
      consequence: `Records from Salesforce are matched to rows of ${object} by Salesforce ID first, then by ${to}, which must be a unique External ID field.`,
      care: true,
    };
  }
  if (to === null) {
    const required = head.access === 'read_write' ? ` A read_write mapping needs this unique identifier, and ${object} is left without one.` : '';
    return {
      kind: 'upsert-field-removed',
      object,
      from,
      detail: from,
      consequence: `Records from Salesforce are matched to rows of ${object} by Salesforce ID only, no longer by ${from}.${required}`,
      care: true,
    };
  }
  return {
    kind: 'upsert-field-changed',
    object,
    from,
    to,
    detail: `${from} → ${to}`,
    consequence: `Records from Salesforce are matched to rows of ${object} by Salesforce ID first, then by ${to} instead of ${from}; ${to} must be a unique External ID field.`,
    care: true,
  };
}

export function pollingIntervalChanged(from: number, to: number, head: MappingState): PlanChange {
  return {
    kind: 'polling-interval-changed',
    object: head.object,
    from,
    to,
    detail: `${seconds(from)} → ${seconds(to)}`,
    consequence: `Heroku Connect polls Salesforce for changes to ${head.object} every ${seconds(to)} instead of every ${seconds(from)}.`,
    care: false,
  };
}

export function acceleratedPollingChanged(to: boolean, head: MappingState): PlanChange {
  const regular = head.pollingSeconds === undefined ? '' : `, every ${seconds(head.pollingSeconds)}`;
  return {
    kind: 'accelerated-polling-changed',
    object: head.object,
    from: !to,
    to,
    detail: to ? 'off → on' : 'on → off',
    consequence: to
      ? `Accelerated polling turns on: Salesforce notifies Heroku Connect of changes to ${head.object} through the Streaming API, so it polls soon after a change; the regular polls go on.`
      : `Accelerated polling turns off: changes to ${head.object} in Salesforce reach Postgres at the next regular poll${regular}.`,
    care: false,
  };
}

/** A live value that is missing or of another type than the file's: import writes the file's. */
export function valueUnreadable(object: string, key: string, value: unknown, head: string): PlanChange {
  const base = describeJsonValue(value);
  return {
    kind: 'value-unreadable',
    object,
    detail: `${key}: ${base} → ${head}`,
    consequence: `Import sets ${key} of the ${object} mapping to what the file says (${head}); it is ${base} now, which is no value Heroku Connect documents.`,
    care: true,
    unreadable: { key, base, head },
  };
}

export function fieldAdded(object: string, field: string): PlanChange {
  return {
    kind: 'field-added',
    object,
    field,
    detail: field,
    consequence: `Import adds a column for ${field} to the ${object} table (ALTER TABLE) and fills it with data from Salesforce.`,
    care: false,
  };
}

export function fieldRemoved(object: string, field: string): PlanChange {
  return {
    kind: 'field-removed',
    object,
    field,
    detail: field,
    consequence: `Import drops the column for ${field} from the ${object} table (ALTER TABLE), and its data with it.`,
    care: true,
  };
}

export function indexAdded(object: string, field: string, unique: boolean | undefined): PlanChange {
  return {
    kind: 'index-added',
    object,
    field,
    ...(unique !== undefined && { to: unique }),
    detail: unique ? `${field} (unique)` : field,
    consequence: `Import creates ${unique ? 'a unique' : 'an'} index on the column for ${field} in the ${object} table.`,
    care: false,
  };
}

/** Dropping a unique index also drops a guarantee the data may rely on; that needs review. */
export function indexRemoved(object: string, field: string, unique: boolean | undefined): PlanChange {
  return {
    kind: 'index-removed',
    object,
    field,
    ...(unique !== undefined && { from: unique }),
    detail: unique ? `${field} (unique)` : field,
    consequence:
      `Import drops the index on the column for ${field} in the ${object} table; queries that filter on it may get slower.` +
      (unique ? ' Postgres no longer refuses duplicate values in that column.' : ''),
    care: unique === true,
  };
}

export function indexUniquenessChanged(object: string, field: string, to: boolean): PlanChange {
  return {
    kind: 'index-uniqueness-changed',
    object,
    field,
    from: !to,
    to,
    detail: `${field}: ${to ? 'not unique → unique' : 'unique → not unique'}`,
    consequence: to
      ? `The index on ${field} becomes unique: Postgres refuses two rows of ${object} with the same value, and cannot build the index while duplicates remain.`
      : `The index on ${field} is no longer unique: Postgres stops refusing duplicate values in that column of ${object}.`,
    care: true,
  };
}

function describeMapping(state: MappingState): string {
  const parts: string[] = [];
  if (state.access) parts.push(state.access);
  if (state.fields) parts.push(`${state.fields.size} field${state.fields.size === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/** 600 → "600 s (10 min)": the file says seconds, people think in minutes. */
export function seconds(value: number): string {
  return value > 0 && value % 60 === 0 ? `${value} s (${value / 60} min)` : `${value} s`;
}

/** The documented consequence of moving a mapping to another API version, with the remedy where it needs one. */
export function schemaDiffConsequence(mapping: SchemaDiffMapping): string {
  if (mapping.unsafe) {
    return (
      'Unsafe: only a longer string length is a safe change. For a changed type or a shorter length, unmap the field, save the mapping, then map it again; ' +
      'a field Salesforce removed blocks the change until it is unmapped.'
    );
  }
  if (mapping.undetermined) return 'Undetermined: Heroku Connect cannot tell whether the change is safe for this mapping; review its fields at the target version before changing it.';
  return mapping.fieldsChanged ? 'Safe: the field definitions changed in ways Heroku Connect applies on its own.' : 'No field of this mapping changes.';
}

/**
 * The schema diff as plan changes, one per line of Heroku's message for each mapping (one for a
 * mapping without a message), at the mapping: unsafe and undetermined ones are to review.
 */
export function apiVersionChanges(from: string, to: string, mappings: readonly SchemaDiffMapping[]): PlanChange[] {
  return mappings.flatMap((mapping) => {
    const flag = mapping.unsafe ? 'unsafe' : mapping.undetermined ? 'undetermined' : mapping.fieldsChanged ? 'fields changed' : 'no field changes';
    const lines = mapping.messages.length > 0 ? mapping.messages : [''];
    return lines.map((line): PlanChange => ({
      kind: 'api-version-changed',
      object: mapping.name,
      detail: `${from} → ${to}, ${flag}${line === '' ? '' : `: ${line}`}`,
      from,
      to,
      consequence: schemaDiffConsequence(mapping),
      care: mapping.unsafe || mapping.undetermined,
    }));
  });
}

/** The offline plan's item for a changed connection.api_version: only the live plan can read the schema diff. */
export function apiVersionUnread(from: string, to: string): PlanChange {
  return {
    kind: 'api-version-changed',
    object: 'connection',
    detail: `${from} → ${to}`,
    from,
    to,
    consequence:
      `API version ${from} → ${to}: run the live plan to see the schema diff (plan --app <app>, or the action with app and heroku-api-key). ` +
      'A deploy changes the version only with api-version-change: apply.',
    care: true,
  };
}
