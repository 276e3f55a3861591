import type { MappingRule } from './rule.js';
import { AS_MAPPING } from './example.js';
import { configLocation } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  noStreaming: (d: { objectName: string }) =>
    `${d.objectName} is not supported by the Salesforce Streaming API, so accelerated polling cannot be enabled for it. Set sf_notify_enabled to false; standard polling keeps the table in sync.`,
};

export const acceleratedPolling: MappingRule = {
  id: 'accelerated-polling',
  scope: 'mapping',
  defaultLevel: 'error',
  messages,
  docs: {
    summary:
      '`sf_notify_enabled: true` on an object the Streaming API does not support: custom objects (`__c`) and the standard objects of the PushTopic list are supported, other objects are not. Silent when the connection uses Change Data Capture for accelerated polling (`features.cdc_for_accelerated_polling`).',
    why: 'Accelerated polling relies on PushTopic notifications, which Salesforce offers only for custom objects and a fixed list of standard objects. Heroku Connect does not offer the option for other objects.',
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Accelerated polling" (all custom objects and some standard objects; the option cannot be chosen for objects without streaming support); Salesforce Streaming API Developer Guide, "Supported PushTopic Queries".',
    bad: '{ "object_name": "Event", "config": { "access": "read_only", "sf_notify_enabled": true } }',
    good: '{ "object_name": "Event", "config": { "access": "read_only", "sf_notify_enabled": false } }',
    example: AS_MAPPING,
    silentWhen: ['The connection uses Change Data Capture for accelerated polling (`features.cdc_for_accelerated_polling: true`): CDC covers objects the PushTopic list does not.'],
  },
  check(mapping) {
    if (mapping.config?.sf_notify_enabled !== true || mapping.facts.streaming !== false) return [];
    // With CDC, Connect no longer needs PushTopics, and CDC covers objects the PushTopic list does not.
    if (mapping.document.connection.features.cdc_for_accelerated_polling === true) return [];
    return [
      {
        ...configLocation(mapping, 'sf_notify_enabled'),
        message: messages.noStreaming({ objectName: mapping.objectName }),
      },
    ];
  },
};
