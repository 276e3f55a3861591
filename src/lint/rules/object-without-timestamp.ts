import { TIMESTAMP_FIELDS } from '../catalog/resolve.js';
import { IN_MAPPING } from './example.js';
import type { MappingRule } from './rule.js';
import { objectLocation, rejectedByKind } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  noTimestamp: (d: { objectName: string }) =>
    `${d.objectName} has none of ${TIMESTAMP_FIELDS.join(', ')} in the describe data, so Heroku Connect has no timestamp to poll for changes (BAD_CONFIG). Remove this mapping.`,
};

export const objectWithoutTimestamp: MappingRule = {
  id: 'object-without-timestamp',
  scope: 'mapping',
  defaultLevel: 'error',
  messages,
  docs: {
    summary: 'With describe data, the object has none of SystemModstamp, LastModifiedDate and CreatedDate, so Connect has no timestamp to poll it on.',
    why: 'Connect finds changed records by polling a timestamp field; an object without one cannot be synced, and its mapping goes to BAD_CONFIG.',
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object has a timestamp field usable for sync (such as SystemModstamp); Salesforce Object Reference, System Fields.',
    bad: '"object_name": "AuraDefinitionBundleInfo", "config": { "access": "read_only", "fields": { "Id": {}, "DeveloperName": {} } }',
    good: '"object_name": "AuraDefinitionBundle", "config": { "access": "read_only", "fields": { "Id": {}, "DeveloperName": {}, "SystemModstamp": {} } }',
    example: {
      ...IN_MAPPING,
      describe: [
        { name: 'AuraDefinitionBundleInfo', fields: [{ name: 'Id' }, { name: 'DurableId' }, { name: 'DeveloperName' }] },
        { name: 'AuraDefinitionBundle', fields: [{ name: 'Id' }, { name: 'DeveloperName' }, { name: 'SystemModstamp' }] },
      ],
    },
    silentWhen: [
      'There is no describe data for the object: without its full field list, a missing timestamp is not concluded.',
      "The object is already rejected by its kind (big object, platform or change event, custom metadata type, external object, knowledge article version): that rule's finding is the one to act on.",
    ],
  },
  check(mapping) {
    if (rejectedByKind(mapping.facts) || !mapping.facts.fieldsComplete || mapping.facts.timestampField !== undefined) return [];
    return [{ ...objectLocation(mapping), message: messages.noTimestamp({ objectName: mapping.objectName }) }];
  },
};
