import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLintOptions, lintText } from '../../../src/lint/engine.js';
import type { Finding } from '../../../src/core/types.js';

/**
 * Five real exports from public repositories, kept next to the repository (never copied into it).
 * Every finding on them must be true: read-write mappings without upsert_field are the only
 * problem in them, and Heroku's own diagnose fails those ("read-write mappings require a unique
 * identifier").
 */
const EXPORTS = fileURLToPath(new URL('../../../../shared/heroku-connect-exports/', import.meta.url));
const present = existsSync(EXPORTS);

const TIME_TRACKER = 'joelfern__TimeTracker__heroku-connect-config.json';
const HEROKU_DEMO = 'yusukeoshiro__heroku_demo1__heroku-connect-config.json';

/** [file, rule, line, column, object]: each points at the "read_write" value of that object's access. */
const EXPECTED: readonly [string, string, number, number, string][] = [
  [TIME_TRACKER, 'missing-upsert-field', 1, 594, 'Account'],
  [TIME_TRACKER, 'missing-upsert-field', 1, 1075, 'TT_Project__c'],
  [TIME_TRACKER, 'missing-upsert-field', 1, 1607, 'TT_Contributor__c'],
  [TIME_TRACKER, 'missing-upsert-field', 1, 2252, 'Contact'],
  [TIME_TRACKER, 'missing-upsert-field', 1, 2951, 'TT_Entry_Approval__c'],
  [TIME_TRACKER, 'missing-upsert-field', 1, 3432, 'TT_Timesheet__c'],
  [TIME_TRACKER, 'missing-upsert-field', 1, 4069, 'TT_Entry__c'],
  [TIME_TRACKER, 'missing-upsert-field', 1, 4565, 'TT_Approval_Stage__c'],
  [TIME_TRACKER, 'missing-upsert-field', 1, 5106, 'TT_Approver__c'],
  [HEROKU_DEMO, 'missing-upsert-field', 1, 1222, 'Contact'],
  [HEROKU_DEMO, 'missing-upsert-field', 1, 1686, 'Product__c'],
  [HEROKU_DEMO, 'missing-upsert-field', 1, 1813, 'CartItem__c'],
  [HEROKU_DEMO, 'missing-upsert-field', 1, 2269, 'Branding__c'],
  [HEROKU_DEMO, 'missing-upsert-field', 1, 3155, 'Store__c'],
  [HEROKU_DEMO, 'missing-upsert-field', 1, 3595, 'SentCoupon__c'],
];

const files = present
  ? readdirSync(EXPORTS)
      .filter((name) => name.endsWith('.json'))
      .sort()
  : [];

async function lint(file: string): Promise<{ lines: string[]; findings: Finding[] }> {
  const text = readFileSync(join(EXPORTS, file), 'utf8');
  return { lines: text.split('\n'), findings: await lintText(file, text, 'json', defaultLintOptions()) };
}

if (!present) {
  console.log(`Skipping the real-export tests: ${EXPORTS} does not exist.`);
  // jest refuses it.each over an empty table even in a skipped block, so the suite is not declared at all.
  it.skip(`lints the real exports in ${EXPORTS}`, () => {});
} else {
  describe('real Heroku Connect exports', () => {
    it('has the five exports', async () => {
      expect(files).toHaveLength(5);
    });

    it.each(files)('%s: every finding sits on a real line, on the token it names', async (file) => {
      const { lines, findings } = await lint(file);
      for (const finding of findings) {
        expect(finding.line).toBeGreaterThanOrEqual(1);
        expect(finding.line).toBeLessThanOrEqual(lines.length);
        const line = lines[finding.line - 1]!;
        const end = finding.endLine === finding.line ? finding.endColumn : undefined;
        const token = line.slice(finding.column - 1, end === undefined ? undefined : end - 1);
        expect(token.trim()).not.toBe('');
        expect(line).toContain(token);
      }
    });

    it('reports exactly the read-write mappings without upsert_field', async () => {
      const linted = await Promise.all(files.map(async (file) => ({ file, ...(await lint(file)) })));
      const actual = linted.flatMap(({ file, lines, findings }) => {
        return findings.map((finding) => {
          const token = lines[finding.line - 1]!.slice(finding.column - 1, finding.endColumn! - 1);
          return { file, ruleId: finding.ruleId, line: finding.line, column: finding.column, token, message: finding.message };
        });
      });
      expect(actual.map(({ file, ruleId, line, column }) => [file, ruleId, line, column])).toEqual(EXPECTED.map(([file, ruleId, line, column]) => [file, ruleId, line, column]));
      actual.forEach((finding, index) => {
        expect(finding.token).toBe('"read_write"');
        expect(finding.message.startsWith(`${EXPECTED[index]![4]} is read_write`)).toBe(true);
      });
    });
  });
}
