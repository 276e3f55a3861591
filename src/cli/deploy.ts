import { tmpdir } from 'node:os';
import { getString, readDeploySettings } from '../interface/inputs/read.js';
import { discoveryServerOf } from '../clients/connect/discovery.js';
import { runDeploy, type DeployLog } from '../live/deploy/run.js';
import { reachesFailOn, runLint } from '../lint/run.js';
import { formatDeployText } from '../live/deploy/summary.js';
import { terminalWidth } from '../core/output/terminal.js';
import { formatText } from '../lint/report/text.js';
import { cliSource, type ParsedCommand } from './options.js';
import { checkSettings, EXIT, resolveFrom, stderrProgress, useColor, type CliIO } from './shared.js';

/**
 * Lints the files, then deploys them as the action does: the lint report and the deploy's outcome
 * on stdout, progress on stderr.
 */
export async function deployCommand(parsed: ParsedCommand, io: CliIO): Promise<number> {
  // The key comes from HEROKU_API_KEY only: a flag would put it in the shell history and the process list.
  const flags = cliSource('deploy', parsed, io.env);
  const deploy = readDeploySettings(flags);
  const backupDir = getString(flags, 'backup-dir');
  const { inputs, request } = await checkSettings('deploy', parsed, io);
  const lint = await runLint(request);
  io.stdout.write(formatText(lint, useColor('deploy', parsed, io), terminalWidth(io.stdout)));
  if (reachesFailOn(lint.counts, inputs.failOn)) {
    io.stderr.write(`Not deploying: the lint findings reach --fail-on ${inputs.failOn}. Nothing was imported.\n`);
    return EXIT.findings;
  }
  const record = await runDeploy(
    {
      ...deploy,
      files: lint.files,
      backupDir: backupDir ? resolveFrom(io, backupDir) : tmpdir(),
      discoveryServer: discoveryServerOf(io.env),
      ...(io.env.GITHUB_EVENT_NAME && { eventName: io.env.GITHUB_EVENT_NAME }),
      ...(request.herokuPlan && { lintedHerokuPlan: request.herokuPlan }),
      failOn: inputs.failOn,
      lint: (herokuPlan) => runLint({ ...request, herokuPlan }),
    },
    stderrLog(io),
    { ...(io.clock && { clock: io.clock }), ...(io.fetch && { fetch: io.fetch }) },
  );
  io.stdout.write(formatDeployText(record));
  if (record.error) throw record.error;
  return EXIT.ok;
}

/**
 * Progress on stderr: one line each, notices and warnings marked, a group's lines indented under its
 * name, and on a terminal the wait's heartbeat as one line updated in place.
 */
function stderrLog(io: CliIO): DeployLog {
  let indent = '';
  const progress = stderrProgress(io);
  const line = (text: string) => progress.line(`${indent}${text}`);
  return {
    info: line,
    ...(progress.status && { status: (text: string) => progress.status!(text === '' ? '' : `${indent}${text}`) }),
    notice: (message) => line(`notice: ${message}`),
    warning: (message) => line(`warning: ${message}`),
    group: async (name, fn) => {
      line(`${name}:`);
      indent += '  ';
      try {
        return await fn();
      } finally {
        indent = indent.slice(2);
      }
    },
  };
}
