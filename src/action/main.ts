import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diagnoseSarifRun } from '../diagnose/sarif.js';
import { discoveryServerOf } from '../connect/client.js';
import { runDeploy } from '../deploy/run.js';
import { systemClock, type Clock } from '../http/clock.js';
import { classifyError } from '../errors.js';
import { writeInsideWorkspace } from '../fs/workspace.js';
import { reachesFailOn, runLint, type LintRun } from '../lint/run.js';
import { renderDeploySkipped, renderDeploySummary } from '../deploy/summary.js';
import { whereTheRestAre } from '../report/annotations.js';
import { annotate, countingAnnotations } from '../report/github.js';
import { toSarif } from '../report/sarif.js';
import { sourceRevision } from '../report/links.js';
import { renderLintSummary } from '../report/summary.js';
import type { FilePlan } from '../plan/file.js';
import { planAgainstLive } from '../plan/live.js';
import { renderPlanJson, renderPlanMarkdown } from '../plan/render.js';
import { onlyChanged, type ChangedFile } from '../pr/changed-files.js';
import { createGitHubApi, type GitHubApi } from '../pr/github-api.js';
import { changedLinePriority } from '../pr/hunks.js';
import type { Priority } from '../report/order.js';
import { changedConfigFile, loadConfig, type LoadedConfig } from '../config/load.js';
import type { IgnoreEntry } from '../lint/suppress.js';
import { getChoice, Input, readDeployInputs, readLintInputs, readLiveTarget, readReviewInputs, type DeployInputs, type InputSource, type LintInputs, type LivePlanInputs, type ReviewInputs } from './inputs.js';
import { changedFiles, commentOnPullRequest, planPullRequest, readPullRequestEvent, restrictsToChanged, type PullRequestEvent } from './pull-request.js';
import { coreIO, escapedForRunner, type ActionIO } from './io.js';
import { runOpsCommand } from './ops.js';

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
  Plan: 'plan',
  Changes: 'changes',
  WriteErrors: 'write-errors',
  WriteErrorsFile: 'write-errors-file',
} as const;

/** What the action takes from the world besides the runner's IO; tests pass a fake clock and their own fetch. */
export interface ActionDeps {
  clock?: Clock;
  fetch?: typeof fetch;
  cwd?: string;
}

/**
 * The action: lint the mapping files, report them every way GitHub shows them, fail as fail-on says;
 * then, when asked, deploy them to Heroku Connect. Resolves to the process's exit code.
 */
export async function run(runner: ActionIO = coreIO(), deps: ActionDeps = {}): Promise<number> {
  // Every annotation of the step is counted, so each batch of findings gets only the slots GitHub still shows.
  const io = countingAnnotations(escapedForRunner(runner));
  let exitCode = 0;
  try {
    const root = io.env.GITHUB_WORKSPACE || deps.cwd || process.cwd();
    const command = getChoice<'lint' | 'deploy' | 'drift' | 'health'>(io, Input.Command);
    if (command === 'drift' || command === 'health') {
      const config = await loadConfig(root, { searchUp: false });
      return await runOpsCommand(command, io, withConfig(io, config), root, deps);
    }
    // Secrets first: each is masked on reading, before anything can be logged.
    const deploy = readDeployInputs(io, command === 'deploy');
    const review = readReviewInputs(io);
    const livePlan = readLiveTarget(io);
    // Only the workspace root's file: the action never looks above the repository it checked out.
    const config = await loadConfig(root, { searchUp: false });
    if (config) io.info(`Configuration: ${config.file} (inputs override it).`);
    const inputs = withDeps(readLintInputs(withConfig(io, config)), deps);
    const event = await readPullRequestEvent(io.env, io);
    const github = createGitHubApi({ token: review.githubToken, env: io.env, ...(deps.fetch && { fetchImpl: deps.fetch }), ...(deps.clock && { clock: deps.clock }) });
    const changed = event && (await changedFiles(event, github, root, io));
    const changedConfig = changed && changedConfigFile(changed.map((file) => file.path));
    if (changedConfig) {
      io.warning(`This pull request changes ${changedConfig}, which decides how this check lints (rule levels, fail-on, ignores): review that change with the check's result.`, {
        title: 'Configuration changed',
        file: changedConfig,
      });
    }
    if (review.onlyChanged === 'true' && !event) io.info('only-changed is true, but this run is not for a pull request: every file is linted.');
    const restrict = changed !== undefined && restrictsToChanged(review, event);
    const ignores = config?.ignores ?? [];
    const lint = await runLint({ root, ...inputs, ignores, log: io, ...(restrict && { select: (targets) => onlyChanged(targets, changed) }) });
    const priority = changed && changedLinePriority(changed);
    const summary = renderLintSummary(lint, undefined, sourceRevision(io.env));
    annotate(lint.findings, io, whereTheRestAre(summary.shown, lint.findings.length, Boolean(inputs.sarifFile)), priority);
    await io.writeSummary(summary.markdown);
    io.setOutput(Output.Errors, lint.counts.error);
    io.setOutput(Output.Warnings, lint.counts.warning);
    io.setOutput(Output.Notices, lint.counts.notice);
    io.setOutput(Output.Files, lint.files.length);
    if (inputs.sarifFile) {
      await writeInsideWorkspace(root, inputs.sarifFile, JSON.stringify(toSarif(lint.findings, lint.suppressed), null, 2));
      io.setOutput(Output.SarifFile, inputs.sarifFile);
    }
    const { error, warning, notice } = lint.counts;
    io.info(`${lint.files.length} mapping file(s) checked: ${error} error(s), ${warning} warning(s), ${notice} notice(s)${lint.suppressed.length > 0 ? `, ${lint.suppressed.length} suppressed` : ''}.`);
    const lintFails = reachesFailOn(lint.counts, inputs.failOn);
    if (lintFails) {
      // An exit code rather than setFailed: setFailed would spend one of the 10 error annotations on a generic line.
      exitCode = 1;
      io.info(`Failing: findings reach fail-on "${inputs.failOn}".`);
    }
    await planStage(io, root, lint, { event, changed, github, review, priority, live: deploy ? undefined : livePlan, deps });
    if (deploy) await deployStage(io, root, { ...inputs, ignores }, lint, deploy, lintFails, deps);
  } catch (error) {
    exitCode = 1;
    const failure = classifyError(error);
    io.error(failure.message, { title: failure.title });
    // classifyError maps the frames through the bundle's source maps, so they name the files under src/.
    if (failure.stack) io.info(failure.stack);
  }
  return exitCode;
}

