import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { discoveryServerOf } from '../connect/client.js';
import { runDeploy } from '../deploy/run.js';
import { renderDeploySkipped, renderDeploySummary } from '../deploy/summary.js';
import { diagnoseSarifRun } from '../diagnose/sarif.js';
import { writeInsideWorkspace } from '../fs/workspace.js';
import { runLint, type LintRun } from '../lint/run.js';
import type { IgnoreEntry } from '../lint/suppress.js';
import { annotate } from '../report/github.js';
import { toSarif } from '../report/sarif.js';
import type { DeployInputs, LintInputs } from './inputs.js';
import type { ActionIO } from './io.js';
import { Output, type ActionDeps } from './shared.js';

/** Deploys the linted files unless the lint failed; outputs and the summary are written however it ends. */
export async function deployStage(io: ActionIO, root: string, inputs: LintInputs & { ignores: readonly IgnoreEntry[] }, lint: LintRun, deploy: DeployInputs, lintFails: boolean, deps: ActionDeps): Promise<void> {
  if (lintFails) {
    io.setOutput(Output.Imported, 'false');
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
  io.setOutput(Output.ConnectionState, record.connectionState ?? '');
  io.setOutput(Output.MappingStates, JSON.stringify(states));
  io.setOutput(Output.Imported, String(record.imported));
  io.setOutput(Output.BackupFile, record.backupFile ?? '');
  io.setOutput(Output.Changes, record.changes === undefined ? '' : String(record.changes.length));
  io.setOutput(Output.ChecksNotRun, JSON.stringify(record.notRun));
  if (record.writeErrors) {
    const dir = io.env.RUNNER_TEMP || tmpdir();
    await mkdir(dir, { recursive: true });
    const file = path.join(await mkdtemp(path.join(dir, 'heroku-connect-write-errors-')), 'write-errors.json');
    await writeFile(file, `${JSON.stringify(record.writeErrors, null, 2)}\n`);
    io.setOutput(Output.WriteErrors, record.writeErrors.length);
    io.setOutput(Output.WriteErrorsFile, file);
  }
  if (record.diagnose) {
    annotate(record.diagnose.findings, io, 'the job summary lists them');
    if (inputs.sarifFile) {
      const sarif = toSarif(lint.findings) as { runs: object[] };
      sarif.runs.push(diagnoseSarifRun(record.diagnose.findings));
      await writeInsideWorkspace(root, inputs.sarifFile, JSON.stringify(sarif, null, 2));
    }
  }
  await io.writeSummary(renderDeploySummary(record));
  if (record.error) throw record.error;
}
