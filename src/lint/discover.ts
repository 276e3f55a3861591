import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { parse as parseYamlValue } from 'yaml';
import { formatOf, MAX_FILE_BYTES } from '../parse/source.js';

export interface LintTarget {
  /** Relative to the root, '/'-separated: the path findings are reported at. */
  file: string;
  absolutePath: string;
}

export interface Discovery {
  targets: LintTarget[];
  /** Patterns that matched no mapping file, said once so a typo in a glob is not silent. */
  unmatched: string[];
}

const MAPPING_EXTENSIONS = '{json,yml,yaml}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * Resolves the `files` input: newline-separated globs, `!` to exclude. A path named without glob
 * characters is always linted (a non-mapping file then gets findings saying why); files a glob finds
 * are linted only when they look like mapping files. With no patterns, the whole root is searched.
 */
export async function discover(root: string, patterns: readonly string[]): Promise<Discovery> {
  const positive = patterns.filter((p) => !p.startsWith('!'));
  const ignore = [...ALWAYS_IGNORED, ...patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1))];
  const searches = positive.length > 0 ? positive : [`**/*.${MAPPING_EXTENSIONS}`];
  const found = new Map<string, LintTarget>();
  const unmatched: string[] = [];

  for (const pattern of searches) {
    const explicit = !isDynamicPattern(pattern) && !(await isDirectory(path.resolve(root, pattern)));
    if (explicit) {
      const target = toTarget(root, path.resolve(root, pattern));
      found.set(target.absolutePath, target);
      continue;
    }
    const search = isDynamicPattern(pattern) ? pattern : `${pattern.replace(/\/+$/, '')}/**/*.${MAPPING_EXTENSIONS}`;
    const matches = await glob(search, { cwd: root, ignore, absolute: true, dot: false, onlyFiles: true, expandDirectories: false });
    let matched = 0;
    for (const absolutePath of matches.sort()) {
      if (found.has(absolutePath) || !(await looksLikeMappingFile(absolutePath))) continue;
      found.set(absolutePath, toTarget(root, absolutePath));
      matched++;
    }
    if (matched === 0 && positive.length > 0) unmatched.push(pattern);
  }
  return { targets: [...found.values()], unmatched };
}

function toTarget(root: string, absolutePath: string): LintTarget {
  return { file: path.relative(root, absolutePath).split(path.sep).join('/'), absolutePath };
}

async function isDirectory(absolutePath: string): Promise<boolean> {
  return stat(absolutePath).then((info) => info.isDirectory(), () => false);
}

/**
 * A mapping file has a top-level `mappings` array of objects with `object_name`. A file that
 * mentions both keys but does not parse is also taken, so a broken mapping file is reported
 * rather than skipped.
 */
export async function looksLikeMappingFile(absolutePath: string): Promise<boolean> {
  const info = await stat(absolutePath).catch(() => undefined);
  if (!info?.isFile() || info.size > MAX_FILE_BYTES) return false;
  const text = await readFile(absolutePath, 'utf8').catch(() => '');
  if (!text.includes('mappings') || !text.includes('object_name')) return false;
  let value: unknown;
  try {
    value = formatOf(absolutePath) === 'yaml' ? parseYamlValue(text) : JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return true;
  }
  const mappings = (value as { mappings?: unknown } | null)?.mappings;
  return (
    Array.isArray(mappings) &&
    mappings.some((m) => typeof m === 'object' && m !== null && 'object_name' in m) &&
    mappings.every((m) => typeof m === 'object' && m !== null)
  );
}
