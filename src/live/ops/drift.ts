import { seconds } from '../../plan/consequences.js';
import { planChanges, type ChangeKind, type PlanChange } from '../../plan/diff.js';
import type { TableCheckKind, TableFinding } from '../database/drift.js';

/** One way the live connection differs from the files, said from the live side, with what deploying the files would do about it. */
export interface DriftItem {
  kind: ChangeKind | TableCheckKind;
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
  /** A table check's finding: the mapping's line in the files, the table and column it concerns. */
  at?: { file: string; line: number };
  table?: string;
  column?: string;
  /** Information (a left-over column), not drift: it does not make drift exit 1. */
  info?: boolean;
}

/** A table check's finding as a drift item, at the mapping's line when the files have it. */
export function tableDriftItem(finding: TableFinding, at: { file: string; line: number } | undefined): DriftItem {
  const { kind, object, field, table, column, difference, consequence, care, info } = finding;
  return { kind, object, ...(field !== undefined && { field }), difference, consequence, care, ...(at && { at }), table, ...(column !== undefined && { column }), ...(info && { info }) };
}

/** How the two sides and the action between them are named: drift says "Live" and "the file"; compare names two apps. */
export interface Sides {
  /** The side an import would change: the live connection. */
  base: string;
  /** The side whose configuration would be imported: the files, or the other app. */
  head: string;
  /** What importing head into base is called, opening each consequence. */
  action: string;
}

const DRIFT: Sides = { base: 'Live', head: 'the file', action: 'Deploying the files' };

/**
 * The plan's diff reversed: what deploying `files` would change on `live` is exactly how live has
 * drifted from the files, so each change is told from the live side and keeps the plan's consequence.
 * Both are parsed export documents; the volatile keys (exported_at, applied_at, revision) never count,
 * and a value live lacks or has of another type than the files' is a difference, named as one.
 */
export function driftBetween(live: unknown, files: unknown, sides: Sides = DRIFT): DriftItem[] {
  return planChanges(live, files, { liveBase: true }).changes.map((change) => reversed(change, sides));
}

function reversed(change: PlanChange, sides: Sides): DriftItem {
  return {
    kind: change.kind,
    object: change.object,
    ...(change.field !== undefined && { field: change.field }),
    ...(change.from !== undefined && { live: change.from }),
    ...(change.to !== undefined && { file: change.to }),
    difference: difference(change, sides),
    consequence: `${sides.action}: ${change.consequence}`,
    care: change.care,
  };
}

function difference(change: PlanChange, { base, head }: Sides): string {
  const { object, field, from, to } = change;
  const onOff = (value: unknown) => (value ? 'on' : 'off');
  const uniqueness = (value: unknown) => (value ? 'unique' : 'not unique');
  // "the file" opens a sentence as "The file"; an app's name stays as it is spelled.
  const Head = head.startsWith('the ') ? `The ${head.slice(4)}` : head;
  switch (change.kind) {
    case 'mapping-added':
      return `${base} has no ${object} mapping; ${head} maps it.`;
    case 'mapping-removed':
    case 'mapping-deleted':
      return `${base} has a ${object} mapping that ${head} lacks.`;
    case 'access-changed':
      return `${base} ${object} is ${from}; ${head} says ${to}.`;
    case 'upsert-field-set':
      return `${base} ${object} has no upsert field; ${head} says ${to}.`;
    case 'upsert-field-removed':
      return `${base} ${object} has upsert field ${from}; ${head} has none.`;
    case 'upsert-field-changed':
      return `${base} ${object} has upsert field ${from}; ${head} says ${to}.`;
    case 'polling-interval-changed':
      return `${base} polls ${object} every ${seconds(from as number)}; ${head} says ${seconds(to as number)}.`;
    case 'accelerated-polling-changed':
      return `${base} ${object} has accelerated polling ${onOff(from)}; ${head} says ${onOff(to)}.`;
    case 'value-unreadable':
      return `${base} ${object} ${change.unreadable!.key} is ${change.unreadable!.base}; ${head} says ${change.unreadable!.head}.`;
    case 'field-removed':
      return `${base} maps ${object}.${field}, which ${head} lacks.`;
    case 'field-added':
      return `${Head} maps ${object}.${field}, which ${base} lacks.`;
    case 'index-removed':
      return `${base} has an index on ${object}.${field}, which ${head} lacks.`;
    case 'index-added':
      return `${Head} indexes ${object}.${field}, which ${base} does not.`;
    case 'index-uniqueness-changed':
      return `${base}'s index on ${object}.${field} is ${uniqueness(from)}; ${head} says ${uniqueness(to)}.`;
    // Never made by planChanges, which compares mappings, not the connection's version.
    case 'api-version-changed':
      return `${base} runs Salesforce API ${from}; ${head} says ${to}.`;
  }
}
