import type { WriteError } from '../../../src/clients/connect/types.js';
import { renderDeploySummary } from '../../../src/live/deploy/summary.js';
import type { DeployRecord } from '../../../src/live/deploy/run.js';
import type { DriftItem } from '../../../src/live/ops/drift.js';
import type { MappingHealth } from '../../../src/live/ops/health.js';
import { driftMarkdown, healthMarkdown } from '../../../src/live/ops/render.js';
import type { DriftReport, HealthReport } from '../../../src/live/ops/run.js';
import { bytes, cutToBudget, DEPLOY_SUMMARY_BUDGET_BYTES, ISSUE_BODY_BUDGET_BYTES, JOB_SUMMARY_BUDGET_BYTES, Room } from '../../../src/core/output/budget.js';

const MIB = 1024 * 1024;

describe('Room', () => {
  it('gives each later part only what the earlier ones left, keeping the reserve', () => {
    const room = new Room(30, 10);
    expect(room.take(['aaaa', 'bbbb', 'cccc', 'dddd', 'eeee'])).toEqual(['aaaa', 'bbbb', 'cccc', 'dddd']);
    expect(room.take(['f'])).toEqual([]);
  });
});

describe('cutToBudget', () => {
  it('leaves a text that fits as it is', () => {
    expect(cutToBudget('a\nb\n', 4, '!')).toBe('a\nb\n');
  });

  it('cuts at the last line break that leaves room for the note, counting bytes', () => {
    const text = Array.from({ length: 100 }, (_, i) => `é row ${i}`).join('\n');
    const cut = cutToBudget(text, 200, '\n> cut');
    expect(bytes(cut)).toBeLessThanOrEqual(200);
    expect(cut).toMatch(/\né row \d+\n> cut$/);
    expect(text.startsWith(cut.slice(0, -'\n> cut'.length))).toBe(true);
  });
});

function mapping(i: number, state = 'SYSTEM_ERROR'): MappingHealth {
  return { object: `Obj${i}__c`, state, stale: false, counts: { db: 1, sf: 1 }, writeErrors: 0 };
}

/** One app with `count` mappings, all failed but one synced, a problem for each, and notifications. */
function hugeHealth(count: number): HealthReport {
  const mappings = [...Array.from({ length: count }, (_, i) => mapping(i)), mapping(count, 'DATA_SYNCED')];
  const problems = [...mappings.slice(0, count).map((m) => `The ${m.object} mapping is SYSTEM_ERROR (${'x'.repeat(2000)}).`), '25000 write error(s) to Salesforce, more than 0.'];
  const notifications = Array.from({ length: count }, (_, i) => ({ id: String(i), event_type: 'mapping-error', message: 'y'.repeat(800), created_at: '2026-11-22T09:00:00Z' }));
  return { healthy: false, apps: [{ app: 'shop', resource: 'herokuconnect-shop', state: 'IDLE', mappings, writeErrors: [], notifications, problems, healthy: false, acknowledged: 0 }] };
}

