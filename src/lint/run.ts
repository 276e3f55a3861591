import { ConfigurationError } from '../core/errors.js';
import { DescribeIndex } from './describe/types.js';
import { parseSource } from './parse/parse.js';
import { formatOf } from './parse/source.js';
import { discover, sourceOf, type FileRef, type LintTarget } from './discover.js';
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
  /** Narrows the files found, for instance to those a pull request changed. */
  select?: (targets: LintTarget[]) => LintTarget[];
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
  unmatched: string[];
  /** The files linted, for the deploy and the plan to read the same files under the same confinement. */
  files: FileRef[];
  /** The part of its line each finding points at, when its file was read: the text report shows it. */
  excerpts?: ReadonlyMap<Finding, LineExcerpt>;
}

export type FailOn = Level | 'never';

/** Finds the files, gathers describe data, lints every file, and totals the findings. */
export async function runLint(request: LintRequest): Promise<LintRun> {
  const given = request.given ?? [];
  const discovery =
    given.length > 0 && request.patterns.length === 0
      ? { targets: [], unmatched: [], searched: [] }
      : await discover({ root: request.root, namedMayLeaveRoot: request.namedMayLeaveRoot ?? false }, request.patterns);
  const { unmatched } = discovery;
  const targets = [...(request.select ? request.select(discovery.targets) : discovery.targets), ...given];
  if (discovery.targets.length + given.length === 0) {
    // A forgotten actions/checkout or a wrong path must not pass green.
    request.log.warning(
      `No mapping file found: searched ${request.root} for ${discovery.searched.map((pattern) => `"${pattern}"`).join(', ')} ` +
        '(node_modules, .git and hidden folders are not searched). Check the files input, and that the repository is checked out.',
    );
  } else {
    for (const pattern of unmatched) request.log.warning(`No mapping file matches "${pattern}".`);
  }
  const options: LintOptions = {
    levels: request.levels,
    describe: await gatherDescribes(request, targets),
    ...(request.herokuPlan && { herokuPlan: request.herokuPlan }),
    ...(request.fixes && { fixes: request.fixes }),
  };
  return lintTargets(targets, options, unmatched, request.ignores);
}

export async function lintTargets(targets: readonly LintTarget[], options: LintOptions, unmatched: string[] = [], ignores: readonly IgnoreEntry[] = []): Promise<LintRun> {
  const linted: FileResult[] = [];
  const excerpts = new Map<Finding, LineExcerpt>();
  for (const target of targets) {
    const result = await lintFile(target, options);
    linted.push({ file: result.file, findings: result.findings });
    for (const [finding, excerpt] of result.excerpts) excerpts.set(finding, excerpt);
  }
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
  const files = targets.map(({ file, absolutePath, confinedTo }) => ({ file, absolutePath, confinedTo }));
  return withTotals({ results, findings: [...kept, ...unused], suppressed, counts: { error: 0, warning: 0, notice: 0 }, unmatched, files, excerpts });
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
