import { describeGitHubError, PAGE_SIZE, type GitHubApi } from '../clients/github/github-api.js';
import { checkRevision, runGit, type GitRunner } from './git.js';
import type { ChangedPath, ChangeStatus } from '../plan/file.js';

export interface ChangedFile extends ChangedPath {
  /**
   * The unified diff of the file. Undefined when unknown (GitHub leaves it out of large diffs):
   * then every line of the file counts as changed. Empty when no line changed (a pure rename).
   */
  patch?: string;
}

export interface ChangedFilesRequest {
  owner: string;
  repo: string;
  pullNumber: number;
  /** Undefined when there is no token: git is used directly. */
  api: GitHubApi | undefined;
  git: {
    /** A directory inside the checkout. */
    cwd: string;
    /** The pull request's base SHA (pull_request.base.sha). */
    base: string;
    /** The pull request's head SHA, or HEAD for the merge commit actions/checkout makes. */
    head: string;
    run?: GitRunner;
  };
  log: { info(message: string): void; warning(message: string): void };
}

/** GitHub lists at most this many files of a pull request. */
export const API_FILE_CAP = 3000;

/**
 * The files a pull request changes, removed files included (status "removed"). Asks the REST API
 * first and git when the API cannot answer. Undefined when neither can: the caller then lints every
 * file, and the log has said why.
 */
export async function listChangedFiles(request: ChangedFilesRequest): Promise<ChangedFile[] | undefined> {
  if (request.api) {
    try {
      const files = await filesFromApi(request, request.api);
      if (files.length < API_FILE_CAP) return files;
      request.log.info(`GitHub lists only the first ${API_FILE_CAP} files of a pull request, and this one has that many; asking git for the full list.`);
    } catch (error) {
      request.log.info(`The GitHub API did not list the changed files (${request.api.redact(describeGitHubError(error))}); asking git instead.`);
    }
  } else {
    request.log.info('No GitHub token, so git lists the changed files.');
  }
  return filesFromGit(request);
}

/**
 * Whether a target `discover` found is one the pull request touched, so the `files` input keeps its
 * meaning: the changed paths are gathered once, and each file found is asked about as it is found.
 * Target paths are relative to the workspace, changed paths to the repository root: the same on a runner.
 */
export function onlyChanged(files: readonly ChangedFile[]): (target: { file: string }) => boolean {
  const paths = new Set(files.filter((file) => file.status !== 'removed').map((file) => file.path));
  return (target) => paths.has(target.file);
}

const STATUSES: ReadonlySet<string> = new Set<ChangeStatus>(['added', 'modified', 'renamed', 'removed', 'copied', 'changed', 'unchanged']);

async function filesFromApi(request: ChangedFilesRequest, api: GitHubApi): Promise<ChangedFile[]> {
  const octokit = await api.octokit();
  const files: ChangedFile[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, { owner: request.owner, repo: request.repo, pull_number: request.pullNumber, per_page: PAGE_SIZE });
  for await (const page of pages) {
    const entries: unknown = page.data;
    if (!Array.isArray(entries)) throw new Error(`the file list is not a list (${JSON.stringify(entries)?.slice(0, 200)})`);
    for (const entry of entries) files.push(fromApiEntry(entry));
    // GitHub's cap; a page beyond it would only repeat the question.
    if (files.length >= API_FILE_CAP) break;
  }
  return files;
}

function fromApiEntry(entry: unknown): ChangedFile {
  const { filename, status, previous_filename: previous, patch, changes } = (entry ?? {}) as Record<string, unknown>;
  if (typeof filename !== 'string' || typeof status !== 'string' || !STATUSES.has(status)) {
    throw new Error(`an entry of the file list is not a file (${JSON.stringify(entry)?.slice(0, 200)})`);
  }
  const file: ChangedFile = { path: filename, status: status as ChangeStatus };
  if (typeof previous === 'string') file.previousPath = previous;
  // GitHub leaves the patch out both of a pure rename (no changed line) and of a diff too large to show.
  if (typeof patch === 'string') file.patch = patch;
  else if (changes === 0) file.patch = '';
  return file;
}

const GIT_STATUS: Record<string, ChangeStatus> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };

async function filesFromGit(request: ChangedFilesRequest): Promise<ChangedFile[] | undefined> {
  const { cwd, run = runGit } = request.git;
  const base = checkRevision(request.git.base);
  const head = checkRevision(request.git.head);
  const mergeBase = await run(['merge-base', base, head], cwd);
  if (mergeBase.exitCode !== 0) {
    request.log.warning(
      `git cannot find where ${base} and ${head} meet (${mergeBase.stderr || 'no merge base'}), so every mapping file is linted. ` +
        'The checkout is probably shallow: set "fetch-depth: 0" on actions/checkout so that both commits and their history are there.',
    );
    return undefined;
  }
  const range = `${base}...${head}`;
  // -z: paths come unquoted and NUL-separated, whatever characters they hold.
  const names = await run(['diff', '--name-status', '-z', '-M', '--no-color', range, '--'], cwd);
  if (names.exitCode !== 0) {
    request.log.warning(`git could not list the changed files (${names.stderr}), so every mapping file is linted.`);
    return undefined;
  }
  const files = parseNameStatus(names.stdout.toString('utf8'));
  const diff = await run(['diff', '-U0', '-M', '--no-color', '--no-ext-diff', '--no-textconv', range, '--'], cwd);
  // Each file has exactly one "diff --git" header, in the order --name-status lists them; if that does
  // not hold, the patches are left out and each changed file counts as changed throughout.
  const patches = diff.exitCode === 0 ? splitPatches(diff.stdout.toString('utf8')) : [];
  if (patches.length === files.length) files.forEach((file, i) => (file.patch = patches[i]!));
  else request.log.info('git did not give one patch per changed file; every line of the changed files counts as changed.');
  return files;
}

function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length - 1;) {
    const code = fields[i++]!;
    const status = GIT_STATUS[code[0]!] ?? 'changed';
    if (code[0] === 'R' || code[0] === 'C') {
      const previousPath = fields[i++]!;
      files.push({ path: fields[i++]!, status, previousPath });
    } else {
      files.push({ path: fields[i++]!, status });
    }
  }
  return files;
}

function splitPatches(output: string): string[] {
  return output.split(/^(?=diff --git )/m).filter((chunk) => chunk.startsWith('diff --git '));
}
