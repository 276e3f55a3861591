import { formatDuration } from '../../core/text.js';
import { writeErrorsByTable } from '../diagnose/write-errors.js';
import { changeLabel } from '../../plan/render.js';
import type { DeployRecord } from './run.js';
import { stepLine, type LifecycleStep } from './lifecycle.js';
import { judgeMapping, type MappingVerdict } from '../../clients/connect/states.js';
import { bytes, CELL_MAX_CHARS, DEPLOY_SUMMARY_BUDGET_BYTES, takeWhileFits } from '../../core/output/budget.js';
import { clip, markdownText, terminalText } from '../../core/output/escape.js';

/** The deploy's database check, when it ran and passed: the evidence that the import altered the tables. */
const TABLES_CHECKED = (record: DeployRecord): string => (record.tablesChecked ? ' The database has the tables and columns of every mapping it changed.' : '');

/** Every value from the files or from Heroku Connect, for the summary: escaped, and cut if long. */
function md(text: string): string {
  return markdownText(clip(text, CELL_MAX_CHARS));
}

const ICON: Record<MappingVerdict, string> = { synced: '✅', working: '⏳', failed: '❌', unknown: '❔' };
const HEADING = '## Heroku Connect deploy';

/** The lifecycle steps (an API-version change, an operator command), each with when it started, how long it took and what showed it. */
export function renderSteps(steps: readonly LifecycleStep[]): string[] {
  if (steps.length === 0) return [];
  const rows = steps.map(
    (entry) => `<tr><td>${entry.failed ? '❌' : '✅'} ${md(entry.name)}</td><td>${formatDuration(entry.startedAtMs)}</td><td>${formatDuration(entry.tookMs)}</td><td>${md(entry.outcome)}</td></tr>`,
  );
  return ['<table><thead><tr><th>Step</th><th>Started at</th><th>Took</th><th>What showed it</th></tr></thead><tbody>', ...rows, '</tbody></table>', ''];
}

/**
 * The deploy section of the job summary. Everything from the files or from Heroku Connect is
 * escaped; the table of mappings and the list of live mappings not in the files keep what fits in
 * the budget and say how many more there are.
 */
