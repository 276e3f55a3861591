import { describeGitHubError, refusalOf, type GitHubApi } from './github-api.js';
import { checkRevision, runGit, type GitRunner } from './git.js';

export interface BaseContentRequest {
  /** The commit to read from: the pull request's base SHA. */
  sha: string;
  /** Relative to the repository root, '/'-separated: a ChangedFile's previousPath or path. */
  path: string;
  git: { cwd: string; run?: GitRunner };
  /** Used when the commit is not in the checkout (a shallow clone). */
  api?: { client: GitHubApi; owner: string; repo: string };
}

/**
 * The file's bytes at the commit, or undefined when the file did not exist there. Read from the
 * local repository when the commit is in it, else through the REST contents API. Throws when
 * neither can tell, rather than answer "did not exist" and make every mapping look new.
 */
export async function readBaseContent(request: BaseContentRequest): Promise<Buffer | undefined> {
  const sha = checkRevision(request.sha);
  const { cwd, run = runGit } = request.git;
  const object = `${sha}:${request.path}`;
  if ((await run(['cat-file', '-e', `${sha}^{commit}`], cwd)).exitCode === 0) {
    if ((await run(['cat-file', '-e', object], cwd)).exitCode !== 0) return undefined;
    // cat-file rather than `git show`: the stored bytes, never converted by a textconv driver.
    const blob = await run(['cat-file', 'blob', object], cwd);
    if (blob.exitCode !== 0) throw new Error(`git could not read ${request.path} at ${sha}: ${blob.stderr}`);
    return blob.stdout;
  }
  if (!request.api) {
    throw new Error(
      `The base commit ${sha} is not in the checkout and there is no GitHub token to read ${request.path} through the API. ` +
        'Set "fetch-depth: 0" on actions/checkout, or pass a token.',
    );
  }
  return readThroughApi(request.api, sha, request.path);
}

/** GitHub answers base64 up to 1 MB; above that it sends `encoding: "none"` and the raw media type gives the bytes. */
async function readThroughApi(api: NonNullable<BaseContentRequest['api']>, sha: string, path: string): Promise<Buffer | undefined> {
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
