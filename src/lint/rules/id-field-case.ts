import { inConfigOf } from './example.js';
import type { MappingRule } from './rule.js';
import { fieldLocation, hasKey, misspellings } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  idColumn: (d: { objectName: string; name: string; where: string }) =>
    `${d.objectName} maps "${d.name}", but Salesforce spells the field Id. Heroku Connect names each column after the lower-cased field name, so "${d.name}" would take the column id, ` +
    `Heroku Connect's own primary key (the Salesforce Id belongs in sfid). Write "Id" in ${d.where}.`,
};

export const idFieldCase: MappingRule = {
  id: 'id-field-case',
  scope: 'mapping',
  defaultLevel: 'warning',
  messages,
  docs: {
    summary: 'The Id field is written in another case, such as `ID` or `id`.',
    why: "Connect names each column after the lower-cased field name, and every mapped table already has a column `id`: Connect's own integer primary key, while the Salesforce Id is stored in `sfid`. A field spelled `ID` asks for that column. django-heroku-connect generated `ID` until its maintainers changed its generator and sample to `Id`.",
    source:
      'Heroku Dev Center, Heroku Connect Database Tables (column names are the lower-cased field names; the system columns id, the primary key, and sfid, the Salesforce Id); Salesforce Object Reference, System Fields (the Id field); thermondo/django-heroku-connect-sample, schema.json (generated with `ID`).',
    bad: '"fields": { "ID": {}, "Name": {}, "SystemModstamp": {} }',
    good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
    example: inConfigOf('User', 'read_only'),
    silentWhen: ['The mapping also maps `Id` as written: `column-collision` reports the two spellings of one column.'],
  },
  check(mapping) {
    return misspellings(mapping)
      .filter(({ spelling }) => spelling === 'Id')
      .map(({ field }) => ({
        ...fieldLocation(mapping, field),
        message: messages.idColumn({ objectName: mapping.objectName, name: field, where: hasKey(mapping.indexes, field) ? 'fields and indexes' : 'fields' }),
      }));
  },
};
