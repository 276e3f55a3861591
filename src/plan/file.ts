import { decode, formatOf } from '../lint/parse/source.js';
import { mappingsOf, planChanges, type ChangePlan } from './diff.js';
import { parseSource } from '../lint/parse/parse.js';
import { isRecord } from '../core/json.js';
import { apiVersionUnread } from './consequences.js';

/** GitHub's statuses for a file of a pull request; git's letters map onto the same words. */
export type ChangeStatus = 'added' | 'modified' | 'renamed' | 'removed' | 'copied' | 'changed' | 'unchanged';

/** A file a change touches. */
export interface ChangedPath {
  /** Relative to the repository root, '/'-separated; the new path of a renamed file. */
  path: string;
  status: ChangeStatus;
  /** The path at the base, for renamed and copied files. */
  previousPath?: string;
}

/** A copied file counts as added: nothing at its path was imported before. */
export type FileStatus = 'added' | 'modified' | 'renamed' | 'removed';

export interface FilePlan extends ChangePlan {
  /** Relative to the repository root, '/'-separated. */
  path: string;
  /** The path at the base, for a renamed file. */
  previousPath?: string;
  status: FileStatus;
  /** For a plan against a live connection: the app it belongs to. */
  app?: string;
}

/**
 * The plan of one changed file. `base`: the bytes at the base commit (of previousPath for a rename),
 * undefined when they could not be read; `head`: the bytes in the pull request. A removed file that
 * was no mapping document has nothing to plan: undefined.
 */
export async function planFile(file: ChangedPath, base: Buffer | undefined, head: Buffer | undefined): Promise<FilePlan | undefined> {
  const status = fileStatus(file);
  const basePath = file.previousPath ?? file.path;
  const before = status === 'added' ? undefined : await documentOf(basePath, base);
  const after = status === 'removed' ? undefined : await documentOf(file.path, head);
  if (status === 'removed' && !mappingsOf(before)) return undefined;
  const plan = planChanges(before, after);
  const from = apiVersionOf(before);
  const to = apiVersionOf(after);
  // Only the live plan can read the schema diff; the offline one says so where the version changes.
  if (!plan.unreadable && from !== undefined && to !== undefined && from !== to) plan.changes = [apiVersionUnread(from, to), ...plan.changes];
  return {
    path: file.path,
    ...(status === 'renamed' && { previousPath: basePath }),
    status,
    ...plan,
  };
}

/** The document's connection.api_version, as written. */
function apiVersionOf(document: unknown): string | undefined {
  if (!isRecord(document) || !isRecord(document.connection)) return undefined;
  const version = document.connection.api_version;
  return typeof version === 'string' || typeof version === 'number' ? String(version) : undefined;
}

function fileStatus(file: ChangedPath): FileStatus {
  switch (file.status) {
    case 'added':
    case 'copied':
      return 'added';
    case 'removed':
    case 'renamed':
      return file.status;
    default:
      return 'modified';
  }
}

/** The parsed document, read the way the lint reads files; null when there is none to read. */
async function documentOf(path: string, bytes: Buffer | undefined): Promise<unknown> {
  if (bytes === undefined) return null;
  const format = formatOf(path);
  const read = decode(bytes, format);
  if (!read.ok) return null;
  return (await parseSource(read.text, format)).value ?? null;
}
