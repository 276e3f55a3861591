import { formatDuration } from '../deploy/wait.js';
import type { DeployRecord } from '../deploy/run.js';
import { judgeMapping, type MappingVerdict } from '../connect/states.js';
import { escapeMarkdown } from './escape.js';

const ICON: Record<MappingVerdict, string> = { synced: '✅', working: '⏳', failed: '❌', unknown: '❔' };
const HEADING = '## Heroku Connect deploy';

/** The deploy section of the job summary. Everything from the files or from Heroku Connect is escaped. */
export function renderDeploySummary(record: DeployRecord): string {
  const target = record.resource
    ? `connection <code>${escapeMarkdown(record.resource)}</code> of app <code>${escapeMarkdown(record.app)}</code>${record.plan ? ` (plan ${escapeMarkdown(record.plan)})` : ''}`
    : `app <code>${escapeMarkdown(record.app)}</code>`;
  const took = formatDuration(record.elapsedMs);
  const lines = [HEADING, ''];
  if (record.error) {
    lines.push(`❌ **Deploy to ${target} failed** after ${took}: ${escapeMarkdown(record.error.message)}`, '');
    lines.push(record.imported ? 'Heroku Connect accepted the import, so the connection may hold part of it: the backup below undoes it.' : 'Nothing was imported.', '');
  } else {
    lines.push(`✅ **Deployed** to ${target} in ${took}.`, '');
  }
  if (record.connectionState) lines.push(`Connection state: <code>${escapeMarkdown(record.connectionState)}</code>`, '');
  if (record.objectNames.length > 0) {
    lines.push('<table><thead><tr><th>Imported mapping</th><th>State</th></tr></thead><tbody>');
    for (const name of record.objectNames) {
      const mapping = record.mappingStates[name];
      const state = mapping
        ? `${ICON[judgeMapping(mapping.state)]} ${escapeMarkdown(mapping.state)}${mapping.description ? ` (${escapeMarkdown(mapping.description)})` : ''}`
        : 'not listed on the connection';
      lines.push(`<tr><td>${escapeMarkdown(name)}</td><td>${state}</td></tr>`);
    }
    lines.push('</tbody></table>', '');
  }
  if (record.backupFile) {
    lines.push(`Backup of the live configuration before the import: <code>${escapeMarkdown(record.backupFile)}</code>. Import it to undo this deploy.`, '');
  }
  if (record.differences.length > 0) {
    lines.push('The files\' <code>connection</code> section differs from the connection:', '');
    for (const difference of record.differences) lines.push(`- ${difference.level === 'notice' ? 'ℹ️ ' : ''}${escapeMarkdown(difference.message)}`);
    lines.push('');
  }
  if (record.notInFiles.length > 0) {
    lines.push(
      `Live mappings the files do not contain (an import never deletes a mapping; delete them in the dashboard if they should go): ${record.notInFiles.map((name) => escapeMarkdown(name)).join(', ')}.`,
      '',
    );
  }
  return lines.join('\n');
}

/** The deploy section when the lint stopped the deploy before it began. */
export function renderDeploySkipped(reason: string): string {
  return [HEADING, '', `⏭️ **Not deployed**: ${escapeMarkdown(reason)} Nothing was imported.`, ''].join('\n');
}

/** The deploy's outcome for a terminal (the CLI); the error itself is printed on stderr. */
export function formatDeployText(record: DeployRecord): string {
  const target = record.resource ? `connection "${record.resource}" of app "${record.app}"${record.plan ? ` (plan ${record.plan})` : ''}` : `app "${record.app}"`;
  const took = formatDuration(record.elapsedMs);
  const lines = [record.error ? `Deploy to ${target} failed after ${took}; ${record.imported ? 'the import was accepted.' : 'nothing was imported.'}` : `Deployed to ${target} in ${took}.`];
  if (record.connectionState) lines.push(`Connection state: ${record.connectionState}`);
  const width = Math.max(0, ...record.objectNames.map((name) => name.length));
  for (const name of record.objectNames) {
    const mapping = record.mappingStates[name];
    lines.push(`  ${name.padEnd(width)}  ${mapping ? `${mapping.state}${mapping.description ? ` (${mapping.description})` : ''}` : 'not listed on the connection'}`);
  }
  if (record.backupFile) lines.push(`Backup of the live configuration: ${record.backupFile} (import it to undo this deploy)`);
  if (record.notInFiles.length > 0) lines.push(`Live mappings not in the files, left in place: ${record.notInFiles.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
