import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileSchema, VALIDATORS } from '../../scripts/compile-schema.mjs';
import { REPO_ROOT } from '../../test-support/harness.js';

describe('generated schema validators', () => {
  it.each((VALIDATORS as { schema: string; out: string }[]).map((validator) => [validator.out, validator.schema]))('%s is what %s compiles to (run `npm run schema:compile`)', (out, schema) => {
    expect(readFileSync(path.join(REPO_ROOT, out), 'utf8')).toBe(compileSchema(schema));
  });
});
