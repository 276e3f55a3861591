import type { Finding, Level } from '../../core/types.js';
import { annotationText } from '../../core/output/escape.js';
import { ALL_SLOTS, ANNOTATIONS_PER_LEVEL, overflowNote, planAnnotations } from './annotations.js';
import type { Priority } from './order.js';

/** The part of @actions/core that writes annotations; injected so tests and the CLI share this code. */
export interface Annotator {
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
  /** The slots of each level this step has left; all of them when absent. */
  slotsLeft?(): Record<Level, number>;
}

/** @actions/core's annotation functions (or a stand-in's), each message and title through annotationText. */
export function toolkitAnnotator(toolkit: Pick<Annotator, 'error' | 'warning' | 'notice'>): Annotator {
  const escaped =
    (write: Annotator['error']): Annotator['error'] =>
    (message, properties) =>
      write(annotationText(message), properties?.title === undefined ? properties : { ...properties, title: annotationText(properties.title) });
  return { error: escaped(toolkit.error), warning: escaped(toolkit.warning), notice: escaped(toolkit.notice) };
}

/**
 * The annotator, counting every annotation written through it, so that each later batch (the lint's,
 * then the deploy's diagnose) gets only the slots GitHub still shows, and warnings said along the way
 * count too.
 */
export function countingAnnotations<T extends Annotator>(annotator: T): T & Required<Pick<Annotator, 'slotsLeft'>> {
  const used: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  const counted = (level: Level) => (message: string, properties?: AnnotationProperties) => {
    used[level]++;
    annotator[level](message, properties);
  };
  return {
    ...annotator,
    error: counted('error'),
    warning: counted('warning'),
    notice: counted('notice'),
    slotsLeft: () => ({
      error: Math.max(0, ANNOTATIONS_PER_LEVEL - used.error),
      warning: Math.max(0, ANNOTATIONS_PER_LEVEL - used.warning),
      notice: Math.max(0, ANNOTATIONS_PER_LEVEL - used.notice),
    }),
  };
}

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** Writes the findings as GitHub annotations within the per-step budget, most important first. */
export function annotate(findings: readonly Finding[], annotator: Annotator, where: string, priority?: Priority): void {
  const slots = annotator.slotsLeft?.() ?? ALL_SLOTS;
  const plan = planAnnotations(findings, priority, slots);
  for (const finding of plan.annotate) annotator[finding.level](finding.message, propertiesOf(finding));
  for (const level of Object.keys(plan.omitted) as Level[]) {
    // With no slot left for the note, GitHub would drop it: the summary says what was left out.
    if (plan.omitted[level] > 0 && slots[level] > 0) annotator[level](overflowNote(level, plan.omitted[level], where), { title: 'heroku-connect-action' });
  }
}

function propertiesOf(finding: Finding): AnnotationProperties {
  const properties: AnnotationProperties = { title: finding.ruleId, file: finding.file, startLine: finding.line, startColumn: finding.column };
  if (finding.endLine !== undefined) {
    properties.endLine = finding.endLine;
    // GitHub takes columns only on single-line annotations; its end column is inclusive, ours exclusive.
    if (finding.endLine === finding.line && finding.endColumn !== undefined) properties.endColumn = Math.max(finding.column, finding.endColumn - 1);
    else delete properties.startColumn;
  }
  return properties;
}
