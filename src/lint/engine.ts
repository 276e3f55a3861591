import { factsFor } from '../catalog/resolve.js';
import { DescribeIndex } from '../describe/types.js';
import { parseSource } from '../parse/parse.js';
import type { ParsedSource } from '../parse/parsed.js';
import { formatOf, type SourceFormat, type SourceProblem } from '../parse/source.js';
import { RULES } from '../rules/index.js';
import { checkSchema } from '../schema/check.js';
import type { LintTarget } from './discover.js';
import { resolveLevels, type RuleLevels } from './levels.js';
import type { DocumentContext, MappingContext, MappingRule, Report } from './rule.js';
import type { FileResult, Finding, JsonPath, Plan, SourceRange } from './types.js';

export interface LintOptions {
  levels: RuleLevels;
  plan?: Plan;
  describe: DescribeIndex;
}

export function defaultLintOptions(): LintOptions {
  return { levels: resolveLevels(), describe: new DescribeIndex() };
}

/** Lints one file as discovery read it: `file` is the path shown in findings. */
export function lintFile({ file, source }: Pick<LintTarget, 'file' | 'source'>, options: LintOptions): FileResult {
  if (!source.ok) return { file, findings: placeProblems(file, [source.problem], options) };
  return { file, findings: lintText(file, source.text, formatOf(file), options) };
}

/** Lints a document's text: parse, check the format, run every enabled rule, then place the findings. */
export function lintText(file: string, text: string, format: SourceFormat, options: LintOptions): Finding[] {
  const parsed: ParsedSource = parseSource(text, format);
  const findings = placeProblems(file, parsed.problems, options);
  if (parsed.value === undefined) return findings;

  const reports: [string, Report][] = [];
  const enabled = (id: string) => options.levels.get(id) !== 'off';
  if (enabled('schema')) for (const report of checkSchema(parsed.value)) reports.push(['schema', report]);

  const document = buildContext(parsed.value, options);
  for (const rule of RULES) {
    if (!enabled(rule.id) || rule.scope !== 'document') continue;
    for (const report of rule.check(document)) reports.push([rule.id, report]);
  }
  const mappingRules = RULES.filter((rule): rule is MappingRule => rule.scope === 'mapping' && enabled(rule.id));
  for (const mapping of document.mappings) {
    for (const rule of mappingRules) {
      const found = rule.check(mapping);
      for (let i = 0; i < found.length; i++) reports.push([rule.id, found[i]!]);
    }
  }
  if (reports.length > 0) {
    const locator = parsed.locator();
    for (const [ruleId, report] of reports) {
      const finding = toFinding(file, ruleId, report.message, locator.locate(report.path, report.at ?? 'value'), options);
      findings.push({ ...finding, ...subjectOf(report.path, document) });
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

function placeProblems(file: string, problems: readonly SourceProblem[], options: LintOptions): Finding[] {
  return problems
    .filter((problem) => options.levels.get(problem.ruleId) !== 'off')
    .map((problem) => toFinding(file, problem.ruleId, problem.message, problem.range, options));
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
  const raw = isObject(document.root) && Array.isArray(document.root.mappings) ? document.root.mappings[path[1]] : undefined;
  const object = isObject(raw) && typeof raw.object_name === 'string' && raw.object_name !== '' ? raw.object_name : undefined;
  if (object === undefined) return {};
  const field = path[2] === 'config' && (path[3] === 'fields' || path[3] === 'indexes') && typeof path[4] === 'string' ? path[4] : undefined;
  return { object, ...(field !== undefined && { field }) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function buildContext(root: unknown, options: LintOptions): DocumentContext {
  const rawMappings = isObject(root) && Array.isArray(root.mappings) ? root.mappings : [];
  const connection = isObject(root) && isObject(root.connection) ? root.connection : {};
  const apiVersion = typeof connection.api_version === 'string' && /^\d{2,3}(\.\d+)?$/.test(connection.api_version) ? Number(connection.api_version) : undefined;
  const document: DocumentContext = {
    root,
    mappings: [],
    mappingCount: rawMappings.length,
    connection: { ...(apiVersion !== undefined && { apiVersion }), features: isObject(connection.features) ? connection.features : {} },
    ...(options.plan && { plan: options.plan }),
    hasDescribe: options.describe.size > 0,
  };
  rawMappings.forEach((raw, index) => {
    if (!isObject(raw) || typeof raw.object_name !== 'string' || raw.object_name === '') return;
    const config = isObject(raw.config) ? raw.config : undefined;
    const mapping: MappingContext = {
      index,
      path: ['mappings', index],
      objectName: raw.object_name,
      config,
      fields: config && isObject(config.fields) ? Object.keys(config.fields) : undefined,
      indexes: config && isObject(config.indexes) ? config.indexes : undefined,
      access: config?.access === 'read_only' || config?.access === 'read_write' ? config.access : undefined,
      facts: factsFor(raw.object_name, options.describe.get(raw.object_name)),
      document,
    };
    document.mappings.push(mapping);
  });
  return document;
}
