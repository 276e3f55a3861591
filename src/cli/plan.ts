import { getChoice, getSecret, getString, readAppTargets, requireTrustedEventFor } from '../interface/inputs/read.js';
import { ConfigurationError } from '../core/errors.js';
import { formatNamed, PLAN_FORMATS, type PlanFormatName } from '../interface/formats/registry.js';
import { discover } from '../lint/discover.js';
import type { FilePlan } from '../plan/file.js';
import { planFile } from '../plan/file.js';
import { planAgainstLive } from '../plan/live.js';
import { baseReader } from '../pr/base-content.js';
import { terminalText } from '../core/output/escape.js';
import { checkRevision, runGit } from '../pr/git.js';
import { cliSource, type ParsedCommand } from './options.js';
import { readOnlyConnection, useColor, type CliIO } from './shared.js';

/** `plan`: always exits 0 when it could compute the plan; the plan informs, it does not judge. */
export async function planCommand(parsed: ParsedCommand, io: CliIO): Promise<number> {
  const { positionals } = parsed;
  const flags = cliSource('plan', parsed, io.env);
  const format = getChoice<PlanFormatName>(flags, 'plan-format') ?? 'text';
  const apps = readAppTargets(flags);
  if (apps.length > 0 && parsed.values.base !== undefined) throw new ConfigurationError('Use --base or --app, not both: a plan compares with one of them.');
  if (positionals.length === 0) throw new ConfigurationError('Name the mapping files to plan, for example: heroku-connect-action plan heroku-connect/*.json');
  const { targets, unmatched } = await discover({ root: io.cwd, namedMayLeaveRoot: true }, positionals);
  // A file that cannot be read has no version to plan: calling it new (or deleted) would mislead.
  for (const { file, content } of targets) if (!content.ok) throw new ConfigurationError(`Cannot plan "${terminalText(file)}": ${content.problem.message}`);
  for (const pattern of unmatched) io.stderr.write(`warning: No mapping file matches "${terminalText(pattern)}".\n`);

  let plans: FilePlan[];
  if (apps.length > 0) {
    const apiKey = getSecret(flags, 'heroku-api-key');
    if (apiKey === '') throw new ConfigurationError('Planning against the live connection needs the Heroku API key in HEROKU_API_KEY.');
    requireTrustedEventFor(flags, 'the Heroku API key');
    // One deadline for every app, as drift and health keep: --wait-timeout bounds the whole plan.
    const connection = readOnlyConnection(parsed, flags, io, apiKey);
    plans = [];
    // One plan per app, each its own section: "staging: 2 changes; production: 3 changes".
    for (const app of apps) plans.push(await planAgainstLive(connection, app, targets));
  } else {
    const revision = await knownRevision(getString(flags, 'base'), io.cwd);
    plans = [];
    const readBase = baseReader({ sha: revision, git: { cwd: io.cwd } });
    for (const target of targets) {
      // "<rev>:./path" is relative to the working directory, wherever it is in the repository.
      const base = await readBase(`./${target.file}`);
      // The bytes discovery read: the file is not opened again.
      const head = target.content.ok ? target.content.bytes : undefined;
      const plan = await planFile({ path: target.file, status: base === undefined ? 'added' : 'modified' }, base, head);
      if (plan) plans.push(plan);
    }
  }
  io.stdout.write(await formatNamed(PLAN_FORMATS, format).render(plans, { color: format === 'text' && useColor('plan', parsed, io) }));
  return 0;
}

/** The revision, once git knows it: a mistyped --base is the user's to fix, not a failure of the program. */
async function knownRevision(revision: string, cwd: string): Promise<string> {
  const found = await runGit(['rev-parse', '--verify', '--quiet', `${checkRevision(revision)}^{commit}`], cwd);
  if (found.exitCode !== 0) {
    throw new ConfigurationError(`git knows no commit "${revision}" in ${cwd}${found.stderr ? ` (${found.stderr.split('\n')[0]})` : ''}: give --base a branch, tag or commit SHA of this repository.`);
  }
  return revision;
}
