import type { MappingRule } from './rule.js';
import { AS_MAPPING } from './example.js';
import { configLocation } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  notUpdateable: (d: { objectName: string }) => `${d.objectName} cannot be updated through the Salesforce API, so a read_write mapping of it fails (BAD_CONFIG). Set access to "read_only".`,
};

export const notUpdateable: MappingRule = {
  id: 'not-updateable',
  scope: 'mapping',
  defaultLevel: 'error',
  messages,
  docs: {
    summary: 'A read_write mapping of an object Salesforce does not let you update: history objects, KnowledgeArticleVersion, or `updateable: false` in the describe data.',
    why: 'A read_write mapping writes Postgres changes back with update calls. Heroku Connect checks that the object is updateable and sets the mapping to BAD_CONFIG when it is not.',
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": a read/write mapping requires an updateable object; Salesforce Object Reference, StandardObjectNameHistory and KnowledgeArticleVersion (no update() among the supported calls); DescribeSObjectResult `updateable`.',
    bad: '{ "object_name": "AccountHistory", "config": { "access": "read_write" } }',
    good: '{ "object_name": "AccountHistory", "config": { "access": "read_only" } }',
    example: AS_MAPPING,
    silentWhen: [
      'Nothing says whether the object can be updated (not in the built-in catalog, no describe data): the rule does not guess from the name, except for field history objects, whose supported calls never include update().',
    ],
  },
  check(mapping) {
    if (mapping.access !== 'read_write' || mapping.facts.updateable !== false) return [];
    return [
      {
        ...configLocation(mapping, 'access'),
        message: messages.notUpdateable({ objectName: mapping.objectName }),
      },
    ];
  },
};
