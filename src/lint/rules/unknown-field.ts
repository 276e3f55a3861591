import type { DescribedField } from '../describe/types.js';
import { inConfigOf } from './example.js';
import type { MappingRule, Report } from './rule.js';
import { didYouMean } from '../../core/suggest.js';
import { customLookupOf, fieldLocation, knownField, relationships } from './support.js';
import { derivedOnce } from '../../core/memo.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  notAField: (d: { name: string; objectName: string; didYouMean: string }) =>
    `${d.name} is not a field of ${d.objectName} in the describe data.${d.didYouMean} Fix the name or remove it from fields; if the field exists, give the integration user access to it.`,
  noSuchLookup: (d: { name: string; objectName: string; lookup: string }) =>
    `${d.name} is written as a relationship external-ID field, but ${d.objectName} has no lookup field ${d.lookup} in the describe data. Fix the relationship name or remove the field from fields.`,
};

export const unknownField: MappingRule = {
  id: 'unknown-field',
  scope: 'mapping',
  defaultLevel: 'error',
  messages,
  docs: {
    summary:
      'With describe data for the object, a mapped field does not exist on it. Relationship external-ID fields (`Project__r__PG_ID__c`, `Account__PG_ID__c`) are not reported when they resolve to a lookup field.',
    why: 'Connect builds its query from the mapped fields; a field Salesforce does not know (a typo, a field of another org, one the integration user cannot see) breaks the sync of the whole mapping.',
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)" (mapped fields must have known types) and "Missing objects and fields" (fields hidden by permissions).',
    bad: '"fields": { "Id": {}, "Nmae": {}, "SystemModstamp": {} }',
    good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
    example: inConfigOf('Account', 'read_only', { describe: [{ name: 'Account', fields: [{ name: 'Id' }, { name: 'Name' }, { name: 'SystemModstamp' }] }] }),
    silentWhen: [
      "There is no describe data for the object: an unknown object's fields are not guessed at.",
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
      reports.push({
        ...fieldLocation(mapping, name),
        // Worded only when read: a suggestion searches every described field, and only the findings a
        // file can show are placed, so a file of many unknown fields pays for at most that many.
        get message() {
          return lookup === undefined
            ? messages.notAField({ name, objectName: mapping.objectName, didYouMean: didYouMean(name, suggestible(facts.fields)) })
            : messages.noSuchLookup({ name, objectName: mapping.objectName, lookup });
        },
      });
    }
    return reports;
  },
};

/**
 * No Salesforce object has this many fields (at most 800 custom ones, plus its standard fields): a
 * describe listing more is not an org's, and a suggestion among them would cost each message a search of all.
 */
export const MAX_SUGGESTED_AMONG = 2_000;

/** The described field names a suggestion is searched among: listed once per describe, none when there are implausibly many. */
const suggestible = derivedOnce((fields: ReadonlyMap<string, DescribedField>): readonly string[] => (fields.size <= MAX_SUGGESTED_AMONG ? [...fields.keys()] : []));
