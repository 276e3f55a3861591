import { tmpdir } from 'node:os';
import { discoveryServerOf } from '../clients/connect/discovery.js';
import { runDeploy, type DeployRecord } from '../live/deploy/run.js';
import { renderDeploySkipped, renderDeploySummary } from '../live/deploy/summary.js';
import { diagnoseSarifRun } from '../live/diagnose/sarif.js';
import { writeOutput } from '../core/fs/write.js';
import { runLint, type LintRun } from '../lint/run.js';
import type { IgnoreEntry } from '../lint/suppress.js';
import { annotate } from '../lint/report/github.js';
import { OUTPUT_BUDGET_BYTES, takeWhileFits } from '../core/output/budget.js';
import { clip } from '../core/output/escape.js';
import { toSarif } from '../lint/report/sarif.js';
import type { DeployInputs, LintInputs } from '../interface/inputs/read.js';
import type { ActionIO } from './io.js';
import type { ActionDeps } from './shared.js';

/** Deploys the linted files unless the lint failed; outputs and the summary are written however it ends. */
export async function deployStage(
  io: ActionIO,
  root: string,
  inputs: LintInputs & { ignores: readonly IgnoreEntry[] },
  lint: LintRun,
  deploy: DeployInputs,
  lintFails: boolean,
  deps: ActionDeps,
): Promise<void> {
  if (lintFails) {
    io.setOutput('imported', 'false');
    await io.writeSummary(renderDeploySkipped(`the lint findings reach fail-on "${inputs.failOn}".`));
    io.info('Not deploying: the lint failed.');
    return;
  }
  const record = await runDeploy(
    {
      ...deploy,
      files: lint.files,
      backupDir: io.env.RUNNER_TEMP || tmpdir(),
      discoveryServer: discoveryServerOf(io.env),
      ...(io.env.GITHUB_EVENT_NAME && { eventName: io.env.GITHUB_EVENT_NAME }),
      ...(inputs.herokuPlan && { lintedHerokuPlan: inputs.herokuPlan }),
      failOn: inputs.failOn,
      lint: (herokuPlan) => runLint({ root, ...inputs, herokuPlan, log: io }),
    },
    {
      info: (message) => io.info(message),
      notice: (message) => io.notice(message, { title: 'heroku-connect-action deploy' }),
      warning: (message) => io.warning(message, { title: 'heroku-connect-action deploy' }),
      group: (name, fn) => io.group(name, fn),
    },
    { ...(deps.clock && { clock: deps.clock }), ...(deps.fetch && { fetch: deps.fetch }) },
  );
  const states = Object.fromEntries(Object.entries(record.mappingStates).map(([name, mapping]) => [name, mapping.state]));
  io.setOutput('connection-state', record.connectionState ?? '');
  io.setOutput('mapping-states', JSON.stringify(states));
  io.setOutput('imported', String(record.imported));
  io.setOutput('backup-file', record.backupFile ?? '');
  io.setOutput('changes', record.changes === undefined ? '' : String(record.changes.length));
  io.setOutput('checks-not-run', checksNotRunOutput(record.notRun));
  io.setOutput('api-version', record.apiVersion ?? '');
  io.setOutput('api-version-changed', String(record.apiVersionChanged));
  if (record.writeErrors) {
    const file = await writeOutput(
      { kind: 'private', folder: io.env.RUNNER_TEMP || tmpdir(), prefix: 'heroku-connect-write-errors-', suffix: '.json' },
      `${JSON.stringify(record.writeErrors, null, 2)}\n`,
    );
    io.setOutput('write-errors', record.writeErrors.length);
    io.setOutput('write-errors-file', file);
  }
  if (record.diagnose) {
    annotate(record.diagnose.findings, io, 'the job summary lists them');
    if (inputs.sarifFile) {
      const sarif = toSarif(lint.findings) as { runs: object[] };
      sarif.runs.push(diagnoseSarifRun(record.diagnose.findings));
      await writeOutput({ kind: 'workspace', root, name: inputs.sarifFile }, JSON.stringify(sarif, null, 2));
    }
  }
  await io.writeSummary(renderDeploySummary(record));
  if (record.error) throw record.error;
}

/** The checks not run, each reason cut short, as many as fit in the output's share: the names matter most. */
function checksNotRunOutput(notRun: DeployRecord['notRun']): string {
  const entries = notRun.map((entry) => JSON.stringify({ check: entry.check, reason: clip(entry.reason, CHECK_REASON_MAX_CHARS) }));
  const { taken } = takeWhileFits(entries, OUTPUT_BUDGET_BYTES / 8, (entry) => Buffer.byteLength(entry) + 1);
  return `[${taken.join(',')}]`;
}

const CHECK_REASON_MAX_CHARS = 300;
