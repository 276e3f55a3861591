import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/**
 * Markdown rendered as GitHub does it: CommonMark with the GFM extensions, inline HTML passed
 * through. (GFM's tag filter turns `<script` into `&lt;script` and leaves the `>`: a test that
 * looks for `<script` must look for `&lt;script>` too.)
 */
export function renderGfm(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** The element structure of rendered HTML: each opening and closing tag's name, in order. */
export function tagsOf(html: string): string[] {
  return [...html.matchAll(/<(\/?[a-z][a-z0-9]*)/gi)].map((match) => match[1]!.toLowerCase());
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** What a reader sees: the text of the HTML, character references decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);|&#x([0-9a-f]+);|&(amp|lt|gt|quot);/gi, (_, decimal?: string, hex?: string, name?: string) =>
      decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : NAMED[name!.toLowerCase()]!,
    );
}

/**
 * What GitHub would link after rendering, on the visible text: @-mentions (its own pattern), issue
 * references (#1, owner/repo#1, GH-1) and bare URLs. Empty for safe text.
 */
export function linkTriggers(text: string): string[] {
  const patterns = [/(?:^|\W)@[a-z0-9]/gi, /#\d/g, /\bGH-\d/gi, /\b(?:https?|ftp):\/\//gi, /\bwww\./gi, /[\w.+-]@[a-z0-9]/gi];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[0]));
}
