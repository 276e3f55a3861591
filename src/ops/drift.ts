import { seconds } from '../plan/consequences.js';
import { planChanges, type ChangeKind, type PlanChange } from '../plan/diff.js';

/** One way the live connection differs from the files, said from the live side, with what deploying the files would do about it. */
export interface DriftItem {
  kind: ChangeKind;
  object: string;
  field?: string;
  /** The live value and the file's, for a setting that differs. */
  live?: string | number | boolean;
  file?: string | number | boolean;
  /** "Live polls Account every 300 s (5 min); the file says 600 s (10 min)." */
  difference: string;
  /** What the next deploy of the files does to the connection. */
  consequence: string;
  care: boolean;
}

/**
 * The plan's diff reversed: what deploying `files` would change on `live` is exactly how live has
 * drifted from the files, so each change is told from the live side and keeps the plan's consequence.
 * Both are parsed export documents; the volatile keys (exported_at, applied_at, revision) never count.
 */
export function driftBetween(live: unknown, files: unknown): DriftItem[] {
  return planChanges(live, files).changes.map(reversed);
}

function reversed(change: PlanChange): DriftItem {
  return {
    kind: change.kind,
    object: change.object,
    ...(change.field !== undefined && { field: change.field }),
    ...(change.from !== undefined && { live: change.from }),
    ...(change.to !== undefined && { file: change.to }),
    difference: difference(change),
    consequence: `Deploying the files: ${change.consequence}`,
    care: change.care,
  };
}

function difference(change: PlanChange): string {
  const { object, field, from, to } = change;
  const onOff = (value: unknown) => (value ? 'on' : 'off');
  const uniqueness = (value: unknown) => (value ? 'unique' : 'not unique');
  switch (change.kind) {
    case 'mapping-added':
      return `Live has no ${object} mapping; the files map it.`;
    case 'mapping-removed':
    case 'mapping-deleted':
      return `Live has a ${object} mapping that no file has.`;
    case 'access-changed':
      return `Live ${object} is ${from}; the file says ${to}.`;
    case 'upsert-field-set':
      return `Live ${object} has no upsert field; the file says ${to}.`;
    case 'upsert-field-removed':
      return `Live ${object} has upsert field ${from}; the file has none.`;
    case 'upsert-field-changed':
      return `Live ${object} has upsert field ${from}; the file says ${to}.`;
    case 'polling-interval-changed':
      return `Live polls ${object} every ${seconds(from as number)}; the file says ${seconds(to as number)}.`;
    case 'accelerated-polling-changed':
      return `Live ${object} has accelerated polling ${onOff(from)}; the file says ${onOff(to)}.`;
    case 'field-removed':
      return `Live maps ${object}.${field}, which the file lacks.`;
    case 'field-added':
      return `The file maps ${object}.${field}, which live lacks.`;
    case 'index-removed':
      return `Live has an index on ${object}.${field}, which the file lacks.`;
    case 'index-added':
      return `The file indexes ${object}.${field}, which live does not.`;
    case 'index-uniqueness-changed':
      return `Live's index on ${object}.${field} is ${uniqueness(from)}; the file says ${uniqueness(to)}.`;
  }
}
