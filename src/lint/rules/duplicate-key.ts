import type { BuiltinRule } from './rule.js';
import { inMappingOf } from './example.js';

export const duplicateKey: BuiltinRule = {
  id: 'duplicate-key',
  scope: 'builtin',
  defaultLevel: 'error',
  docs: {
    summary: 'An object has the same key twice.',
    why: 'JSON.parse keeps only the last value, so one of the two silently disappears on import: typically a field list or a config edited in two places by a merge.',
    source: 'ECMA-262 JSON.parse (the last duplicate wins); RFC 8259 §4 ("names within an object SHOULD be unique").',
    bad: '"config": { "access": "read_write", "sf_polling_seconds": 600, "access": "read_only" }',
    good: '"config": { "access": "read_write", "sf_polling_seconds": 600 }',
    example: inMappingOf('Account'),
  },
};