describe('every sink within its budget, keeping what matters first and saying what it left out', () => {
  it('health: the job summary and the issue body, the connection-wide problem and the failed mappings first', () => {
    const report = hugeHealth(700);
    const summary = healthMarkdown(report);
    expect(bytes(summary)).toBeLessThanOrEqual(JOB_SUMMARY_BUDGET_BYTES);
    expect(bytes(summary)).toBeGreaterThan(JOB_SUMMARY_BUDGET_BYTES - 4096);
    const issue = healthMarkdown(report, ISSUE_BODY_BUDGET_BYTES);
    expect(bytes(issue)).toBeLessThanOrEqual(ISSUE_BODY_BUDGET_BYTES);
    for (const markdown of [summary, issue]) {
      expect(markdown).toContain('### shop: ❌ unhealthy (connection IDLE)');
      expect(markdown).toContain('- ❌ 25000 write error(s) to Salesforce, more than 0.');
      expect(markdown).toMatch(/\n- \d+ more notification\(s\) do not fit here\.\n/);
      expect(markdown).toContain('| Obj0&#95;&#95;c | SYSTEM&#95;ERROR |');
    }
    // The summary has room for every mapping; the issue keeps the failed mappings before the synced one.
    expect(summary).toContain('| Obj700&#95;&#95;c | DATA&#95;SYNCED |');
    expect(issue).not.toContain('| Obj700&#95;&#95;c |');
    expect(issue).toMatch(/\n- \d+ more mapping\(s\) do not fit here \(the healthy ones are left out first\); `heroku-connect-action health` lists them all\.\n/);
    expect(issue).toMatch(/\n- ❌ \d+ more problem\(s\) do not fit here; `heroku-connect-action health` lists them all\.\n/);
  });

  it('health: a report that fits is shown whole, without a note', () => {
    const markdown = healthMarkdown(hugeHealth(3));
    expect(markdown).toContain('| Obj3&#95;&#95;c | DATA&#95;SYNCED |');
    expect(markdown).not.toMatch(/do not fit/);
  });

  it('health: one huge value is cut, so that it cannot take the budget alone', () => {
    const report = hugeHealth(1);
    report.apps[0]!.state = 'S'.repeat(5 * MIB);
    expect(bytes(healthMarkdown(report, ISSUE_BODY_BUDGET_BYTES))).toBeLessThanOrEqual(ISSUE_BODY_BUDGET_BYTES);
  });

  it('drift: the differences needing care first, and how many did not fit', () => {
    const item = (i: number, care: boolean): DriftItem => ({
      kind: 'field-removed',
      object: 'Account',
      difference: `${care ? 'Care' : 'Plain'} ${i}: ${'d'.repeat(600)}`,
      consequence: 'c'.repeat(900),
      care,
    });
    const drift = Array.from({ length: 1000 }, (_, i) => item(i, i % 10 === 9));
    const report: DriftReport = { drifted: true, apps: [{ app: 'shop', resource: 'herokuconnect-shop', drift }] };
    const markdown = driftMarkdown(report);
    expect(bytes(markdown)).toBeLessThanOrEqual(JOB_SUMMARY_BUDGET_BYTES);
    expect(markdown).toContain('### shop: 1000 differences from the files, 100 needing care');
    expect(markdown).toContain('- ⚠️ Care 999:');
    expect(markdown).toMatch(/\n- \d+ more difference\(s\) do not fit in the summary; `heroku-connect-action drift` lists them all\.\n/);
  });

  it('deploy: thousands of write errors over thousands of tables, and long lists of names, stay within the deploy budget', () => {
    const writeErrors: WriteError[] = Array.from({ length: 2000 }, (_, i) => ({
      id: String(i),
      table_name: `salesforce.table_${i}__c`,
      record_id: `a0${i}`,
      message: 'm'.repeat(300),
      created_at: '2026-11-22T09:00:00Z',
    }));
    const names = Array.from({ length: 2000 }, (_, i) => `Obj${i}__c`);
    const record: DeployRecord = {
      app: 'shop',
      objectNames: ['Account'],
      imported: true,
      timeline: names.map((name, i) => ({ subject: name, from: 'DATA_SYNCED', to: 'r'.repeat(300), atMs: i * 1000 })),
      notRun: names.map((name) => ({ check: `diagnose of the ${name} mapping`, reason: 'r'.repeat(400) })),
      writeErrors,
      deleted: names,
      mappingStates: {},
      notInFiles: names.map((name) => `Live${name}`),
      differences: names.map((name) => ({ field: name, file: 1, connection: 2, action: 'kept', level: 'info', message: `${name} differs` })),
      elapsedMs: 1000,
      apiVersionChanged: false,
      steps: [],
    };
    const markdown = renderDeploySummary(record);
    expect(bytes(markdown)).toBeLessThanOrEqual(DEPLOY_SUMMARY_BUDGET_BYTES + 4096);
    expect(markdown).toMatch(/⚠️ \*\*2000 new write errors\*\* to Salesforce since the import \(salesforce\.table&#95;0&#95;&#95;c 1, .* and \d+ more\):/);
    expect(markdown).toMatch(/more rows do not fit here; the write-errors-file output has them all\./);
    expect(markdown).toMatch(/Deleted by prune, with their tables and data: Obj0&#95;&#95;c, .* and \d+ more\./);
    expect(markdown).toMatch(/- \d+ more differences do not fit here\./);
    expect(markdown).toContain('<details><summary>Timeline of the wait: 2000 state changes</summary>\n\n- 0 s: Obj0&#95;&#95;c DATA&#95;SYNCED → rrr');
    expect(markdown).toMatch(/- \d+ later state changes do not fit here; the log has them\./);
  });
});
