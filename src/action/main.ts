import { actionStage, isOpsCommand, type ActionCommand } from '../interface/commands/table.js';
import { inNewRun } from '../core/run-scope.js';
import { classifyError } from '../core/errors.js';
import { reachesFailOn, runLint, type LintRequest } from '../lint/run.js';
import { whereTheRestAre } from '../lint/report/annotations.js';
import { annotate, countingAnnotations } from '../lint/report/github.js';
import { toSarif } from '../lint/report/sarif.js';
import { sourceRevision } from '../core/output/links.js';
import { markdownText } from '../core/output/escape.js';
import { renderLintSummary } from '../lint/report/summary.js';
import { loadConfig, type LoadedConfig } from '../interface/config/load.js';
import { withPlanFromAppJson } from '../interface/config/app-json.js';
import { readPullRequestEvent, restrictsToChanged } from './event.js';
import { runDeadline } from './connection.js';
import { getChoice, getInteger, Input, readDeployInputs, readLintInputs, readLiveTarget, readReviewInputs, type InputSource, type LintInputs } from '../interface/inputs/read.js';
import { coreIO, escapedForRunner, type ActionIO } from './io.js';
import type { ActionDeps } from './shared.js';

export type { ActionDeps } from './shared.js';

/**
 * The action: lint the mapping files, report them every way GitHub shows them, fail as fail-on says;
 * then, when asked, deploy them to Heroku Connect. Resolves to the process's exit code.
 */
export function run(runner: ActionIO = coreIO(), deps: ActionDeps = {}): Promise<number> {
  // A run of its own: the secrets it reads and the files it writes are its own, not an earlier run's in the process.
  return inNewRun(() => runAction(runner, deps));
}

async function runAction(runner: ActionIO, deps: ActionDeps): Promise<number> {
  // Every annotation of the step is counted, so each batch of findings gets only the slots GitHub still shows.
  const io = countingAnnotations(escapedForRunner(runner));
  let exitCode = 0;
  try {
    const root = io.env.GITHUB_WORKSPACE || deps.cwd || process.cwd();
    const command = getChoice<ActionCommand>(io, Input.Command);
    if (command && isOpsCommand(command)) {
      const config = await loadConfig(root, { searchUp: false });
      // Each stage is loaded when the run reaches it: a lint loads none of the deploy's, the plan's or the pull request's code.
      return await (await import('./ops.js')).runOpsCommand(command, io, withConfig(io, config), root, deps);
    }
    // Secrets first: each is masked on reading, before anything can be logged.
    const deploy = readDeployInputs(io, command !== undefined && actionStage(command) === 'deploy');
    const review = readReviewInputs(io);
    const livePlan = readLiveTarget(io);
    // Only the workspace root's file: the action never looks above the repository it checked out.
    const loaded = await loadConfig(root, { searchUp: false });
    if (loaded) io.info(`Configuration: ${loaded.file} (inputs override it).`);
    const event = await readPullRequestEvent(io.env, io);
    const pullRequest = event && (await import('./pull-request.js'));
    const github =
      event &&
      (await import('../clients/github/github-api.js')).createGitHubApi({
        token: review.githubToken,
        env: io.env,
        deadline: runDeadline(deps, getInteger(io, Input.WaitTimeout)),
        ...(deps.fetch && { fetchImpl: deps.fetch }),
        ...(deps.clock && { clock: deps.clock }),
      });
    const changed = event && pullRequest && (await pullRequest.changedFiles(event, github, root, io));
    // A pull request never relaxes its own check: what would, comes from the base branch's configuration.
    const configReview = event ? await (await import('./config-review.js')).reviewPullRequestConfig(io, root, loaded, { event, changed, github }) : { config: loaded, markdown: '' };
    const config = configReview.config;
    let planNote = '';
    const inputs = await withPlanFromAppJson(withDeps(readLintInputs(withConfig(io, config)), deps), root, 'the plan input', (note) => {
      io.info(note);
      planNote = `${markdownText(note)}\n\n`;
    });
    if (review.onlyChanged === 'true' && !event) io.info('only-changed is true, but this run is not for a pull request: every file is linted.');
    const restrict = changed !== undefined && restrictsToChanged(review, event);
    const ignores = config?.ignores ?? [];
    const select: LintRequest['select'] = restrict && pullRequest && changed ? pullRequest.onlyChanged(changed) : undefined;
    const lint = await runLint({ root, ...inputs, ignores, log: io, ...(select && { select }) });
    const priority = changed && pullRequest?.changedLinePriority(changed);
    const summary = renderLintSummary(lint, undefined, sourceRevision(io.env));
    annotate(lint.findings, io, whereTheRestAre(summary.shown, lint.findings.length, Boolean(inputs.sarifFile)), priority);
    await io.writeSummary(`${configReview.markdown}${planNote}${summary.markdown}`);
    io.setOutput('errors', lint.counts.error);
    io.setOutput('warnings', lint.counts.warning);
    io.setOutput('notices', lint.counts.notice);
    io.setOutput('files', lint.files.length);
    if (inputs.sarifFile) {
      // The writing sink (with node:crypto) is loaded only when a run writes a file.
      const { writeOutput } = await import('../core/fs/write.js');
      await writeOutput({ kind: 'workspace', root, name: inputs.sarifFile }, JSON.stringify(toSarif(lint.findings, lint.suppressed), null, 2));
      io.setOutput('sarif-file', inputs.sarifFile);
    }
    const { error, warning, notice } = lint.counts;
    io.info(
      `${lint.files.length} mapping file(s) checked: ${error} error(s), ${warning} warning(s), ${notice} notice(s)${lint.suppressed.length > 0 ? `, ${lint.suppressed.length} suppressed` : ''}.`,
    );
    const lintFails = reachesFailOn(lint.counts, inputs.failOn);
    if (lintFails) {
      // An exit code rather than setFailed: setFailed would spend one of the 10 error annotations on a generic line.
      exitCode = 1;
      io.info(`Failing: findings reach fail-on "${inputs.failOn}".`);
    }
    const live = deploy ? undefined : livePlan;
    if (live || changed) await (await import('./plan-stage.js')).planStage(io, root, lint, { event, changed, github, review, priority, live, deps });
    if (deploy) await (await import('./deploy-stage.js')).deployStage(io, root, { ...inputs, ignores }, lint, deploy, lintFails, deps);
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