/** The runner's inputs over the configuration file's values. */
function withConfig(io: ActionIO, config: LoadedConfig | undefined): InputSource {
  return { getInput: (name) => io.getInput(name), setSecret: (value) => io.setSecret(value), env: io.env, ...(config && { config: config.values }) };
}

/** Live describe goes through the injected fetch and clock too. */
function withDeps(inputs: LintInputs, deps: ActionDeps): LintInputs {
  if (!inputs.live) return inputs;
  return { ...inputs, live: { ...inputs.live, ...(deps.fetch && { fetchImpl: deps.fetch }), ...(deps.clock && { clock: deps.clock }) } };
}

interface PlanContext {
  event: PullRequestEvent | undefined;
  changed: ChangedFile[] | undefined;
  github: GitHubApi | undefined;
  review: ReviewInputs;
  priority: Priority | undefined;
  live: LivePlanInputs | undefined;
  deps: ActionDeps;
}

/**
 * What merging (or importing) does to the connection: against the live configuration when app and
 * API key are given on a trusted event, else, on a pull request, against the base branch. Written
 * to the summary and the `plan` output; on a pull request, kept current in one comment.
 */
async function planStage(io: ActionIO, root: string, lint: LintRun, context: PlanContext): Promise<void> {
  const { event, changed, github, review, live, deps } = context;
  let plans: FilePlan[] | undefined;
  if (live && event && (event.eventName === 'pull_request_target' || event.fromFork)) {
    io.warning('Not planning against the live connection: pull_request_target runs and pull requests from forks must not use the Heroku API key. Planning against the base branch.');
  } else if (live) {
    const clock = deps.clock ?? systemClock;
    // One deadline for every app: wait-timeout bounds the whole plan, however many apps it compares.
    const connection = {
      apiKey: live.apiKey,
      discoveryServer: discoveryServerOf(io.env),
      log: io,
      clock,
      deadline: clock.now() + live.waitTimeoutSeconds * 1000,
      ...(deps.fetch && { fetch: deps.fetch }),
    };
    // One section per target app in the one summary and comment.
    plans = [];
    for (const app of live.apps) plans.push(await planAgainstLive(connection, app, lint.files));
  }
  if (!plans && event && changed) plans = await planPullRequest(event, changed, lint, root, github);
  if (!plans) return;
  await io.writeSummary(renderPlanMarkdown(plans));
  io.setOutput(Output.Plan, renderPlanJson(plans));
  if (event) await commentOnPullRequest(event, review, github, { lint, plans, env: io.env, ...(context.priority && { priority: context.priority }) }, io);
}

/** Deploys the linted files unless the lint failed; outputs and the summary are written however it ends. */
async function deployStage(io: ActionIO, root: string, inputs: LintInputs & { ignores: readonly IgnoreEntry[] }, lint: LintRun, deploy: DeployInputs, lintFails: boolean, deps: ActionDeps): Promise<void> {
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
