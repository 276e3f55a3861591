import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileSchema, VALIDATORS } from '../../../scripts/compile-schema.mjs';
import { REPO_ROOT } from '../../../test-support/harness.js';

describe('generated schema validators', () => {
  it.each((VALIDATORS as { schema: string; out: string }[]).map((validator) => [validator.out, validator.schema]))('%s is what %s compiles to (run `npm run schema:compile`)', (out, schema) => {
    expect(readFileSync(path.join(REPO_ROOT, out), 'utf8')).toBe(compileSchema(schema, out));
  });
});

describe('the export validator on a file of thousands of bad mappings', () => {
  it('collects every error by appending, never by copying all found so far', async () => {
    const { validate } = await import('../../../src/lint/schema/validate-export.generated.js');
    expect(readFileSync(path.join(REPO_ROOT, VALIDATORS[0]!.out), 'utf8')).not.toContain('.concat(');
    // Each bad mapping adds its own error, once: 20,000 of them, as many errors.
    const mappings = Array.from({ length: 20_000 }, () => 1);
    expect(validate({ mappings })).toBe(false);
    expect(validate.errors).toHaveLength(20_000);
    expect(validate.errors?.at(-1)).toMatchObject({ instancePath: '/mappings/19999', keyword: 'type' });
  });
});
