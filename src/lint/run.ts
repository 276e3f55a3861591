import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { DescribeIndex } from './describe/types.js';
import { parseSource } from './parse/parse.js';
import { formatOf } from './parse/source.js';
import { discover, discoverEach, looksLikeMappingBytes, sourceOf, WHOLE_ROOT, type DiscoveryEnd, type FileRef, type LintTarget } from './discover.js';
import { lintFile, type LintOptions } from './engine.js';
import type { LineExcerpt } from './parse/excerpt.js';
import type { RuleLevels } from './levels.js';
import { applyIgnores, type IgnoreEntry, type SuppressedFinding } from './suppress.js';
import type { Clock } from '../core/http/clock.js';
import { LEVEL_RANK, type FileResult, type Finding, type Level, type HerokuPlan } from '../core/types.js';

export interface LiveDescribe {
  instanceUrl: string;
  accessToken: string;
  /** wait-timeout: how long all the describe requests may take. */
  timeLimitSeconds?: number;
  /** Injected by tests of the action and the CLI, so that retries neither reach out nor wait. */
  fetchImpl?: typeof fetch;
  clock?: Clock;
}

export interface LintRequest {
  root: string;
  patterns: readonly string[];
  /** The CLI: files and folders the user names may be outside the root. Never in the action. */
  namedMayLeaveRoot?: boolean;
  levels: RuleLevels;
  herokuPlan?: HerokuPlan;
  describePatterns: readonly string[];
  live?: LiveDescribe;
  /** Narrows the files found, for instance to those a pull request changed: asked about each file as it is found. */
  select?: (target: LintTarget) => boolean;
  /** Read already, such as standard input; with no patterns, nothing else is searched. */
  given?: readonly LintTarget[];
  /** The configuration file's ignore entries. */
  ignores?: readonly IgnoreEntry[];
  /** lint --fix: filled with each finding's fix (LintOptions.fixes). */
  fixes?: LintOptions['fixes'];
  log: { info(message: string): void; warning(message: string): void };
}

export interface LintRun {
  results: FileResult[];
  findings: Finding[];
  /** Findings an ignore entry silenced: reported as suppressed, never counted. */
  suppressed: SuppressedFinding[];
  counts: Record<Level, number>;
  /** The files linted, for the deploy and the plan to read the same files under the same confinement. */
  files: FileRef[];
  /** The part of its line each finding points at, when its file was read: the text report shows it. */
  excerpts?: ReadonlyMap<Finding, LineExcerpt>;
}

/** A run, and the options its files were linted with: lint --fix lints the fixed files again with them. */
export interface LintedRun extends LintRun {
  options: LintOptions;
}

export type FailOn = Level | 'never';

/**
 * Finds the files, gathers describe data, lints every file, and totals the findings. Each file is
 * linted as discovery reads it, so that a folder's bytes are never all held; only a live describe,
 * which asks Salesforce about every mapped object first, reads them all before the lint.
 */
export async function runLint(request: LintRequest): Promise<LintedRun> {
  const given = request.given ?? [];
  const scope = { root: request.root, namedMayLeaveRoot: request.namedMayLeaveRoot ?? false };
  const searches = !(given.length > 0 && request.patterns.length === 0);
  const kept = (target: LintTarget) => !request.select || request.select(target);
  const collected = collector();
  let found = 0;
  let options: LintOptions;
  let end: DiscoveryEnd = { unmatched: [], searched: [] };
  const describes: string[] = [];
  const lint = async (target: LintTarget) => {
    if (looksLikeDescribe(target, await collected.lint(target, options))) describes.push(target.file);
  };
  if (request.live) {
    const { targets: discovered, ...discoveryEnd } = searches ? await discover(scope, request.patterns) : { targets: [], ...end };
    end = discoveryEnd;
    found = discovered.length;
    const targets = [...discovered.filter(kept), ...given];
    options = await lintOptions(request, targets);
    for (const target of targets) await lint(target);
  } else {
    options = await lintOptions(request, []);
    if (searches) {
      end = await discoverEach(scope, request.patterns, async (target) => {
        found++;
        if (kept(target)) await lint(target);
      });
    }
    for (const target of given) await lint(target);
  }
  if (end.gitignoreNotApplied) request.log.warning(end.gitignoreNotApplied);
  // A forgotten actions/checkout, a wrong path or a mistyped glob must not pass green.
  if (found + given.length === 0 || end.unmatched.length > 0) throw nothingFound(request, end);
  describeHint(request, describes);
  return { ...totals(collected, request.ignores), options };
}

