import { painter } from '../core/output/terminal.js';
import { bytes, CELL_MAX_CHARS, OUTPUT_BUDGET_BYTES, PLAN_SUMMARY_BUDGET_BYTES, takeWhileFits } from '../core/output/budget.js';
import { clip, markdownText, terminalText } from '../core/output/escape.js';
import type { ChangeKind, PlanChange } from './consequences.js';
import type { FilePlan } from './file.js';

export const PLAN_HEADING = 'Heroku Connect mapping plan';

const KIND_LABEL: Record<ChangeKind, string> = {
  'mapping-added': 'mapping added',
  'mapping-removed': 'mapping removed from the file',
  'mapping-deleted': 'mapping deleted',
  'access-changed': 'access',
  'upsert-field-set': 'upsert field set',
  'upsert-field-removed': 'upsert field removed',
  'upsert-field-changed': 'upsert field',
  'polling-interval-changed': 'polling interval',
  'accelerated-polling-changed': 'accelerated polling',
  'value-unreadable': 'unreadable live value',
  'field-removed': 'field removed',
  'field-added': 'field added',
  'index-removed': 'index removed',
  'index-added': 'index added',
  'index-uniqueness-changed': 'index uniqueness',
  'api-version-changed': 'API version',
};

const UNREADABLE: Record<'base' | 'head', string> = {
  base: 'The base version is not a readable mapping document, so nothing was compared.',
  head: 'This version is not a readable mapping document (see the lint findings), so nothing was compared.',
};

/** "field removed: Phone". */
export function changeLabel(change: PlanChange): string {
  return change.detail === '' ? KIND_LABEL[change.kind] : `${KIND_LABEL[change.kind]}: ${change.detail}`;
}

/**
 * The plan in one line: per app for plans against live connections ("staging: 2 changes; production:
 * 3 changes, 1 to review (field removed)"), else in all. `text` escapes an app name for the sink.
 */
function totals(plans: readonly FilePlan[], text: (value: string) => string): string {
  if (plans.length > 0 && plans.every((plan) => plan.app !== undefined)) return plans.map((plan) => appTotals(plan, text)).join('; ');
  const changes = plans.reduce((sum, plan) => sum + plan.changes.length, 0);
  const care = plans.reduce((sum, plan) => sum + plan.changes.filter((change) => change.care).length, 0);
  const files = plans.filter((plan) => plan.changes.length > 0).length;
  return `${changes} change${changes === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}, ${care} to review`;
}

function appTotals(plan: FilePlan, text: (value: string) => string): string {
  const count = plan.changes.length;
  const review = plan.changes.filter((change) => change.care);
  const kinds = [...new Set(review.map((change) => KIND_LABEL[change.kind]))];
  return `${text(plan.app ?? '')}: ${count} change${count === 1 ? '' : 's'}${review.length > 0 ? `, ${review.length} to review (${kinds.join(', ')})` : ''}`;
}

function hasChanges(plans: readonly FilePlan[]): boolean {
  return plans.some((plan) => plan.changes.length > 0 || plan.unreadable);
}

/** One line of the plan in markdown: a file's note (not compared, no changes) or one change. */
type PlanItem = { file: number; plan: FilePlan; change?: PlanChange };

/** By file (its index: the same plan may be passed twice), the notes and changes kept. */
function keptByFile(taken: readonly PlanItem[]): Map<number, Set<PlanChange>> {
  const kept = new Map<number, Set<PlanChange>>();
  for (const { file, change } of taken) {
    if (!kept.has(file)) kept.set(file, new Set());
    if (change) kept.get(file)!.add(change);
  }
  return kept;
}

/** Room kept for a file's "N more changes" line and for the closing note. */
const FILE_NOTE_RESERVE = 96;
const CLOSING_NOTE_RESERVE = 256;

/**
 * The plan section of the job summary and the pull request comment: per file, a table of the
 * changes with what import does, ⚠️ on those to review. Every value from the files is escaped.
 * Within the budget it keeps, in this order, the files that could not be compared, the changes to
 * review, the other changes, then the files without changes, and says how many were left out.
 */
export function renderPlanMarkdown(plans: readonly FilePlan[], budget = PLAN_SUMMARY_BUDGET_BYTES): string {
  const lines = [`## ${PLAN_HEADING}`, ''];
  if (!hasChanges(plans)) return [...lines, 'No changes to the mappings.', ''].join('\n');
  const against = plans.every((plan) => plan.app !== undefined) ? 'the live connection' : 'the base branch';
  lines.push(`What importing the changed files would do, compared with ${against}: ${totals(plans, markdownText)} (⚠️).`, '');

  const unreadable: PlanItem[] = [];
  const toReview: PlanItem[] = [];
  const others: PlanItem[] = [];
  const unchanged: PlanItem[] = [];
  plans.forEach((plan, file) => {
    if (plan.unreadable) unreadable.push({ file, plan });
    else if (plan.changes.length === 0) unchanged.push({ file, plan });
    else for (const change of plan.changes) (change.care ? toReview : others).push({ file, plan, change });
  });
  const rows = new Map<PlanChange, string>();
  const opened = new Set<number>();
  const { taken } = takeWhileFits([...unreadable, ...toReview, ...others, ...unchanged], budget - bytes(lines.join('\n')) - CLOSING_NOTE_RESERVE, ({ file, plan, change }) => {
    let cost = 0;
    if (!opened.has(file)) {
      opened.add(file);
      cost += bytes(`### ${fileTitleMarkdown(plan)}\n\n`) + (change ? TABLE_HEAD.length + FILE_NOTE_RESERVE : bytes(fileNote(plan)));
    }
    if (change) {
      const row = changeRow(change);
      rows.set(change, row);
      cost += bytes(row) + 1;
    }
    return cost;
  });

  const shownChanges = keptByFile(taken);
  let changesLeftOut = 0;
  let filesLeftOut = 0;
  for (const [file, plan] of plans.entries()) {
    const shown = shownChanges.get(file);
    if (!shown) {
      filesLeftOut++;
      changesLeftOut += plan.changes.length;
      continue;
    }
    lines.push(`### ${fileTitleMarkdown(plan)}`, '');
    if (plan.unreadable || plan.changes.length === 0) {
      lines.push(fileNote(plan), '');
      continue;
    }
    lines.push(TABLE_HEAD);
    // In the file's own order: by object, then kind, then field.
    for (const change of plan.changes) if (shown.has(change)) lines.push(rows.get(change)!);
    lines.push('');
    const more = plan.changes.length - shown.size;
    changesLeftOut += more;
    if (more > 0) lines.push(`${more} more change${more === 1 ? '' : 's'} in this file ${more === 1 ? 'does' : 'do'} not fit here.`, '');
  }
  if (changesLeftOut > 0 || filesLeftOut > 0) {
    const files = filesLeftOut > 0 ? ` ${filesLeftOut} file${filesLeftOut === 1 ? ' is' : 's are'} not listed.` : '';
    lines.push(`> ${changesLeftOut} more change${changesLeftOut === 1 ? '' : 's'} (the changes to review come first) do not fit here.${files} \`heroku-connect-action plan\` lists them all.`, '');
  }
  return lines.join('\n');
}

