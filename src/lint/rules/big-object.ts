import type { MappingRule } from './rule.js';
import { AS_MAPPING } from './example.js';
import { objectLocation } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  bigObject: (d: { objectName: string }) =>
    `${d.objectName} is a big object, which Heroku Connect cannot poll (BAD_CONFIG). Remove this mapping, or copy the records you need into a custom object and map that one.`,
};

export const bigObject: MappingRule = {
  id: 'big-object',
  scope: 'mapping',
  defaultLevel: 'error',
  messages,
  docs: {
    summary: 'The mapped object is a big object (API name ending in `__b`).',
    why: 'SOQL on a big object may filter only on the fields of its index, in index order, so Connect cannot poll it for changes by timestamp. Heroku Connect checks for big objects before syncing and sets the mapping to BAD_CONFIG.',
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object is not a Big Object; Salesforce SOQL and SOSL Reference, "SOQL Limits on Objects" (big objects); Salesforce Help, custom_index_details (the `__b` suffix).',
    bad: '{ "object_name": "Sensor_Reading__b", "config": { "access": "read_only" } }',
    good: '{ "object_name": "Sensor_Summary__c", "config": { "access": "read_only" } }',
    example: AS_MAPPING,
  },
  check(mapping) {
    if (mapping.facts.kind !== 'big-object') return [];
    return [
      {
        ...objectLocation(mapping),
        message: messages.bigObject({ objectName: mapping.objectName }),
      },
    ];
  },
};
