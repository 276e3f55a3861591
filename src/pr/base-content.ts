import { urlSegment } from '../core/http/safety.js';
import { describeGitHubError, refusalOf, type GitHubApi } from '../clients/github/github-api.js';
import { checkRevision, runGit, type GitRunner } from './git.js';

export interface BaseCommit {
  /** The commit to read from: the pull request's base SHA. */
  sha: string;
  git: { cwd: string; run?: GitRunner };
  /** Used when the commit is not in the checkout (a shallow clone). */
  api?: { client: GitHubApi; owner: string; repo: string };
}

/** Reads a file (relative to the repository root, '/'-separated) as the commit had it; undefined when it did not exist there. */
export type BaseReader = (path: string) => Promise<Buffer | undefined>;

/**
 * Reads files as they were at one commit: from the local repository when the commit is in it, else
 * through the REST contents API. A read throws when neither can tell, rather than answer "did not
 * exist" and make every mapping look new. A file the commit has costs one git process: whether the
 * commit is checked out is asked only when a read fails, and once for all files.
 */
export function baseReader(commit: BaseCommit): BaseReader {
  const { cwd, run = runGit } = commit.git;
  let checkedOut: Promise<boolean> | undefined;
  return async (path) => {
    const sha = checkRevision(commit.sha);
    const object = `${sha}:${path}`;
    // cat-file rather than `git show`: the stored bytes, never converted by a textconv driver.
    const blob = await run(['cat-file', 'blob', object], cwd);
    if (blob.exitCode === 0) return blob.stdout;
    checkedOut ??= run(['cat-file', '-e', `${sha}^{commit}`], cwd).then((result) => result.exitCode === 0);
    if (await checkedOut) {
      if ((await run(['cat-file', '-e', object], cwd)).exitCode !== 0) return undefined;
      throw new Error(`git could not read ${path} at ${sha}: ${blob.stderr}`);
    }
    if (!commit.api) {
      throw new Error(`The base commit ${sha} is not in the checkout and there is no GitHub token to read ${path} through the API. ` + 'Set "fetch-depth: 0" on actions/checkout, or pass a token.');
    }
    return readThroughApi(commit.api, sha, path);
  };
}

/** GitHub answers base64 up to 1 MB; above that it sends `encoding: "none"` and the raw media type gives the bytes. */
async function readThroughApi(api: NonNullable<BaseCommit['api']>, sha: string, path: string): Promise<Buffer | undefined> {
  // Octokit encodes the path into one segment; a part such as ".." must not name another resource.
  for (const part of path.split('/')) urlSegment(part, (reason) => new Error(`The path ${path} has a part that ${reason}; it is not read through the GitHub API.`));
  const octokit = await api.client.octokit();
  const file = { owner: api.owner, repo: api.repo, path, ref: sha };
  let entry: { type?: unknown; encoding?: unknown; content?: unknown } | undefined;
  try {
    entry = (await octokit.rest.repos.getContent(file)).data as typeof entry;
  } catch (error) {
    if (refusalOf(error)?.status === 404) return undefined;
    throw new Error(`The GitHub API did not return ${path} at ${sha} (${describeGitHubError(error)}).`);
  }
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry) || entry.type !== 'file') {
    throw new Error(`The GitHub API did not return ${path} at ${sha} as a file.`);
  }
  if (entry.encoding === 'base64' && typeof entry.content === 'string') return Buffer.from(entry.content, 'base64');
  let raw: unknown;
  try {
    raw = (await octokit.rest.repos.getContent({ ...file, headers: { accept: 'application/vnd.github.raw+json' } })).data;
  } catch (error) {
    throw new Error(`The GitHub API did not return the content of ${path} at ${sha} (${describeGitHubError(error)}).`);
  }
  // Octokit gives a text media type as a string, any other as bytes.
  if (typeof raw === 'string') return Buffer.from(raw, 'utf8');
  if (raw instanceof ArrayBuffer) return Buffer.from(raw);
  throw new Error(`The GitHub API did not return the content of ${path} at ${sha} as bytes.`);
}
