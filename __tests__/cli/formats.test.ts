import { lintTargets } from '../../src/lint/run.js';
import { defaultLintOptions } from '../../src/lint/engine.js';
import type { AnnotationProperties } from '../../src/report/github.js';
import { annotate } from '../../src/report/github.js';
import { formatNamed, formatNames, LINT_FORMATS, PLAN_FORMATS } from '../../src/formats/registry.js';

const TEXT = JSON.stringify({ mappings: [{ object_name: 'Thing__c', config: { access: 'read_only', sf_polling_seconds: 600, fields: { Name: {}, SystemModstamp: {} } } }] }, null, 4);

async function run() {
  return lintTargets([{ file: 'm.json', absolutePath: '/m.json', confinedTo: null, source: { ok: true, text: TEXT } }], defaultLintOptions());
}

describe('the formats registry', () => {
  it('holds the lint formats, the comment among them, and the plan formats', () => {
    expect(formatNames(LINT_FORMATS)).toEqual(['text', 'json', 'sarif', 'github', 'markdown', 'comment']);
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
    expect(await formatNamed(LINT_FORMATS, 'text').render(lint, { color: false })).toMatch(/^ {2}8:17 +error/m);
  });
});
