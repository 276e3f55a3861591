import { EOL } from 'node:os';
import type { Finding, Level } from '../core/types.js';
import { overflowNote, planAnnotations } from './annotations.js';
import type { Priority } from './order.js';

/** What writes annotations; injected so that tests, the action and the CLI share this code. */
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

/**
 * Annotations as the runner's workflow commands on `stdout`, written as @actions/core writes them
 * (not @actions/core itself: importing it evaluates an HTTP client and child_process, about 40 ms
 * of every run, for calls this never makes). Message and properties are escaped as command data,
 * so no line break or `::` from a file can start another command.
 */
export function commandAnnotator(stdout: { write(text: string): unknown }): Annotator {
  const annotation = (level: Level) => (message: string, properties: AnnotationProperties = {}) => {
    const { title, file, startLine, endLine, startColumn, endColumn } = properties;
    stdout.write(`${workflowCommand(level, { title, file, line: startLine, endLine, col: startColumn, endColumn }, message)}${EOL}`);
  };
  return { error: annotation('error'), warning: annotation('warning'), notice: annotation('notice') };
}

/** `::command key=value,...::message`; properties without a value are left out, as the runner parses them. */
export function workflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${list ? ` ${list}` : ''}::${escapeData(message)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
