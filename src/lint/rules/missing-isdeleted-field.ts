import { inConfigOf } from './example.js';
import type { MappingRule } from './rule.js';
import { addToConfig, fieldsLocation, isMapped, knownField, rejectedByKind } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  isDeletedNotMapped: (d: { objectName: string }) =>
    `${d.objectName} does not map IsDeleted, one of the fields Heroku Connect selects on every mapping of an object that has it and does not let you remove (it fills the isdeleted column). Add "IsDeleted": {} to fields.`,
};

export const missingIsDeletedField: MappingRule = {
  id: 'missing-isdeleted-field',
  scope: 'mapping',
  defaultLevel: 'warning',
  messages,
  fixable: 'adds `"IsDeleted": {}` to the fields.',
  docs: {
    summary: '`IsDeleted` is not mapped on an object whose describe data lists it.',
    why: 'The Heroku Connect dashboard pre-selects Id, SystemModstamp and IsDeleted (where the object has it) on every mapping and does not let you remove them, since synchronization needs them; IsDeleted fills the isdeleted column of every table. A file without it is not one the dashboard would write.',
    source:
      'Heroku Dev Center, Managing Heroku Connect Mappings ("Some fields in the list are pre-selected and can\'t be removed from the mapping as they\'re required for Heroku Connect to perform synchronization"); Heroku Connect Database Tables (the isdeleted column); django-heroku-connect, whose base model maps IsDeleted except on the objects that lack it (User, RecordType, EmailTemplate).',
    bad: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
    good: '"fields": { "Id": {}, "IsDeleted": {}, "Name": {}, "SystemModstamp": {} }',
    example: inConfigOf('Invoice__c', 'read_only', {
      describe: [{ name: 'Invoice__c', fields: [{ name: 'Id' }, { name: 'IsDeleted' }, { name: 'Name' }, { name: 'SystemModstamp' }] }],
    }),
    silentWhen: [
      'There is no describe data for the object, or it does not list IsDeleted: some objects (User, RecordType) have none, and the built-in catalog does not say which.',
      "The object is already rejected by its kind (big object, platform or change event, custom metadata type, external object, knowledge article version): that rule's finding is the one to act on.",
    ],
  },
  check(mapping) {
    const { facts } = mapping;
    if (rejectedByKind(facts) || isMapped(mapping, 'IsDeleted')) return [];
    // Only a describe says so for certain: the catalog lists no IsDeleted, and some objects (User, RecordType) have none.
    if (facts.origin !== 'describe' || knownField(facts, 'IsDeleted') === undefined) return [];
    const fix = addToConfig(mapping, 'fields', 'IsDeleted', {});
    return [{ ...fieldsLocation(mapping), message: messages.isDeletedNotMapped({ objectName: mapping.objectName }), ...(fix && { fix }) }];
  },
};
