import type { BuiltinRule } from './rule.js';
import { inMappingOf } from './example.js';

export const schemaRule: BuiltinRule = {
  id: 'schema',
  scope: 'builtin',
  defaultLevel: 'error',
  docs: {
    summary:
      'The document breaks the export format: wrong types, access not read_only/read_write, version not 1, fields/indexes not objects of objects, unknown keys, missing mappings/object_name/config/access.',
    why: 'Heroku Connect accepts any file on import and fails later; a misspelt key (acess, sf_poling_seconds) is silently ignored and the mapping runs with defaults nobody chose.',
    source:
      "The export format as `heroku connect:export` writes it and `heroku connect:import` reads it (Heroku Dev Center, Heroku Connect API, its export and import of a mapping configuration: https://devcenter.heroku.com/articles/heroku-connect-api); this repository's schema/heroku-connect-mappings.schema.json.",
    bad: '"config": { "acess": "read_write", "sf_polling_seconds": "600" }',
    good: '"config": { "access": "read_write", "sf_polling_seconds": 600 }',
    example: inMappingOf('Account'),
  },
};
