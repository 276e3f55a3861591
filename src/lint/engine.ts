import { factsFor } from './catalog/resolve.js';
import { DescribeIndex } from './describe/types.js';
import { parseSource } from './parse/parse.js';
import { DOCUMENT_START, MAX_PROBLEMS_PER_FILE, type ParsedSource } from './parse/parsed.js';
import { lineExcerpts, type LineExcerpt } from './parse/excerpt.js';
import { formatOf, type ProblemKind, type SourceFormat, type SourceProblem } from './parse/source.js';
import { fieldNames, isValidApiName } from '../core/api-name.js';
import { RULES, RULES_BY_ID } from './rules/index.js';
import { checkSchema } from './schema/check.js';
import { sourceOf, type LintTarget } from './discover.js';
import { resolveLevels, type RuleLevels } from './levels.js';
import type { DocumentContext, MappingContext, MappingRule, Report } from './rules/rule.js';
import { LEVEL_RANK, type FileResult, type Finding, type HerokuPlan, type JsonPath, type Level, type SourceRange } from '../core/types.js';
import { isRecord } from '../core/json.js';
import { formatCount } from '../core/text.js';
import type { Edit } from './fix/edit.js';

export interface LintOptions {
  levels: RuleLevels;
  herokuPlan?: HerokuPlan;
  describe: DescribeIndex;
  /** lint --fix: filled with the fix of each finding that has one. The findings themselves stay as every format renders them. */
  fixes?: Map<Finding, readonly Edit[]>;
}

export function defaultLintOptions(): LintOptions {
  return { levels: resolveLevels(), describe: new DescribeIndex() };
}

/** One file's findings, and the part of the line each one points at, for the text report. */
export interface LintedFile extends FileResult {
  excerpts: ReadonlyMap<Finding, LineExcerpt>;
}

/** Lints one file as discovery read it: `file` is the path shown in findings. */
export async function lintFile(target: Pick<LintTarget, 'file' | 'content'>, options: LintOptions): Promise<LintedFile> {
  const { file } = target;
  const source = sourceOf(target);
  if (!source.ok) return { file, findings: placeProblems(file, [source.problem], options), excerpts: new Map() };
  const findings = await lintText(file, source.text, formatOf(file), options);
  // Taken now, while the text is at hand: the file's text is not kept for the report.
  const excerpts = lineExcerpts(source.text, findings);
  return { file, findings, excerpts: new Map(findings.map((finding, i) => [finding, excerpts[i]!])) };
}

/** The rule that reports each kind of problem the reader and the parsers find: the one place they meet. */
const RULE_OF_PROBLEM: Record<ProblemKind, string> = {
  unreadable: 'unreadable-file',
  'too-large': 'unreadable-file',
  'not-text': 'invalid-json',
  syntax: 'invalid-json',
  'too-deep': 'invalid-json',
  'duplicate-key': 'duplicate-key',
};

/** A file reports at most this many findings, the most severe first, and one more saying how many were left out. */
export const MAX_FINDINGS_PER_FILE = MAX_PROBLEMS_PER_FILE;

/** Lints a document's text: parse, check the format, run every enabled rule, then place the findings. */
export async function lintText(file: string, text: string, format: SourceFormat, options: LintOptions): Promise<Finding[]> {
  const parsed: ParsedSource = await parseSource(text, format);
  const findings = placeProblems(file, parsed.problems, options);
  if (parsed.value === undefined) return capped(file, findings, { count: parsed.omittedProblems, levels: new Set() }, options);

  const reports: [string, Report][] = [];
  const enabled = (id: string) => options.levels.get(id) !== 'off';
  // The schema's breaks beyond what a file can show are counted, not described.
  const schema = enabled('schema') ? checkSchema(parsed.value, MAX_FINDINGS_PER_FILE, parsed.emptyValued) : { reports: [], omitted: 0 };
  for (const report of schema.reports) reports.push(['schema', report]);

  const document = buildContext(parsed.value, options);
  for (const rule of RULES) {
    if (!enabled(rule.id) || rule.scope !== 'document') continue;
    for (const report of rule.check(document)) reports.push([rule.id, report]);
  }
  const mappingRules = RULES.filter((rule): rule is MappingRule => rule.scope === 'mapping' && enabled(rule.id));
  for (const mapping of document.mappings) {
    const unreadable = fieldListUnreadable(mapping);
    for (const rule of mappingRules) {
      if (unreadable && rule.readsFieldList) continue;
      const found = rule.check(mapping);
      for (let i = 0; i < found.length; i++) reports.push([rule.id, found[i]!]);
    }
  }
  // Placing costs per finding: only as many as can be shown are placed, the most severe first (a
  // stable sort keeps the rules' document order within a level).
  const levelOf = ([ruleId]: [string, Report]) => LEVEL_RANK[options.levels.get(ruleId) as Level];
  const ranked = reports.length > MAX_FINDINGS_PER_FILE ? reports.sort((a, b) => levelOf(a) - levelOf(b)) : reports;
  const placed = ranked.slice(0, MAX_FINDINGS_PER_FILE);
  const unplaced: Omitted = { count: parsed.omittedProblems + schema.omitted + ranked.length - placed.length, levels: new Set() };
  if (schema.omitted > 0) unplaced.levels.add(options.levels.get('schema') as Level);
  for (let i = placed.length; i < ranked.length; i++) unplaced.levels.add(options.levels.get(ranked[i]![0]) as Level);
  if (placed.length > 0) {
    const ranges = parsed.locate(placed.map(([, report]) => report));
    placed.forEach(([ruleId, report], index) => {
      const range = ranges[index]!;
      // A value a YAML merge key brings in is placed where it is written: the note names the mapping it reaches.
      const message = range.note === undefined ? report.message : `${report.message} ${range.note}`;
      const finding = { ...toFinding(file, ruleId, message, range, options), ...subjectOf(report.path, document) };
      findings.push(finding);
      if (report.fix) {
        if (RULES_BY_ID.get(ruleId)?.fixable === undefined) throw new Error(`Internal error: rule ${ruleId} reported a fix without declaring itself fixable.`);
        options.fixes?.set(finding, report.fix);
      }
    });
  }
  return capped(file, findings, unplaced, options);
}

