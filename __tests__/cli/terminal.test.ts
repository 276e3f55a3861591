import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { COMMANDS, type CommandSpec } from '../../src/interface/commands/table.js';
import { terminalText } from '../../src/core/output/escape.js';
import type { Finding } from '../../src/core/types.js';
import { cleanEnv, makeWorkspace, REPO_ROOT, runBuiltCli } from '../../test-support/harness.js';

/** The CLI in process, its stdout a terminal of `columns` columns when given (a pipe otherwise). */
async function runOn(args: string[], { columns, env = {}, cwd = REPO_ROOT }: { columns?: number; env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const exitCode = await main(args, {
    stdout: { write: (text: string) => (stdout += text), ...(columns !== undefined && { isTTY: true, columns }) },
    stderr: { write: (text: string) => (stderr += text) },
    env: cleanEnv({ NO_COLOR: undefined, ...env }),
    cwd,
  });
  return { exitCode, stdout, stderr };
}

const ESC = '\x1b[';
const longest = (text: string) => Math.max(...text.split('\n').map((line) => line.length));
const mapping = (fields: Record<string, object>) => JSON.stringify({ mappings: [{ object_name: 'Thing__c', config: { access: 'read_only', sf_polling_seconds: 600, fields } }] }, null, 4);

describe('help on a terminal and off it', () => {
  it("wraps every command's help to 80 columns when stdout is not a terminal, and to the terminal's width on one", async () => {
    for (const args of [['--help'], ...COMMANDS.map(({ name }) => [name, '--help'])]) {
      expect({ args, longest: longest((await runOn(args)).stdout) <= 80 }).toEqual({ args, longest: true });
      expect({ args, longest: longest((await runOn(args, { columns: 60 })).stdout) <= 60 }).toEqual({ args, longest: true });
    }
    // A wide terminal gets longer lines, up to 100 columns: past that lines are too long to read.
    const wide = (await runOn(['lint', '--help'], { columns: 200 })).stdout;
    expect(longest(wide)).toBeGreaterThan(80);
    expect(longest(wide)).toBeLessThanOrEqual(100);
  });

  it("hangs each option's wrapped text under the text column, and a long flag's text under it", async () => {
    const { stdout } = await runOn(['lint', '--help']);
    const lines = stdout.split('\n');
    const rule = lines.findIndex((line) => line.startsWith('  --rule <id=level>'));
    const column = lines[rule]!.indexOf('Set a rule');
    expect(lines[rule + 1]).toBe(`${' '.repeat(column)}(repeatable)`);
    const format = lines.findIndex((line) => line.startsWith('  --format '));
    expect(lines[format]).toBe('  --format <text|compact|json|sarif|github|markdown|comment>');
    expect(lines[format + 1]).toMatch(new RegExp(`^ {${column}}Report format \\(default: text\\)`));
  });

  it("gives each command only its own options' texts: compare's --wait-timeout does not speak of the deploy", async () => {
    /** Each option's text, its wrapped lines joined, by flag. */
    const options = async (name: string) => {
      const { stdout } = await runOn([name, '--help']);
      const section = stdout.slice(stdout.indexOf('Options:\n') + 9, stdout.indexOf('\n\nExit codes:'));
      return new Map(
        section.split(/\n(?= {2}-)/).map((entry) => [
          /^ {2}(--[a-z-]+)/.exec(entry)![1]!,
          entry
            .replace(/^ {2}--[a-z-]+( <[^>]+>)?/, '')
            .replace(/\s+/g, ' ')
            .trim(),
        ]),
      );
    };
    const compare = await options('compare');
    expect(compare.get('--wait-timeout')).toBe('How long reading the connections may take, in all (default: 300, at most 86400)');
    expect([...compare.values()].filter((text) => /deploy|import/i.test(text))).toEqual([]);
    expect((await options('deploy')).get('--wait-timeout')).toMatch(/^How long to wait, in all, for a running import to finish and for this import to be applied and synced \(default: 1800/);
    expect(compare.get('--app')).toMatch(/^Give it twice/);
    expect((await options('lint')).get('--allow-pull-request-secrets')).toMatch(/^Use SF_ACCESS_TOKEN \(live describe\)/);
  });

  it("ends each command's help with its own exit codes, and the overview with none", async () => {
    for (const { name, exits } of COMMANDS as readonly CommandSpec[]) {
      const { stdout } = await runOn([name, '--help']);
      const codes = stdout.slice(stdout.indexOf('\nExit codes:\n') + 1).replace(/\n {5}/g, ' ');
      const one = exits[1] === undefined ? '' : `  1  ${exits[1]}\n`;
      expect({ name, codes }).toEqual({ name, codes: `Exit codes:\n  0  ${exits[0]}\n${one}  2  ${exits[2]}\n` });
    }
    expect((await runOn(['lint', '--help'])).stdout).not.toMatch(/drift|health|deploy/);
    expect((await runOn(['--help'])).stdout).not.toMatch(/Exit codes/);
  });
});

describe('the text report', () => {
  it('prints file:line:col, level, message and rule, the message wrapped under a hanging indent, then the line with a caret', async () => {
    const workspace = makeWorkspace({ 'connect/m.json': mapping({ Name: {}, SystemModstamp: {} }) });
    const { stdout } = await runOn(['lint', 'connect'], { cwd: workspace });
    expect(stdout).toBe(
      [
        'connect/m.json:8:17  error  Thing__c does not map Id. Add "Id": {} to fields:',
        '    Heroku Connect matches every record on it.  missing-id-field',
        '    8 |                 "fields": {',
        '      |                 ^~~~~~~~',
        '',
        '1 file checked: 1 error, 0 warnings, 0 notices',
        '',
      ].join('\n'),
    );
  });

  it('cuts a long line around the column, marks the cuts, and shows control characters as escapes under a caret that stays in place', async () => {
    const name = `X\x1b[2J\t${'A'.repeat(300)}`;
    // Minified: the whole file is one line, and the finding is far into it.
    const text = JSON.stringify({ mappings: [{ object_name: 'Thing__c', config: { access: 'read_only', sf_polling_seconds: 600, fields: { Id: {}, SystemModstamp: {}, [name]: {} } } }] });
    const workspace = makeWorkspace({ 'm.json': text });
    const { stdout } = await runOn(['lint', 'm.json', '--format', 'text'], { cwd: workspace });
    const [source, caret] = stdout.split('\n').filter((line) => /^ {4}1 \| |^ {6}\| /.test(line));
    expect(stdout).not.toContain('\x1b');
    expect(source!.length).toBeLessThanOrEqual(80);
    expect(source).toMatch(/^ {4}1 \| …/);
    expect(source).toMatch(/…$/);
    // The escape is shown as the text "\u001b" the JSON holds: the caret stands under the quote opening the name.
    const at = caret!.indexOf('^');
    expect(source![at]).toBe('"');
    expect(source!.slice(at, at + 8)).toBe('"X\\u001b');
  });

  it('shows a control character of a YAML line as its escape, and a tab as one space, with the caret under the column', async () => {
    const yaml = 'mappings:\n  - object_name: Thing__c\n    config:\n      access: read_only\n      sf_polling_seconds: 90 #\t\x1b[31m\n      fields:\n        Id: {}\n        SystemModstamp: {}\n';
    const workspace = makeWorkspace({ 'm.yml': yaml });
    const { stdout } = await runOn(['lint', 'm.yml'], { cwd: workspace });
    const lines = stdout.split('\n');
    const at = lines.findIndex((line) => line.startsWith('    5 | '));
    expect(lines[at]).toBe('    5 |       sf_polling_seconds: 90 # \\x1b[31m');
    expect(lines[at + 1]).toBe(`      | ${' '.repeat(26)}^~`);
  });
});

describe('colour', () => {
  const workspace = makeWorkspace({ 'm.json': mapping({ Name: {}, SystemModstamp: {} }) });
  const colour = async (env: NodeJS.ProcessEnv, terminal: boolean, args: string[] = []) =>
    (await runOn(['lint', 'm.json', ...args], { cwd: workspace, env, ...(terminal && { columns: 80 }) })).stdout.includes(ESC);

  it('is on on a terminal, off on a pipe, and NO_COLOR, FORCE_COLOR, --no-color and --output decide over that', async () => {
    expect(await colour({}, true)).toBe(true);
    expect(await colour({}, false)).toBe(false);
    expect(await colour({ NO_COLOR: '1' }, true)).toBe(false);
    // NO_COLOR set to the empty string is not set (no-color.org).
    expect(await colour({ NO_COLOR: '' }, true)).toBe(true);
    expect(await colour({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(await colour({ FORCE_COLOR: '' }, false)).toBe(true);
    expect(await colour({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(await colour({ FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(await colour({ FORCE_COLOR: '1', NO_COLOR: '1' }, true)).toBe(false);
    expect(await colour({ TERM: 'dumb' }, true)).toBe(false);
    expect(await colour({}, true, ['--no-color'])).toBe(false);
    expect(await colour({ FORCE_COLOR: '1' }, true, ['--output', 'report.txt'])).toBe(false);
    expect(readFileSync(path.join(workspace, 'report.txt'), 'utf8')).not.toContain(ESC);
  });

  it('colours the level, and the same words are there without it', async () => {
    const painted = (await runOn(['lint', 'm.json'], { cwd: workspace, columns: 80 })).stdout;
    expect(painted).toContain(`${ESC}31merror${ESC}39m`);
    expect(painted.replace(/\x1b\[\d+m/g, '')).toBe((await runOn(['lint', 'm.json'], { cwd: workspace, columns: 80, env: { NO_COLOR: '1' } })).stdout);
  });
});

interface MatcherPattern {
  regexp: string;
  file: number;
  line: number;
  column: number;
  severity: number;
  message: number;
  code: number;
}
const matcher = JSON.parse(readFileSync(path.join(REPO_ROOT, 'problem-matcher.json'), 'utf8')) as { problemMatcher: { owner: string; pattern: MatcherPattern[] }[] };

/** What the runner reads from each line the matcher's one pattern matches, as a finding. */
function matched(output: string): Pick<Finding, 'file' | 'line' | 'column' | 'level' | 'message' | 'ruleId'>[] {
  const [pattern] = matcher.problemMatcher[0]!.pattern;
  const regexp = new RegExp(pattern!.regexp);
  return output.split('\n').flatMap((line) => {
    const groups = regexp.exec(line);
    if (!groups) return [];
    const at = (index: number) => groups[index]!;
    return [
      {
        file: at(pattern!.file),
        line: Number(at(pattern!.line)),
        column: Number(at(pattern!.column)),
        level: at(pattern!.severity) as Finding['level'],
        message: at(pattern!.message),
        ruleId: at(pattern!.code),
      },
    ];
  });
}

describe('the problem matcher (problem-matcher.json) and the compact format, through the built CLI', () => {
  it('is one single-line matcher, owned by the tool, in the npm package', () => {
    expect(matcher.problemMatcher.map((entry) => [entry.owner, entry.pattern.length])).toEqual([['heroku-connect-action', 1]]);
    expect((JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[] }).files).toContain('problem-matcher.json');
  });

  it('reads every finding of the compact output, as the JSON report has it, and none of the default text', async () => {
    // A name with spaces, colons and brackets, and a message that quotes brackets: the matcher must still split the line right.
    const workspace = makeWorkspace({
      'examples/broken-mappings.yml': readFileSync(path.join(REPO_ROOT, 'examples/broken-mappings.yml')),
      'odd dir/a:1:2 [x].json': mapping({ Name: {}, SystemModstamp: {}, '[weird] name': {} }),
    });
    const compact = await runBuiltCli(['lint', '--format', 'compact', 'examples', 'odd dir'], { cwd: workspace });
    // The findings as the JSON report has them, from the source in process: the bundle's own run is the compact one.
    const json = JSON.parse((await runOn(['lint', '--format', 'json', 'examples', 'odd dir'], { cwd: workspace })).stdout) as { findings: Finding[] };
    expect(compact.exitCode).toBe(1);
    expect(json.findings.length).toBeGreaterThan(10);
    const expected = json.findings.map(({ file, line, column, level, message, ruleId }) => ({ file, line, column, level, message: terminalText(message), ruleId }));
    expect(matched(compact.stdout).sort(byPlace)).toEqual(expected.sort(byPlace));
    expect(compact.stdout.split('\n').at(-2)).toMatch(/^2 files checked: \d+ errors/);
    expect(compact.stdout).not.toContain(ESC);
    const text = await runBuiltCli(['lint', 'examples', 'odd dir'], { cwd: workspace, env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(text.stdout).toContain(ESC);
    expect(matched(text.stdout)).toEqual([]);
  });

  it('prints help within 80 columns from the bundle, as a pipe reads it', async () => {
    const result = await runBuiltCli(['lint', '--help']);
    expect(result.exitCode).toBe(0);
    expect(longest(result.stdout)).toBeLessThanOrEqual(80);
    expect(result.stdout).toContain('\nExit codes:\n  0  no finding reaches --fail-on');
  });
});

function byPlace(a: Pick<Finding, 'file' | 'line' | 'column' | 'ruleId'>, b: Pick<Finding, 'file' | 'line' | 'column' | 'ruleId'>): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
