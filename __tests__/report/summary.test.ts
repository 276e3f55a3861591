import type { LintRun } from '../../src/lint/run.js';
import type { Finding } from '../../src/lint/types.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { renderLintSummary } from '../../src/report/summary.js';

const finding = (over: Partial<Finding>): Finding => ({ ruleId: 'schema', level: 'error', message: 'm', file: 'a.json', line: 1, column: 1, ...over });

function runOf(findings: Finding[]): LintRun {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.level]++;
  const files = [...new Set(findings.map((f) => f.file))];
  return { results: files.map((file) => ({ file, findings: findings.filter((f) => f.file === file) })), findings, counts, unmatched: [], files: [] };
}

describe('planAnnotations', () => {
  it('shows errors before warnings and uses a changed-line priority within a level', () => {
    const findings = [finding({ level: 'warning', line: 1 }), finding({ line: 9 }), finding({ line: 5 })];
    const plan = planAnnotations(findings, (f) => (f.line === 9 ? 0 : 1));
    expect(plan.annotate.map((f) => [f.level, f.line])).toEqual([['error', 9], ['error', 5], ['warning', 1]]);
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

describe('renderLintSummary', () => {
  it('escapes untrusted text so it cannot inject HTML, links or mentions', () => {
    const text = renderLintSummary(runOf([finding({ file: '<b>x</b>.json', message: 'see [here](javascript:alert(1)) @admin | `x`' })]));
    expect(text).not.toMatch(/<b>|\]\(|@admin/);
    expect(text).toContain(escapeMarkdown('<b>x</b>.json'));
  });

  it('shows file names in <code>, where escaped characters render as themselves', () => {
    const text = renderLintSummary(runOf([finding({ file: 'my_file.json' })]));
    expect(text).toContain('### <code>my&#95;file.json</code>');
    expect(text).not.toContain('`');
  });

  it('stays within its byte budget and says how many findings did not fit', () => {
    const findings = Array.from({ length: 400 }, (_, i) => finding({ file: `f${i}.json`, message: 'x'.repeat(200) }));
    const text = renderLintSummary(runOf(findings), 20_000);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(20_000 + 200);
    const shown = (text.match(/<tr><td rowspan/g) ?? []).length;
    expect(shown).toBeGreaterThan(0);
    expect(text).toContain(`${400 - shown} more findings do not fit in the job summary`);
  });
});
