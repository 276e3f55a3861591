import type { DiagnoseReport } from '../../live/diagnose/findings.js';
import type { WriteErrorsReport } from '../../live/diagnose/render.js';
import type { LintRun } from '../../lint/run.js';
import type { CompareReport, DriftReport, HealthReport } from '../../live/ops/run.js';
import type { FilePlan } from '../../plan/file.js';
import { annotate, toolkitAnnotator } from '../../lint/report/github.js';
import type { SourceRevision } from '../../core/output/links.js';
import { formatJson, formatText } from '../../lint/report/text.js';

/*
 * Every output format, in one place above the renderers of report/, plan/, pr/, diagnose/ and ops/:
 * here the registry may import all of them without a folder cycle. The CLI's `--format` choices and
 * help come from these lists (each command's entry in src/interface/commands/table.ts names its list), and the
 * action's summary and comment use the same renderers: a new format is one renderer file and one entry here.
 *
 * The inputs table loads this file on every start, a lint's too: every renderer but the default
 * text and json is imported when it renders, so a lint loads none of the others' modules.
 */

export interface RenderOptions {
  /** Colour for a terminal; only the text formats use it. */
  color: boolean;
  /** Where the lint's text wraps: the terminal's width (DEFAULT_WIDTH when absent). */
  width?: number;
  /** The commit the files are at, when the environment names it (GITHUB_REPOSITORY, GITHUB_SHA): Markdown links findings to their lines. */
  revision?: SourceRevision;
}

/** One way to report a `Subject` (a lint run, a list of plans). */
export interface OutputFormat<Subject> {
  name: string;
  description: string;
  /**
   * Written for the GitHub runner to read on stdout, not as a report: `--output` does not apply.
   * Resolves to '' once written.
   */
  toRunner?: boolean;
  render(subject: Subject, options: RenderOptions): Promise<string>;
}

/** Indented JSON, one subject per report: the same bytes for every command's `json` format. */
async function asJson(subject: unknown): Promise<string> {
  return `${JSON.stringify(subject, null, 2)}\n`;
}

export const LINT_FORMATS = [
  {
    name: 'text',
    description: 'each finding as file:line:col, level, message and rule, wrapped to the terminal, with the line it points at; coloured on a terminal',
    render: async (run, { color, width }) => formatText(run, color, width),
  },
  {
    name: 'compact',
    description: 'one line per finding, file:line:col: level message [rule], for editors and the problem matcher (problem-matcher.json)',
    render: async (run) => (await import('../../lint/report/compact.js')).formatCompact(run),
  },
  { name: 'json', description: 'the findings and totals as JSON (schema/report.schema.json)', render: async (run) => formatJson(run) },
  {
    name: 'sarif',
    description: 'SARIF 2.1.0 for code scanning, suppressed findings marked',
    render: async (run) => `${JSON.stringify((await import('../../lint/report/sarif.js')).toSarif(run.findings, run.suppressed), null, 2)}\n`,
  },
  {
    name: 'github',
    description: 'GitHub workflow commands (annotations), for a run: step',
    toRunner: true,
    render: async (run) => {
      // The same annotation budget and order as the action; @actions/core's command module writes them to stdout.
      const toolkit = await import('../../core/output/toolkit.js');
      annotate(run.findings, toolkitAnnotator(toolkit), 'run with --format text to see every finding');
      return '';
    },
  },
  {
    name: 'markdown',
    description: 'the job summary the action writes, as Markdown',
    render: async (run, { revision }) => (await import('../../lint/report/summary.js')).renderLintSummary(run, undefined, revision).markdown,
  },
  {
    name: 'comment',
    description: "the pull request comment the action posts for these findings (without the pull request's plan), as Markdown",
    render: async (run, { revision }) => (await import('../../pr/comment-body.js')).renderComment({ files: run.results.length, counts: run.counts, findings: run.findings, revision }),
  },
] as const satisfies readonly OutputFormat<LintRun>[];

export const PLAN_FORMATS = [
  { name: 'text', description: 'readable text, coloured on a terminal', render: async (plans, { color }) => (await import('../../plan/render.js')).renderPlanText(plans, color) },
  { name: 'json', description: 'the plans and their changes as JSON', render: asJson },
  { name: 'markdown', description: 'the plan as the job summary and the pull request comment show it', render: async (plans) => (await import('../../plan/render.js')).renderPlanMarkdown(plans) },
] as const satisfies readonly OutputFormat<readonly FilePlan[]>[];

export const DIAGNOSE_FORMATS = [
  { name: 'text', description: 'one line per finding, then the counts', render: async (report) => (await import('../../live/diagnose/render.js')).diagnoseText(report) },
  { name: 'json', description: 'the findings and counts as JSON', render: asJson },
] as const satisfies readonly OutputFormat<DiagnoseReport>[];

export const WRITE_ERRORS_FORMATS = [
  { name: 'text', description: 'the write errors grouped by table', render: async (report) => (await import('../../live/diagnose/render.js')).writeErrorsText(report) },
  { name: 'json', description: 'the write errors as JSON, as Heroku Connect gives them', render: async ({ errors }) => asJson(errors) },
] as const satisfies readonly OutputFormat<WriteErrorsReport>[];

export const DRIFT_FORMATS = [
  { name: 'text', description: "each app's differences from the files, with what each means", render: async (report) => (await import('../../live/ops/render.js')).driftText(report) },
  { name: 'json', description: 'the differences of each app as JSON', render: asJson },
  { name: 'markdown', description: 'the job summary the action writes, as Markdown', render: async (report) => (await import('../../live/ops/render.js')).driftMarkdown(report) },
] as const satisfies readonly OutputFormat<DriftReport>[];

export const HEALTH_FORMATS = [
  { name: 'text', description: "each app's connection, mappings, notifications and problems", render: async (report) => (await import('../../live/ops/render.js')).healthText(report) },
  { name: 'json', description: 'the health of each app as JSON', render: asJson },
  { name: 'markdown', description: 'the job summary (and health issue) the action writes, as Markdown', render: async (report) => (await import('../../live/ops/render.js')).healthMarkdown(report) },
] as const satisfies readonly OutputFormat<HealthReport>[];

export const COMPARE_FORMATS = [
  { name: 'text', description: "the second app's differences from the first, with what each means", render: async (report) => (await import('../../live/ops/render.js')).compareText(report) },
  { name: 'json', description: 'both apps and their differences as JSON', render: asJson },
] as const satisfies readonly OutputFormat<CompareReport>[];

/** The names of a list, such as LintFormatName: what `--format` accepts for its subject. */
export type FormatName<Formats extends readonly { name: string }[]> = Formats[number]['name'];
export type LintFormatName = FormatName<typeof LINT_FORMATS>;
export type PlanFormatName = FormatName<typeof PLAN_FORMATS>;

export function formatNames<Name extends string>(formats: readonly { name: Name }[]): Name[] {
  return formats.map((format) => format.name);
}

/** The `--format` help: each name with what it writes. */
export function formatsHelp(formats: readonly { name: string; description: string }[]): string {
  return `Report format (default: text). ${formats.map((format) => `${format.name}: ${format.description}`).join('; ')}.`;
}

/** The entry of a name the inputs table already checked against the choices. */
export function formatNamed<Subject, Name extends string>(formats: readonly (OutputFormat<Subject> & { name: Name })[], name: NoInfer<Name>): OutputFormat<Subject> {
  return formats.find((format) => format.name === name)!;
}