const TABLE_HEAD = '| | Object | Change | What import does |\n|---|---|---|---|';

function fileNote(plan: FilePlan): string {
  return plan.unreadable ? UNREADABLE[plan.unreadable] : 'No changes to the mappings in this file.';
}

function changeRow(change: PlanChange): string {
  const cell = (text: string) => markdownText(clip(text, CELL_MAX_CHARS));
  return `| ${change.care ? '⚠️' : ''} | ${cell(change.object)} | ${cell(changeLabel(change))} | ${cell(change.consequence)} |`;
}

function fileTitleMarkdown(plan: FilePlan): string {
  const code = (path: string) => `<code>${markdownText(clip(path, CELL_MAX_CHARS))}</code>`;
  if (plan.status === 'renamed') return `${code(plan.path)} (renamed from ${code(plan.previousPath ?? '')})`;
  if (plan.status === 'added') return `${code(plan.path)} (new file)`;
  if (plan.status === 'removed') return `${code(plan.path)} (removed)`;
  return code(plan.path);
}

/**
 * The `plan` output: the plans as JSON, under GitHub's limit for an output. When they do not fit,
 * it keeps the changes to review first, then the others, each file's kept changes in its own
 * order, and the array ends with a marker: `{"truncated": true, "omittedChanges": N, "omittedFiles": M}`.
 */
export function renderPlanJson(plans: readonly FilePlan[], budget = OUTPUT_BUDGET_BYTES): string {
  const whole = JSON.stringify(plans);
  if (bytes(whole) <= budget) return whole;
  const marker = (omittedChanges: number, omittedFiles: number) => ({ truncated: true, omittedChanges, omittedFiles });
  const items: PlanItem[] = [];
  plans.forEach((plan, file) => plan.changes.length === 0 && items.push({ file, plan }));
  for (const care of [true, false]) plans.forEach((plan, file) => plan.changes.forEach((change) => change.care === care && items.push({ file, plan, change })));
  const opened = new Set<number>();
  const room = budget - bytes(JSON.stringify([marker(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)]));
  const { taken } = takeWhileFits(items, room, ({ file, plan, change }) => {
    let cost = 0;
    if (!opened.has(file)) {
      opened.add(file);
      cost += bytes(JSON.stringify({ ...plan, changes: [] })) + 1;
    }
    return cost + (change ? bytes(JSON.stringify(change)) + 1 : 0);
  });
  const kept = keptByFile(taken);
  const output: object[] = [];
  let keptChanges = 0;
  for (const [file, plan] of plans.entries()) {
    const changes = kept.get(file);
    if (!changes) continue;
    output.push({ ...plan, changes: plan.changes.filter((change) => changes.has(change)) });
    keptChanges += changes.size;
  }
  const allChanges = plans.reduce((sum, plan) => sum + plan.changes.length, 0);
  output.push(marker(allChanges - keptChanges, plans.length - kept.size));
  return JSON.stringify(output);
}

/** The plan for a terminal, colour only when asked; control characters from the files are shown, never sent. */
export function renderPlanText(plans: readonly FilePlan[], color: boolean): string {
  const paint = painter(color);
  if (!hasChanges(plans)) return 'Plan: no changes to the mappings.\n';
  const lines = [paint('bold', `Plan: ${totals(plans, terminalText)}`)];
  for (const plan of plans) {
    const suffix = plan.status === 'renamed' ? ` (renamed from ${terminalText(plan.previousPath ?? '')})` : plan.status === 'modified' ? '' : ` (${plan.status === 'added' ? 'new file' : 'removed'})`;
    lines.push('', `  ${paint('underline', terminalText(plan.path))}${suffix}`);
    if (plan.unreadable) lines.push(`    ${UNREADABLE[plan.unreadable]}`);
    else if (plan.changes.length === 0) lines.push('    No changes to the mappings in this file.');
    for (const change of plan.changes) {
      const mark = change.care ? paint('yellow', '⚠') : ' ';
      lines.push(`  ${mark} ${paint('bold', terminalText(change.object))}  ${terminalText(changeLabel(change))}`, `      ${paint('dim', terminalText(change.consequence))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