export function renderDeploySummary(record: DeployRecord, budget = DEPLOY_SUMMARY_BUDGET_BYTES): string {
  const target = record.resource
    ? `connection <code>${md(record.resource)}</code> of app <code>${md(record.app)}</code>${record.herokuPlan ? ` (plan ${md(record.herokuPlan)})` : ''}`
    : `app <code>${md(record.app)}</code>`;
  const took = formatDuration(record.elapsedMs);
  const lines = [HEADING, ''];
  if (record.error) {
    lines.push(`❌ **Deploy to ${target} failed** after ${took}${record.resource ? '' : ', before it reached a Heroku Connect connection'}: ${md(record.error.message)}`, '');
    const imported = record.proven
      ? 'The import was applied and the live configuration matches the files; what failed came after it.'
      : record.imported
        ? 'Heroku Connect accepted the import, so the connection may hold part of it: the backup below undoes it.'
        : 'Nothing was imported.';
    lines.push(imported, '');
  } else if (record.upToDate) {
    lines.push(`✅ **Up to date**: ${target} already has every mapping of the files as they are, so nothing was imported (checked in ${took}).`, '');
  } else {
    lines.push(`✅ **Deployed** to ${target} in ${took}.${record.proven ? ' The live configuration, exported again after the sync, matches the files.' : ''}${TABLES_CHECKED(record)}`, '');
  }
  if (record.resumedAfterFailure) lines.push(`⚠️ ${md(record.resumedAfterFailure)}`, '');
  lines.push(...renderSteps(record.steps));
  if (record.apiVersion) lines.push(`Salesforce API version: <code>${md(record.apiVersion)}</code>${record.apiVersionChanged ? ' (changed by this deploy)' : ''}`, '');
  const observed = observedNote(record);
  if (record.connectionState) lines.push(`Connection state${observed}: <code>${md(record.connectionState)}</code>`, '');
  lines.push(...changesSection(record, budget / 8));
  // States never read (the deploy ended before it reached the connection) are no states: nothing to list.
  if (record.objectNames.length > 0 && record.statesObservedAtMs !== undefined) {
    // The table gets the largest share; the other lists and tables an eighth each, the three lists of names a 32nd.
    const rows = record.objectNames.map((name) => {
      const mapping = record.mappingStates[name];
      const state = mapping ? `${ICON[judgeMapping(mapping.state)]} ${md(mapping.state)}${mapping.description ? ` (${md(mapping.description)})` : ''}` : 'not listed on the connection';
      return `<tr><td>${md(name)}</td><td>${state}</td></tr>`;
    });
    const { taken } = takeWhileFits(rows, (budget * 13) / 32, (row) => bytes(row) + 1);
    lines.push(`<table><thead><tr><th>Imported mapping</th><th>State${observed}</th></tr></thead><tbody>`, ...taken, '</tbody></table>', '');
    if (taken.length < rows.length) lines.push(`${rows.length - taken.length} more imported mappings do not fit here.`, '');
  }
  lines.push(...timelineSection(record, budget / 32));
  if (record.backupFile) {
    lines.push(`Backup of the live configuration before the import: <code>${md(record.backupFile)}</code>. Import it to undo this deploy.`, '');
  }
  if (record.differences.length > 0) {
    lines.push("The files' <code>connection</code> section differs from the connection:", '');
    const items = record.differences.map((difference) => `- ${difference.level === 'notice' ? 'ℹ️ ' : ''}${md(difference.message)}`);
    const { taken } = takeWhileFits(items, budget / 32, (item) => bytes(item) + 1);
    lines.push(...taken, ...(taken.length < items.length ? [`- ${items.length - taken.length} more differences do not fit here.`] : []), '');
  }
  lines.push(...writeErrorsSection(record, budget / 8), ...diagnoseSection(record, budget / 8), ...notRunSection(record, budget / 16));
  if (record.deleted.length > 0) {
    lines.push(
      `🗑️ Deleted by prune, with their tables and data: ${namesWithin(record.deleted.map(md), budget / 32)}.${record.backupFile ? ` To restore them, import the backup <code>${md(record.backupFile)}</code> (heroku connect:import); their tables are loaded again from Salesforce.` : ''}`,
      '',
    );
  }
  const deleted = new Set(record.deleted);
  const leftInPlace = record.notInFiles.filter((name) => !deleted.has(name));
  if (leftInPlace.length > 0) {
    lines.push(`Live mappings the files do not contain (an import never deletes a mapping; delete them in the dashboard if they should go): ${namesWithin(leftInPlace.map(md), budget / 8)}.`, '');
  }
  return lines.join('\n');
}

/** "a, b, c and 12 more": the names that fit in the budget, in their order, and how many did not. */
function namesWithin(names: readonly string[], budget: number): string {
  const { taken } = takeWhileFits(names, budget, (name) => bytes(name) + 2);
  const more = names.length - taken.length;
  return `${taken.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** After a failure the states shown are the last ones read, which may be older than the failure. */
function observedNote(record: DeployRecord): string {
  if (!record.error || record.statesObservedAtMs === undefined) return '';
  return ` (last observed ${formatDuration(record.statesObservedAtMs)} into the deploy, ${formatDuration(record.elapsedMs - record.statesObservedAtMs)} before it ended)`;
}

/** The plan of the deploy: what the import changes against the live configuration, ⚠️ on what needs a second look. */
function changesSection(record: DeployRecord, budget: number): string[] {
  if (record.changes === undefined || record.changes.length === 0) return [];
  const rows = record.changes.map((change) => `| ${change.care ? '⚠️' : ''} | ${md(change.object)} | ${md(changeLabel(change))} | ${md(change.consequence)} |`);
  const { taken } = takeWhileFits(rows, budget, (row) => bytes(row) + 1);
  const more = rows.length - taken.length;
  return [
    `What the deploy changes on the connection (${rows.length} change${rows.length === 1 ? '' : 's'}, compared by meaning with the live configuration):`,
    '',
    '| | Object | Change | What it does |',
    '|---|---|---|---|',
    ...taken,
    '',
    ...(more > 0 ? [`${more} more change${more === 1 ? '' : 's'} do not fit here; \`heroku-connect-action plan --app\` lists them all.`, ''] : []),
  ];
}

/**
 * Every state change the waits saw, with when, folded: the log shows a heartbeat between them (one
 * line a minute in CI), the summary keeps what changed. The earliest are kept when they do not all fit.
 */
