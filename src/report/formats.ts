import type { LintRun } from '../lint/run.js';
import { annotate, commandAnnotator } from './github.js';
import { toSarif } from './sarif.js';
import { renderLintSummary } from './summary.js';
import { formatJson, formatText } from './text.js';

export interface RenderOptions {
  /** Colour for a terminal; only the text format uses it. */
  color: boolean;
}

/**
 * One way to report a lint run. The CLI's `--format` choices and usage come from this list, and the
 * action writes its job summary through the `markdown` entry: a new format is one renderer file and
 * one entry here.
 */
export interface LintFormat {
  name: string;
  description: string;
  /**
   * Written for the GitHub runner to read on stdout, not as a report: `--output` does not apply.
   * Resolves to '' once written.
   */
  toRunner?: boolean;
  render(run: LintRun, options: RenderOptions): Promise<string>;
}

export const LINT_FORMATS = [
  { name: 'text', description: 'readable text grouped by file, coloured on a terminal', render: async (run, { color }) => formatText(run, color) },
  { name: 'json', description: 'the findings and totals as JSON (schema/report.schema.json)', render: async (run) => formatJson(run) },
  { name: 'sarif', description: 'SARIF 2.1.0 for code scanning, suppressed findings marked', render: async (run) => `${JSON.stringify(toSarif(run.findings, run.suppressed), null, 2)}\n` },
  {
    name: 'github',
    description: 'GitHub workflow commands (annotations), for a run: step',
    toRunner: true,
    render: async (run) => {
      // The same annotation budget and order as the action, written to the process's own stdout as the runner reads it.
      annotate(run.findings, commandAnnotator(process.stdout), 'run with --format text to see every finding');
      return '';
    },
  },
  { name: 'markdown', description: 'the job summary the action writes, as Markdown', render: async (run) => renderLintSummary(run).markdown },
] as const satisfies readonly LintFormat[];

export type LintFormatName = (typeof LINT_FORMATS)[number]['name'];

export const LINT_FORMAT_NAMES: readonly LintFormatName[] = LINT_FORMATS.map((format) => format.name);

export function lintFormat(name: LintFormatName): LintFormat {
  return LINT_FORMATS.find((format) => format.name === name)!;
}
