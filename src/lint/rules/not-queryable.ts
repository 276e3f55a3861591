import type { MappingRule } from './rule.js';
import { AS_MAPPING } from './example.js';
import { objectLocation, rejectedByKind } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  notQueryable: (d: { objectName: string; why: string }) =>
    `${d.objectName} cannot be synced: ${d.why} (BAD_CONFIG). Remove this mapping; if the data is stored in another object (OpenActivity, for example, is a view over Task and Event), map that one.`,
};

export const notQueryable: MappingRule = {
  id: 'not-queryable',
  scope: 'mapping',
  defaultLevel: 'error',
  messages,
  docs: {
    summary:
      'The mapped object cannot be queried: the describe data says `queryable: false`, or it is a known query-incompatible object (ActivityHistory, OpenActivity, AggregateResult, NoteAndAttachment, ...).',
    why: 'Connect reads Salesforce with SOQL queries. An object that does not support query cannot be synced, and the mapping goes to BAD_CONFIG.',
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object is queryable through the Salesforce API; Salesforce DescribeSObjectResult `queryable`; singer-io/tap-salesforce, query-incompatible objects (INVALID_TYPE_FOR_OPERATION: entity type does not support query).',
    bad: '{ "object_name": "OpenActivity", "config": { "access": "read_only" } }',
    good: '{ "object_name": "Task", "config": { "access": "read_only" } }',
    example: AS_MAPPING,
    silentWhen: [
      "The object is already rejected by its kind (big object, platform or change event, custom metadata type, external object, knowledge article version): that rule's finding is the one to act on.",
    ],
  },
  check(mapping) {
    const { facts } = mapping;
    if (facts.queryable !== false || rejectedByKind(facts)) return [];
    const why = facts.describe?.queryable === false ? 'the describe data marks it as not queryable' : 'Salesforce does not support queries on it';
    return [
      {
        ...objectLocation(mapping),
        message: messages.notQueryable({ objectName: mapping.objectName, why }),
      },
    ];
  },
};
