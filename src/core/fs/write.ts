import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, realpath, rename, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { currentRun, redactSecrets } from '../run-scope.js';
import { ConfigurationError } from '../errors.js';
import { isInside } from './workspace.js';

/**
 * Where a file the tool writes goes. The place decides how far the path is trusted:
 * - `workspace`: a path from an input (`sarif-file`) or a mapping file found there: it must stay
 *   inside the workspace, and no folder on the way may be a symlink (a pull request can commit one);
 * - `named`: a path the CLI's user named on their own machine (`--output`): anywhere;
 * - `private`: a new file in a folder of the runner's or the user's (the backup, the write-errors
 *   file), named `prefix`, a random part and `suffix`, so that nobody can plant anything at its name.
 */
export type OutputPlace = { kind: 'workspace'; root: string; name: string } | { kind: 'named'; path: string } | { kind: 'private'; folder: string; prefix: string; suffix: string };

/**
 * What to do with a file already at the name. `refuse`: only a file this run created is replaced.
 * `replace`: the CLI's --output, which the user reruns to refresh a report they named. `edit`: a
 * file the user keeps (a mapping file the drift writes back), replaced with its mode kept.
 * A replacement is a new file renamed over the name: nothing is ever written into an existing file,
 * so neither a symlink nor a hard link there can lead the write elsewhere.
 */
export type ExistingFile = 'refuse' | 'replace' | 'edit';

// O_NONBLOCK: a FIFO never blocks the open. O_NOFOLLOW does not exist on Windows, where the lstat checks remain.
const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
const PRIVATE_FILE = 0o600;
const PRIVATE_FOLDER = 0o700;
const NAME_ATTEMPTS = 8;

/**
 * The one way the tool writes a file. Every secret of the run is taken out of the content; a new
 * file is created exclusively with mode 0600 (only the runner's user reads a backup of the live
 * configuration), a folder it creates gets mode 0700, and no symlink is followed. Resolves to the
 * path written.
 */
export async function writeOutput(place: OutputPlace, content: string, existing: ExistingFile = 'refuse'): Promise<string> {
  try {
    return await writePlace(place, redactSecrets(content), existing);
  } catch (error) {
    throw asOutputError(error, place.kind === 'private' ? place.folder : place.kind === 'named' ? place.path : place.name);
  }
}

async function writePlace(place: OutputPlace, text: string, existing: ExistingFile): Promise<string> {
  if (place.kind === 'private') return writePrivate(place, text);
  const { target, name } = place.kind === 'workspace' ? await insideWorkspace(place.root, place.name) : await namedPath(place.path);
  const created = currentRun().created;
  const handle = await createExclusive(target, PRIVATE_FILE, name);
  if (handle) {
    await fill(handle, target, text);
  } else {
    const info = await lstat(target);
    if (info.isSymbolicLink()) throw notThroughLink(name, name);
    if (!info.isFile()) throw notAFile(name);
    if (existing === 'refuse' && !created.has(target)) {
      throw new ConfigurationError(
        `The output path "${name}" is not written: a file that this run did not write is already there, and an output never replaces one. Remove it or choose another path.`,
      );
    }
    await replaceByRename(target, text, existing === 'edit' ? info.mode & 0o7777 : PRIVATE_FILE, name);
  }
  created.add(target);
  return target;
}

async function writePrivate(place: Extract<OutputPlace, { kind: 'private' }>, text: string): Promise<string> {
  await mkdir(place.folder, { recursive: true, mode: PRIVATE_FOLDER });
  const folder = await realpath(place.folder);
  for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
    const target = path.join(folder, `${place.prefix}${randomPart()}${place.suffix}`);
    const handle = await createExclusive(target, PRIVATE_FILE, target);
    if (!handle) continue;
    await fill(handle, target, text);
    currentRun().created.add(target);
    return target;
  }
  throw new ConfigurationError(`No new file could be created in ${place.folder}: every name tried was taken. Check what is writing there.`);
}

