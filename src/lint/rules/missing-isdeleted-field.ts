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
    summary: '`IsDeleted` is not mapped on an object known to have it: a custom object, or one whose describe data lists it.',
    why: 'The Heroku Connect dashboard pre-selects Id, SystemModstamp and IsDeleted (where the object has it) on every mapping and does not let you remove them, since synchronization needs them; IsDeleted fills the isdeleted column of every table. A file without it is not one the dashboard would write.',
    source:
      'Heroku Dev Center, Managing Heroku Connect Mappings ("Some fields in the list are pre-selected and can\'t be removed from the mapping as they\'re required for Heroku Connect to perform synchronization"); Heroku Connect Database Tables (the isdeleted column); Salesforce Object Reference, System Fields (every custom object has IsDeleted).',
    bad: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
    good: '"fields": { "Id": {}, "IsDeleted": {}, "Name": {}, "SystemModstamp": {} }',
    example: inConfigOf('Invoice__c', 'read_only'),
    silentWhen: [
      'Nothing says the object has IsDeleted: a standard object without describe data (some, such as User and RecordType, have none), or a describe that does not list it.',
      "The object is already rejected by its kind (big object, platform or change event, custom metadata type, external object, knowledge article version): that rule's finding is the one to act on.",
    ],
  },
  check(mapping) {
    const { facts } = mapping;
    if (rejectedByKind(facts) || isMapped(mapping, 'IsDeleted')) return [];
    const hasIsDeleted = knownField(facts, 'IsDeleted') !== undefined || (facts.kind === 'custom' && !facts.fieldsComplete);
    if (!hasIsDeleted) return [];
    const fix = addToConfig(mapping, 'fields', 'IsDeleted', {});
    return [{ ...fieldsLocation(mapping), message: messages.isDeletedNotMapped({ objectName: mapping.objectName }), ...(fix && { fix }) }];
  },
};
