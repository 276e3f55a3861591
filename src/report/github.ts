import type { Finding, Level } from '../core/types.js';
import { overflowNote, planAnnotations } from './annotations.js';
import type { Priority } from './order.js';

/** The part of @actions/core that writes annotations; injected so tests and the CLI share this code. */
export interface Annotator {
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
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
  const plan = planAnnotations(findings, priority);
  for (const finding of plan.annotate) annotator[finding.level](finding.message, propertiesOf(finding));
  for (const level of Object.keys(plan.omitted) as Level[]) {
    if (plan.omitted[level] > 0) annotator[level](overflowNote(level, plan.omitted[level], where), { title: 'heroku-connect-action' });
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
