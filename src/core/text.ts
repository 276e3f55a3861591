/**
 * Characters that can rewrite what a terminal, a log or a renderer shows, or hide in a name: C0
 * controls (line breaks and ESC included), DEL, C1 controls, the soft hyphen, zero-width and
 * bidirectional marks, embeddings, overrides and isolates, the Unicode line and paragraph separators,
 * invisible operators and the byte order mark.
 */
export const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

const NAMED_CONTROL: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `\n`, `\x1b`, `\u202e`: what the character is, in characters that do nothing. */
function showCharacter(char: string): string {
  const code = char.charCodeAt(0);
  return NAMED_CONTROL[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** The text with every unprintable character shown as an escape: the one visible form every sink and message uses. */
export function showUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, showCharacter);
}

/**
 * A short, visible excerpt of a name or value from a user's file, for a message: every unprintable
 * character shown as an escape, and at most `limit` characters of the original kept.
 */
export function excerpt(text: string, limit = 60): string {
  // Never cut a surrogate pair in two: half a character is not valid text.
  const cut = limit > 0 && /[\ud800-\udbff]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
  return showUnprintable(text.length > limit ? `${text.slice(0, cut)}…` : text);
}

/** `a/b c.json` → `a/b%20c.json`: each segment percent-encoded (RFC 3986), the separators kept. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** `45 s`, `3 min`, `3 min 20 s`: a duration as the logs and summaries say it. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
}

/**
 * `12,345`: a whole count as en-US writes it. Not toLocaleString: its first call loads the ICU
 * locale data, about 25 ms of a run that prints one summary line.
 */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}
