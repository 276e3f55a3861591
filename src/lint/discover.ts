import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { checkGlob, GLOB_OPTIONS } from '../core/fs/glob.js';
import { isInside, outsideRoot, PEEK_BYTES, readConfined, type FileRead } from '../core/fs/workspace.js';
import type { GitIgnored } from './gitignore.js';
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

export interface Discovery extends DiscoveryEnd {
  targets: LintTarget[];
}

/** What a search learnt besides the files, known once every pattern was searched. */
export interface DiscoveryEnd {
  /** Patterns that matched no mapping file, as given. */
  unmatched: string[];
  /** Each pattern searched, and the absolute folder it was resolved to, for the error when nothing was found. */
  searched: { pattern: string; folder: string }[];
  /** Why the repository's .gitignore could not be applied, when it could not. */
  gitignoreNotApplied?: string;
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
/** The search when no pattern is given: the root folder, as if it had been named. */
export const WHOLE_ROOT = '';
/** What `**\/*.{json,yml,yaml}` matches in a file name (picomatch, without dot files), told without the glob library. */
const MAPPING_FILE_NAME = /^[^.].*\.(?:json|ya?ml)$/;
/** Folders never searched: `**\/node_modules/**` and `**\/.git/**` below the root. */
const ALWAYS_IGNORED = new Set(['node_modules', '.git']);
/** A file that fails to read is reported when its name says it is meant as a mapping file. */
const MAPPING_NAME = /connect|mapping/i;

/** Every file, as `discoverEach` finds it. */
export async function discover(scope: DiscoveryScope, patterns: readonly string[]): Promise<Discovery> {
  const targets: LintTarget[] = [];
  const end = await discoverEach(scope, patterns, (target) => {
    targets.push(target);
  });
  return { targets, ...end };
}

/**
 * Resolves the `files` input: newline-separated globs, `!` to exclude. A path named without glob
 * characters is always linted (a non-mapping file then gets findings saying why); files a search
 * finds are linted when they look like mapping files, and reported when they cannot be read but
 * could be one. Searches never follow a symlinked folder, nor read through a link out of the root,
 * and in a git checkout skip what its .gitignore files ignore (see gitIgnored).
 *
 * Each file is read and handed to `found` before the next is read, in the order of the patterns and
 * then of the paths: a folder's bytes are never all held at once. The calls are synchronous, since
 * the reads are one after another anyway, and node:fs/promises costs a lint's start-up more than
 * it saves.
 */
export async function discoverEach(scope: DiscoveryScope, patterns: readonly string[], found: (target: LintTarget) => void | Promise<void>): Promise<DiscoveryEnd> {
  const root = path.resolve(scope.root);
  const realRoot = realpathSync.native(root);
  const positive = patterns.filter((p) => !p.startsWith('!'));
  const globs = lazyGlobs(patterns);
  const searches = positive.length > 0 ? positive : [WHOLE_ROOT];
  const seen = new Set<string>();
  const unmatched: string[] = [];
  const searched: DiscoveryEnd['searched'] = [];
  let notApplied: string | undefined;
  const ignoredBelow = new Map<string, GitIgnored>();
  const add = async (target: LintTarget) => {
    if (seen.has(target.absolutePath)) return;
    seen.add(target.absolutePath);
    await found(target);
  };

  for (const pattern of patterns) if (pattern.startsWith('!') || (await globs.isDynamic(pattern))) checkGlob(pattern, 'files pattern');
  for (const pattern of searches) {
    const named = path.resolve(root, pattern);
    const dynamic = await globs.isDynamic(pattern);
    if (!dynamic && !scope.namedMayLeaveRoot && !isInside(named, root)) {
      // Said without looking: whether something exists outside the workspace is not the pull request's to learn.
      await add(readTargetFrom({ file: shown(root, named), absolutePath: named, confinedTo: realRoot }, outsideRoot(root)));
      continue;
    }
    if (!dynamic && !isDirectory(named)) {
      await add(readTarget({ file: shown(root, named), absolutePath: named, confinedTo: scope.namedMayLeaveRoot ? null : realRoot }));
      continue;
    }
    const { base, glob, isMatch } = dynamic ? await globs.compile(pattern) : folderSearch(pattern);
    const baseDir = path.resolve(root, base);
    searched.push({ pattern, folder: baseDir });
    if (!scope.namedMayLeaveRoot && !isInside(baseDir, root)) {
      throw new ConfigurationError(`The files pattern "${pattern}" searches outside the workspace (${root}); patterns are relative to the workspace and stay inside it.`);
    }
    const realBase = realpathOrUndefined(baseDir);
    if (realBase === undefined) {
      if (positive.length > 0) unmatched.push(pattern);
      continue;
    }
    const confinedTo = isInside(realBase, realRoot) ? realRoot : scope.namedMayLeaveRoot ? realBase : undefined;
    if (confinedTo === undefined) {
      // A committed link where the searched folder should be: said, never followed.
      await add(readTarget({ file: shown(root, baseDir), absolutePath: baseDir, confinedTo: realRoot }));
      continue;
    }
    // Loaded, and git asked, only when a folder is searched; once a folder, for the patterns that search the same one.
    const ignored = ignoredBelow.get(realBase) ?? (await import('./gitignore.js')).gitIgnored(realBase);
    ignoredBelow.set(realBase, ignored);
    notApplied ??= ignored.notApplied;
    const excluded = await globs.excluded();
    const isIgnored = (relativeToBase: string) => {
      const shownPath = shown(root, path.join(baseDir, relativeToBase));
      return alwaysIgnored(shownPath) || excluded(shownPath) || ignored.below(relativeToBase);
    };
    let matched = 0;
    for (const relative of walk(realBase, isMatch, glob, isIgnored)) {
      const absolutePath = path.join(baseDir, relative);
      if (seen.has(absolutePath)) continue;
      const target = searchedTarget({ file: shown(root, absolutePath), absolutePath, confinedTo });
      if (!target) continue;
      await add(target);
      matched++;
    }
    if (matched === 0 && positive.length > 0) unmatched.push(pattern);
  }
  return { unmatched, searched, ...(notApplied && { gitignoreNotApplied: notApplied }) };
}

/** Reads a file once, as the lint will see it. */
export function readTarget(ref: FileRef): LintTarget {
  return readTargetFrom(ref, readConfined(ref.absolutePath, ref.confinedTo));
}

/** A target from what was read already, such as standard input. */
export function readTargetFrom(ref: FileRef, read: FileRead): LintTarget {
  return { ...ref, content: read.ok ? { ok: true, bytes: read.bytes } : failedRead('unreadable', read.message) };
}

/**
 * A file a search found: linted when its bytes look like a mapping file (the lint decodes them, once);
 * when it cannot be read or decoded, reported when its name or its first bytes say it could be one,
 * so it never passes in silence.
 */
function searchedTarget(ref: FileRef): LintTarget | undefined {
  const read = readConfined(ref.absolutePath, ref.confinedTo);
  if (read.ok) {
    if (looksLikeMappingBytes(read.bytes)) return { ...ref, content: { ok: true, bytes: read.bytes } };
    return !decode(read.bytes, formatOf(ref.file)).ok && couldBeMappingFile(ref.file, read.bytes) ? { ...ref, content: { ok: true, bytes: read.bytes } } : undefined;
  }
  return couldBeMappingFile(ref.file, read.head) ? { ...ref, content: failedRead('unreadable', read.message) } : undefined;
}

const SPACE = [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d];
const BLANK = [0x20, 0x09];
const QUOTES = [0x22, 0x27];
const [DOUBLE_QUOTE, COLON, OPEN_BRACKET, LINE_FEED, CARRIAGE_RETURN] = [0x22, 0x3a, 0x5b, 0x0a, 0x0d];

/**
 * A mapping file has a top-level `mappings` list and mappings with `object_name`: `"mappings": [`
 * in JSON or `mappings:` at the start of a line in YAML, and `object_name` before a colon (either
 * key may be quoted). Told from the bytes, without decoding or parsing them, so that the engine's
 * decode and parse are the only ones; a false match gets findings saying why.
 */
export function looksLikeMappingBytes(bytes: Buffer): boolean {
  const skip = (from: number, set: readonly number[]) => {
    while (from < bytes.length && set.includes(bytes[from]!)) from++;
    return from;
  };
  const optionalQuote = (at: number) => (QUOTES.includes(bytes[at] ?? -1) ? at + 1 : at);
  const startsLine = (at: number) => at < 0 || bytes[at] === LINE_FEED || bytes[at] === CARRIAGE_RETURN;
  const mappingsList = (before: number, after: number) => {
    if (bytes[before] === DOUBLE_QUOTE && bytes[after] === DOUBLE_QUOTE) {
      const colon = skip(after + 1, SPACE);
      if (bytes[colon] === COLON && bytes[skip(colon + 1, SPACE)] === OPEN_BRACKET) return true;
    }
    const atLineStart = startsLine(before) || (QUOTES.includes(bytes[before] ?? -1) && startsLine(before - 1));
    return atLineStart && bytes[skip(optionalQuote(after), BLANK)] === COLON;
  };
  return hasKey(bytes, 'mappings', mappingsList) && hasKey(bytes, 'object_name', (_, after) => bytes[skip(optionalQuote(after), SPACE)] === COLON);
}

/** Whether some occurrence of `key` in `bytes` passes `test`, given the offsets just before and just after it. */
function hasKey(bytes: Buffer, key: string, test: (before: number, after: number) => boolean): boolean {
  for (let at = bytes.indexOf(key); at !== -1; at = bytes.indexOf(key, at + key.length)) {
    if (test(at - 1, at + key.length)) return true;
  }
  return false;
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
 * Every entry under `base` that `glob` matches, relative to base, sorted: files, and links and
 * special files too (the read refuses them with a reason). Folders are entered only when they are
 * real folders, never through a link, so a link to / or /proc cannot make the walk endless;
 * iterative, so no depth can overflow the stack. Only the names are held.
 */
function walk(base: string, isMatch: (relative: string) => boolean, glob: string, isIgnored: (relative: string) => boolean): string[] {
  // Without "**" a glob cannot match deeper than its own segments.
  const maxDepth = glob.includes('**') ? Infinity : glob.split('/').length;
  const entersHidden = /(^|\/)\./.test(glob);
  const matches: string[] = [];
  const folders: { relative: string; depth: number }[] = [{ relative: '', depth: 0 }];
  while (folders.length > 0) {
    const folder = folders.pop()!;
    for (const entry of readFolder(path.join(base, folder.relative))) {
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

function readFolder(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch {
    // A folder that vanished or cannot be listed holds nothing to lint; a file named in it is reported by its read.
    return [];
  }
}

/** A folder's search, `folder/**\/*.{json,yml,yaml}`, matched without the glob library. */
function folderSearch(folder: string): { base: string; glob: string; isMatch: (relative: string) => boolean } {
  return { base: folder.replace(/\/+$/, ''), glob: `**/*.${MAPPING_EXTENSIONS}`, isMatch: (relative) => MAPPING_FILE_NAME.test(path.posix.basename(relative)) };
}

/** `**\/node_modules/**` and `**\/.git/**` on a path shown from the root (a leading `..` is never one of them, as in picomatch). */
function alwaysIgnored(shownPath: string): boolean {
  const segments = shownPath.split('/');
  let first = 0;
  while (segments[first] === '..') first++;
  for (let i = first; i < segments.length; i++) if (ALWAYS_IGNORED.has(segments[i]!)) return true;
  return false;
}

/** Characters a glob needs; a pattern without any of them names a path and is never a glob. */
const GLOB_CHARACTERS = /[*?[\]{}()!+@\\]/;

/**
 * The glob libraries, loaded only for a pattern that may be a glob or a `!` exclusion: a run that
 * names its files or folders (the usual action and pre-commit use) never loads or compiles them.
 */
function lazyGlobs(patterns: readonly string[]) {
  let loaded: Promise<{ picomatch: typeof import('picomatch'); isDynamicPattern: (pattern: string) => boolean }> | undefined;
  const load = () => (loaded ??= Promise.all([import('picomatch'), import('tinyglobby')]).then(([{ default: picomatch }, { isDynamicPattern }]) => ({ picomatch, isDynamicPattern })));
  const exclusions = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  let excluded: ((shownPath: string) => boolean) | undefined;
  return {
    isDynamic: async (pattern: string) => GLOB_CHARACTERS.test(pattern) && (await load()).isDynamicPattern(pattern),
    compile: async (pattern: string) => {
      const { picomatch } = await load();
      const { base, glob } = picomatch.scan(pattern);
      return { base, glob, isMatch: picomatch(glob, { ...GLOB_OPTIONS, dot: false }) };
    },
    /** The `!` patterns, as one matcher of paths shown from the root. */
    excluded: async () => (excluded ??= exclusions.length === 0 ? () => false : (await load()).picomatch(exclusions, { ...GLOB_OPTIONS, dot: true })),
  };
}

function shown(root: string, absolutePath: string): string {
  return path.relative(root, absolutePath).split(path.sep).join('/');
}

function isDirectory(absolutePath: string): boolean {
  return statSync(absolutePath, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function realpathOrUndefined(absolutePath: string): string | undefined {
  try {
    return realpathSync.native(absolutePath);
  } catch {
    return undefined;
  }
}
