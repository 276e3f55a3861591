import type { MappingRule } from './rule.js';
import { AS_MAPPING } from './example.js';
import { objectLocation } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  event: (d: { objectName: string; what: string }) =>
    `${d.objectName} is ${d.what}, which cannot be queried, so Heroku Connect cannot sync it (BAD_CONFIG). Map the object that stores the records instead (for a ...EventStream event, its storage object: LoginEventStream is stored in LoginEvent), or subscribe to the event outside Heroku Connect.`,
};

export const platformEvent: MappingRule = {
  id: 'platform-event',
  scope: 'mapping',
  defaultLevel: 'error',
  messages,
  docs: {
    summary:
      'The mapped object is a platform event: a custom one (`__e`), a standard one (BatchApexErrorEvent, the Real-Time Event Monitoring events such as LoginEventStream or ApiAnomalyEvent, ...), or a change event (`ChangeEvent`, `__ChangeEvent`).',
    why: 'Events are messages, not stored records: SOQL cannot query them, so there is nothing for Connect to poll. Heroku Connect checks for platform events before syncing and sets the mapping to BAD_CONFIG.',
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object is not a Platform Event; Salesforce Object Reference, StandardObjectNameChangeEvent (a change event supports no CRUD operations or queries); Platform Events Developer Guide, "Standard Platform Event Object List" (https://developer.salesforce.com/docs/platform/platform-events/guide/platform-events-objects-list.html; BatchApexErrorEvent supports describeSObjects() only) and "Real-Time Event Monitoring Objects" (https://developer.salesforce.com/docs/atlas.en-us.platform_events.meta/platform_events/platform_events_objects_monitoring.htm: each ...EventStream event is paired with a storage object).',
    bad: '{ "object_name": "Order_Placed__e", "config": { "access": "read_only" } }',
    good: '{ "object_name": "Order__c", "config": { "access": "read_only" } }',
    example: AS_MAPPING,
    silentWhen: [
      'A standard platform event that is neither in the built-in list nor named `...EventStream` (Salesforce adds events every release): with describe data, `not-queryable` reports it.',
      'The object is a Real-Time Event Monitoring storage object (LoginEvent, ApiEvent, `...EventStore`): those store the events and can be queried.',
    ],
  },
  check(mapping) {
    const { kind } = mapping.facts;
    if (kind !== 'platform-event' && kind !== 'change-event') return [];
    const what = kind === 'platform-event' ? 'a platform event' : 'a Change Data Capture event';
    return [
      {
        ...objectLocation(mapping),
        message: messages.event({ objectName: mapping.objectName, what }),
      },
    ];
  },
};
