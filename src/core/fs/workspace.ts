import { closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * The one way the tool touches files it did not create itself. Every path in a pull request may be
 * hostile: a committed symlink can point at the runner's git credentials, a FIFO can block a read
 * forever, /proc and /dev/zero never end. Reads are confined to a real folder and bounded on the
 * opened handle. Writes go through src/core/fs/write.ts.
 */

/** Files above this size are refused with one finding: a real connection export is well under 5 MB. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** How much of a file that cannot be linted is looked at to tell whether it could be a mapping file. */
export const PEEK_BYTES = 64 * 1024;

export type ReadFailure = 'missing' | 'outside' | 'not-a-file' | 'too-large' | 'unreadable';

export type FileRead =
  | { ok: true; bytes: Buffer }
  /** `head`: the first PEEK_BYTES of a file too large to read, so a caller can tell what it is. */
  | { ok: false; failure: ReadFailure; message: string; head?: Buffer };

// O_NONBLOCK: opening a FIFO for reading must not wait for a writer. O_NOFOLLOW does not exist on Windows.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * Reads a file whose real path must stay inside `confinedTo` (itself resolved to its real path);
 * `confinedTo` null reads wherever the path leads, for a file the CLI's user named on their own
 * machine. Nothing outside the confinement is opened, so none of its content can reach a message.
 * The system calls are synchronous: the tool reads its files one after another with nothing else
 * to do meanwhile, and for a folder of exports each trip through the thread pool cost more than
 * the read itself. No call can block: the open does not wait for a FIFO's writer, and what is not
 * a regular file is refused before it is read.
 */
export function readConfined(absolutePath: string, confinedTo: string | null, limit = MAX_FILE_BYTES): FileRead {
  let real: string;
  try {
    real = realpathSync.native(absolutePath);
    if (confinedTo !== null) {
      const realRoot = realpathSync.native(confinedTo);
      if (!isInside(real, realRoot)) return outside(absolutePath, real, realRoot);
    }
  } catch (error) {
    return failedWith(error);
  }
  let descriptor: number | undefined;
  try {
    descriptor = openSync(real, READ_FLAGS);
    const info = fstatSync(descriptor);
    if (!info.isFile()) {
      return { ok: false, failure: 'not-a-file', message: 'This path is not a regular file (it is a directory, a FIFO, a socket or a device), so it is not read.' };
    }
    // The size stat reports is a hint only: /proc files say 0, a file may grow. The read itself is bounded.
    if (info.size > limit) {
      const head = Buffer.alloc(Math.min(limit, PEEK_BYTES));
      const bytesRead = readSync(descriptor, head, 0, head.length, 0);
      return tooLarge(formatBytes(info.size), limit, head.subarray(0, bytesRead));
    }
    const bytes = readAtMost(descriptor, limit + 1, info.size);
    if (bytes.length > limit) return tooLarge(`more than ${formatBytes(limit)}`, limit, bytes.subarray(0, PEEK_BYTES));
    return { ok: true, bytes };
  } catch (error) {
    return failedWith(error);
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** Reads a stream (standard input) under the same size limit as a file: a stream that never ends is cut at the limit. */
export async function readStream(stream: AsyncIterable<Uint8Array>, limit = MAX_FILE_BYTES): Promise<FileRead> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    chunks.push(Buffer.from(chunk));
    total += chunk.length;
    if (total > limit) return tooLarge(`more than ${formatBytes(limit)}`, limit, Buffer.concat(chunks).subarray(0, PEEK_BYTES));
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/** The read that looks for the end of a file after stat's size was read: small, so that it costs a folder of exports nothing. */
const END_PROBE_BYTES = 1024;

/**
 * The first read is sized by stat's hint, plus a byte to see the end: one read for a file that keeps
 * its size. A short read is followed by one small read that finds the end; only a file that grows,
 * or one whose size stat cannot tell, reads on in chunks of a megabyte. Buffers are not zero-filled
 * (only the bytes read are kept), nor a megabyte each: either was most of the time spent reading a
 * folder of small exports.
 */
function readAtMost(descriptor: number, most: number, sizeHint: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let chunkSize = Math.max(sizeHint + 1, PEEK_BYTES);
  while (total < most) {
    const chunk = Buffer.allocUnsafe(Math.min(most - total, chunkSize));
    const bytesRead = readSync(descriptor, chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    chunkSize = bytesRead < chunk.length ? END_PROBE_BYTES : 1024 * 1024;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** The refusal of a path that leaves `root` as written: nothing is looked at, so not even whether it exists can reach a message. */
export function outsideRoot(root: string): FileRead {
  return { ok: false, failure: 'outside', message: `This path is outside ${root}, the folder it is read from, so it is not read. Name a file inside it.` };
}

function outside(absolutePath: string, real: string, realRoot: string): FileRead {
  // The target's path is named so the user can find the link; what the target holds is never read.
  const what = path.resolve(absolutePath) === real ? 'This path is' : `This path is a symbolic link to ${real}, which is`;
  return {
    ok: false,
    failure: 'outside',
    message: `${what} outside ${realRoot}, the folder it is read from, so it is not read. Commit the mapping file itself, not a link to another place.`,
  };
}

function tooLarge(size: string, limit: number, head: Buffer): FileRead {
  return {
    ok: false,
    failure: 'too-large',
    head,
    message: `The file is ${size}, over the ${formatBytes(limit)} limit for a mapping file; ` + 'a real Heroku Connect export is far smaller. Check that this is the file you meant.',
  };
}

function failedWith(error: unknown): FileRead {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { ok: false, failure: 'missing', message: 'The file cannot be read (no such file).' };
    case 'ELOOP':
      return { ok: false, failure: 'unreadable', message: 'The file cannot be read: it is a symbolic link that loops or goes through too many links.' };
    case 'EACCES':
    case 'EPERM':
      return { ok: false, failure: 'unreadable', message: 'The file cannot be read (permission denied).' };
    case 'EISDIR':
      return { ok: false, failure: 'not-a-file', message: 'This path is a directory, not a file, so it is not read.' };
    default:
      return { ok: false, failure: 'unreadable', message: `The file cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}).` };
  }
}

/**
 * The folder holding `.git` (a folder in a clone, a file in a worktree or submodule), at `start` or
 * above it: where the configuration file is looked for last, and where git is asked what it ignores.
 * A folder that cannot be looked into holds none.
 */
export function repositoryRoot(start: string): string | undefined {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, '.git'))) return folder;
    if (path.dirname(folder) === folder) return undefined;
  }
}

/** True when `child` is `parent` or below it; both absolute and already resolved. */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

export function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MiB`;
  if (size >= 1024) return `${(size / 1024).toFixed(1)} KiB`;
  return `${size} bytes`;
}
