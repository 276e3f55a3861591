import type { MappingRule } from './rule.js';
import { objectLocation } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  archivedNotSynced: (d: { objectName: string }) =>
    `Archived ${d.objectName} records are not synced: the Bulk API cannot read them, so the table holds only activities that are not archived. If you need archived ones, read them from Salesforce with queryAll.`,
};

export const archivedActivities: MappingRule = {
  id: 'archived-activities',
  scope: 'mapping',
  defaultLevel: 'notice',
  messages,
  docs: {
    summary: 'Task and Event mappings do not sync archived records.',
    why: 'Salesforce archives old activities (IsArchived = true), and the Bulk API cannot retrieve archived Tasks and Events, so Connect syncs only the ones that are not archived. The Postgres table is not a full history.',
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Unsupported objects" (archived events and tasks are not synced) and Heroku Connect Dashboard (records no longer visible to Heroku Connect, such as archived Events and Tasks).',
    bad: '{ "object_name": "Task", ... }   // code that expects every activity in Postgres',
    good: '{ "object_name": "Task", ... }   // archived activities read from Salesforce (queryAll) when needed',
    example: { unrunnable: 'the notice stays on every Task and Event mapping: the good example differs only in the code that reads the table' },
  },
  check(mapping) {
    if (mapping.facts.archivable !== true) return [];
    return [
      {
        ...objectLocation(mapping),
        message: messages.archivedNotSynced({ objectName: mapping.objectName }),
      },
    ];
  },
};
