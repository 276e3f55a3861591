import { type ValidationCheck, type ValidationResults } from '../../clients/connect/types.js';
import type { DeployFile } from '../../plan/document.js';
import type { Finding, Level } from '../../core/types.js';
import { parseSource } from '../../lint/parse/parse.js';
import { formatOf, readSource } from '../../lint/parse/source.js';
import { isRecord } from '../../core/json.js';

/** A finding of Heroku Connect's own diagnose, kept apart from the offline lint's. */
export interface DiagnoseFinding extends Finding {
  source: 'diagnose';
  docUrl?: string;
}

export interface DiagnoseCounts {
  errors: number;
  warnings: number;
  passes: number;
  skips: number;
}

export interface DiagnoseReport {
  findings: DiagnoseFinding[];
  counts: DiagnoseCounts;
}

/** The results of one diagnose: the connection's own checks and each diagnosed mapping's. */
export interface DiagnoseResults {
  connection: ValidationResults;
  mappings: { object: string; results: ValidationResults }[];
}

export interface Place {
  file: string;
  line: number;
  column: number;
}

/** Where the findings go: each mapping at its object_name, anything else at the start of the first file. */
export interface Places {
  byObject: Map<string, Place>;
  fallback?: Place;
}

/**
 * Where each mapping's object_name stands in the files, by lower-cased object name. A file that
 * cannot be read or parsed places nothing (the lint reports it); the first file's first line takes
 * what has no mapping line.
 */
export async function mappingPlaces(files: readonly DeployFile[]): Promise<Places> {
  const byObject = new Map<string, Place>();
  for (const ref of files) {
    const format = formatOf(ref.file);
    const read = readSource(ref.absolutePath, format, ref.confinedTo);
    if (!read.ok) continue;
    const parsed = await parseSource(read.text, format);
    const value = parsed.value;
    if (!isRecord(value) || !Array.isArray(value.mappings)) continue;
    const named = value.mappings.flatMap((mapping, i) => (isRecord(mapping) && typeof mapping.object_name === 'string' ? [{ name: mapping.object_name, i }] : []));
    const ranges = parsed.locate(named.map(({ i }) => ({ path: ['mappings', i, 'object_name'] })));
    named.forEach(({ name }, index) => {
      const { start } = ranges[index]!;
      const key = name.toLowerCase();
      if (!byObject.has(key)) byObject.set(key, { file: ref.file, line: start.line, column: start.column });
    });
  }
  const first = files[0];
  return { byObject, ...(first && { fallback: { file: first.file, line: 1, column: 1 } }) };
}

/**
 * Each error and warning of the diagnose as a finding with Heroku's rule id and message: at the
 * mapping's object_name line when it concerns a mapping, at the first file's first line otherwise.
 * The level is the list Heroku put the check in (every failed check says FAILED; errors and warnings
 * tell the severity). Passes and skips are only counted. The connection result's own `mappings`
 * part is not read: each diagnosed mapping's answer covers it.
 */
export function diagnoseFindings(results: DiagnoseResults, places: Places): DiagnoseReport {
  const findings: DiagnoseFinding[] = [];
  const counts: DiagnoseCounts = { errors: 0, warnings: 0, passes: 0, skips: 0 };
  const add = (checks: ValidationResults, object: string | undefined): void => {
    counts.errors += checks.errors.length;
    counts.warnings += checks.warnings.length;
    counts.passes += checks.passes.length;
    counts.skips += checks.skips.length;
    const place = (object !== undefined && places.byObject.get(object.toLowerCase())) || places.fallback;
    const levels: [Level, ValidationCheck[]][] = [
      ['error', checks.errors],
      ['warning', checks.warnings],
    ];
    for (const [level, list] of levels) for (const check of list) findings.push(toFinding(check, level, object, place));
  };
  add(results.connection, undefined);
  for (const { object, results: checks } of results.mappings) add(checks, object);
  return { findings, counts };
}

function toFinding(check: ValidationCheck, level: Level, object: string | undefined, place: Place | undefined): DiagnoseFinding {
  const subject = object === undefined ? 'the connection' : `the ${object} mapping`;
  const message = `Heroku Connect diagnose of ${subject}, ${check.display_name}: ${check.message || 'failed'}${check.doc_url ? ` (${check.doc_url})` : ''}`;
  return {
    source: 'diagnose',
    ruleId: check.rule_id ?? check.display_name,
    level,
    message,
    file: place?.file ?? '',
    line: place?.line ?? 1,
    column: place?.column ?? 1,
    ...(object !== undefined && { object }),
    ...(check.doc_url && { docUrl: check.doc_url }),
  };
}