async function lintOptions(request: LintRequest, targets: readonly LintTarget[]): Promise<LintOptions> {
  return {
    levels: request.levels,
    describe: await gatherDescribes(request, targets),
    ...(request.herokuPlan && { herokuPlan: request.herokuPlan }),
    ...(request.fixes && { fixes: request.fixes }),
  };
}

/**
 * The error when a pattern matched nothing, or nothing was found at all: each pattern as given and
 * the folder it was resolved to, in the words of the CLI (paths on the command line) or of the
 * action (the files input).
 */
function nothingFound(request: LintRequest, end: DiscoveryEnd): ConfigurationError {
  const cli = request.namedMayLeaveRoot ?? false;
  const folderOf = (pattern: string) => end.searched.find((search) => search.pattern === pattern)?.folder ?? path.resolve(request.root, pattern);
  const what = (pattern: string) => {
    if (pattern === WHOLE_ROOT) return `${cli ? 'no path was given, and' : 'the files input is empty, and'} ${request.root} holds no mapping file`;
    const folder = folderOf(pattern);
    const named = path.resolve(request.root, pattern);
    return named === folder ? `"${pattern}" holds no mapping file (searched ${folder})` : `"${pattern}" matched no mapping file (searched ${folder} for it)`;
  };
  const patterns = end.unmatched.length > 0 ? end.unmatched : end.searched.map((search) => search.pattern);
  const where = patterns.map(what).join('; ');
  const skipped = 'node_modules, .git, hidden folders and what .gitignore ignores are not searched';
  const advice = cli
    ? `Check the paths, relative to ${request.root}, and quote a glob ('heroku-connect/**/*.json') so that the shell passes it as written.`
    : 'Check the files input (paths and globs relative to the workspace), and that the repository is checked out (actions/checkout) before this step.';
  return new ConfigurationError(`No mapping file found: ${where} (${skipped}). ${advice}`);
}

/** A describe's list of fields (an sObject describe, or the sf CLI's output of one) or of objects (a global describe). */
const DESCRIBE_LIST = /"(?:fields|sobjects)"\s*:\s*\[/;

/** Whether a file with findings is a Salesforce describe rather than a mapping file: looked at only then, so a clean lint never pays for it. */
function looksLikeDescribe(target: LintTarget, result: FileResult): boolean {
  return result.findings.length > 0 && target.content.ok && !looksLikeMappingBytes(target.content.bytes) && DESCRIBE_LIST.test(target.content.bytes.toString('latin1'));
}

/**
 * Describes linted as mapping files get "no mappings" findings that say nothing of the likely
 * cause: an unquoted `--describe *.json` that the shell expanded into many paths, of which all but
 * the first became files to lint. Said once, naming the files.
 */
function describeHint(request: LintRequest, files: readonly string[]): void {
  if (files.length === 0) return;
  const shown = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
  const meant = request.namedMayLeaveRoot
    ? `If they were meant for --describe, quote its glob so that the shell passes it as written (--describe 'describe/*.json'), or give --describe once per file.`
    : 'If they were meant as describe snapshots, name them in the describe input instead of files.';
  request.log.warning(
    `${shown} ${files.length === 1 ? 'looks like a Salesforce describe' : 'look like Salesforce describes'}, not mapping files, and ${files.length === 1 ? 'was' : 'were'} linted as mapping files. ${meant}`,
  );
}

/** Lints targets read already, and totals their findings. */
export async function lintTargets(targets: readonly LintTarget[], options: LintOptions, ignores: readonly IgnoreEntry[] = []): Promise<LintRun> {
  const collected = collector();
  for (const target of targets) await collected.lint(target, options);
  return totals(collected, ignores);
}

/** What the totals need of each file linted, kept as the files are linted one by one. */
function collector() {
  const linted: FileResult[] = [];
  const files: FileRef[] = [];
  const excerpts = new Map<Finding, LineExcerpt>();
  const lint = async (target: LintTarget, options: LintOptions): Promise<FileResult> => {
    const result = await lintFile(target, options);
    linted.push({ file: result.file, findings: result.findings });
    for (const [finding, excerpt] of result.excerpts) excerpts.set(finding, excerpt);
    files.push({ file: target.file, absolutePath: target.absolutePath, confinedTo: target.confinedTo });
    return result;
  };
  return { linted, files, excerpts, lint };
}

function totals({ linted, files, excerpts }: ReturnType<typeof collector>, ignores: readonly IgnoreEntry[] = []): LintRun {
  const {
    findings: kept,
    suppressed,
    unused,
  } = applyIgnores(
    linted.flatMap((result) => result.findings),
    ignores,
  );
  const keep = new Set(suppressed.length > 0 ? kept : []);
  const results = suppressed.length === 0 ? linted : linted.map((result) => ({ file: result.file, findings: result.findings.filter((finding) => keep.has(finding)) }));
  // A stale ignore is a warning in the configuration file, listed like a file's findings.
  if (unused.length > 0) results.push({ file: unused[0]!.file, findings: unused });
  return withTotals({ results, findings: [...kept, ...unused], suppressed, counts: { error: 0, warning: 0, notice: 0 }, files, excerpts });
}

/** `--quiet`: errors only; warnings and notices are neither shown nor counted. */
export function errorsOnly(run: LintRun): LintRun {
  const isError = (finding: Finding) => finding.level === 'error';
  return withTotals({
    ...run,
    results: run.results.map((result) => ({ ...result, findings: result.findings.filter(isError) })),
    findings: run.findings.filter(isError),
    suppressed: run.suppressed.filter(isError),
  });
}

function withTotals(run: LintRun): LintRun {
  const counts: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of run.findings) counts[finding.level]++;
  return { ...run, counts };
}

