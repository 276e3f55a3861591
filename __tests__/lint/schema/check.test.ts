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

describe('checkSchema: the validator without the check of each field value', () => {
  const documentWith = (fields: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ mappings: [{ object_name: 'Account', config: { access: 'read_only', fields, ...extra } }] });

  it('gives the same verdict and the same reports as the full one, for a fields object the parser proved empty-valued', () => {
    const clean = documentWith({ Id: {}, Name: {} });
    const fields = clean.mappings[0]!.config.fields;
    expect(checkSchema(clean, Infinity, new Set([fields]))).toEqual({ reports: [], omitted: 0 });
    const broken = documentWith({ Id: {} }, { acess: 'x' });
    expect(checkSchema(broken, Infinity, new Set([broken.mappings[0]!.config.fields]))).toEqual(checkSchema(broken));
    expect(checkSchema(broken).reports).toEqual([expect.objectContaining({ message: expect.stringContaining('Unknown key "acess"') })]);
  });

  it('checks each field value when the proof does not cover that fields object', () => {
    const document = documentWith({ Id: {}, Name: 1 });
    const other = documentWith({ Id: {} }).mappings[0]!.config.fields;
    expect(checkSchema(document, Infinity, new Set([other])).reports).toEqual([expect.objectContaining({ path: ['mappings', 0, 'config', 'fields', 'Name'] })]);
  });
});
