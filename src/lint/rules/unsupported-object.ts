import type { MappingRule } from './rule.js';
import { AS_MAPPING } from './example.js';
import { objectLocation } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  customMetadata: (d: { objectName: string }) =>
    `${d.objectName} is a custom metadata type, which Heroku Connect cannot map. Remove this mapping, or keep the values in a custom object and map that one.`,
  externalObject: (d: { objectName: string }) =>
    `${d.objectName} is an external object whose data lives outside Salesforce, so Heroku Connect cannot poll it. Remove this mapping and read the data from its source system.`,
};

export const unsupportedObject: MappingRule = {
  id: 'unsupported-object',
  scope: 'mapping',
  defaultLevel: 'error',
  messages,
  docs: {
    summary: 'The mapped object is a custom metadata type (`__mdt`) or an external object (`__x`).',
    why: 'Heroku Connect cannot map custom metadata types. External objects hold no data in Salesforce: their rows are fetched from another system on each query, under SOQL restrictions that rule out a timestamp poll.',
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Unsupported objects": custom metadata types cannot be mapped; Salesforce SOQL and SOSL Reference, "SOQL Limits on Objects" (external objects).',
    bad: '{ "object_name": "Pricing_Rule__mdt", "config": { "access": "read_only" } }',
    good: '{ "object_name": "Pricing_Rule__c", "config": { "access": "read_only" } }',
    example: AS_MAPPING,
  },
  check(mapping) {
    const { kind } = mapping.facts;
    if (kind === 'custom-metadata') {
      return [
        {
          ...objectLocation(mapping),
          message: messages.customMetadata({ objectName: mapping.objectName }),
        },
      ];
    }
    if (kind === 'external-object') {
      return [
        {
          ...objectLocation(mapping),
          message: messages.externalObject({ objectName: mapping.objectName }),
        },
      ];
    }
    return [];
  },
};
