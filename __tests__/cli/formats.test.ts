import { lintTargets } from '../../src/lint/run.js';
import { defaultLintOptions } from '../../src/lint/engine.js';
import type { AnnotationProperties } from '../../src/lint/report/github.js';
import { annotate } from '../../src/lint/report/github.js';
import { COMPARE_FORMATS, DIAGNOSE_FORMATS, DRIFT_FORMATS, formatNamed, formatNames, HEALTH_FORMATS, LINT_FORMATS, PLAN_FORMATS, WRITE_ERRORS_FORMATS } from '../../src/interface/formats/registry.js';
import type { CompareReport } from '../../src/live/ops/run.js';
import { runCli } from '../../test-support/harness.js';

const TEXT = JSON.stringify({ mappings: [{ object_name: 'Thing__c', config: { access: 'read_only', sf_polling_seconds: 600, fields: { Name: {}, SystemModstamp: {} } } }] }, null, 4);

async function run() {
  return lintTargets([{ file: 'm.json', absolutePath: '/m.json', confinedTo: null, content: { ok: true, bytes: Buffer.from(TEXT) } }], defaultLintOptions());
}

describe('the formats registry', () => {
  it('holds the lint formats, the comment among them, and the plan formats', () => {
    expect(formatNames(LINT_FORMATS)).toEqual(['text', 'compact', 'json', 'sarif', 'github', 'markdown', 'comment']);
    expect(formatNames(PLAN_FORMATS)).toEqual(['text', 'json', 'markdown']);
  });

  it('has one entry per name, each rendering a run', async () => {
    const lint = await run();
    for (const format of LINT_FORMATS.filter((entry) => !('toRunner' in entry))) {
      expect({ format: format.name, rendered: (await format.render(lint, { color: false })).length > 0 }).toEqual({ format: format.name, rendered: true });
    }
  });

  it('marks the same characters in every format: JSON and SARIF end exclusive, GitHub inclusive one column before', async () => {
    const lint = await run();
    const [finding] = JSON.parse(await formatNamed(LINT_FORMATS, 'json').render(lint, { color: false })).findings;
    expect(finding).toMatchObject({ ruleId: 'missing-id-field', line: 8, column: 17, endLine: 8, endColumn: 25 });
    // "fields" with its quotes: 8 characters from column 17.
    expect(TEXT.split('\n')[7]!.slice(finding.column - 1, finding.endColumn - 1)).toBe('"fields"');
    const region = JSON.parse(await formatNamed(LINT_FORMATS, 'sarif').render(lint, { color: false })).runs[0].results[0].locations[0].physicalLocation.region;
    expect(region).toEqual({ startLine: 8, startColumn: 17, endLine: 8, endColumn: 25 });
    const annotations: AnnotationProperties[] = [];
    annotate(lint.findings, { error: (_, properties = {}) => annotations.push(properties), warning: () => undefined, notice: () => undefined }, '');
    expect(annotations[0]).toMatchObject({ startLine: 8, startColumn: 17, endLine: 8, endColumn: 24 });
    expect(await formatNamed(LINT_FORMATS, 'text').render(lint, { color: false })).toMatch(/^m\.json:8:17 {2}error /m);
    expect(await formatNamed(LINT_FORMATS, 'compact').render(lint, { color: false })).toMatch(/^m\.json:8:17: error /m);
  });

  it('compact: a file or object name cannot make a line a workflow command in the runner log the problem matcher reads', async () => {
    const hostile = JSON.stringify({ mappings: [{ object_name: 'Acc ##[add-mask]x', config: { access: 'read_only', sf_polling_seconds: 600, fields: { Id: {}, SystemModstamp: {} } } }] });
    const lint = await lintTargets([{ file: '::warning title=pwn::m.json', absolutePath: '/m.json', confinedTo: null, content: { ok: true, bytes: Buffer.from(hostile) } }], defaultLintOptions());
    const [line] = (await formatNamed(LINT_FORMATS, 'compact').render(lint, { color: false })).split('\n');
    expect(line).toMatch(/^:\u200b:warning title=pwn::m\.json:1:\d+: error The object_name "Acc ##\u200b\[add-mask\]x" is not a valid Salesforce API name/);
  });
});

describe("the read-only live commands' formats", () => {
  const LIVE = [
    ['diagnose', DIAGNOSE_FORMATS],
    ['write-errors', WRITE_ERRORS_FORMATS],
    ['drift', DRIFT_FORMATS],
    ['health', HEALTH_FORMATS],
    ['compare', COMPARE_FORMATS],
  ] as const;

  it.each(LIVE)('%s --format accepts exactly the names of its list, before any call', async (command, formats) => {
    // --app and a key get the commands past their own checks: the format is refused before they connect.
    const result = await runCli([command, '--app', 'shop', '--app', 'shop-2', '--format', 'xml'], {
      env: { HEROKU_API_KEY: '00000000-0000-4000-8000-000000000000', CONNECT_DISCOVERY_SERVER: 'http://127.0.0.1:9' },
    });
    expect(result).toMatchObject({ exitCode: 2, stdout: '', stderr: `heroku-connect-action: --format is "xml"; use one of: ${formatNames(formats).join(', ')}.\n` });
  });

  it('offer text and json for every command, and the Markdown the action writes for drift and health', () => {
    for (const [, formats] of LIVE) expect(formatNames(formats).slice(0, 2)).toEqual(['text', 'json']);
    expect(formatNames(DRIFT_FORMATS)).toEqual(['text', 'json', 'markdown']);
    expect(formatNames(HEALTH_FORMATS)).toEqual(['text', 'json', 'markdown']);
  });

  it('print the same JSON as before: the subject, indented by two, with a final newline', async () => {
    const report: CompareReport = { from: { app: 'a', resource: 'r1' }, to: { app: 'b', resource: 'r2' }, differences: [] };
    expect(await formatNamed(COMPARE_FORMATS, 'json').render(report, { color: false })).toBe(`${JSON.stringify(report, null, 2)}\n`);
    // write-errors prints the list alone; the window only words the text.
    expect(await formatNamed(WRITE_ERRORS_FORMATS, 'json').render({ errors: [], since: '2h' }, { color: false })).toBe('[]\n');
    expect(await formatNamed(WRITE_ERRORS_FORMATS, 'text').render({ errors: [], since: '2h' }, { color: false })).toBe('No write errors in the last 2h.\n');
  });
});
