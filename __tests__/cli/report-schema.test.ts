import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { makeWorkspace, REPO_ROOT, runCli } from '../../test-support/harness.js';

const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(path.join(REPO_ROOT, 'schema/report.schema.json'), 'utf8')));

describe('--format json follows schema/report.schema.json', () => {
  it('on findings of every kind: placed ranges, mappings and fields, suppressed findings and a stale ignore', async () => {
    const workspace = makeWorkspace({
      '.heroku-connect.yml': 'ignore:\n  - rule: missing-id-field\n    object: A__c\n    reason: accepted\n  - rule: schema\n    object: Gone__c\n    reason: stale\n',
      'm.json': JSON.stringify({ mappings: [{ object_name: 'A__c', config: { access: 'read_only', sf_polling_seconds: 60, fields: { Name: {} }, indexes: { Email__c: {} } } }] }, null, 2),
      'broken.json': '{ "mappings": [',
    });
    const result = await runCli(['lint', 'm.json', 'broken.json', '--format', 'json'], { cwd: workspace });
    const report = JSON.parse(result.stdout);
    expect(report.suppressed).toHaveLength(1);
    expect(report.findings.some((finding: { field?: string }) => finding.field === 'Email__c')).toBe(true);
    expect(report.findings.some((finding: { endColumn?: number }) => finding.endColumn !== undefined)).toBe(true);
    expect(report.findings.some((finding: { ruleId: string }) => finding.ruleId === 'unused-ignore')).toBe(true);
    validate(report);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('the schema refuses what the report must not hold', () => {
    expect(validate({ files: [], counts: { error: 0, warning: 0, notice: 0 }, findings: [{ ruleId: 'x', level: 'fatal', message: '', file: 'a', line: 0, column: 1 }], suppressed: [] })).toBe(false);
  });
});
