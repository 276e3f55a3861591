import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { writeOutput } from '../core/fs/write.js';
import { repositoryRoot } from '../core/fs/workspace.js';
import { terminalText } from '../core/output/escape.js';
import { planFromWorkspace } from '../interface/config/app-json.js';
import { CONFIG_FILE_NAMES } from '../interface/config/load.js';
import { getBoolean } from '../interface/inputs/read.js';
import { discoverEach } from '../lint/discover.js';
import { cliSource, PROGRAM, type ParsedCommand } from './options.js';
import { EXIT, type CliIO } from './shared.js';

export const CONFIG_FILE = CONFIG_FILE_NAMES[0];
export const WORKFLOW_FILE = '.github/workflows/heroku-connect-lint.yml';
/** Where the workflow's pin goes: no offline tool can know which commit of the action its user has checked. */
export const PIN_PLACEHOLDER = 'COMMIT_SHA';

/**
 * `init`: a commented configuration file for the repository the current directory is in (its root,
 * else the current directory), naming the folders of the mapping files found there and the plan
 * app.json provisions, and a lint workflow. Neither file is replaced without --force; both are
 * checked before either is written, and both go through the one writing sink, inside that folder.
 */
export async function initCommand(parsed: ParsedCommand, io: CliIO): Promise<number> {
  if (parsed.positionals.length > 0)
    throw new ConfigurationError(`init takes no paths ("${parsed.positionals[0]}"): it looks at the repository the current directory is in. Run ${PROGRAM} init --help.`);
  const force = getBoolean(cliSource('init', parsed, io.env), 'force');
  const root = repositoryRoot(path.resolve(io.cwd)) ?? path.resolve(io.cwd);
  for (const name of [...CONFIG_FILE_NAMES, WORKFLOW_FILE]) {
    if (force || !(await exists(path.join(root, name)))) continue;
    throw new ConfigurationError(`${path.join(root, name)} exists already, and init never replaces a file: run ${PROGRAM} init --force to replace it.`);
  }
  // Only the names are kept: a repository's mapping files are not all held to learn their folders.
  const files: string[] = [];
  await discoverEach({ root, namedMayLeaveRoot: false }, [], (target) => {
    if (target.content.ok) files.push(target.file);
  });
  const globs = foldersOf(files);
  const fromApp = await planFromWorkspace(root, '--plan');
  const plan = fromApp && { plan: fromApp.plan, where: `the herokuconnect add-on in app.json${fromApp.plan === 'demo' ? ', which names no plan: the demo plan' : ''}` };
  const place = (name: string) => ({ kind: 'workspace' as const, root, name });
  // The workflow first: its folders are the likelier to be refused (a link on the way), and then nothing is written.
  await writeOutput(place(WORKFLOW_FILE), workflowText(globs), force ? 'replace' : 'refuse');
  await writeOutput(place(CONFIG_FILE), configText(globs, plan), force ? 'replace' : 'refuse');
  const found = globs.length === 0 ? 'no mapping file found: set files yourself' : `files: ${globs.join(', ')}`;
  io.stderr.write(`Wrote ${terminalText(path.join(root, CONFIG_FILE))} (${terminalText(found)}; plan: ${plan ? `${plan.plan}, from ${terminalText(plan.where)}` : 'not set'}).\n`);
  io.stderr.write(`Wrote ${terminalText(path.join(root, WORKFLOW_FILE))}: replace ${PIN_PLACEHOLDER} in it with the full commit SHA of the heroku-connect-action version you checked.\n`);
  return EXIT.ok;
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}

/** A glob per folder and extension of the files found (`heroku-connect/*.json`): a mapping file added there later is linted too. */
export function foldersOf(files: readonly string[]): string[] {
  const globs = files.map((file) => {
    const folder = path.posix.dirname(file);
    const extension = path.posix.extname(file);
    return folder === '.' ? `*${extension}` : `${folder}/*${extension}`;
  });
  return [...new Set(globs)].sort();
}

/** The configuration file init writes: every key commented, the ones it knows set. */
export function configText(globs: readonly string[], plan: { plan: string; where: string } | undefined): string {
  const files =
    globs.length > 0 ? ['files:', ...globs.map((glob) => `  - ${JSON.stringify(glob)}`)] : [`${'# files:'.padEnd(30)}# no mapping file was found when init ran`, '#   - "heroku-connect/*.json"'];
  const planLine = plan ? `${`plan: ${plan.plan}`.padEnd(30)}# from ${plan.where}` : `${'# plan: enterprise'.padEnd(30)}# app.json names no herokuconnect add-on`;
  return [
    `# ${PROGRAM}: the settings the CLI, the action and the pre-commit hook share.`,
    '# Flags and inputs override them; docs/configuration.md says what each key does.',
    '',
    '# The mapping files to lint, relative to this file. A file a glob finds is linted when it looks like a mapping file.',
    ...files,
    '',
    '# The Heroku Connect plan: demo, enterprise or shield (demo has a 10-minute polling floor).',
    planLine,
    '',
    '# Fail on a finding of this level or above: error, warning, notice or never.',
    'fail-on: error',
    '',
    '# Rule levels: off, notice, warning or error (docs/rules.md lists the rules).',
    '# rules:',
    '#   bulk-limit: off',
    '',
    '# Accepted findings: one rule, one mapping (and optionally one field), and why.',
    '# ignore:',
    '#   - rule: missing-upsert-field',
    '#     object: Legacy_Order__c',
    '#     reason: Read only by design; the upsert field comes with the next release.',
    '',
  ].join('\n');
}

/** The lint workflow init writes: on pull requests that change a mapping file or the configuration. */
export function workflowText(globs: readonly string[]): string {
  const paths = globs.length > 0 ? ['    paths:', ...[...globs, CONFIG_FILE].map((glob) => `      - ${JSON.stringify(glob)}`)] : [];
  return [
    'name: Heroku Connect mappings',
    'on:',
    '  pull_request:',
    ...paths,
    'permissions: {}',
    'jobs:',
    '  lint:',
    '    runs-on: ubuntu-latest',
    '    permissions:',
    '      contents: read          # read the repository (and a base file the checkout lacks)',
    "      pull-requests: read     # list the pull request's changed files (only-changed)",
    '    steps:',
    '      # Pin each action to a full commit SHA, and move the pin deliberately: a tag can be moved, a commit cannot.',
    '      - uses: actions/checkout@v7',
    '        with:',
    '          persist-credentials: false',
    '      # The settings come from .heroku-connect.yml.',
    `      - uses: heroku-connect-action/heroku-connect-action@${PIN_PLACEHOLDER}`,
    '',
  ].join('\n');
}
