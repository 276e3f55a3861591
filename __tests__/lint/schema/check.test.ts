import { checkSchema } from '../../../src/lint/schema/check.js';
import { slowTests } from '../../../test-support/slow.js';

/** Mappings that each break the schema twice: an access that is no choice (enum) and a field that is no object (type). */
function twiceBroken(count: number) {
  return { mappings: Array.from({ length: count }, (_, i) => ({ object_name: `Object${i}__c`, config: { access: 'x', fields: { Id: 1, SystemModstamp: {} } } })) };
}

describe('checkSchema', () => {
  it('describes the first breaks up to the limit, in document order, and counts the rest', () => {
    const { reports, omitted } = checkSchema(twiceBroken(3), 4);
    expect(reports.map((report) => report.path.join('.'))).toEqual(['mappings.0.config.access', 'mappings.0.config.fields.Id', 'mappings.1.config.access', 'mappings.1.config.fields.Id']);
    expect(reports[0]!.message).toBe('"config.access" of mapping #1 must be one of "read_only" or "read_write", not "x".');
    expect(omitted).toBe(2);
    expect(checkSchema(twiceBroken(3))).toMatchObject({ omitted: 0, reports: { length: 6 } });
  });

  slowTests('at scale', () => {
    it('sifts 40,000 breaks in linear time', () => {
      // The enum and type errors sit at different paths, so each enum error was once checked against every error (about 6 s).
      const started = performance.now();
      const { reports, omitted } = checkSchema(twiceBroken(20_000), 1_000);
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(reports).toHaveLength(1_000);
      expect(omitted).toBe(39_000);
    });
  });
});
