import { formatDuration } from '../deploy/wait.js';
import type { DeployRecord } from '../deploy/run.js';
import { judgeMapping, type MappingVerdict } from '../connect/states.js';
import { bytes, CELL_MAX_CHARS, DEPLOY_SUMMARY_BUDGET_BYTES, takeWhileFits } from './budget.js';
import { clip, markdownText, terminalText } from './escape.js';

/** Every value from the files or from Heroku Connect, for the summary: escaped, and cut if long. */
function md(text: string): string {
  return markdownText(clip(text, CELL_MAX_CHARS));
}

const ICON: Record<MappingVerdict, string> = { synced: '✅', working: '⏳', failed: '❌', unknown: '❔' };
const HEADING = '## Heroku Connect deploy';

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
    lines.push(`❌ **Deploy to ${target} failed** after ${took}: ${md(record.error.message)}`, '');
    lines.push(record.imported ? 'Heroku Connect accepted the import, so the connection may hold part of it: the backup below undoes it.' : 'Nothing was imported.', '');
  } else {
    lines.push(`✅ **Deployed** to ${target} in ${took}.`, '');
  }
  if (record.connectionState) lines.push(`Connection state: <code>${md(record.connectionState)}</code>`, '');
  if (record.objectNames.length > 0) {
    // The table gets three quarters of the budget, the list of live mappings not in the files the rest.
    const rows = record.objectNames.map((name) => {
      const mapping = record.mappingStates[name];
      const state = mapping
        ? `${ICON[judgeMapping(mapping.state)]} ${md(mapping.state)}${mapping.description ? ` (${md(mapping.description)})` : ''}`
        : 'not listed on the connection';
      return `<tr><td>${md(name)}</td><td>${state}</td></tr>`;
    });
    const { taken } = takeWhileFits(rows, (budget * 3) / 4, (row) => bytes(row) + 1);
    lines.push('<table><thead><tr><th>Imported mapping</th><th>State</th></tr></thead><tbody>', ...taken, '</tbody></table>', '');
    if (taken.length < rows.length) lines.push(`${rows.length - taken.length} more imported mappings do not fit here.`, '');
  }
  if (record.backupFile) {
    lines.push(`Backup of the live configuration before the import: <code>${md(record.backupFile)}</code>. Import it to undo this deploy.`, '');
  }
  if (record.differences.length > 0) {
    lines.push('The files\' <code>connection</code> section differs from the connection:', '');
    for (const difference of record.differences) lines.push(`- ${difference.level === 'notice' ? 'ℹ️ ' : ''}${md(difference.message)}`);
    lines.push('');
  }
  if (record.notInFiles.length > 0) {
    const { taken } = takeWhileFits(record.notInFiles.map(md), budget / 4, (name) => bytes(name) + 2);
    const more = record.notInFiles.length - taken.length;
    lines.push(
      `Live mappings the files do not contain (an import never deletes a mapping; delete them in the dashboard if they should go): ${taken.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`,
      '',
    );
  }
  return lines.join('\n');
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
  const lines = [record.error ? `Deploy to ${target} failed after ${took}; ${record.imported ? 'the import was accepted.' : 'nothing was imported.'}` : `Deployed to ${target} in ${took}.`];
  if (record.connectionState) lines.push(`Connection state: ${terminalText(record.connectionState)}`);
  const names = record.objectNames.map(terminalText);
  const width = Math.max(0, ...names.map((name) => name.length));
  record.objectNames.forEach((name, i) => {
    const mapping = record.mappingStates[name];
    lines.push(`  ${names[i]!.padEnd(width)}  ${mapping ? terminalText(`${mapping.state}${mapping.description ? ` (${mapping.description})` : ''}`) : 'not listed on the connection'}`);
  });
  if (record.backupFile) lines.push(`Backup of the live configuration: ${terminalText(record.backupFile)} (import it to undo this deploy)`);
  if (record.notInFiles.length > 0) lines.push(`Live mappings not in the files, left in place: ${record.notInFiles.map(terminalText).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
