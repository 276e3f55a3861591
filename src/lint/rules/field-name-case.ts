import { inConfigOf } from './example.js';
import type { MappingRule } from './rule.js';
import { fieldLocation, misspellings } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  otherCase: (d: { objectName: string; name: string; spelling: string }) =>
    `${d.objectName} maps "${d.name}", which Salesforce spells ${d.spelling}. Write "${d.spelling}", as an export of the connection does.`,
};

export const fieldNameCase: MappingRule = {
  id: 'field-name-case',
  scope: 'mapping',
  defaultLevel: 'notice',
  messages,
  docs: {
    summary:
      'A mapped field is written in another case than Salesforce spells it, such as `systemmodstamp` for `SystemModstamp`: for the system fields on every object, and for the fields the built-in catalog or describe data knows. The Id field has its own rule, `id-field-case`.',
    why: "Salesforce matches API names without regard to case (as SOQL does), and Connect's column is the lower-cased name in either spelling. But the file then differs from what an export of the connection says, and a search of the repository for the field misses it.",
    source: 'Salesforce Object Reference, System Fields (their spelling); Heroku Dev Center, Heroku Connect Database Tables (column names are the lower-cased field names).',
    bad: '"fields": { "Id": {}, "Name": {}, "systemmodstamp": {} }',
    good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
    example: inConfigOf('Account', 'read_only'),
    silentWhen: [
      'The field is not a system field and there is no describe data for it (nor a catalog entry): its spelling is not known, so it is not guessed at.',
      'The mapping maps the field in two spellings: `column-collision` reports the pair.',
      'The field has a type Connect cannot map (base64, compound address or geolocation): `unsupported-field-type` reports it, and it is not to be respelled but removed.',
    ],
  },
  check(mapping) {
    return misspellings(mapping)
      .filter(({ spelling }) => spelling !== 'Id')
      .map(({ field, spelling }) => ({ ...fieldLocation(mapping, field), message: messages.otherCase({ objectName: mapping.objectName, name: field, spelling }) }));
  },
};
