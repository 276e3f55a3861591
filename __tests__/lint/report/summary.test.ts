import type { LintRun } from '../../../src/lint/run.js';
import type { Finding, Level } from '../../../src/core/types.js';
import { annotate, countingAnnotations } from '../../../src/lint/report/github.js';
import { overflowNote, planAnnotations, whereTheRestAre } from '../../../src/lint/report/annotations.js';
import { markdownText, terminalText } from '../../../src/core/output/escape.js';
import { renderLintSummary } from '../../../src/lint/report/summary.js';
import { HOSTILE_NAMES } from '../../../test-support/hostile-inputs.mjs';
import { linkTriggers, renderGfm, tagsOf, visibleText } from '../../../test-support/render-markdown.js';
import { slowTests } from '../../../test-support/slow.js';

const finding = (over: Partial<Finding>): Finding => ({ ruleId: 'schema', level: 'error', message: 'm', file: 'a.json', line: 1, column: 1, ...over });

function runOf(findings: Finding[]): LintRun {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.level]++;
  const files = [...new Set(findings.map((f) => f.file))];
  const byFile = new Map<string, Finding[]>(files.map((file) => [file, []]));
  for (const f of findings) byFile.get(f.file)!.push(f);
  return { results: files.map((file) => ({ file, findings: byFile.get(file)! })), findings, suppressed: [], counts, files: [] };
}

describe('planAnnotations', () => {
  it('shows errors before warnings and uses a changed-line priority within a level', () => {
    const findings = [finding({ level: 'warning', line: 1 }), finding({ line: 9 }), finding({ line: 5 })];
    const plan = planAnnotations(findings, (f) => (f.line === 9 ? 0 : 1));
    expect(plan.annotate.map((f) => [f.level, f.line])).toEqual([
      ['error', 9],
      ['error', 5],
      ['warning', 1],
    ]);
    expect(plan.omitted).toEqual({ error: 0, warning: 0, notice: 0 });
  });

  it('keeps exactly ten slots per level, the last for the overflow note', () => {
    const findings = Array.from({ length: 10 }, (_, i) => finding({ line: i + 1 }));
    expect(planAnnotations(findings).annotate).toHaveLength(10);
    const eleven = [...findings, finding({ line: 11 })];
    const plan = planAnnotations(eleven);
    expect(plan.annotate).toHaveLength(9);
    expect(plan.omitted.error).toBe(2);
  });
});

describe('the overflow note', () => {
  it('says the summary lists every finding only when it does', () => {
    expect(whereTheRestAre(30, 30, true)).toBe('the job summary lists every finding, and so does the SARIF file');
    expect(overflowNote('error', 8_991, whereTheRestAre(812, 9_000, true))).toBe(
      '8991 more errors not annotated here (GitHub shows 10 per level in a step): the job summary lists the 812 most important of 9,000; the SARIF file lists all.',
    );
    expect(whereTheRestAre(812, 9_000, false)).toBe('the job summary lists the 812 most important of 9,000; the CLI lists all');
  });
});

