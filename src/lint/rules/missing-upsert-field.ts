import type { MappingRule } from './rule.js';
import { inMappingOf } from './example.js';
import { configLocation } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  noUpsertField: (d: { objectName: string }) =>
    `${d.objectName} is read_write but has no upsert_field. Set upsert_field to a field marked External ID and Unique in Salesforce, and map it: Heroku Connect needs it to match the records it writes.`,
};

export const missingUpsertField: MappingRule = {
  id: 'missing-upsert-field',
  scope: 'mapping',
  defaultLevel: 'error',
  messages,
  docs: {
    summary: 'A read_write mapping has no `upsert_field` (the unique identifier).',
    why: 'Connect reads and writes in separate threads. Without a unique External ID to match on, a record written from Postgres can come back from Salesforce before its sfid is stored, and Connect inserts it a second time. Heroku diagnose fails read-write mappings without one.',
    source:
      'Heroku diagnose, "Unique Identifier" check: read-write mappings require a unique identifier, defined as a unique External ID field in Salesforce (Heroku blog, health check for your Heroku Connect data pipeline); Heroku Dev Center, Mapping Configuration Options, "Unique identifiers"; django-heroku-connect check E007.',
    bad: '"config": { "access": "read_write", "fields": { "Id": {}, "Name": {}, "SystemModstamp": {} } }',
    good: '"config": { "access": "read_write", "upsert_field": "External_Id__c", "fields": { "Id": {}, "External_Id__c": {}, "Name": {}, "SystemModstamp": {} } }',
    example: inMappingOf('Account'),
    silentWhen: ['The object cannot be updated at all: `not-updateable` asks for `read_only`, which needs no upsert field.', '`upsert_field` has a value of the wrong type: `schema` reports it.'],
  },
  check(mapping) {
    // When the object cannot be updated at all, not-updateable asks for read_only, which needs no upsert field.
    if (mapping.access !== 'read_write' || mapping.facts.updateable === false) return [];
    const upsertField = mapping.config?.upsert_field;
    // null is how the Connect API says "none"; values of another type are the schema rule's to report.
    if (upsertField !== undefined && upsertField !== null && upsertField !== '') return [];
    return [
      {
        ...configLocation(mapping, 'access'),
        message: messages.noUpsertField({ objectName: mapping.objectName }),
      },
    ];
  },
};
