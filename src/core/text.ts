/** Characters that must never reach a log, a terminal or a report as they are: controls, line and bidi marks. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A short, visible excerpt of a name or value from a user's file, for a message: every unprintable
 * character shown as \uXXXX, and at most `limit` characters of the original kept.
 */
export function excerpt(text: string, limit = 60): string {
  // Never cut a surrogate pair in two: half a character is not valid text.
  const cut = limit > 0 && /[\ud800-\udbff]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
  const kept = text.length > limit ? `${text.slice(0, cut)}…` : text;
  return kept.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `a/b c.json` → `a/b%20c.json`: each segment percent-encoded (RFC 3986), the separators kept. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
