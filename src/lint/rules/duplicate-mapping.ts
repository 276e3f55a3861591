import type { DocumentRule, Report } from './rule.js';
import { IN_FILE } from './example.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  mappedTwice: (d: { objectName: string; earlier: string }) =>
    `${d.objectName} is already mapped by mapping #${d.earlier}. Merge the two entries into one: an object can be mapped only once per connection.`,
};

export const duplicateMapping: DocumentRule = {
  id: 'duplicate-mapping',
  scope: 'document',
  defaultLevel: 'error',
  messages,
  docs: {
    summary: 'The same object is mapped twice in one file (object names compare case-insensitively).',
    why: 'An object maps to exactly one Postgres table; Heroku Connect looks mappings up by name without regard to case, so the second entry overwrites the first on import.',
    source: 'django-heroku-connect check E006 ("an object can only be mapped to a PostgreSQL table once"); heroku-connect-plugin withMapping (case-insensitive lookup).',
    bad: '"mappings": [ { "object_name": "Account" }, { "object_name": "account" } ]',
    good: '"mappings": [ { "object_name": "Account" } ]',
    example: IN_FILE,
    silentWhen: ['An `object_name` that is not a valid API name: `invalid-api-name` reports it, and it is not compared with the others.'],
  },
  check(document) {
    const first = new Map<string, number>();
    const reports: Report[] = [];
    for (const mapping of document.mappings) {
      const key = mapping.objectName.toLowerCase();
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, mapping.index);
        continue;
      }
      reports.push({
        path: [...mapping.path, 'object_name'],
        message: messages.mappedTwice({ objectName: mapping.objectName, earlier: String(earlier + 1) }),
      });
    }
    return reports;
  },
};
