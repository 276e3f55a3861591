/**
 * Escapes untrusted text (file names, messages, values from a pull request) for GitHub markdown
 * with inline HTML: no tags, no entity tricks, no @-mentions, no markdown links or emphasis.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[&<>"'@|`*_[\]\\]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\r?\n/g, '<br>');
}
