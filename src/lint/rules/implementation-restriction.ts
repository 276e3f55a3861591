import type { MappingRule } from './rule.js';
import { IN_FILE } from './example.js';
import { objectLocation } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  extraCriteria: (d: { objectName: string }) =>
    `${d.objectName} can only be queried with extra criteria (PublishStatus=Online), so Heroku Connect cannot map it (BAD_CONFIG). Remove this mapping and read knowledge articles through the Salesforce API.`,
};

export const implementationRestriction: MappingRule = {
  id: 'implementation-restriction',
  scope: 'mapping',
  defaultLevel: 'error',
  messages,
  docs: {
    summary: 'The mapped object is KnowledgeArticleVersion or a knowledge article version object (`__kav`).',
    why: 'Salesforce answers queries on article versions only with extra criteria (PublishStatus=Online), which Connect does not add to its poll. Heroku names these objects as ones it cannot map.',
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Unsupported objects" (KnowledgeArticleVersion and `__kav` objects need PublishStatus=Online) and "Troubleshooting mapping configuration (BAD_CONFIG)": the object has no implementation restriction.',
    bad: '"mappings": [ { "object_name": "Knowledge__kav", "config": { "access": "read_only" } } ]',
    good: '"mappings": [ ]',
    example: IN_FILE,
  },
  check(mapping) {
    if (mapping.facts.kind !== 'knowledge-article') return [];
    return [
      {
        ...objectLocation(mapping),
        message: messages.extraCriteria({ objectName: mapping.objectName }),
      },
    ];
  },
};