/** Findings left out before they were placed: how many, and of which levels. */
interface Omitted {
  count: number;
  levels: Set<Level>;
}

/** The findings in file order, at most MAX_FINDINGS_PER_FILE of them (the most severe kept), and a count of the rest. */
function capped(file: string, findings: Finding[], omitted: Omitted, options: LintOptions): Finding[] {
  const byPlace = (a: Finding, b: Finding) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
  if (findings.length <= MAX_FINDINGS_PER_FILE && omitted.count === 0) return findings.sort(byPlace);
  const kept = findings.sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || byPlace(a, b)).slice(0, MAX_FINDINGS_PER_FILE);
  const left = findings.length - kept.length + omitted.count;
  const levels = new Set([...findings.slice(kept.length).map((finding) => finding.level), ...omitted.levels]);
  kept.sort(byPlace);
  if (options.levels.get('too-many-findings') === 'off') return kept;
  const message =
    `This file has ${formatCount(left)} more finding${left === 1 ? '' : 's'} than the ${formatCount(MAX_FINDINGS_PER_FILE)} shown` +
    `${levels.size > 0 ? ` (${[...levels].join(', ')})` : ''}: the most severe are kept. Fix these and lint again to see the rest.`;
  return [toFinding(file, 'too-many-findings', message, DOCUMENT_START, options), ...kept];
}

function placeProblems(file: string, problems: readonly SourceProblem[], options: LintOptions): Finding[] {
  return problems
    .filter((problem) => options.levels.get(RULE_OF_PROBLEM[problem.kind]) !== 'off')
    .map((problem) => toFinding(file, RULE_OF_PROBLEM[problem.kind], problem.message, problem.range, options));
}

function toFinding(file: string, ruleId: string, message: string, range: SourceRange, options: LintOptions): Finding {
  const level = options.levels.get(ruleId);
  if (level === undefined || level === 'off') throw new Error(`Internal error: rule ${ruleId} reported while not enabled.`);
  return {
    ruleId,
    level,
    message,
    file,
    line: range.start.line,
    column: range.start.column,
    ...(range.end && { endLine: range.end.line, endColumn: range.end.column }),
  };
}

/** The mapping (and field) a report's path is in, so a configured ignore can name them. */
function subjectOf(path: JsonPath, document: DocumentContext): Pick<Finding, 'object' | 'field'> {
  if (path[0] !== 'mappings' || typeof path[1] !== 'number') return {};
  const raw = isRecord(document.root) && Array.isArray(document.root.mappings) ? (document.root.mappings as unknown[])[path[1]] : undefined;
  const object = isRecord(raw) && typeof raw.object_name === 'string' && raw.object_name !== '' ? raw.object_name : undefined;
  if (object === undefined) return {};
  const field = path[2] === 'config' && (path[3] === 'fields' || path[3] === 'indexes') && typeof path[4] === 'string' ? path[4] : undefined;
  return { object, ...(field !== undefined && { field }) };
}

function buildContext(root: unknown, options: LintOptions): DocumentContext {
  const rawMappings = isRecord(root) && Array.isArray(root.mappings) ? root.mappings : [];
  const connection = isRecord(root) && isRecord(root.connection) ? root.connection : {};
  const apiVersion = typeof connection.api_version === 'string' && /^\d{2,3}(\.\d+)?$/.test(connection.api_version) ? Number(connection.api_version) : undefined;
  const document: DocumentContext = {
    root,
    mappings: [],
    mappingCount: rawMappings.length,
    connection: { ...(apiVersion !== undefined && { apiVersion }), features: isRecord(connection.features) ? connection.features : {} },
    ...(options.herokuPlan && { herokuPlan: options.herokuPlan }),
    hasDescribe: options.describe.size > 0,
  };
  rawMappings.forEach((raw, index) => {
    // An invalid API name is invalid-api-name's finding alone: no other rule reasons about an object or field that cannot exist.
    if (!isRecord(raw) || typeof raw.object_name !== 'string' || !isValidApiName(raw.object_name)) return;
    const config = isRecord(raw.config) ? raw.config : undefined;
    const mapping: MappingContext = {
      index,
      path: ['mappings', index],
      objectName: raw.object_name,
      config,
      fields: config && isRecord(config.fields) ? validFieldNames(config.fields) : undefined,
      indexes: config && isRecord(config.indexes) ? config.indexes : undefined,
      access: config?.access === 'read_only' || config?.access === 'read_write' ? config.access : undefined,
      facts: factsFor(raw.object_name, options.describe.get(raw.object_name)),
      document,
    };
    document.mappings.push(mapping);
  });
  return document;
}

/**
 * Whether the schema rule reports the mapping's field list as unreadable: no config object, or a
 * `fields` that is there but not an object. A config without `fields` maps nothing, which is readable.
 */
function fieldListUnreadable(mapping: MappingContext): boolean {
  return mapping.config === undefined || (mapping.fields === undefined && mapping.config.fields !== undefined);
}

/** The field names as they are when all are valid (the usual case, with no copy), else the valid ones. */
function validFieldNames(fields: object): readonly string[] {
  const { names, allValid } = fieldNames(fields);
  return allValid ? names : names.filter(isValidApiName);
}
