import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { checkGlob, GLOB_OPTIONS } from '../core/fs/glob.js';
import { isInside, outsideRoot, PEEK_BYTES, readConfined, type FileRead } from '../core/fs/workspace.js';
import { decode, failedRead, formatOf, utf16Encoding, type FailedRead, type ReadOutcome } from './parse/source.js';

/** A file to lint or deploy, and the folder its real path must stay in. */
export interface FileRef {
  /** Relative to the root, '/'-separated: the path findings are reported at. */
  file: string;
  absolutePath: string;
  /** The real folder the file's real path must stay in; null for a file the CLI's user named, which may be anywhere. */
  confinedTo: string | null;
}

export interface LintTarget extends FileRef {
  /**
   * What discovery read: the engine lints this and never reads the file again. The bytes stay
   * outside the JavaScript heap and are decoded when they are linted (sourceOf): a folder's texts
   * held as strings until their turn came cost the garbage collector more than decoding twice.
   */
  content: FileContent;
}

/** A file's bytes, or why it could not be read. */
export type FileContent = { ok: true; bytes: Buffer } | FailedRead;

/** A target's text, decoded now and held only as long as the caller holds it. */
export function sourceOf({ file, content }: Pick<LintTarget, 'file' | 'content'>): ReadOutcome {
  return content.ok ? decode(content.bytes, formatOf(file)) : content;
}

export interface Discovery {
  targets: LintTarget[];
  /** Patterns that matched no mapping file, said once so a typo in a glob is not silent. */
  unmatched: string[];
  /** What was searched, for the warning when nothing was found. */
  searched: string[];
}

export interface DiscoveryScope {
  root: string;
  /**
   * The CLI: a file the user names may be anywhere, and a folder or glob they name outside the root
   * is searched (never following a link out of it). The action: everything stays in the workspace.
   */
  namedMayLeaveRoot: boolean;
}

const MAPPING_EXTENSIONS = '{json,yml,yaml}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
/** A file that fails to read is reported when its name says it is meant as a mapping file. */
const MAPPING_NAME = /connect|mapping/i;

/**
 * Resolves the `files` input: newline-separated globs, `!` to exclude. A path named without glob
 * characters is always linted (a non-mapping file then gets findings saying why); files a search
 * finds are linted when they look like mapping files, and reported when they cannot be read but
 * could be one. Searches never follow a symlinked folder, nor read through a link out of the root.
 */
export async function discover(scope: DiscoveryScope, patterns: readonly string[]): Promise<Discovery> {
  const root = path.resolve(scope.root);
  const realRoot = await realpath(root);
  const positive = patterns.filter((p) => !p.startsWith('!'));
  const globs = lazyGlobs(patterns);
  const searches = positive.length > 0 ? positive : [`**/*.${MAPPING_EXTENSIONS}`];
  const found = new Map<string, LintTarget>();
  const unmatched: string[] = [];
  const add = (target: LintTarget) => {
    if (!found.has(target.absolutePath)) found.set(target.absolutePath, target);
  };

  for (const pattern of patterns) if (pattern.startsWith('!') || (await globs.isDynamic(pattern))) checkGlob(pattern, 'files pattern');
  for (const pattern of searches) {
    const named = path.resolve(root, pattern);
    const dynamic = await globs.isDynamic(pattern);
    if (!dynamic && !scope.namedMayLeaveRoot && !isInside(named, root)) {
      // Said without looking: whether something exists outside the workspace is not the pull request's to learn.
      add(readTargetFrom({ file: shown(root, named), absolutePath: named, confinedTo: realRoot }, outsideRoot(root)));
      continue;
    }
    if (!dynamic && !(await isDirectory(named))) {
      add(await readTarget({ file: shown(root, named), absolutePath: named, confinedTo: scope.namedMayLeaveRoot ? null : realRoot }));
      continue;
    }
    const search = dynamic ? pattern : `${pattern.replace(/\/+$/, '')}/**/*.${MAPPING_EXTENSIONS}`;
    const { picomatch, isIgnored } = await globs.load();
    const { base, glob } = picomatch.scan(search);
    const baseDir = path.resolve(root, base);
    if (!scope.namedMayLeaveRoot && !isInside(baseDir, root)) {
      throw new ConfigurationError(`The files pattern "${pattern}" searches outside the workspace (${root}); patterns are relative to the workspace and stay inside it.`);
    }
    const realBase = await realpath(baseDir).catch(() => undefined);
    if (realBase === undefined) {
      if (positive.length > 0) unmatched.push(pattern);
      continue;
    }
    const confinedTo = isInside(realBase, realRoot) ? realRoot : scope.namedMayLeaveRoot ? realBase : undefined;
    if (confinedTo === undefined) {
      // A committed link where the searched folder should be: said, never followed.
      const refused = await readTarget({ file: shown(root, baseDir), absolutePath: baseDir, confinedTo: realRoot });
      add(refused);
      continue;
    }
    let matched = 0;
    const paths = (await walk(realBase, picomatch(glob, { ...GLOB_OPTIONS, dot: false }), glob, (relativeToBase) => isIgnored(shown(root, path.join(baseDir, relativeToBase))))).map((relative) =>
      path.join(baseDir, relative),
    );
    for (const absolutePath of paths) {
      if (found.has(absolutePath)) continue;
      const target = await searchedTarget({ file: shown(root, absolutePath), absolutePath, confinedTo });
      if (!target) continue;
      add(target);
      matched++;
    }
    if (matched === 0 && positive.length > 0) unmatched.push(pattern);
  }
  return { targets: [...found.values()], unmatched, searched: searches };
}

