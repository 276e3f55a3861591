import { EOL } from 'node:os';
import * as core from '@actions/core';
import { jest } from '@jest/globals';
import type { Finding } from '../../../src/core/types.js';
import { clip, markdownText, sarifText, terminalText, workflowLogLine } from '../../../src/core/output/escape.js';
import { annotate } from '../../../src/lint/report/github.js';
import { HOSTILE, HOSTILE_NAMES, RAW_CONTROL } from '../../../test-support/hostile-inputs.mjs';
import { linkTriggers, renderGfm, tagsOf, visibleText } from '../../../test-support/render-markdown.js';

const ZWSP = /\u200b/g;

describe('terminalText', () => {
  it.each(HOSTILE_NAMES)('sends no control character of %j to the terminal', (name) => {
    expect(terminalText(name)).not.toMatch(RAW_CONTROL);
  });

  it('shows what each control character is', () => {
    expect(terminalText(HOSTILE.workflowCommand)).toBe('Name\\n::error file=README.md,line=1::x');
    expect(terminalText(HOSTILE.loneCarriageReturns)).toBe('Name\\r\\r# heading');
    expect(terminalText(HOSTILE.clearScreen)).toBe('Name\\x1b[2J');
    expect(terminalText(HOSTILE.osc8Link)).toBe('Name\\x1b]8;;http://evil\\x07click\\x1b]8;;\\x07');
    expect(terminalText(HOSTILE.bidi)).toBe('Name\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c');
    expect(terminalText(HOSTILE.nulAndControls)).toBe('Name\\x00\\x01\\x08\\x0b\\x0c\\x7f\\x85\\x9b');
    expect(terminalText('Account \u00e9\u4e2d\ud83d\ude00')).toBe('Account \u00e9\u4e2d\ud83d\ude00');
  });
});

describe('workflowLogLine', () => {
  it.each(HOSTILE_NAMES)('keeps %j on one line that is no workflow command', (name) => {
    for (const text of [name, `  ${name}`, `::${name}`]) {
      const line = workflowLogLine(text);
      expect(line).not.toMatch(RAW_CONTROL);
      expect(line.trimStart().startsWith('::')).toBe(false);
      expect(line).not.toContain('##[');
    }
  });

  it('breaks a leading :: (after the whitespace the runner trims) and every ##[, and changes nothing else', () => {
    expect(workflowLogLine('::add-mask::x')).toBe(':\u200b:add-mask::x');
    expect(workflowLogLine(' \u00a0\u2003::error::x')).toBe(' \u00a0\u2003:\u200b:error::x');
    expect(workflowLogLine(HOSTILE.v1Command)).toBe('Name ##\u200b[add-mask]x');
    expect(workflowLogLine(HOSTILE.workflowCommand)).toBe('Name\\n::error file=README.md,line=1::x');
    expect(workflowLogLine('Importing 2 mapping(s): Account, Contact.')).toBe('Importing 2 mapping(s): Account, Contact.');
  });
});

describe('annotations through @actions/core', () => {
  let written: string;
  let spy: ReturnType<typeof jest.spyOn>;
  beforeEach(() => {
    written = '';
    spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });
  });
  afterEach(() => spy.mockRestore());

  it('write one command line for a message and properties holding line breaks and commands', () => {
    core.error(`Unknown field "${HOSTILE.workflowCommand}"\r\n::error::x`, { title: HOSTILE.addMask, file: 'a\n::add-mask::b.json', startLine: 1 });
    const lines = written.split(EOL).filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error title=Name%0A%3A%3Aadd-mask%3A%3Ax,file=a%0A%3A%3Aadd-mask%3A%3Ab.json,line=1::Unknown field "Name%0A::error file=README.md,line=1::x"%0D%0A::error::x$/);
  });

  it('write one command line per annotation on the CLI --format github path too', () => {
    const findings: Finding[] = HOSTILE_NAMES.slice(0, 5).map((name, i) => ({ ruleId: 'schema', level: 'error', message: `Unknown field "${name}"`, file: `${name}.json`, line: i + 1, column: 1 }));
    annotate(findings, core, 'run with --format text to see every finding');
    const lines = written.split(EOL).filter(Boolean);
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(/^::error title=schema,file=[^\r\n]*::[^\r\n]*$/);
  });
});

describe('sarifText', () => {
  it.each(HOSTILE_NAMES)('leaves no control character of %j in a SARIF message', (name) => {
    expect(sarifText(name)).not.toMatch(RAW_CONTROL);
  });

  it('escapes brackets, so no text becomes an embedded link', () => {
    expect(sarifText(HOSTILE.javascriptLink)).toBe('\\[x\\](javascript:alert(1))');
    expect(sarifText(HOSTILE.bidi)).toContain('\\u202e');
  });
});

describe('markdownText', () => {
  it.each(HOSTILE_NAMES)('leaves no raw control or markup character of %j', (name) => {
    const escaped = markdownText(name);
    expect(escaped).not.toMatch(RAW_CONTROL);
    expect(escaped).not.toMatch(/[<>|`*_~$[\]\\"']/);
    // Outside character references, every @ and # is followed by a zero-width space.
    expect(escaped.replaceAll('&#8203;', '\u200b').replace(/&#\d+;/g, '')).not.toMatch(/[@#](?!\u200b)/);
  });

  const contexts: Record<string, (text: string) => string> = {
    paragraph: (text) => `Before ${text} after.\n`,
    'list item': (text) => `- ${text}\n- next\n`,
    'table cell': (text) => `| A | B |\n|---|---|\n| ${text} | x |\n`,
    'HTML table cell': (text) => `<table><tbody><tr><td>${text}</td><td>x</td></tr></tbody></table>\n\nAfter.\n`,
    heading: (text) => `### <code>${text}</code>\n\nAfter.\n`,
  };

  describe.each(Object.entries(contexts))('rendered in a %s', (_, place) => {
    const benign = renderGfm(place(markdownText('Name')));

    it.each(HOSTILE_NAMES)('keeps the structure and shows the text of %j', (name) => {
      const html = renderGfm(place(markdownText(name)));
      expect(tagsOf(html)).toEqual(tagsOf(benign));
      expect(html).not.toMatch(/<!--|&lt;script>/);
      const text = visibleText(html);
      expect(linkTriggers(text)).toEqual([]);
      expect(text.replace(ZWSP, '')).toContain(terminalText(name));
    });
  });

  it('is what keeps them out: the same names unescaped add headings, links and images', () => {
    const unescaped = (name: string) => tagsOf(renderGfm(contexts.paragraph!(name)));
    expect(unescaped(HOSTILE.loneCarriageReturns)).toContain('h1');
    expect(unescaped(HOSTILE.bareUrl)).toContain('a');
    expect(unescaped(HOSTILE.image)).toContain('img');
    expect(linkTriggers(visibleText(renderGfm(contexts.paragraph!(HOSTILE.mentions))))).toEqual([' @o', ' @o']);
  });
});

describe('clip', () => {
  it('cuts long text with an ellipsis, never inside a surrogate pair', () => {
    expect(clip('abcdef', 6)).toBe('abcdef');
    expect(clip('abcdef', 3)).toBe('abc…');
    expect(clip('ab\ud83d\ude00cd', 3)).toBe('ab…');
  });
});