/** The target of a workspace path, after walking its folders: missing ones are created, a symlink or a non-folder refused. */
async function insideWorkspace(root: string, name: string): Promise<{ target: string; name: string }> {
  const target = path.resolve(root, name);
  if (!isInside(target, path.resolve(root))) {
    throw new ConfigurationError(`The output path "${name}" is outside the workspace (${root}); name a path inside it, such as "results/lint.sarif".`);
  }
  let folder = await realpath(root);
  for (const part of path.relative(path.resolve(root), path.dirname(target)).split(path.sep).filter(Boolean)) {
    folder = path.join(folder, part);
    const info = await lstat(folder).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
    if (info === undefined) await mkdir(folder, { mode: PRIVATE_FOLDER });
    else if (info.isSymbolicLink()) throw notThroughLink(name, path.relative(await realpath(root), folder));
    else if (!info.isDirectory()) throw new ConfigurationError(`The output path "${name}" goes through "${path.relative(await realpath(root), folder)}", which is not a folder.`);
  }
  return { target: path.join(folder, path.basename(target)), name };
}

/** A path the user named: its folders are created; links among them are the user's own on their machine. */
async function namedPath(file: string): Promise<{ target: string; name: string }> {
  const resolved = path.resolve(file);
  await mkdir(path.dirname(resolved), { recursive: true, mode: PRIVATE_FOLDER });
  return { target: path.join(await realpath(path.dirname(resolved)), path.basename(resolved)), name: file };
}

/** The new file's handle, or undefined when something (a file, a link, a FIFO) is already at the name. */
async function createExclusive(target: string, mode: number, name: string): Promise<FileHandle | undefined> {
  try {
    return await open(target, CREATE_FLAGS, mode);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return undefined;
    if (code === 'ELOOP' || code === 'EMLINK') throw notThroughLink(name, name);
    throw error;
  }
}

async function fill(handle: FileHandle, target: string, text: string): Promise<void> {
  try {
    await handle.writeFile(text);
  } catch (error) {
    await unlink(target).catch(() => undefined);
    throw error;
  } finally {
    await handle.close();
  }
}

/** A new file beside the target, created exclusively with `mode` (set on the handle: the umask does not narrow a kept mode), renamed over it. */
async function replaceByRename(target: string, text: string, mode: number, name: string): Promise<void> {
  for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomPart()}.tmp`);
    const handle = await createExclusive(temporary, PRIVATE_FILE, name);
    if (!handle) continue;
    await handle.chmod(mode).catch(async (error: unknown) => {
      await handle.close();
      await unlink(temporary).catch(() => undefined);
      throw error;
    });
    await fill(handle, temporary, text);
    try {
      await rename(temporary, target);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
    return;
  }
  throw new ConfigurationError(`The output file "${name}" cannot be replaced: no temporary name beside it was free.`);
}

/**
 * Every file-system error on the way to an output (a folder that is a file, no permission, a full
 * disk) is the user's path to fix, said in one line: never an internal error with a stack.
 */
function asOutputError(error: unknown, name: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (error instanceof ConfigurationError || typeof code !== 'string') return error;
  return new ConfigurationError(`The output path "${name}" cannot be written: ${FS_REASONS[code] ?? `the file system answered ${code}`}. Choose another path.`);
}

const FS_REASONS: Readonly<Record<string, string>> = {
  EEXIST: 'a file is where a folder of the path should be',
  ENOTDIR: 'a file is where a folder of the path should be',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space is left on the device',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
  ENOENT: 'a folder of the path does not exist',
};

function randomPart(): string {
  return randomBytes(4).toString('hex');
}

function notThroughLink(name: string, link: string): ConfigurationError {
  return new ConfigurationError(`The output path "${name}" is not written: "${link}" is a symbolic link, and an output is never written through one. Remove the link or choose another path.`);
}

function notAFile(name: string): ConfigurationError {
  return new ConfigurationError(`The output path "${name}" is not written: it exists and is not a regular file.`);
}