function timelineSection(record: DeployRecord, budget: number): string[] {
  if (record.timeline.length === 0) return [];
  const items = record.timeline.map((change) => `- ${formatDuration(change.atMs)}: ${md(change.subject)} ${change.from === undefined ? md(change.to) : `${md(change.from)} → ${md(change.to)}`}`);
  const { taken } = takeWhileFits(items, budget, (item) => bytes(item) + 1);
  const count = `${items.length} state change${items.length === 1 ? '' : 's'}`;
  return [
    `<details><summary>Timeline of the wait: ${count}</summary>`,
    '',
    ...taken,
    ...(taken.length < items.length ? [`- ${items.length - taken.length} later state changes do not fit here; the log has them.`] : []),
    '',
    '</details>',
    '',
  ];
}

const WRITE_ERRORS_PER_TABLE = 5;

/** New write errors by table: a few of each, newest first, with how many there are. */
function writeErrorsSection(record: DeployRecord, budget: number): string[] {
  const errors = record.writeErrors;
  if (errors === undefined) return [];
  if (errors.length === 0) return ['No new write errors to Salesforce since the import.', ''];
  const rows: string[] = [];
  for (const [table, list] of writeErrorsByTable(errors)) {
    for (const error of list.slice(0, WRITE_ERRORS_PER_TABLE)) {
      rows.push(`<tr><td>${md(table)}</td><td><code>${md(error.record_id)}</code></td><td>${md(error.message)}</td><td>${md(error.created_at)}</td></tr>`);
    }
    if (list.length > WRITE_ERRORS_PER_TABLE) rows.push(`<tr><td>${md(table)}</td><td colspan="3">and ${list.length - WRITE_ERRORS_PER_TABLE} more</td></tr>`);
  }
  const { taken } = takeWhileFits(rows, (budget * 3) / 4, (row) => bytes(row) + 1);
  const tables = namesWithin(
    writeErrorsByTable(errors).map(([table, list]) => `${md(table)} ${list.length}`),
    budget / 4,
  );
  return [
    `⚠️ **${errors.length} new write error${errors.length === 1 ? '' : 's'}** to Salesforce since the import (${tables}):`,
    '',
    '<table><thead><tr><th>Table</th><th>Record</th><th>Message</th><th>Time</th></tr></thead><tbody>',
    ...taken,
    '</tbody></table>',
    '',
    ...(taken.length < rows.length ? [`${rows.length - taken.length} more rows do not fit here; the write-errors-file output has them all.`, ''] : []),
  ];
}

const DIAGNOSE_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;

/** Heroku Connect's own diagnose, apart from the lint: its counts, and each error and warning with Heroku's rule id. */
function diagnoseSection(record: DeployRecord, budget: number): string[] {
  const report = record.diagnose;
  if (report === undefined) return [];
  const { errors, warnings, passes, skips } = report.counts;
  const lines = [
    '### Heroku Connect diagnose',
    '',
    `Heroku Connect's own checks (source: diagnose, not the lint): ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped.`,
    '',
  ];
  const items = report.findings.map((f) => `- ${DIAGNOSE_ICON[f.level]} <code>${md(f.ruleId)}</code> (${md(f.object ?? 'connection')}): ${md(f.message)}`);
  const { taken } = takeWhileFits(items, budget, (item) => bytes(item) + 1);
  if (taken.length > 0) lines.push(...taken, '');
  if (taken.length < items.length) lines.push(`${items.length - taken.length} more diagnose findings do not fit here; the annotations and the SARIF file have them.`, '');
  return lines;
}

/** The checks Heroku Connect could not answer: not run, neither passed nor failed, each with why. */
function notRunSection(record: DeployRecord, budget: number): string[] {
  if (record.notRun.length === 0) return [];
  const items = record.notRun.map((entry) => `- ⏭️ ${md(entry.check)}: not run, as Heroku Connect could not answer: ${md(entry.reason)}`);
  const { taken } = takeWhileFits(items, budget, (item) => bytes(item) + 1);
  return [
    `**${record.notRun.length} check${record.notRun.length === 1 ? '' : 's'} not run** (they count as neither passed nor failed):`,
    '',
    ...taken,
    '',
    ...(taken.length < items.length ? [`${items.length - taken.length} more do not fit here; the checks-not-run output has them all.`, ''] : []),
  ];
}

