import type { MappingRule } from './rule.js';
import { inConfigOf } from './example.js';
import { configLocation, isMapped, knownField } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  notMapped: (d: { objectName: string; field: string }) => `The upsert_field ${d.field} is not mapped on ${d.objectName}. Add "${d.field}": {} to fields.`,
  notExternalUnique: (d: { objectName: string; field: string; missing: string }) =>
    `${d.objectName}.${d.field} is not ${d.missing} in Salesforce, so it cannot be the upsert_field. Turn on both External ID and Unique for the field, or choose a field that has them.`,
};

export const upsertField: MappingRule = {
  id: 'upsert-field',
  scope: 'mapping',
  readsFieldList: true,
  defaultLevel: 'error',
  messages,
  docs: {
    summary: '`upsert_field` is not among the mapped fields, or the describe data shows it is not both External ID and Unique.',
    why: "Connect matches records on the upsert field's column, which exists only when the field is mapped. Heroku accepts only a field with both the External ID and the Unique attribute as a unique identifier; without Unique, duplicates can slip in.",
    source:
      'Heroku diagnose "Unique Identifier" and "Upsert Field" checks (unique identifiers must be unique External ID fields); Heroku Dev Center, Mapping Configuration Options, "Unique identifiers".',
    bad: '"upsert_field": "External_Id__c", "fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
    good: '"upsert_field": "External_Id__c", "fields": { "Id": {}, "External_Id__c": {}, "Name": {}, "SystemModstamp": {} }',
    example: inConfigOf('Account', 'read_write'),
    silentWhen: [
      'Without describe data for the field, only whether it is mapped is checked: External ID and Unique are not guessed at.',
      '`upsert_field` is absent, empty or `null`: `missing-upsert-field` reports that on read_write mappings.',
    ],
  },
  check(mapping) {
    const field = mapping.config?.upsert_field;
    if (typeof field !== 'string' || field === '') return [];
    const location = configLocation(mapping, 'upsert_field');
    if (!isMapped(mapping, field)) {
      return [{ ...location, message: messages.notMapped({ objectName: mapping.objectName, field }) }];
    }
    const described = knownField(mapping.facts, field);
    if (described && (described.externalId === false || described.unique === false)) {
      const missing = [described.externalId === false && 'External ID', described.unique === false && 'Unique'].filter(Boolean).join(' and ');
      return [
        {
          ...location,
          message: messages.notExternalUnique({ objectName: mapping.objectName, field: described.name, missing }),
        },
      ];
    }
    return [];
  },
};
