import type { Finding, Level } from '../core/types.js';
import type { FilePlan } from '../plan/file.js';
import { renderPlanMarkdown } from '../plan/render.js';
import { bytes, CELL_MAX_CHARS, COMMENT_BUDGET_BYTES, takeWhileFits } from '../core/output/budget.js';
import { clip, markdownText } from '../core/output/escape.js';
import { fileLineUrl, ruleDocsUrl, type SourceRevision } from '../core/output/links.js';
import { rankFindings, type Priority } from '../lint/report/order.js';
import { LEVEL_ICON } from '../lint/report/summary.js';

export interface CommentContent {
  /**
   * The commit the findings are on, so links keep pointing at the lines they name. Without it (a
   * local preview) the places are plain text: a link to a guessed commit could show other lines.
   */
  revision?: SourceRevision;
  /** The workflow run, where the job summary has every finding. */
  runUrl?: string;
  /** How many mapping files were linted. */
  files: number;
  counts: Record<Level, number>;
  findings: readonly Finding[];
  /** For instance changedLinePriority: findings on the lines the pull request changed come first. */
  priority?: Priority;
  /** The plan, rendered in the room the findings leave. */
  plans?: readonly FilePlan[];
  /** Default 10. */
  maxFindings?: number;
  /** Default COMMENT_BUDGET_BYTES, under GitHub's limit for a comment. */
  budget?: number;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The pull request comment: totals, the worst findings with links to their lines, then the plan.
 * With no findings it says that everything is clear, which also tells a reader of an earlier
 * version of the comment that its findings are fixed.
 */
export function renderComment(content: CommentContent): string {
  const { counts, findings } = content;
  const budget = content.budget ?? COMMENT_BUDGET_BYTES;
  const total = counts.error + counts.warning + counts.notice;
  const lines = ['## Heroku Connect mapping lint', ''];
  if (content.files === 0) {
    lines.push('✅ No mapping files to check: anything reported here before no longer applies.', '');
  } else if (total === 0) {
    lines.push(`✅ No findings in ${plural(content.files, 'mapping file')}: anything reported here before is fixed.`, '');
  } else {
    lines.push(`${plural(content.files, 'mapping file')} checked: **${plural(counts.error, 'error')}**, **${plural(counts.warning, 'warning')}**, **${plural(counts.notice, 'notice')}**.`, '');
    lines.push('| Level | Where | Rule | Finding |', '|---|---|---|---|');
    // The findings take at most half of the comment, so that the plan always has room.
    const ranked = rankFindings(findings, content.priority).slice(0, content.maxFindings ?? 10);
    const { taken: shown } = takeWhileFits(
      ranked.map((finding) => findingRow(content, finding)),
      budget / 2 - bytes(lines.join('\n')),
      (row) => bytes(row) + 1,
    );
    lines.push(...shown, '');
    const more = findings.length - shown.length;
    if (more > 0) {
      const summary = content.runUrl ? `<a href="${encodeURI(content.runUrl)}">job summary</a>` : 'job summary';
      lines.push(`${plural(more, 'more finding')} ${more === 1 ? 'is' : 'are'} not shown here: see the ${summary} and the annotations.`, '');
    }
  }
  if (content.plans) lines.push(renderPlanMarkdown(content.plans, budget - bytes(lines.join('\n')) - 1));
  return lines.join('\n');
}

function findingRow(content: CommentContent, finding: Finding): string {
  const place = markdownText(clip(`${finding.file}:${finding.line}`, CELL_MAX_CHARS));
  const where = content.revision ? `<a href="${fileLineUrl(content.revision, finding.file, finding.line)}">${place}</a>` : place;
  const rule = `<a href="${ruleDocsUrl(encodeURIComponent(finding.ruleId))}">${markdownText(finding.ruleId)}</a>`;
  return `| ${LEVEL_ICON[finding.level]} ${finding.level} | ${where} | ${rule} | ${markdownText(clip(finding.message, CELL_MAX_CHARS))} |`;
}
