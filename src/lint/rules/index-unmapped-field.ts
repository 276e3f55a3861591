import type { MappingRule, Report } from './rule.js';
import { inConfigOf } from './example.js';
import { indexLocation, isMapped, relationships } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  indexNotMapped: (d: { objectName: string; name: string }) => `${d.objectName} has an index on ${d.name}, which is not mapped. Add "${d.name}": {} to fields, or remove the index.`,
};

export const indexUnmappedField: MappingRule = {
  id: 'index-unmapped-field',
  scope: 'mapping',
  readsFieldList: true,
  defaultLevel: 'error',
  messages,
  docs: {
    summary: 'An entry in `indexes` names a field that is not mapped in `fields`.',
    why: 'Connect creates its indexes on the columns of mapped fields; an index on a field with no column cannot be created. It is usually a field removed from fields while its index stayed behind.',
    source:
      'Heroku Dev Center, Managing Heroku Connect Mappings, "Create a Mapping": indexes are configured per mapped field in the field list ("Check the checkbox in the Indexed column, for each field you wish to be indexed"), and indexes created through Connect travel with an imported configuration (https://devcenter.heroku.com/articles/managing-heroku-connect-mappings).',
    bad: '"fields": { "Id": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true }, "Email__c": { "unique": false } }',
    good: '"fields": { "Id": {}, "Email__c": {}, "SystemModstamp": {} }, "indexes": { "Id": { "unique": true }, "Email__c": { "unique": false } }',
    example: inConfigOf('Account', 'read_only'),
    silentWhen: [
      'The unmapped indexed field is the `upsert_field`: `upsert-field` reports it, with the fix that cause needs.',
      'The unmapped indexed field is the lookup of a mapped relationship external-ID field: `relationship-lookup` reports it.',
    ],
  },
  check(mapping) {
    if (!mapping.indexes) return [];
    // An unmapped upsert field or relationship lookup is reported by upsert-field or relationship-lookup,
    // with the fix that cause needs; one finding per cause.
    const unmapped = Object.keys(mapping.indexes).filter((name) => !isMapped(mapping, name));
    if (unmapped.length === 0) return [];
    const upsert = mapping.config?.upsert_field;
    const explained = new Set([...(typeof upsert === 'string' ? [upsert] : []), ...relationships(mapping).map((r) => r.lookup)].map((name) => name.toLowerCase()));
    const reports: Report[] = [];
    for (const name of unmapped) {
      if (explained.has(name.toLowerCase())) continue;
      reports.push({
        ...indexLocation(mapping, name),
        message: messages.indexNotMapped({ objectName: mapping.objectName, name }),
      });
    }
    return reports;
  },
};