/** The deploy section when the lint stopped the deploy before it began. */
export function renderDeploySkipped(reason: string): string {
  return [HEADING, '', `⏭️ **Not deployed**: ${md(reason)} Nothing was imported.`, ''].join('\n');
}

/** The deploy's outcome for a terminal (the CLI); the error itself is printed on stderr. Values from the files or Heroku Connect are shown, never sent raw. */
export function formatDeployText(record: DeployRecord): string {
  const target = record.resource
    ? `connection "${terminalText(record.resource)}" of app "${terminalText(record.app)}"${record.herokuPlan ? ` (plan ${terminalText(record.herokuPlan)})` : ''}`
    : `app "${terminalText(record.app)}"`;
  const took = formatDuration(record.elapsedMs);
  const outcome = record.error
    ? `Deploy to ${target} failed after ${took}${record.resource ? '' : ', before it reached a Heroku Connect connection'}; ${record.imported ? 'the import was accepted.' : 'nothing was imported.'}`
    : record.upToDate
      ? `Up to date: ${target} already has the files' mappings; nothing was imported.`
      : `Deployed to ${target} in ${took}${record.proven ? '; the live configuration matches the files' : ''}.${TABLES_CHECKED(record)}`;
  const lines = [outcome];
  if (record.changes && record.changes.length > 0) {
    // One push per line: spread into one call, a plan of a few hundred thousand changes overflowed the stack.
    lines.push(`Changes (${record.changes.length}):`);
    for (const change of record.changes) lines.push(`  ${change.care ? '⚠' : ' '} ${terminalText(change.object)}: ${terminalText(changeLabel(change))}`);
  }
  for (const entry of record.steps) lines.push(`Step ${terminalText(stepLine(entry))}`);
  if (record.resumedAfterFailure) lines.push(terminalText(record.resumedAfterFailure));
  if (record.apiVersionChanged && record.apiVersion) lines.push(`Salesforce API version: ${terminalText(record.apiVersion)} (changed by this deploy)`);
  if (record.connectionState) lines.push(`Connection state${observedNote(record)}: ${terminalText(record.connectionState)}`);
  const names = record.objectNames.map(terminalText);
  const width = names.reduce((widest, name) => Math.max(widest, name.length), 0);
  if (record.statesObservedAtMs !== undefined)
    record.objectNames.forEach((name, i) => {
      const mapping = record.mappingStates[name];
      lines.push(`  ${names[i]!.padEnd(width)}  ${mapping ? terminalText(`${mapping.state}${mapping.description ? ` (${mapping.description})` : ''}`) : 'not listed on the connection'}`);
    });
  if (record.backupFile) lines.push(`Backup of the live configuration: ${terminalText(record.backupFile)} (import it to undo this deploy)`);
  if (record.writeErrors && record.writeErrors.length > 0) {
    lines.push(`New write errors since the import: ${record.writeErrors.length}`);
    for (const error of record.writeErrors.slice(0, 20))
      lines.push(`  ${terminalText(error.table_name)} ${terminalText(error.record_id)} ${terminalText(error.created_at)}: ${terminalText(error.message)}`);
  }
  if (record.diagnose) {
    const { errors, warnings, passes, skips } = record.diagnose.counts;
    lines.push(`Heroku Connect diagnose: ${errors} error(s), ${warnings} warning(s), ${passes} passed, ${skips} skipped`);
    for (const f of record.diagnose.findings) lines.push(`  ${terminalText(f.file)}:${f.line}:${f.column} ${f.level} ${terminalText(f.ruleId)}: ${terminalText(f.message)}`);
  }
  for (const entry of record.notRun) lines.push(`Not run: ${terminalText(entry.check)}: ${terminalText(entry.reason)}`);
  if (record.deleted.length > 0) lines.push(`Deleted by prune (import the backup to restore): ${record.deleted.map(terminalText).join(', ')}`);
  const deleted = new Set(record.deleted);
  const leftInPlace = record.notInFiles.filter((name) => !deleted.has(name));
  if (leftInPlace.length > 0) lines.push(`Live mappings not in the files, left in place: ${leftInPlace.map(terminalText).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
