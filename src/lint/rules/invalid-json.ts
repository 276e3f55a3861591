import type { BuiltinRule } from './rule.js';
import { AS_FILE } from './example.js';

export const invalidJson: BuiltinRule = {
  id: 'invalid-json',
  scope: 'builtin',
  defaultLevel: 'error',
  docs: {
    summary: 'The file is not valid JSON (or YAML for .yml/.yaml): a syntax error, an empty or binary file, text that is not UTF-8, a byte-order mark, or nesting deeper than 64 levels.',
    why: 'heroku connect:import parses the file with JSON.parse and sends it as it is; a file that does not parse cannot be imported at all.',
    source: 'heroku/heroku-connect-plugin src/commands/connect/import.ts (body = JSON.parse(file)); ECMA-404.',
    bad: '{ "mappings": [ { "object_name": "Account", } ] }',
    good: '{ "mappings": [ { "object_name": "Account", "config": { "access": "read_only" } } ] }',
    example: AS_FILE,
  },
};
