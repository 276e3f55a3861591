import type { MappingRule } from './rule.js';
import { inConfigOf } from './example.js';
import { addToConfig, configLocation, isIndexed, isMapped, knownField } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  notIndexed: (d: { objectName: string; field: string }) =>
    `The upsert_field ${d.field} of ${d.objectName} has no index. Add "${d.field}": { "unique": true } to indexes: Heroku Connect matches the records it writes on that column, and its own exports index the upsert field as unique.`,
};

export const upsertFieldIndex: MappingRule = {
  id: 'upsert-field-index',
  scope: 'mapping',
  defaultLevel: 'warning',
  messages,
  fixable: 'adds `{ "unique": true }` for the upsert field to the indexes.',
  docs: {
    summary: 'The `upsert_field` of a read_write mapping is mapped but not in `indexes`.',
    why: "Connect matches each record it writes on the upsert field's column; the exports Heroku Connect writes, and the tools that generate mappings, give that column a unique index. Without one, every match reads the whole table.",
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Unique identifiers"; real exports (forcedotcom/git2gus heroku/herokuconnect.json: the upsert field agf__External_ID__c is indexed with unique true); django-heroku-connect, which indexes every upsert field as unique.',
    bad: '"upsert_field": "External_Id__c", "fields": { "Id": {}, "External_Id__c": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true } }',
    good: '"upsert_field": "External_Id__c", "fields": { "Id": {}, "External_Id__c": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true }, "External_Id__c": { "unique": true } }',
    example: inConfigOf('Account', 'read_write'),
    silentWhen: [
      'The mapping is read_only: Connect writes nothing to Salesforce, so it matches nothing on the field.',
      'The upsert field is not mapped, or the describe data shows it is not both External ID and Unique: `upsert-field` reports that, and an index would not help.',
      'The field has an index, unique or not: whether a non-unique one is deliberate is not guessed at.',
    ],
  },
  check(mapping) {
    const field = mapping.config?.upsert_field;
    if (mapping.access !== 'read_write' || typeof field !== 'string' || field === '' || !isMapped(mapping, field) || isIndexed(mapping, field)) return [];
    const described = knownField(mapping.facts, field);
    if (described && (described.externalId === false || described.unique === false)) return [];
    const fix = addToConfig(mapping, 'indexes', field, { unique: true });
    return [{ ...configLocation(mapping, 'upsert_field'), message: messages.notIndexed({ objectName: mapping.objectName, field }), ...(fix && { fix }) }];
  },
};
