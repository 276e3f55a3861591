import { LEVELS, type Finding, type Level } from '../../core/types.js';
import { formatCount } from '../../core/text.js';
import { rankFindings, type Priority } from './order.js';

/** GitHub shows at most this many annotations of each level per step and drops the rest silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface AnnotationPlan {
  annotate: Finding[];
  /** Findings of each level that did not fit; when non-zero, one slot of that level carries the note. */
  omitted: Record<Level, number>;
}

export const ALL_SLOTS: Readonly<Record<Level, number>> = { error: ANNOTATIONS_PER_LEVEL, warning: ANNOTATIONS_PER_LEVEL, notice: ANNOTATIONS_PER_LEVEL };

/**
 * Picks the findings to annotate within the slots the step has left, most important first. When a
 * level overflows, its last slot is kept for a one-line note of how many more there are.
 */
export function planAnnotations(findings: readonly Finding[], priority?: Priority, slots: Readonly<Record<Level, number>> = ALL_SLOTS): AnnotationPlan {
  const ranked = rankFindings(findings, priority);
  const annotate: Finding[] = [];
  const omitted: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  for (const level of LEVELS) {
    const ofLevel = ranked.filter((finding) => finding.level === level);
    const room = ofLevel.length > slots[level] ? Math.max(0, slots[level] - 1) : ofLevel.length;
    annotate.push(...ofLevel.slice(0, room));
    omitted[level] = ofLevel.length - room;
  }
  return { annotate, omitted };
}

/**
 * Where the findings that are not annotated can be read, for the overflow note: the job summary
 * lists all of them only when they all fit in it.
 */
export function whereTheRestAre(listedInSummary: number, total: number, sarifFile: boolean): string {
  const all = sarifFile ? 'the SARIF file lists all' : 'the CLI lists all';
  if (listedInSummary >= total) return `the job summary lists every finding${sarifFile ? ', and so does the SARIF file' : ''}`;
  return `the job summary lists the ${formatCount(listedInSummary)} most important of ${formatCount(total)}; ${all}`;
}

export function overflowNote(level: Level, count: number, where: string): string {
  return `${count} more ${level === 'notice' ? 'notice' : level}${count === 1 ? '' : 's'} not annotated here (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level in a step): ${where}.`;
}
