import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { flagOf } from '../../src/cli/options.js';
import { COMMANDS } from '../../src/interface/commands/table.js';
import { MAX_FILE_BYTES } from '../../src/core/fs/workspace.js';
import { INPUTS, type InputSpec } from '../../src/interface/inputs/table.js';
import { COMPARE_FORMATS, DIAGNOSE_FORMATS, DRIFT_FORMATS, formatNames, HEALTH_FORMATS, LINT_FORMATS, PLAN_FORMATS, WRITE_ERRORS_FORMATS } from '../../src/interface/formats/registry.js';
import { RULES } from '../../src/lint/rules/index.js';
import { cleanEnv, makeWorkspace, runCli } from '../../test-support/harness.js';

const mappingFile = (fields: Record<string, object>, polling = 600) =>
  JSON.stringify({ mappings: [{ object_name: 'Thing__c', config: { access: 'read_only', sf_polling_seconds: polling, fields } }] }, null, 4);
/** A missing Id (an error) and a missing SystemModstamp (a warning, with WARN_TIMESTAMP). */
const ERROR_AND_WARNING = mappingFile({ Name: {} });
const CLEAN = mappingFile({ Id: {}, SystemModstamp: {} });
const WARN_TIMESTAMP = ['--rule', 'missing-timestamp-field=warning'];

/** The CLI in process with standard input of the test's own. */
async function runCliWithStdin(args: string[], input: string | Buffer, cwd: string) {
  let stdout = '';
  let stderr = '';
  const exitCode = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from([Buffer.from(input)]),
    env: cleanEnv(),
    cwd,
  });
  return { exitCode, stdout, stderr };
}

describe('the command table', () => {
  it("gives each command's --help its entry's synopsis and summary, each wrapped as one paragraph", async () => {
    for (const { name, synopsis, summary } of COMMANDS) {
      const result = await runCli([name, '--help']);
      const [usage, summaryText] = result.stdout.split('\n\n').map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim());
      expect({ name, exitCode: result.exitCode, usage, summaryText }).toEqual({ name, exitCode: 0, usage: `Usage: heroku-connect-action ${synopsis}`, summaryText: summary });
    }
  });

  it("lists every command in the overview, in the table's order", async () => {
    const { stdout } = await runCli(['--help']);
    const listed = stdout
      .split('\n')
      .filter((line) => /^ {2}\S/.test(line))
      .map((line) => line.trim());
    expect(listed).toEqual(COMMANDS.map((spec) => spec.synopsis));
  });
});

