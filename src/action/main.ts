import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_DISCOVERY_SERVER } from '../connect/client.js';
import { runDeploy } from '../deploy/run.js';
import { ConfigurationError, DeployFailure, errorMessage } from '../errors.js';
import { reachesFailOn, runLint, type LintRun } from '../lint/run.js';
import { renderDeploySkipped, renderDeploySummary } from '../report/deploy-summary.js';
import { annotate } from '../report/github.js';
import { toSarif } from '../report/sarif.js';
import { renderLintSummary } from '../report/summary.js';
import { readDeployInputs, readLintInputs, type DeployInputs, type LintInputs } from './inputs.js';
import { coreIO, type ActionIO } from './io.js';

export const Output = {
  Errors: 'errors',
  Warnings: 'warnings',
  Notices: 'notices',
  Files: 'files',
  SarifFile: 'sarif-file',
  ConnectionState: 'connection-state',
  MappingStates: 'mapping-states',
  Imported: 'imported',
  BackupFile: 'backup-file',
} as const;

/**
 * The action: lint the mapping files, report them every way GitHub shows them, fail as fail-on says;
 * then, when asked, deploy them to Heroku Connect.
 */
export async function run(io: ActionIO = coreIO()): Promise<void> {
  try {
    const root = io.env.GITHUB_WORKSPACE || process.cwd();
    // First: it masks the API key before anything can be logged.
    const deploy = readDeployInputs(io);
    const inputs = readLintInputs(io);
    const lint = await runLint({ root, ...inputs, log: io });
    const sarif = inputs.sarifFile ? ' and the SARIF file' : '';
    annotate(lint.findings, io, `the job summary${sarif} lists every finding`);
    await io.writeSummary(renderLintSummary(lint));
    io.setOutput(Output.Errors, lint.counts.error);
    io.setOutput(Output.Warnings, lint.counts.warning);
    io.setOutput(Output.Notices, lint.counts.notice);
    io.setOutput(Output.Files, lint.results.length);
    if (inputs.sarifFile) {
      const target = path.resolve(root, inputs.sarifFile);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, JSON.stringify(toSarif(lint.findings), null, 2));
      io.setOutput(Output.SarifFile, inputs.sarifFile);
    }
    const { error, warning, notice } = lint.counts;
    io.info(`${lint.results.length} mapping file(s) checked: ${error} error(s), ${warning} warning(s), ${notice} notice(s).`);
    const lintFails = reachesFailOn(lint.counts, inputs.failOn);
    if (lintFails) {
      // exitCode rather than setFailed: setFailed would spend one of the 10 error annotations on a generic line.
      process.exitCode = 1;
      io.info(`Failing: findings reach fail-on "${inputs.failOn}".`);
    }
    if (deploy) await deployStage(io, root, inputs, lint, deploy, lintFails);
  } catch (error) {
    process.exitCode = 1;
    if (error instanceof ConfigurationError) {
      io.error(error.message, { title: 'Configuration error' });
    } else if (error instanceof DeployFailure) {
      io.error(error.message, { title: 'Deploy failed' });
    } else {
      io.error(`Internal error in heroku-connect-action: ${errorMessage(error)}. Please report it with the log.`);
      io.debug(error instanceof Error && error.stack ? error.stack : String(error));
    }
  }
}

/** Deploys the linted files unless the lint failed; outputs and the summary are written however it ends. */
async function deployStage(io: ActionIO, root: string, inputs: LintInputs, lint: LintRun, deploy: DeployInputs, lintFails: boolean): Promise<void> {
  if (lintFails) {
    io.setOutput(Output.Imported, 'false');
    await io.writeSummary(renderDeploySkipped(`the lint findings reach fail-on "${inputs.failOn}".`));
    io.info('Not deploying: the lint failed.');
    return;
  }
  const record = await runDeploy(
    {
      ...deploy,
      files: lint.results.map((result) => ({ file: result.file, absolutePath: path.resolve(root, result.file) })),
      backupDir: io.env.RUNNER_TEMP || tmpdir(),
      discoveryServer: io.env.CONNECT_DISCOVERY_SERVER || DEFAULT_DISCOVERY_SERVER,
      ...(io.env.GITHUB_EVENT_NAME && { eventName: io.env.GITHUB_EVENT_NAME }),
      ...(inputs.plan && { lintedPlan: inputs.plan }),
      failOn: inputs.failOn,
      lint: (plan) => runLint({ root, ...inputs, plan, log: io }),
    },
    {
      info: (message) => io.info(message),
      notice: (message) => io.notice(message, { title: 'heroku-connect-action deploy' }),
      warning: (message) => io.warning(message, { title: 'heroku-connect-action deploy' }),
      group: (name, fn) => io.group(name, fn),
    },
  );
  const states = Object.fromEntries(Object.entries(record.mappingStates).map(([name, mapping]) => [name, mapping.state]));
  io.setOutput(Output.ConnectionState, record.connectionState ?? '');
  io.setOutput(Output.MappingStates, JSON.stringify(states));
  io.setOutput(Output.Imported, String(record.imported));
  io.setOutput(Output.BackupFile, record.backupFile ?? '');
  await io.writeSummary(renderDeploySummary(record));
  if (record.error) throw record.error;
}
