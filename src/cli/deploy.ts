import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { Input, readDeploySettings, type DeployInputs } from '../action/inputs.js';
import { DEFAULT_DISCOVERY_SERVER } from '../connect/client.js';
import { runDeploy, type DeployLog } from '../deploy/run.js';
import { reachesFailOn, runLint } from '../lint/run.js';
import { formatDeployText } from '../report/deploy-summary.js';
import { terminalText } from '../report/escape.js';
import { formatText } from '../report/text.js';
import { CHECK_OPTIONS, checkRequest, EXIT, useColor, type CliIO } from './shared.js';

/** Named as the action's inputs, so that one reader (readDeployInputs) checks both. */
const DEPLOY_OPTIONS = {
  ...CHECK_OPTIONS,
  app: { type: 'string' },
  resource: { type: 'string' },
  'wait-timeout': { type: 'string' },
  'poll-interval': { type: 'string' },
  'backup-dir': { type: 'string' },
  'allow-pull-request-deploy': { type: 'boolean', default: false },
  'no-diagnose': { type: 'boolean', default: false },
  prune: { type: 'boolean', default: false },
  'fail-on-write-errors': { type: 'boolean', default: false },
} satisfies ParseArgsConfig['options'];

/**
 * Lints the files, then deploys them as the action does: the lint report and the deploy's outcome
 * on stdout, progress on stderr.
 */
export async function deployCommand(args: readonly string[], io: CliIO, usage: string): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: DEPLOY_OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout.write(usage);
    return EXIT.ok;
  }
  const deploy = readDeployOptions(values, positionals, io.env);
  const { request, failOn } = checkRequest(values, positionals, io);
  const lint = await runLint(request);
  io.stdout.write(formatText(lint, useColor(values, io)));
  if (reachesFailOn(lint.counts, failOn)) {
    io.stderr.write(`Not deploying: the lint findings reach --fail-on ${failOn}. Nothing was imported.\n`);
    return EXIT.findings;
  }
  const record = await runDeploy(
    {
      ...deploy,
      files: lint.files,
      backupDir: values['backup-dir'] ? path.resolve(io.cwd, values['backup-dir']) : tmpdir(),
      discoveryServer: io.env.CONNECT_DISCOVERY_SERVER || DEFAULT_DISCOVERY_SERVER,
      ...(io.env.GITHUB_EVENT_NAME && { eventName: io.env.GITHUB_EVENT_NAME }),
      ...(request.plan && { lintedPlan: request.plan }),
      failOn,
      lint: (plan) => runLint({ ...request, plan }),
    },
    stderrLog(io),
    { ...(io.clock && { clock: io.clock }), ...(io.fetch && { fetch: io.fetch }) },
  );
  io.stdout.write(formatDeployText(record));
  if (record.error) throw record.error;
  return EXIT.ok;
}

function readDeployOptions(values: Record<string, string | boolean | string[] | undefined>, positionals: readonly string[], env: NodeJS.ProcessEnv): DeployInputs {
  const given: Record<string, string> = {
    [Input.Files]: positionals.join('\n'),
    [Input.AllowPullRequestDeploy]: String(values['allow-pull-request-deploy']),
    [Input.Diagnose]: String(!values['no-diagnose']),
    [Input.Prune]: String(values.prune),
    [Input.FailOnWriteErrors]: String(values['fail-on-write-errors']),
  };
  for (const name of [Input.App, Input.Resource, Input.WaitTimeout, Input.PollInterval]) {
    const value = values[name];
    if (typeof value === 'string') given[name] = value;
  }
  // The key comes from HEROKU_API_KEY only: a flag would put it in the shell history and the process list.
  return readDeploySettings({ getInput: (name) => given[name] ?? '', setSecret: () => undefined, env });
}

/**
 * Progress for a terminal: one line each, notices and warnings marked, a group's lines indented under
 * its name. Names from the files and answers from Heroku Connect are shown through terminalText.
 */
function stderrLog(io: CliIO): DeployLog {
  let indent = '';
  const line = (text: string) => io.stderr.write(`${indent}${terminalText(text)}\n`);
  return {
    info: line,
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
