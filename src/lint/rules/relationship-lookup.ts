import type { MappingRule } from './rule.js';
import { inConfigOf } from './example.js';
import { fieldLocation, isIndexed, isMapped, relationships } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  lookupNotReady: (d: { objectName: string; field: string; lookup: string; state: string; fixes: string }) =>
    `${d.field} sets the lookup ${d.lookup} of ${d.objectName}, but ${d.lookup} is ${d.state}, which silently breaks the whole mapping. Add ${d.fixes}.`,
};

export const relationshipLookup: MappingRule = {
  id: 'relationship-lookup',
  scope: 'mapping',
  defaultLevel: 'error',
  messages,
  docs: {
    summary:
      'A relationship external-ID field is mapped, but its lookup field is not both mapped and indexed: `Project__r__PG_ID__c` needs `Project__c` in fields and in indexes; with describe data, `Account__PG_ID__c` needs `AccountId`.',
    why: 'Connect fills the lookup from the external ID of the related record, and needs the lookup column and its index to do so. Without them the relationship field is never added and the whole mapping silently stops working.',
    source:
      'Heroku Dev Center, Writing Data to Salesforce, "Simple relationships between two objects and relationship external IDs"; django-heroku-connect issue #83 (a relationship field whose lookup had no index silently broke the mapping).',
    bad: '"fields": { "Id": {}, "Project__r__PG_ID__c": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true } }',
    good: '"fields": { "Id": {}, "Project__c": {}, "Project__r__PG_ID__c": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true }, "Project__c": { "unique": false } }',
    example: inConfigOf('Account', 'read_only'),
    silentWhen: [
      "Without describe data only the custom `__r__` form (`Project__r__PG_ID__c`) is recognised: a standard lookup's form (`Account__PG_ID__c`) needs describe data to be told from an ordinary field.",
    ],
  },
  check(mapping) {
    return relationships(mapping).flatMap(({ field, lookup }) => {
      const mapped = isMapped(mapping, lookup);
      const indexed = isIndexed(mapping, lookup);
      if (mapped && indexed) return [];
      const fixes = [!mapped && `"${lookup}": {} to fields`, !indexed && `"${lookup}": { "unique": false } to indexes`].filter(Boolean).join(' and ');
      const state = !mapped && !indexed ? 'neither mapped nor indexed' : mapped ? 'not indexed' : 'not mapped';
      return [
        {
          ...fieldLocation(mapping, field),
          message: messages.lookupNotReady({ objectName: mapping.objectName, field, lookup, state, fixes }),
        },
      ];
    });
  },
};