/** Reads a file once, as the lint will see it. */
export async function readTarget(ref: FileRef): Promise<LintTarget> {
  return readTargetFrom(ref, await readConfined(ref.absolutePath, ref.confinedTo));
}

/** A target from what was read already, such as standard input. */
export function readTargetFrom(ref: FileRef, read: FileRead): LintTarget {
  return { ...ref, content: read.ok ? { ok: true, bytes: read.bytes } : failedRead('unreadable', read.message) };
}

/**
 * A file a search found: linted when its text looks like a mapping file; when it cannot be read or
 * decoded, reported when its name or its first bytes say it could be one, so it never passes in silence.
 */
async function searchedTarget(ref: FileRef): Promise<LintTarget | undefined> {
  const read = await readConfined(ref.absolutePath, ref.confinedTo);
  if (read.ok) {
    const source = decode(read.bytes, formatOf(ref.file));
    const wanted = source.ok ? looksLikeMappingText(source.text) : couldBeMappingFile(ref.file, read.bytes);
    return wanted ? { ...ref, content: { ok: true, bytes: read.bytes } } : undefined;
  }
  return couldBeMappingFile(ref.file, read.head) ? { ...ref, content: failedRead('unreadable', read.message) } : undefined;
}

/**
 * A mapping file has a top-level `mappings` list and mappings with `object_name`. Told from the text
 * without parsing it, so the engine's parse is the only one; a false match gets findings saying why.
 */
export function looksLikeMappingText(text: string): boolean {
  const mappingsList = /"mappings"\s*:\s*\[/.test(text) || /^["']?mappings["']?[ \t]*:/m.test(text);
  return mappingsList && /["']?object_name["']?\s*:/.test(text);
}

/** By name, or by its first bytes read leniently (UTF-8 or UTF-16) mentioning a mapping file's keys. */
function couldBeMappingFile(file: string, head: Buffer | undefined): boolean {
  if (MAPPING_NAME.test(path.posix.basename(file))) return true;
  if (head === undefined) return false;
  const start = head.subarray(0, PEEK_BYTES);
  const text = new TextDecoder(utf16Encoding(start) ?? 'utf-8').decode(start);
  return text.includes('mappings') || text.includes('object_name');
}

/**
 * Every entry under `base` that `glob` matches, relative to base: files, and links and special files
 * too (the read refuses them with a reason). Folders are entered only when they are real folders,
 * never through a link, so a link to / or /proc cannot make the walk endless; iterative, so no depth
 * can overflow the stack.
 */
async function walk(base: string, isMatch: (relative: string) => boolean, glob: string, isIgnored: (relative: string) => boolean): Promise<string[]> {
  // Without "**" a glob cannot match deeper than its own segments.
  const maxDepth = glob.includes('**') ? Infinity : glob.split('/').length;
  const entersHidden = /(^|\/)\./.test(glob);
  const matches: string[] = [];
  const folders: { relative: string; depth: number }[] = [{ relative: '', depth: 0 }];
  while (folders.length > 0) {
    const folder = folders.pop()!;
    const entries = await readdir(path.join(base, folder.relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const relative = folder.relative === '' ? entry.name : `${folder.relative}/${entry.name}`;
      if (isIgnored(relative)) continue;
      if (entry.isDirectory()) {
        if (folder.depth + 1 < maxDepth && (entersHidden || !entry.name.startsWith('.'))) folders.push({ relative, depth: folder.depth + 1 });
      } else if (isMatch(relative)) {
        matches.push(relative);
      }
    }
  }
  return matches.sort();
}

/** Characters a glob needs; a pattern without any of them names a path and is never a glob. */
const GLOB_CHARACTERS = /[*?[\]{}()!+@\\]/;

/**
 * The glob libraries, loaded when a pattern may be a glob or a folder is searched: a run that names
 * its files (the usual action and pre-commit use) never loads or compiles them.
 */
function lazyGlobs(patterns: readonly string[]) {
  let loaded: Promise<{ picomatch: typeof import('picomatch'); isDynamicPattern: (pattern: string) => boolean; isIgnored: (path: string) => boolean }> | undefined;
  const load = () =>
    (loaded ??= Promise.all([import('picomatch'), import('tinyglobby')]).then(([{ default: picomatch }, { isDynamicPattern }]) => ({
      picomatch,
      isDynamicPattern,
      isIgnored: picomatch([...ALWAYS_IGNORED, ...patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1))], { ...GLOB_OPTIONS, dot: true }),
    })));
  return {
    load,
    isDynamic: async (pattern: string) => GLOB_CHARACTERS.test(pattern) && (await load()).isDynamicPattern(pattern),
  };
}

function shown(root: string, absolutePath: string): string {
  return path.relative(root, absolutePath).split(path.sep).join('/');
}

async function isDirectory(absolutePath: string): Promise<boolean> {
  return stat(absolutePath).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
