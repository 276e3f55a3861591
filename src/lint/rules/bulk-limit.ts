import type { MappingRule } from './rule.js';
import { IN_FILE } from './example.js';
import { objectLocation } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  bulkLimited: (d: { objectName: string }) =>
    `${d.objectName} is not fully supported by the Bulk API, so its sync fails once more than 20,000 changed records are waiting. Keep changes between polls below that, or read this object through the Salesforce API instead.`,
};

export const bulkLimit: MappingRule = {
  id: 'bulk-limit',
  scope: 'mapping',
  defaultLevel: 'warning',
  messages,
  docs: {
    summary: 'The object is one the Bulk API cannot page (LeadHistory, Attachment, AcceptedEventRelation, TaskStatus, ...).',
    why: 'Connect switches to the Bulk API when many records changed. For these objects that fails: once more than 20,000 changed records wait to be synced, Connect cannot retrieve them.',
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Unsupported objects" (LeadHistory does not support bulk paging and Attachment is not supported by the Bulk API: neither can be retrieved past 20,000 changed records); singer-io/tap-salesforce, airbytehq/airbyte and estuary/connectors list the other objects the Bulk API does not support.',
    bad: '"mappings": [ { "object_name": "LeadHistory", "config": { "access": "read_only" } } ]',
    good: '"mappings": [ ]',
    example: IN_FILE,
    silentWhen: ['The object is not in the built-in list: describe data does not say whether the Bulk API supports an object, so only the listed ones are reported.'],
  },
  check(mapping) {
    if (mapping.facts.bulkLimited !== true) return [];
    return [
      {
        ...objectLocation(mapping),
        message: messages.bulkLimited({ objectName: mapping.objectName }),
      },
    ];
  },
};