export function reachesFailOn(counts: Record<Level, number>, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return (Object.keys(counts) as Level[]).some((level) => counts[level] > 0 && LEVEL_RANK[level] <= LEVEL_RANK[failOn]);
}

async function gatherDescribes(request: LintRequest, targets: readonly LintTarget[]): Promise<DescribeIndex> {
  // The describe loader (and the glob library it needs) is loaded only when describe files are named.
  const index =
    request.describePatterns.length > 0
      ? await (await import('./describe/load.js')).loadDescribeFiles(request.describePatterns, request.root, request.namedMayLeaveRoot ?? false)
      : new DescribeIndex();
  if (!request.live) return index;
  const { objectNames, apiVersion } = await mappedObjects(targets);
  const wanted = objectNames.filter((name) => !index.get(name)?.fields);
  if (wanted.length === 0) return index;
  // The Salesforce client is loaded only for a live describe: a lint of files makes no request.
  const { DEFAULT_API_VERSION, fetchDescribes } = await import('./describe/live.js');
  const live = await fetchDescribes({ ...request.live, objectNames: wanted, ...(apiVersion && { apiVersion }), log: request.log });
  // Names never asked for (not API names, or past the cap) are not answers.
  if (live.missing.length > 0 && live.missing.length === wanted.length - live.notAsked.length) {
    throw new ConfigurationError(
      `Salesforce answered "not found" for every mapped object (${live.missing.join(', ')}). Check salesforce-instance-url and that the org supports API version ${apiVersion ?? DEFAULT_API_VERSION}.`,
    );
  }
  for (const name of wanted) {
    const described = live.index.get(name);
    if (described) index.add(described);
  }
  return index;
}

/** The object names (and the API version) of the mapping files, read leniently: lint reports what is broken. */
async function mappedObjects(targets: readonly LintTarget[]): Promise<{ objectNames: string[]; apiVersion?: string }> {
  const names = new Set<string>();
  let apiVersion: string | undefined;
  for (const target of targets) {
    // An unreadable or malformed file gets its own finding from the lint; it adds no object names.
    const source = sourceOf(target);
    if (!source.ok) continue;
    const value = (await parseSource(source.text, formatOf(target.file))).value as { mappings?: unknown; connection?: { api_version?: unknown } } | null | undefined;
    const mappings: unknown[] = Array.isArray(value?.mappings) ? value.mappings : [];
    for (const mapping of mappings) {
      const name = (mapping as { object_name?: unknown } | null)?.object_name;
      if (typeof name === 'string') names.add(name);
    }
    if (typeof value?.connection?.api_version === 'string') apiVersion ??= value.connection.api_version;
  }
  return { objectNames: [...names], ...(apiVersion && { apiVersion }) };
}