describe('per-command help, from the inputs table', () => {
  it.each(['lint', 'deploy', 'plan'] as const)('%s --help lists every flag the table gives the command, and exits 0', async (command) => {
    const result = await runCli([command, '--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: heroku-connect-action ${command}\\b`));
    const flags = (INPUTS as readonly InputSpec[]).filter((spec) => spec.cli && !spec.cli.positional && spec.cli.commands.includes(command)).map((spec) => `--${flagOf(spec)}`);
    expect(flags.length).toBeGreaterThan(1);
    for (const flag of flags) expect({ flag, listed: result.stdout.includes(flag) }).toEqual({ flag, listed: true });
  });

  it.each([
    ['lint', LINT_FORMATS],
    ['plan', PLAN_FORMATS],
    ['diagnose', DIAGNOSE_FORMATS],
    ['write-errors', WRITE_ERRORS_FORMATS],
    ['drift', DRIFT_FORMATS],
    ['health', HEALTH_FORMATS],
    ['compare', COMPARE_FORMATS],
  ] as const)('%s --help offers the formats of the registry, each with what it writes', async (command, formats) => {
    const result = await runCli([command, '--help']);
    const lines = result.stdout.split('\n');
    const at = lines.findIndex((text) => text.trimStart().startsWith('--format '));
    expect(lines[at]).toMatch(new RegExp(`^ {2}--format <${formatNames(formats).join('\\|')}>( |$)`));
    // The option's text is its lines up to the next option, wrapped: joined, it reads as written.
    const end = lines.findIndex((text, i) => i > at && /^ {2}-/.test(text));
    const text = lines
      .slice(at, end)
      .join(' ')
      .replace(/^ +--format <[^>]+>/, '')
      .replace(/\s+/g, ' ');
    for (const format of formats) expect(text).toContain(`${format.name}: ${format.description}`);
  });

  it("--help gives the commands and says where each command's options are", async () => {
    const result = await runCli(['--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('lint [paths or globs... | -]');
    expect(result.stdout).toContain('<command> --help');
  });
});

describe('argument errors', () => {
  it("name the option, suggest the one meant, and point at the command's --help; no raw parser message", async () => {
    const result = await runCli(['lint', '--max-warning', '3']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('heroku-connect-action: Unknown option "--max-warning". Did you mean "--max-warnings"? Run heroku-connect-action lint --help for its options.\n');
  });

  it('say when an option lacks its value', async () => {
    const result = await runCli(['lint', '--format']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/The option "--format" needs a value\. Run heroku-connect-action lint --help/);
    expect(result.stderr).not.toMatch(/ERR_PARSE_ARGS|To specify an option argument/);
  });

  it('reject a value outside the choices, naming the flag', async () => {
    const result = await runCli(['lint', '--format', 'xml']);
    expect(result.stderr).toBe(`heroku-connect-action: --format is "xml"; use one of: ${formatNames(LINT_FORMATS).join(', ')}.\n`);
    const plan = await runCli(['plan', 'm.json', '--format', 'sarif']);
    expect(plan.stderr).toBe(`heroku-connect-action: --format is "sarif"; use one of: ${formatNames(PLAN_FORMATS).join(', ')}.\n`);
  });
});

describe('lint options', () => {
  it('--output creates the missing folders', async () => {
    const workspace = makeWorkspace({ 'm.json': CLEAN });
    const result = await runCli(['lint', 'm.json', '--format', 'json', '--output', 'reports/lint/out.json'], { cwd: workspace });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(path.join(workspace, 'reports/lint/out.json'), 'utf8')).files).toEqual(['m.json']);
  });

  it('"-" lints standard input under --stdin-filename, which says the format and names the findings', async () => {
    const workspace = makeWorkspace();
    const yaml = 'mappings:\n  - object_name: Thing__c\n    config:\n      access: read_only\n      sf_polling_seconds: 600\n      fields:\n        Name: {}\n        SystemModstamp: {}\n';
    const result = await runCliWithStdin(['lint', '-', '--stdin-filename', 'connect/staged.yml', '--format', 'json'], yaml, workspace);
    const report = JSON.parse(result.stdout);
    expect(report.files).toEqual(['connect/staged.yml']);
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: 'missing-id-field', file: 'connect/staged.yml', line: 6 })]);
    expect(result.exitCode).toBe(1);
  });

  it('"-" without --stdin-filename is a usage error saying what to add', async () => {
    const result = await runCliWithStdin(['lint', '-'], CLEAN, makeWorkspace());
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/needs --stdin-filename <name>/);
  });

  it('standard input is bounded like a file', async () => {
    const result = await runCliWithStdin(['lint', '-', '--stdin-filename', 'big.json', '--format', 'json'], Buffer.alloc(MAX_FILE_BYTES + 10, ' '), makeWorkspace());
    const report = JSON.parse(result.stdout);
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: 'unreadable-file', file: 'big.json', message: expect.stringMatching(/over the 16\.0 MiB limit/) })]);
  });

  it('--list-rules lists every rule with its default level, the level in effect, summary and documentation link', async () => {
    const text = await runCli(['lint', '--list-rules', '--rule', 'bulk-limit=off']);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toMatch(/^bulk-limit +off \(default warning\) /m);
    const json = JSON.parse((await runCli(['lint', '--list-rules', '--format', 'json'])).stdout);
    expect(json.map((rule: { id: string }) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    expect(json[0]).toEqual({ id: RULES[0]!.id, defaultLevel: RULES[0]!.defaultLevel, level: RULES[0]!.defaultLevel, summary: RULES[0]!.docs.summary, docs: expect.stringMatching(/^https:\/\/.*#/) });
  });

  it("--list-rules alone is lint --list-rules, and with --help gives lint's help", async () => {
    expect((await runCli(['--list-rules'])).stdout).toBe((await runCli(['lint', '--list-rules'])).stdout);
    const help = await runCli(['--list-rules', '--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toBe((await runCli(['lint', '--help'])).stdout);
  });

  it('after "--", a word that looks like a negative number is a path, not the value of the word before it', async () => {
    const report = JSON.parse((await runCli(['lint', '--format', 'json', '--', '--max-warnings', '-1'], { cwd: makeWorkspace() })).stdout);
    expect(report.findings.map((finding: { file: string }) => finding.file).sort()).toEqual(['--max-warnings', '-1']);
  });

  it('--max-warnings exits 1 when the warnings exceed it, 0 when they do not', async () => {
    const workspace = makeWorkspace({ 'm.json': mappingFile({ Id: {} }) });
    expect((await runCli(['lint', 'm.json', '--format', 'json', ...WARN_TIMESTAMP], { cwd: workspace })).stdout).toMatch(/"warning": 1/);
    expect((await runCli(['lint', 'm.json', '--max-warnings', '1', ...WARN_TIMESTAMP], { cwd: workspace })).exitCode).toBe(0);
    const over = await runCli(['lint', 'm.json', '--max-warnings', '0', ...WARN_TIMESTAMP], { cwd: workspace });
    expect(over.exitCode).toBe(1);
    expect(over.stderr).toContain('1 warnings, more than --max-warnings 0.');
    expect((await runCli(['lint', 'm.json', '--max-warnings', '-1'], { cwd: workspace })).exitCode).toBe(2);
  });

  it('--quiet reports errors only, and warnings no longer count', async () => {
    const workspace = makeWorkspace({ 'm.json': ERROR_AND_WARNING });
    const loud = JSON.parse((await runCli(['lint', 'm.json', '--format', 'json', ...WARN_TIMESTAMP], { cwd: workspace })).stdout);
    expect(loud.counts.warning).toBeGreaterThan(0);
    const quiet = JSON.parse((await runCli(['lint', 'm.json', '--format', 'json', '--quiet', ...WARN_TIMESTAMP], { cwd: workspace })).stdout);
    expect(quiet.counts).toEqual({ error: loud.counts.error, warning: 0, notice: 0 });
    expect(quiet.findings.every((finding: { level: string }) => finding.level === 'error')).toBe(true);
    const warningsOnly = makeWorkspace({ 'm.json': mappingFile({ Id: {} }) });
    expect((await runCli(['lint', 'm.json', '--fail-on', 'warning', ...WARN_TIMESTAMP], { cwd: warningsOnly })).exitCode).toBe(1);
    expect((await runCli(['lint', 'm.json', '--quiet', '--fail-on', 'warning', ...WARN_TIMESTAMP], { cwd: warningsOnly })).exitCode).toBe(0);
  });
});
