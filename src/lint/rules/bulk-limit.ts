import type { MappingRule } from './rule.js';
import { IN_FILE } from './example.js';
import { objectLocation } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  bulkLimited: (d: { objectName: string }) =>
    `${d.objectName} is not fully supported by the Bulk API, so its sync fails once more than 20,000 changed records are waiting. Keep changes between polls below that, or read this object through the Salesforce API instead.`,
  bulkUnsupported: (d: { objectName: string }) =>
    `${d.objectName} is not supported by the Bulk API, and Heroku Connect polls through the Bulk API once more than 10,000 changes are waiting, so a poll of that many changes can fail. Keep changes between polls below 10,000, or read this object through the Salesforce API instead.`,
};

export const bulkLimit: MappingRule = {
  id: 'bulk-limit',
  scope: 'mapping',
  defaultLevel: 'warning',
  messages,
  docs: {
    summary: 'The object is one the Bulk API cannot page (LeadHistory, Attachment) or does not support (AcceptedEventRelation, TaskStatus, ...).',
    why: 'Connect polls through the SOAP API up to 10,000 changes and switches to the Bulk API above that (the mapping shows POLLING_SF_BULK). Heroku documents that LeadHistory and Attachment changes cannot be retrieved once more than 20,000 changed records wait to be synced; for the objects the Bulk API does not support at all, a poll past the switch at 10,000 can fail.',
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Unsupported objects" (LeadHistory does not support bulk paging and Attachment is not supported by the Bulk API: neither can be retrieved past 20,000 changed records); Reading Data from Salesforce and Mapping States Reference ("If there are more than 10,000 changes to sync, polling switches to Bulk API"); singer-io/tap-salesforce, airbytehq/airbyte and estuary/connectors list the other objects the Bulk API does not support.',
    bad: '"mappings": [ { "object_name": "LeadHistory", "config": { "access": "read_only" } } ]',
    good: '"mappings": [ ]',
    example: IN_FILE,
    silentWhen: ['The object is not in the built-in list: describe data does not say whether the Bulk API supports an object, so only the listed ones are reported.'],
  },
  check(mapping) {
    const limit = mapping.facts.bulkLimited;
    if (limit === undefined) return [];
    const message = limit === 'documented' ? messages.bulkLimited : messages.bulkUnsupported;
    return [{ ...objectLocation(mapping), message: message({ objectName: mapping.objectName }) }];
  },
};
