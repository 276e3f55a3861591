import { getBoolean, getInteger, getSecret, readAppTargets, readDatabaseChoice, readHealthOptions, readLintInputs, requireTrustedEventFor, type InputSource } from '../interface/inputs/read.js';
import { ConfigurationError } from '../core/errors.js';
import type { Clock } from '../core/http/clock.js';
import { discover } from '../lint/discover.js';
import { syncHealthIssue } from '../live/ops/issue.js';
import { driftMarkdown, healthMarkdown } from '../live/ops/render.js';
import { runDrift, runHealth } from '../live/ops/run.js';
import { liveConnection } from './connection.js';
import { createGitHubApi } from '../clients/github/github-api.js';
import { ISSUE_BODY_BUDGET_BYTES, OUTPUT_BUDGET_BYTES } from '../core/output/budget.js';
import type { ActionIO } from './io.js';
import type { OpsCommand } from '../interface/commands/table.js';
import { readOperationInputs } from '../interface/inputs/read.js';
import { OPERATION_OF, operationRequest, runOperation } from '../live/lifecycle/operate.js';
import { operationMarkdown } from '../live/lifecycle/render.js';

export interface OpsDeps {
  clock?: Clock;
  fetch?: typeof fetch;
}

/**
 * `command: drift` and `command: health`: the same engine as the CLI's commands, with the
 * action's inputs, outputs and job summary. Resolves to the exit code: 1 on drift or when unhealthy.
 */
export async function runOpsCommand(command: OpsCommand, io: ActionIO, source: InputSource, root: string, deps: OpsDeps): Promise<number> {
  const apiKey = getSecret(source, 'heroku-api-key');
  const targets = readAppTargets(source);
  if (targets.length === 0) throw new ConfigurationError(`command: ${command} needs "app": the Heroku app (or apps, one per line) with the Heroku Connect add-on.`);
  if (apiKey === '') throw new ConfigurationError(`command: ${command} needs a Heroku API key: set "heroku-api-key" from a secret.`);
  requireTrustedEventFor(source, 'the Heroku API key');
  const connection = liveConnection(io, deps, apiKey, getInteger(source, 'wait-timeout'));
  return OPS_RUNS[command]({ io, source, root, deps, connection, targets });
}

interface OpsRun {
  io: ActionIO;
  source: InputSource;
  root: string;
  deps: OpsDeps;
  connection: ReturnType<typeof liveConnection>;
  targets: ReturnType<typeof readAppTargets>;
}

/** Each operation the action runs, by command: the compiler asks for one per `ops` command of the command table. */
const OPS_RUNS: Record<OpsCommand, (run: OpsRun) => Promise<number>> = {
  async drift({ io, source, root, connection, targets }) {
    const { targets: files, unmatched } = await discover({ root, namedMayLeaveRoot: false }, readLintInputs(source).patterns);
    for (const pattern of unmatched) io.warning(`No mapping file matches "${pattern}".`);
    const report = await runDrift(connection, targets, files, getBoolean(source, 'write-back'), readDatabaseChoice(source));
    await io.writeSummary(driftMarkdown(report));
    io.setOutput('drifted', String(report.drifted));
    io.setOutput(
      'drift',
      reportOutput(report, (whole) => ({ drifted: whole.drifted, apps: whole.apps.map((app) => ({ app: app.app, resource: app.resource, differences: app.drift.length })) })),
    );
    for (const app of report.apps) io.info(`${app.app}: ${app.drift.length} difference(s) from the files.`);
    return report.drifted ? 1 : 0;
  },
  async health({ io, source, deps, connection, targets }) {
    const report = await runHealth(connection, targets, readHealthOptions(source), readDatabaseChoice(source));
    await io.writeSummary(healthMarkdown(report));
    io.setOutput('healthy', String(report.healthy));
    io.setOutput(
      'health',
      reportOutput(report, (whole) => ({ healthy: whole.healthy, apps: whole.apps.map((app) => ({ app: app.app, resource: app.resource, healthy: app.healthy, problems: app.problems.length })) })),
    );
    for (const app of report.apps) io.info(`${app.app}: ${app.healthy ? 'healthy' : `unhealthy: ${app.problems.join(' ')}`}`);
    if (getBoolean(source, 'health-issue')) {
      const github = createGitHubApi({
        token: getSecret(source, 'github-token'),
        env: io.env,
        deadline: connection.deadline,
        ...(deps.fetch && { fetchImpl: deps.fetch }),
        ...(deps.clock && { clock: deps.clock }),
      });
      const outcome = await syncHealthIssue(github, io.env, report.healthy, healthMarkdown(report, ISSUE_BODY_BUDGET_BYTES));
      io.setOutput('health-issue', outcome.action === 'none' ? '' : String(outcome.number));
      if (outcome.action !== 'none') io.info(`Health issue #${outcome.number} ${outcome.action}.`);
    }
    return report.healthy ? 0 : 1;
  },
  pause: (run) => runOperationCommand('pause', run),
  resume: (run) => runOperationCommand('resume', run),
  restart: (run) => runOperationCommand('restart', run),
  recover: (run) => runOperationCommand('recover', run),
  reload: (run) => runOperationCommand('reload', run),
};

/** An operator command: one app, the action, the wait for its evidence; outputs and the summary however it ends. */
async function runOperationCommand(command: keyof typeof OPERATION_OF, { io, source, deps }: OpsRun): Promise<number> {
  const inputs = readOperationInputs(source, `command: ${command}`);
  const record = await runOperation(
    operationRequest(command, inputs, io.env),
    { info: (message) => io.info(message), warning: (message) => io.warning(message, { title: `heroku-connect-action ${command}` }) },
    { ...(deps.clock && { clock: deps.clock }), ...(deps.fetch && { fetch: deps.fetch }) },
  );
  io.setOutput('connection-state', record.connectionState ?? '');
  io.setOutput('api-version', record.apiVersion ?? '');
  if (command === 'reload') io.setOutput('mapping-states', JSON.stringify(record.mappingStates));
  await io.writeSummary(operationMarkdown(record));
  if (record.error) throw record.error;
  return 0;
}

/**
 * A report as an output, within GitHub's limit for outputs: whole when it fits, else its outline
 * (what each app came to, in counts) marked `truncated`; the job summary has the details.
 */
export function reportOutput<T>(report: T, outline: (whole: T) => object): string {
  const whole = JSON.stringify(report);
  return Buffer.byteLength(whole) <= OUTPUT_BUDGET_BYTES ? whole : JSON.stringify({ truncated: true, ...outline(report) });
}
