import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, errorMessage } from '../errors.js';
import { reachesFailOn, runLint } from '../lint/run.js';
import { annotate } from '../report/github.js';
import { toSarif } from '../report/sarif.js';
import { renderLintSummary } from '../report/summary.js';
import { readLintInputs } from './inputs.js';
import { coreIO, type ActionIO } from './io.js';

export const Output = {
  Errors: 'errors',
  Warnings: 'warnings',
  Notices: 'notices',
  Files: 'files',
  SarifFile: 'sarif-file',
} as const;

/** The action: lint the mapping files, report them every way GitHub shows them, fail as fail-on says. */
export async function run(io: ActionIO = coreIO()): Promise<void> {
  try {
    const root = io.env.GITHUB_WORKSPACE || process.cwd();
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
    if (reachesFailOn(lint.counts, inputs.failOn)) {
      // exitCode rather than setFailed: setFailed would spend one of the 10 error annotations on a generic line.
      process.exitCode = 1;
      io.info(`Failing: findings reach fail-on "${inputs.failOn}".`);
    }
  } catch (error) {
    process.exitCode = 1;
    if (error instanceof ConfigurationError) {
      io.error(error.message, { title: 'Configuration error' });
    } else {
      io.error(`Internal error in heroku-connect-action: ${errorMessage(error)}. Please report it with the log.`);
      io.debug(error instanceof Error && error.stack ? error.stack : String(error));
    }
  }
}
