import type { Finding } from '../../src/core/types.js';
import { applyIgnores, type IgnoreEntry } from '../../src/lint/suppress.js';
import { slowTests } from '../../test-support/slow.js';

const finding = (ruleId: string, object: string | undefined, field?: string): Finding => ({
  ruleId,
  level: 'error',
  message: `${ruleId} on ${object}.${field}`,
  file: 'm.json',
  line: 1,
  column: 1,
  ...(object !== undefined && { object }),
  ...(field !== undefined && { field }),
});

let line = 0;
const entry = (rule: string, object: string, field?: string): IgnoreEntry => ({
  rule,
  object,
  ...(field !== undefined && { field }),
  reason: `reason ${++line}`,
  file: '.heroku-connect.yml',
  line,
  column: 5,
});

describe('applyIgnores', () => {
  it('silences by rule and object, or by rule, object and field, with the first entry written that covers the finding', () => {
    const fieldFirst = entry('unknown-field', 'Account', 'Foo__c');
    const wholeAfter = entry('unknown-field', 'Account');
    const wholeFirst = entry('missing-id-field', 'Contact');
    const fieldAfter = entry('missing-id-field', 'Contact', 'Id');
    const { findings, suppressed, unused } = applyIgnores(
      [finding('unknown-field', 'Account', 'Foo__c'), finding('unknown-field', 'Account', 'Bar__c'), finding('missing-id-field', 'Contact', 'Id'), finding('missing-id-field', undefined)],
      [fieldFirst, wholeAfter, wholeFirst, fieldAfter],
    );
    expect(suppressed.map((s) => [s.field, s.justification])).toEqual([
      ['Foo__c', fieldFirst.reason],
      ['Bar__c', wholeAfter.reason],
      ['Id', wholeFirst.reason],
    ]);
    expect(findings).toEqual([finding('missing-id-field', undefined)]);
    expect(unused.map((u) => u.line)).toEqual([fieldAfter.line]);
  });

  it('does not confuse an object name that holds a separator with an object and a field', () => {
    const { suppressed, unused } = applyIgnores([finding('unknown-field', 'A', 'B')], [entry('unknown-field', 'A\u0000B')]);
    expect(suppressed).toEqual([]);
    expect(unused).toHaveLength(1);
  });

  it('warns once for each entry that silenced nothing, a repeated entry included', () => {
    const first = entry('unknown-field', 'Account', 'Foo__c');
    const repeated = entry('unknown-field', 'Account', 'Foo__c');
    const { unused } = applyIgnores([finding('unknown-field', 'Account', 'Foo__c')], [first, repeated]);
    expect(unused).toEqual([expect.objectContaining({ ruleId: 'unused-ignore', level: 'warning', line: repeated.line, column: 5 })]);
    expect(unused[0]!.message).toContain('field "Foo__c"');
  });

  slowTests('at scale', () => {
    it('matches many entries on one object in linear time', () => {
      // Entries on one rule and object once went into one list, copied at each entry and searched per finding.
      const ignores = Array.from({ length: 20_000 }, (_, i) => entry('unknown-field', 'Account', `F${i}__c`));
      const findings = Array.from({ length: 20_000 }, (_, i) => finding('unknown-field', 'Account', `F${i}__c`));
      const started = performance.now();
      const result = applyIgnores(findings, ignores);
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(result.suppressed).toHaveLength(20_000);
      expect(result.unused).toEqual([]);
    });
  });
});
