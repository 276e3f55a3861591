import type { MappingRule, Report } from './rule.js';
import { didYouMean } from '../core/suggest.js';
import { customLookupOf, fieldLocation, knownField, relationships } from './support.js';

export const unknownField: MappingRule = {
  id: 'unknown-field',
  scope: 'mapping',
  defaultLevel: 'error',
  docs: {
    summary:
      'With describe data for the object, a mapped field does not exist on it. Relationship external-ID fields (`Project__r__PG_ID__c`, `Account__PG_ID__c`) are not reported when they resolve to a lookup field.',
    why: 'Connect builds its query from the mapped fields; a field Salesforce does not know (a typo, a field of another org, one the integration user cannot see) breaks the sync of the whole mapping.',
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)" (mapped fields must have known types) and "Missing objects and fields" (fields hidden by permissions).',
    bad: '"fields": { "Id": {}, "Nmae": {}, "SystemModstamp": {} }',
    good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
    silentWhen: [
      'There is no describe data for the object: an unknown object\'s fields are not guessed at.',
      'The field is a relationship external-ID field (`Project__r__PG_ID__c`) whose lookup exists: such fields exist only in Connect, never in the describe data.',
    ],
  },
  check(mapping) {
    const { facts } = mapping;
    if (!facts.fieldsComplete || !mapping.fields) return [];
    // Relationship external-ID fields exist only in Connect, never in the describe data.
    const virtual = new Set(relationships(mapping).map((relationship) => relationship.field));
    const reports: Report[] = [];
    for (const name of mapping.fields) {
      if (virtual.has(name) || knownField(facts, name)) continue;
      const lookup = customLookupOf(name);
      const message =
        lookup === undefined
          ? `${name} is not a field of ${mapping.objectName} in the describe data.${didYouMean(name, [...facts.fields.keys()])} Fix the name or remove it from fields; if the field exists, give the integration user access to it.`
          : `${name} is written as a relationship external-ID field, but ${mapping.objectName} has no lookup field ${lookup} in the describe data. Fix the relationship name or remove the field from fields.`;
      reports.push({ ...fieldLocation(mapping, name), message });
    }
    return reports;
  },
};
