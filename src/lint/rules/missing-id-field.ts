import type { MappingRule } from './rule.js';
import { inConfigOf } from './example.js';
import { addToConfig, fieldsLocation, isMapped, rejectedByKind } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  noIdField: (d: { objectName: string }) => `${d.objectName} has no Id field in the describe data, so Heroku Connect cannot sync it (BAD_CONFIG). Map a different object.`,
  idNotMapped: (d: { objectName: string }) => `${d.objectName} does not map Id. Add "Id": {} to fields: Heroku Connect matches every record on it.`,
};

export const missingIdField: MappingRule = {
  id: 'missing-id-field',
  scope: 'mapping',
  readsFieldList: true,
  defaultLevel: 'error',
  messages,
  fixable: 'adds `"Id": {}` to the fields (when the object has no Id field at all, there is nothing to fix: map another object).',
  docs: {
    summary: '`Id` is not mapped, or describe data shows the object has no Id field.',
    why: 'Connect stores the Salesforce Id in the sfid column and matches every record on it; a mapping without Id goes to BAD_CONFIG.',
    source: 'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object has an Id field.',
    bad: '"fields": { "Name": {}, "SystemModstamp": {} }',
    good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
    example: inConfigOf('Account', 'read_only'),
    silentWhen: [
      "The object is already rejected by its kind (big object, platform or change event, custom metadata type, external object, knowledge article version): that rule's finding is the one to act on.",
    ],
  },
  check(mapping) {
    // An object rejected outright has its own finding; asking for its Id would only add noise.
    if (rejectedByKind(mapping.facts)) return [];
    if (mapping.facts.hasId === false) {
      return [{ path: [...mapping.path, 'object_name'], message: messages.noIdField({ objectName: mapping.objectName }) }];
    }
    if (isMapped(mapping, 'Id')) return [];
    const fix = addToConfig(mapping, 'fields', 'Id', {});
    return [{ ...fieldsLocation(mapping), message: messages.idNotMapped({ objectName: mapping.objectName }), ...(fix && { fix }) }];
  },
};
