import { judgeMapping } from '../../clients/connect/states.js';
import { CELL_MAX_CHARS, JOB_SUMMARY_BUDGET_BYTES, Room } from '../../core/output/budget.js';
import { clip, markdownText, terminalText } from '../../core/output/escape.js';
import type { WriteBackResult } from '../../plan/write-back.js';
import type { DriftItem } from './drift.js';
import type { MappingHealth } from './health.js';
import type { DatabaseHealth, FailedWrite } from '../database/writes.js';
import { formatDuration } from '../../core/text.js';
import type { CompareReport, DriftReport, HealthReport } from './run.js';

type Escape = (text: string) => string;

/** "staging: 2 differences, one mapping only live" — what a reader of a list of apps needs first. */
function count(items: readonly DriftItem[], noun: string, from = ''): string {
  if (items.length === 0) return `no ${noun}s${from}`;
  const care = items.filter((item) => item.care).length;
  return `${items.length} ${noun}${items.length === 1 ? '' : 's'}${from}${care > 0 ? `, ${care} needing care` : ''}`;
}

function itemLines(items: readonly DriftItem[], escape: Escape, bullet: string): string[] {
  return items.flatMap((item) => [`${bullet}${place(item, escape)}${escape(item.difference)}`, `${bullet.replace(/\S/g, ' ')}  ${escape(item.consequence)}`]);
}

/** A table check's finding opens with the mapping's place in the files: "heroku-connect.json:3: ". */
function place(item: DriftItem, escape: Escape): string {
  return item.at ? `${escape(item.at.file)}:${item.at.line}: ` : '';
}

export function driftText(report: DriftReport): string {
  const lines = report.apps.flatMap((app) => [
    `${terminalText(app.app)} (${terminalText(app.resource)}): ${count(app.drift, 'difference', ' from the files')}.`,
    ...itemLines(app.drift, terminalText, '  - '),
  ]);
  for (const file of report.written ?? []) lines.push(writtenLine(file, terminalText));
  return `${lines.join('\n')}\n`;
}

/** An untrusted value in the job summary or the issue: escaped, and cut if long, so that no one line takes the budget. */
function md(text: string): string {
  return markdownText(clip(text, CELL_MAX_CHARS));
}

/** Room for the lines that say what was left out: a few per app, and one for the report. */
function notesReserve(apps: number): number {
  return 400 + apps * 600;
}

/** The CLI command that lists all of what a summary had to leave out. */
const WHOLE_REPORT = (command: string) => `\`heroku-connect-action ${command}\` lists them all`;

/**
 * The drift section of the job summary, within the budget: each app's heading always, then its
 * differences, those needing care first, and for each app how many did not fit.
 */
export function driftMarkdown(report: DriftReport, budget = JOB_SUMMARY_BUDGET_BYTES): string {
  const room = new Room(budget, notesReserve(report.apps.length));
  const headings = report.apps.map((app) => `### ${md(app.app)}: ${count(app.drift, 'difference', ' from the files')}`);
  room.take(['## Heroku Connect drift', ...headings]);
  const shown = report.apps.map((app) => {
    const lines = app.drift.map((item) => `- ${item.care ? '⚠️ ' : ''}${place(item, md)}${md(item.difference)}<br>${md(item.consequence)}`);
    return chosen(lines, room, (i) => (app.drift[i]!.care ? 0 : 1));
  });
  const parts = ['## Heroku Connect drift', ''];
  shown.forEach(({ lines, leftOut }, a) => {
    parts.push(headings[a]!, '', ...lines);
    if (leftOut > 0) parts.push(`- ${leftOut} more difference(s) do not fit in the summary; ${WHOLE_REPORT('drift')}.`);
    parts.push('');
  });
  const written = room.take((report.written ?? []).map((file) => `- ${writtenLine(file, md)}`));
  parts.push(...written);
  const unwritten = (report.written?.length ?? 0) - written.length;
  if (unwritten > 0) parts.push(`- ${unwritten} more file(s) written back do not fit in the summary.`);
  return `${parts.join('\n')}\n`;
}

/**
 * The lines of one list that the room has space for, chosen by rank (lower first, file order
 * within a rank) and shown in their own order, with how many were left out.
 */
