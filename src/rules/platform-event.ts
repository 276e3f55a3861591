import type { MappingRule } from './rule.js';
import { objectLocation } from './support.js';

export const platformEvent: MappingRule = {
  id: 'platform-event',
  scope: 'mapping',
  defaultLevel: 'error',
  docs: {
    summary: 'The mapped object is a platform event (`__e`) or a change event (`ChangeEvent`, `__ChangeEvent`).',
    why: 'Events are messages, not stored records: SOQL cannot query them, so there is nothing for Connect to poll. Heroku Connect checks for platform events before syncing and sets the mapping to BAD_CONFIG.',
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object is not a Platform Event; Salesforce Object Reference, StandardObjectNameChangeEvent (a change event supports no CRUD operations or queries).',
    bad: '{ "object_name": "Order_Placed__e", "config": { "access": "read_only", ... } }',
    good: '{ "object_name": "Order__c", "config": { "access": "read_only", ... } }',
  },
  check(mapping) {
    const { kind } = mapping.facts;
    if (kind !== 'platform-event' && kind !== 'change-event') return [];
    const what = kind === 'platform-event' ? 'a platform event' : 'a Change Data Capture event';
    return [
      {
        ...objectLocation(mapping),
        message: `${mapping.objectName} is ${what}, which cannot be queried, so Heroku Connect cannot sync it (BAD_CONFIG). Map the object that stores the records instead, or subscribe to the event outside Heroku Connect.`,
      },
    ];
  },
};
