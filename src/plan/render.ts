import { styleText } from 'node:util';
import { escapeMarkdown } from '../report/escape.js';
import type { ChangeKind, PlanChange } from './consequences.js';
import type { FilePlan } from './file.js';

export const PLAN_HEADING = 'Heroku Connect mapping plan';

const KIND_LABEL: Record<ChangeKind, string> = {
  'mapping-added': 'mapping added',
  'mapping-removed': 'mapping removed from the file',
  'access-changed': 'access',
  'upsert-field-set': 'upsert field set',
  'upsert-field-removed': 'upsert field removed',
  'upsert-field-changed': 'upsert field',
  'polling-interval-changed': 'polling interval',
  'accelerated-polling-changed': 'accelerated polling',
  'field-removed': 'field removed',
  'field-added': 'field added',
  'index-removed': 'index removed',
  'index-added': 'index added',
  'index-uniqueness-changed': 'index uniqueness',
};

const UNREADABLE: Record<'base' | 'head', string> = {
  base: 'The base version is not a readable mapping document, so nothing was compared.',
  head: 'This version is not a readable mapping document (see the lint findings), so nothing was compared.',
};

/** "field removed: Phone". */
function changeLabel(change: PlanChange): string {
  return change.detail === '' ? KIND_LABEL[change.kind] : `${KIND_LABEL[change.kind]}: ${change.detail}`;
}

function totals(plans: readonly FilePlan[]): string {
  const changes = plans.reduce((sum, plan) => sum + plan.changes.length, 0);
  const care = plans.reduce((sum, plan) => sum + plan.changes.filter((change) => change.care).length, 0);
  const files = plans.filter((plan) => plan.changes.length > 0).length;
  return `${changes} change${changes === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}, ${care} to review`;
}

function hasChanges(plans: readonly FilePlan[]): boolean {
  return plans.some((plan) => plan.changes.length > 0 || plan.unreadable);
}

/**
 * The plan section of the job summary and the pull request comment: per file, a table of the
 * changes with what import does, ⚠️ on those to review. Every value from the files is escaped.
 */
export function renderPlanMarkdown(plans: readonly FilePlan[]): string {
  const lines = [`## ${PLAN_HEADING}`, ''];
  if (!hasChanges(plans)) return [...lines, 'No changes to the mappings.', ''].join('\n');
  lines.push(`What importing the changed files would do, compared with the base branch: ${totals(plans)} (⚠️).`, '');
  for (const plan of plans) {
    lines.push(`### ${fileTitleMarkdown(plan)}`, '');
    if (plan.unreadable) lines.push(UNREADABLE[plan.unreadable], '');
    else if (plan.changes.length === 0) lines.push('No changes to the mappings in this file.', '');
    else {
      lines.push('| | Object | Change | What import does |', '|---|---|---|---|');
      for (const change of plan.changes) {
        lines.push(`| ${change.care ? '⚠️' : ''} | ${escapeMarkdown(change.object)} | ${escapeMarkdown(changeLabel(change))} | ${escapeMarkdown(change.consequence)} |`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}

function fileTitleMarkdown(plan: FilePlan): string {
  const code = (path: string) => `<code>${escapeMarkdown(path)}</code>`;
  if (plan.status === 'renamed') return `${code(plan.path)} (renamed from ${code(plan.previousPath ?? '')})`;
  if (plan.status === 'added') return `${code(plan.path)} (new file)`;
  if (plan.status === 'removed') return `${code(plan.path)} (removed)`;
  return code(plan.path);
}

/** The plan for a terminal, colour only when asked; control characters from the files are shown, never sent. */
export function renderPlanText(plans: readonly FilePlan[], color: boolean): string {
  // The caller decided about colour; styleText would otherwise decide again from process.stdout.
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (color ? styleText(style, text, { validateStream: false }) : text);
  if (!hasChanges(plans)) return 'Plan: no changes to the mappings.\n';
  const lines = [paint('bold', `Plan: ${totals(plans)}`)];
  for (const plan of plans) {
    const suffix = plan.status === 'renamed' ? ` (renamed from ${printable(plan.previousPath ?? '')})` : plan.status === 'modified' ? '' : ` (${plan.status === 'added' ? 'new file' : 'removed'})`;
    lines.push('', `  ${paint('underline', printable(plan.path))}${suffix}`);
    if (plan.unreadable) lines.push(`    ${UNREADABLE[plan.unreadable]}`);
    else if (plan.changes.length === 0) lines.push('    No changes to the mappings in this file.');
    for (const change of plan.changes) {
      const mark = change.care ? paint('yellow', '⚠') : ' ';
      lines.push(`  ${mark} ${paint('bold', printable(change.object))}  ${printable(changeLabel(change))}`, `      ${paint('dim', printable(change.consequence))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Terminal control and bidirectional-override characters, which could rewrite what the terminal shows. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