function chosen(lines: readonly string[], room: Room, rank: (index: number) => number): { lines: string[]; leftOut: number } {
  const order = lines.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
  const taken = new Set(room.take(order.map((i) => lines[i]!)).map((_, k) => order[k]!));
  return { lines: lines.filter((_, i) => taken.has(i)), leftOut: lines.length - taken.size };
}

function writtenLine(file: WriteBackResult, escape: Escape): string {
  const kept = file.kept ? ` Kept as the file has them, since live's cannot be read: ${escape(clip(file.kept.join('; '), CELL_MAX_CHARS))}.` : '';
  if (file.refused) return `${escape(file.file)}: not rewritten (${escape(file.refused)}).${kept}`;
  if (file.edits === 0) return `${escape(file.file)}: ${file.kept ? 'not rewritten.' : 'already matches.'}${kept}`;
  return `${escape(file.file)}: rewritten, ${file.edits} value(s) changed.${kept}`;
}

export function healthText(report: HealthReport): string {
  const lines: string[] = [];
  for (const app of report.apps) {
    lines.push(`${terminalText(app.app)} (${terminalText(app.resource)}): ${app.healthy ? 'healthy' : 'UNHEALTHY'}, connection ${terminalText(app.state)}`);
    for (const mapping of app.mappings) {
      const poll = mapping.lastPoll ? `last poll ${mapping.lastPoll}${mapping.stale ? ' (stale)' : ''}` : 'last poll unknown';
      const { db, sf, pending } = mapping.counts;
      lines.push(`  ${terminalText(mapping.object)}  ${terminalText(mapping.state)}  ${poll}  db ${db ?? '?'} sf ${sf ?? '?'} pending ${pending ?? '?'}  write errors ${mapping.writeErrors}`);
    }
    for (const note of app.notifications) lines.push(`  notification ${terminalText(note.created_at)} ${terminalText(note.event_type)}: ${terminalText(note.message)}`);
    if (app.database) lines.push(...databaseLines(app.database, terminalText).map((line) => `  ${line}`));
    for (const problem of app.problems) lines.push(`  ! ${terminalText(problem)}`);
    if (app.acknowledged > 0) lines.push(`  ${app.acknowledged} notification(s) acknowledged.`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The health report as Markdown, within the budget (the job summary's, or the issue body's): each
 * app's verdict always, then what makes it unhealthy, then its mappings (failed, stale or with write
 * errors first), then its notifications; for each part, how many did not fit.
 */
export function healthMarkdown(report: HealthReport, budget = JOB_SUMMARY_BUDGET_BYTES): string {
  const room = new Room(budget, notesReserve(report.apps.length));
  const headings = report.apps.map((app) => `### ${md(app.app)}: ${app.healthy ? '✅ healthy' : '❌ unhealthy'} (connection ${md(app.state)})`);
  room.take(['## Heroku Connect health', ...headings, ...report.apps.map(() => MAPPING_TABLE_HEAD.join('\n'))]);
  const problems = report.apps.map((app) => {
    const rank = problemRank(app.mappings);
    return chosen(
      app.problems.map((problem) => `- ❌ ${md(problem)}`),
      room,
      (i) => rank(app.problems[i]!),
    );
  });
  const mappings = report.apps.map((app) => chosen(app.mappings.map(mappingRow), room, (i) => mappingRank(app.mappings[i]!)));
  const notifications = report.apps.map((app) =>
    chosen(
      app.notifications.map((note) => `- Notification ${md(note.created_at)} ${md(note.event_type)}: ${md(note.message)}`),
      room,
      () => 0,
    ),
  );
  // The database's summary lines always (a few), then as many failed writes as fit, newest first.
  const databases = report.apps.map((app) => {
    if (!app.database) return { lines: [], leftOut: 0 };
    const [head, ...rest] = databaseLines(app.database, md, false);
    const summary = room.take([`- ${head!}`, ...rest.map((line) => `- ${line}`)]);
    const writes = chosen(
      app.database.failedWrites.listed.map((write) => `- ${failedWriteLine(md)(write)}`),
      room,
      () => 0,
    );
    return { lines: [...summary, ...writes.lines], leftOut: writes.leftOut };
  });
  const parts = ['## Heroku Connect health', ''];
  report.apps.forEach((app, a) => {
    parts.push(headings[a]!, '');
    parts.push(...MAPPING_TABLE_HEAD, ...mappings[a]!.lines, '');
    if (mappings[a]!.leftOut > 0) parts.push(`- ${mappings[a]!.leftOut} more mapping(s) do not fit here (the healthy ones are left out first); ${WHOLE_REPORT('health')}.`);
    parts.push(...notifications[a]!.lines);
    if (notifications[a]!.leftOut > 0) parts.push(`- ${notifications[a]!.leftOut} more notification(s) do not fit here.`);
    parts.push(...databases[a]!.lines);
    if (databases[a]!.leftOut > 0) parts.push(`- ${databases[a]!.leftOut} more failed write(s) do not fit here; ${WHOLE_REPORT('health')}.`);
    parts.push(...problems[a]!.lines);
    if (problems[a]!.leftOut > 0) parts.push(`- ❌ ${problems[a]!.leftOut} more problem(s) do not fit here; ${WHOLE_REPORT('health')}.`);
    if (app.acknowledged > 0) parts.push(`- ${app.acknowledged} notification(s) acknowledged.`);
    parts.push('');
  });
  return `${parts.join('\n')}\n`;
}

/** The database's part of the health report: what it read, each failed write, the backlog, the rows in error and what retention hides. */
function databaseLines(database: DatabaseHealth, escape: Escape, withWrites = true): string[] {
  const { failedWrites, backlog, retention } = database;
  const waiting = backlog.count === 0 ? 'no write waiting' : `${backlog.count} write(s) waiting, the oldest since ${backlog.oldest} (${formatDuration(backlog.oldestAgeMs ?? 0)})`;
  const lines = [`database schema ${escape(database.schema)}: ${failedWrites.count} failed write(s) in the trigger log within since; ${waiting}`];
  if (withWrites) lines.push(...failedWrites.listed.map(failedWriteLine(escape)));
  if (withWrites && failedWrites.count > failedWrites.listed.length) lines.push(`${failedWrites.count - failedWrites.listed.length} more failed write(s) not listed.`);
  if (retention.goneBefore) lines.push(`The trigger log keeps ${retention.days} days on this plan: failed writes before ${retention.goneBefore} are gone.`);
  for (const table of database.failedRows) lines.push(`${escape(table.table)}: ${table.rows} row(s) with _hc_lastop FAILED`);
  if (database.rowsNotCounted.length > 0) lines.push(`Rows in error not counted (no table, or no _hc_lastop column): ${database.rowsNotCounted.map(escape).join(', ')}`);
  return lines;
}

function failedWriteLine(escape: Escape): (write: FailedWrite) => string {
  return (write) => `failed write ${write.createdAt} ${escape(write.table)} record ${write.recordId ?? '?'} ${escape(write.action)}: ${escape(write.message)}`;
}

const MAPPING_TABLE_HEAD = ['| Mapping | State | Last poll | Records (db / sf) | Pending writes | Write errors |', '|---|---|---|---|---|---|'];

function mappingRow(mapping: MappingHealth): string {
  const poll = mapping.lastPoll ? `${md(mapping.lastPoll)}${mapping.stale ? ' ⚠️ stale' : ''}` : 'unknown';
  const { db, sf, pending } = mapping.counts;
  return `| ${md(mapping.object)} | ${md(mapping.state)} | ${poll} | ${db ?? '?'} / ${sf ?? '?'} | ${pending ?? '?'} | ${mapping.writeErrors} |`;
}

/** A problem of the whole connection (its state, its write errors, its notifications) comes before one of a mapping, which the table shows too. */
function problemRank(mappings: readonly MappingHealth[]): (problem: string) => number {
  const objects = new Set(mappings.map((mapping) => mapping.object));
  return (problem) => {
    const named = /^The (\S+) mapping /.exec(problem)?.[1];
    return named !== undefined && objects.has(named) ? 1 : 0;
  };
}

/** A mapping that is not synced comes first, then a stale one or one with write errors, then the rest. */
function mappingRank(mapping: MappingHealth): number {
  if (judgeMapping(mapping.state) !== 'synced') return 0;
  return mapping.stale || mapping.writeErrors > 0 ? 1 : 2;
}

export function compareText(report: CompareReport): string {
  const head = `${terminalText(report.to.app)} against ${terminalText(report.from.app)}: ${count(report.differences, 'difference')}.`;
  return `${[head, ...itemLines(report.differences, terminalText, '  - ')].join('\n')}\n`;
}
