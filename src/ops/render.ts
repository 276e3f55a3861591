import { markdownText, terminalText } from '../report/escape.js';
import type { WriteBackResult } from '../plan/write-back.js';
import type { DriftItem } from './drift.js';
import type { CompareReport, DriftReport, HealthReport } from './run.js';

type Escape = (text: string) => string;

/** "staging: 2 differences, one mapping only live" — what a reader of a list of apps needs first. */
function count(items: readonly DriftItem[], noun: string, from = ''): string {
  if (items.length === 0) return `no ${noun}s${from}`;
  const care = items.filter((item) => item.care).length;
  return `${items.length} ${noun}${items.length === 1 ? '' : 's'}${from}${care > 0 ? `, ${care} needing care` : ''}`;
}

function itemLines(items: readonly DriftItem[], escape: Escape, bullet: string): string[] {
  return items.flatMap((item) => [`${bullet}${escape(item.difference)}`, `${bullet.replace(/\S/g, ' ')}  ${escape(item.consequence)}`]);
}

export function driftText(report: DriftReport): string {
  const lines = report.apps.flatMap((app) => [`${terminalText(app.app)} (${terminalText(app.resource)}): ${count(app.drift, 'difference', ' from the files')}.`, ...itemLines(app.drift, terminalText, '  - ')]);
  for (const file of report.written ?? []) lines.push(writtenLine(file, terminalText));
  return `${lines.join('\n')}\n`;
}

export function driftMarkdown(report: DriftReport): string {
  const parts = ['## Heroku Connect drift', ''];
  for (const app of report.apps) {
    parts.push(`### ${markdownText(app.app)}: ${count(app.drift, 'difference', ' from the files')}`, '');
    for (const item of app.drift) parts.push(`- ${item.care ? '⚠️ ' : ''}${markdownText(item.difference)}<br>${markdownText(item.consequence)}`);
    parts.push('');
  }
  for (const file of report.written ?? []) parts.push(`- ${writtenLine(file, markdownText)}`);
  return `${parts.join('\n')}\n`;
}

function writtenLine(file: WriteBackResult, escape: Escape): string {
  const kept = file.kept ? ` Kept as the file has them, since live's cannot be read: ${escape(file.kept.join('; '))}.` : '';
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
    for (const problem of app.problems) lines.push(`  ! ${terminalText(problem)}`);
    if (app.acknowledged > 0) lines.push(`  ${app.acknowledged} notification(s) acknowledged.`);
  }
  return `${lines.join('\n')}\n`;
}

export function healthMarkdown(report: HealthReport): string {
  const parts = ['## Heroku Connect health', ''];
  for (const app of report.apps) {
    parts.push(`### ${markdownText(app.app)}: ${app.healthy ? '✅ healthy' : '❌ unhealthy'} (connection ${markdownText(app.state)})`, '');
    parts.push('| Mapping | State | Last poll | Records (db / sf) | Pending writes | Write errors |', '|---|---|---|---|---|---|');
    for (const mapping of app.mappings) {
      const poll = mapping.lastPoll ? `${mapping.lastPoll}${mapping.stale ? ' ⚠️ stale' : ''}` : 'unknown';
      const { db, sf, pending } = mapping.counts;
      parts.push(`| ${markdownText(mapping.object)} | ${markdownText(mapping.state)} | ${poll} | ${db ?? '?'} / ${sf ?? '?'} | ${pending ?? '?'} | ${mapping.writeErrors} |`);
    }
    parts.push('');
    for (const note of app.notifications) parts.push(`- Notification ${markdownText(note.created_at)} ${markdownText(note.event_type)}: ${markdownText(note.message)}`);
    for (const problem of app.problems) parts.push(`- ❌ ${markdownText(problem)}`);
    if (app.acknowledged > 0) parts.push(`- ${app.acknowledged} notification(s) acknowledged.`);
    parts.push('');
  }
  return `${parts.join('\n')}\n`;
}

export function compareText(report: CompareReport): string {
  const head = `${terminalText(report.to.app)} against ${terminalText(report.from.app)}: ${count(report.differences, 'difference')}.`;
  return `${[head, ...itemLines(report.differences, terminalText, '  - ')].join('\n')}\n`;
}