describe('renderLintSummary', () => {
  it('links each finding to its line in the file at the linted commit, when the run knows the commit', () => {
    const run = runOf([finding({ file: 'heroku-connect/my shop.json', line: 8, column: 27 })]);
    const revision = { serverUrl: 'https://ghe.example.com/', repository: 'acme/mappings', sha: 'a'.repeat(40) };
    expect(renderLintSummary(run, undefined, revision).markdown).toContain(`<td><a href="https://ghe.example.com/acme/mappings/blob/${'a'.repeat(40)}/heroku-connect/my%20shop.json#L8">8:27</a></td>`);
    expect(renderLintSummary(run).markdown).toContain('<td>8:27</td>');
  });

  it('renders hostile file names and messages as text: no heading, link, image, script, cell, row or mention of their own', () => {
    const benign = renderGfm(renderLintSummary(runOf([finding({ file: 'Name.json', message: 'Unknown field "Name"' })])).markdown);
    for (const name of HOSTILE_NAMES) {
      const html = renderGfm(renderLintSummary(runOf([finding({ file: `${name}.json`, message: `Unknown field "${name}"` })])).markdown);
      expect({ name, tags: tagsOf(html) }).toEqual({ name, tags: tagsOf(benign) });
      const text = visibleText(html);
      expect({ name, links: linkTriggers(text) }).toEqual({ name, links: [] });
      expect(text.replace(/\u200b/g, '')).toContain(`Unknown field "${terminalText(name)}"`);
    }
  });

  it('shows file names in <code>, where escaped characters render as themselves', () => {
    const { markdown } = renderLintSummary(runOf([finding({ file: 'my_file.json' })]));
    expect(markdown).toContain(`### <code>${markdownText('my_file.json')}</code>`);
    expect(markdown).not.toContain('`');
  });

  it('keeps the most important findings that fit, says how many were left out in each file and in all', () => {
    const findings = [
      ...Array.from({ length: 300 }, (_, i) => finding({ file: `f${i % 3}.json`, level: 'notice', line: i + 1, message: 'n'.repeat(200) })),
      ...Array.from({ length: 30 }, (_, i) => finding({ file: 'f2.json', line: i + 1, message: 'e'.repeat(200) })),
    ];
    const { markdown, shown } = renderLintSummary(runOf(findings), 20_000);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(20_000);
    expect(markdown.match(/<tr><td/g)).toHaveLength(shown);
    expect(shown).toBeGreaterThan(30);
    expect(shown).toBeLessThan(330);
    // Every error fits before any notice.
    expect(markdown.match(/❌ error/g)).toHaveLength(30);
    expect(markdown).toContain('in this file do not fit here.');
    expect(markdown).toContain(`${330 - shown} more findings (the least important) do not fit in the job summary: this lists ${shown} of 330.`);
  });

  it('keeps a file whose findings do not all fit, with the ones that fit', () => {
    const findings = Array.from({ length: 500 }, (_, i) => finding({ file: 'big.json', line: i + 1, message: 'x'.repeat(100) }));
    const { markdown, shown } = renderLintSummary(runOf(findings), 10_000);
    expect(shown).toBeGreaterThan(0);
    expect(markdown).toContain('### <code>big.json</code>');
    expect(markdown).toContain(`${500 - shown} more findings in this file do not fit here.`);
  });

  it('lists files without findings after the findings, and counts those that do not fit', () => {
    const run = runOf([finding({ file: 'bad.json' })]);
    run.results.push(...Array.from({ length: 1000 }, (_, i) => ({ file: `clean${i}.json`, findings: [] })));
    const { markdown } = renderLintSummary(run, 5_000);
    expect(markdown).toContain('bad.json');
    expect(markdown).toMatch(/\d+ more files without findings are not listed\./);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(5_000);
  });

  slowTests('at scale', () => {
    it('groups 100,000 findings in linear time, within its budget', () => {
      const oneFile = Array.from({ length: 100_000 }, (_, i) => finding({ ruleId: i % 2 ? 'duplicate-key' : 'schema', line: i + 1, message: `Duplicate key "k${i}"` }));
      const manyFiles = Array.from({ length: 100_000 }, (_, i) => finding({ file: `f${i % 8000}.json`, line: i + 1 }));
      for (const findings of [oneFile, manyFiles]) {
        const started = performance.now();
        const { markdown, shown } = renderLintSummary(runOf(findings));
        expect(performance.now() - started).toBeLessThan(1_000);
        expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(560 * 1024);
        expect(shown).toBeGreaterThan(1_000);
      }
    });
  });
});

describe('annotations across one step', () => {
  const finding = (level: Level, line: number): Finding => ({ ruleId: 'schema', level, message: `m${line}`, file: 'a.json', line, column: 1 });

  it("share GitHub's 10 per level between batches and warnings said along the way, the overflow note in the last free slot", () => {
    const written: { level: Level; message: string }[] = [];
    const record = (level: Level) => (message: string) => void written.push({ level, message });
    const annotator = countingAnnotations({ error: record('error'), warning: record('warning'), notice: record('notice') });
    annotator.warning('Configuration changed');
    annotate([finding('error', 1), finding('error', 2), finding('warning', 3)], annotator, 'the summary');
    annotate(
      Array.from({ length: 12 }, (_, i) => finding('error', 10 + i)),
      annotator,
      'the summary lists them',
    );
    const errors = written.filter((w) => w.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.at(-1)!.message).toMatch(/^5 more errors not annotated here/);
    expect(written.filter((w) => w.level === 'warning')).toHaveLength(2);
    annotate([finding('error', 99)], annotator, 'x');
    expect(written.filter((w) => w.level === 'error')).toHaveLength(10);
  });
});
