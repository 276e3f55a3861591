import { showUnprintable } from '../text.js';

/**
 * One escaping function per place untrusted text goes (file names, object and field names, messages
 * that quote them, answers from an API). Each is safe for its sink alone: pick the one for where the
 * text is written, never chain two.
 */

/**
 * For a terminal: the CLI's reports on stdout and its lines on stderr. Control characters, ESC and
 * OSC sequences, bidi controls and line breaks are shown as escapes (`\x1b`, `\u202e`, `\n`), so
 * nothing from a file can move the cursor, clear the screen, hide a link or reorder what is shown.
 */
export function terminalText(text: string): string {
  return showUnprintable(text);
}

/**
 * For one line of a unified diff on a terminal (lint --fix-dry-run), without its line break: as
 * terminalText, except that a tab and a line's closing carriage return stay as they are, so that
 * the diff of a file indented with tabs, or with CRLF line ends, still applies.
 */
export function diffLine(text: string): string {
  const closingReturn = text.endsWith('\r') ? '\r' : '';
  return `${(closingReturn ? text.slice(0, -1) : text).split('\t').map(showUnprintable).join('\t')}${closingReturn}`;
}

/** The v1 command prefix, which the Actions runner looks for anywhere in a line. */
const V1_COMMAND = /##\[/g;
const ZERO_WIDTH_SPACE = '\u200b';

/**
 * For one line of the Actions runner's log (core.info, core.debug, group names). The runner reads a
 * line as a workflow command when, after leading whitespace, it starts with `::` (or holds `##[`),
 * so: no line breaks or other control characters (shown as escapes), and a zero-width space splits
 * a leading `::` and every `##[`. Annotations need none of this: commandAnnotator escapes their
 * messages and properties itself.
 */
export function workflowLogLine(text: string): string {
  const line = showUnprintable(text).replace(V1_COMMAND, `##${ZERO_WIDTH_SPACE}[`);
  const start = line.length - line.trimStart().length;
  return line.startsWith('::', start) ? `${line.slice(0, start + 1)}${ZERO_WIDTH_SPACE}${line.slice(start + 1)}` : line;
}

/**
 * For an annotation's message and title. @actions/core encodes line breaks and the characters that
 * would end the command, and GitHub shows the rest as plain text: only what changes how text displays
 * (ESC, bidi and other control characters) is shown as an escape. Line breaks stay, sent encoded.
 */
export function annotationText(text: string): string {
  return text.split('\n').map(showUnprintable).join('\n');
}

/** SARIF's embedded links are `[text](target)`; its spec escapes literal brackets with a backslash. */
const SARIF_LINK_BRACKET = /[[\]]/g;

/** For SARIF `message.text`: plain text, with control and bidi characters shown and no embedded links. */
export function sarifText(text: string): string {
  return showUnprintable(text.replace(SARIF_LINK_BRACKET, (bracket) => `\\${bracket}`));
}

/**
 * What GitHub Markdown (with inline HTML) could turn into markup: HTML and entity syntax, table
 * pipes, code, emphasis, strikethrough, math, links and images, backslash escapes.
 */
const MARKDOWN_SYNTAX = /[&<>"'|`*_~$[\]\\]/;
/**
 * What GitHub turns into a link or a notification after rendering, on the text itself: `@user`,
 * `@org/team`, emails, `#123` and `owner/repo#123`, `GH-123` references, URLs (`scheme://`) and `www.` links. A
 * zero-width space after the trigger breaks each of them, and the text still reads the same. A
 * repository's custom autolinks (`JIRA-123`) are left alone: they link only where the repository
 * says, and breaking every `name-123` would spoil resource names and paths people copy.
 */
const AUTOLINK_TRIGGER = /[@#]|(?<=\bGH)-(?=\d)|:(?=\/\/)|(?<=\bwww)\./i;
const MARKDOWN_HAZARD = new RegExp(`${MARKDOWN_SYNTAX.source}|${AUTOLINK_TRIGGER.source}`, 'gi');
/** At the start of a line of Markdown these open a list, a heading underline or a thematic break. */
const BLOCK_MARKER = /^(?:[-+=]|(\d{1,9})[.)])/;

function entity(char: string): string {
  return `&#${char.charCodeAt(0)};`;
}

/**
 * For GitHub Markdown: the job summary, the pull request comment, the plan and the deploy summary,
 * in table cells, list items, headings and inline HTML alike. Control characters (a lone `\r`
 * too, which CommonMark reads as a line end) are shown as escapes, so the text stays on its line;
 * Markdown and HTML syntax becomes character references; mentions, references and autolinks are
 * broken by an invisible zero-width space. The rendered text reads as the input did.
 */
export function markdownText(text: string): string {
  const escaped = showUnprintable(text).replace(MARKDOWN_HAZARD, (match) =>
    match === '@' || match === '#' || match === '-' || match === ':' ? `${match}&#8203;` : match === '.' ? `&#8203;.` : entity(match),
  );
  return escaped.replace(BLOCK_MARKER, (marker, digits?: string) => (digits === undefined ? entity(marker) : `${digits}${entity(marker.slice(digits.length))}`));
}

/** Cuts text longer than `max` characters, on a code point boundary, with an ellipsis: for cells that must not take a whole budget. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 1]!) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
