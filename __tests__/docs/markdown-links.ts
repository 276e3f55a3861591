import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../test-support/harness.js';

/** Markdown outside fenced code blocks, where headings and links mean something. */
function prose(markdown: string): string {
  let inFence = false;
  return markdown
    .split('\n')
    .filter((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        inFence = !inFence;
        return false;
      }
      return !inFence;
    })
    .join('\n');
}

/** The anchors GitHub gives a Markdown file's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = heading!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '');
    const slug = text.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Relative link targets (`[text](target)`) in a Markdown file's prose: URLs with a scheme are left out. */
export function relativeLinks(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map(([, target]) => target!).filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/**
 * Why a link from `fromFile` (relative to the repository root) to `target` would not resolve, or
 * undefined when it does: the file must exist in the repository and a `#fragment` must be a heading of it.
 */
export function brokenLink(fromFile: string, target: string): string | undefined {
  const [file, fragment] = target.split('#', 2) as [string, string | undefined];
  const resolved = file === '' ? fromFile : path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), file));
  const absolute = path.join(REPO_ROOT, resolved);
  if (resolved.startsWith('..') || !existsSync(absolute)) return `${resolved} does not exist`;
  if (fragment === undefined) return undefined;
  if (!statSync(absolute).isFile() || !resolved.endsWith('.md')) return `${resolved} has no headings to link to`;
  return headingAnchors(readFileSync(absolute, 'utf8')).has(fragment) ? undefined : `${resolved} has no heading #${fragment}`;
}
