import { encodePath } from '../text.js';

export const PROJECT_URL = 'https://github.com/heroku-connect-action/heroku-connect-action';

/** The generated rule reference, relative to the repository root: one heading (and anchor) per rule id. */
export const RULE_DOCS_PATH = 'docs/rules.md';

/** Each rule's entry in the rule reference. */
export function ruleDocsUrl(ruleId: string): string {
  return `${PROJECT_URL}/blob/main/${RULE_DOCS_PATH}#${ruleId}`;
}

/** The commit a run linted, as GitHub's environment names it: findings link to their line in it. */
export interface SourceRevision {
  /** GITHUB_SERVER_URL, such as https://github.com or a GitHub Enterprise Server URL. */
  serverUrl: string;
  /** GITHUB_REPOSITORY: owner/name. */
  repository: string;
  sha: string;
}

/** The revision from the runner's environment, or undefined outside a workflow (nothing to link to). */
export function sourceRevision(env: NodeJS.ProcessEnv): SourceRevision | undefined {
  const { GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!repository || !sha) return undefined;
  return { serverUrl: env.GITHUB_SERVER_URL || 'https://github.com', repository, sha };
}

/** The line of a file at the revision, on GitHub. Every part comes from outside and is encoded. */
export function fileLineUrl(revision: SourceRevision, file: string, line: number): string {
  const server = revision.serverUrl.replace(/\/+$/, '');
  return `${encodeURI(server)}/${encodePath(revision.repository)}/blob/${encodeURIComponent(revision.sha)}/${encodePath(file)}#L${line}`;
}
