import { formatCount } from '../../core/text.js';
import { IN_MAPPING } from './example.js';
import type { DescribedField } from '../describe/types.js';
import type { MappingRule } from './rule.js';
import { fieldsLocation, listOf, MOST_LISTED, unmappableType } from './support.js';
import { derivedOnce } from '../../core/memo.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  requiredNotMapped: (d: { objectName: string; noun: string; missing: string; additions: string }) =>
    `${d.objectName} is read_write but does not map the required ${d.noun} ${d.missing}, so rows inserted from Postgres will fail to sync. ` + `Add ${d.additions} to fields.`,
};

export const requiredFields: MappingRule = {
  id: 'required-fields',
  scope: 'mapping',
  readsFieldList: true,
  defaultLevel: 'warning',
  messages,
  docs: {
    summary: 'With describe data, a read_write mapping leaves out a field Salesforce requires on create (createable, not nillable, no default).',
    why: 'Rows inserted in Postgres are created in Salesforce with the mapped fields only; without a required field every such insert fails and lands in the _hc_err column.',
    source: 'Heroku diagnose "Required Fields" check (Heroku Dev Center, Heroku Connect Diagnose); Salesforce DescribeSObjectResult field properties createable, nillable and defaultedOnCreate.',
    bad: '"object_name": "Contact", "config": { "access": "read_write", "fields": { "Id": {}, "FirstName": {}, "SystemModstamp": {} } }',
    good: '"object_name": "Contact", "config": { "access": "read_write", "fields": { "Id": {}, "FirstName": {}, "LastName": {}, "SystemModstamp": {} } }',
    example: {
      ...IN_MAPPING,
      describe: [
        {
          name: 'Contact',
          fields: [{ name: 'Id' }, { name: 'FirstName', nillable: true }, { name: 'LastName', createable: true, nillable: false, defaultedOnCreate: false }, { name: 'SystemModstamp' }],
        },
      ],
    },
    silentWhen: [
      'There is no describe data for the object: the built-in catalog does not list every required field.',
      'The object cannot be updated or created through the API: `not-updateable` reports that, and no row can be inserted anyway.',
      'The required field has a type Connect cannot map (base64, compound address or geolocation): asking for it would contradict `unsupported-field-type`.',
    ],
  },
  check(mapping) {
    const { facts } = mapping;
    // A non-updateable object gets not-updateable (make it read_only); a non-createable one cannot be inserted into at all.
    if (mapping.access !== 'read_write' || !facts.fieldsComplete || facts.updateable === false || facts.createable === false) return [];
    const required = requiredOnCreate(facts.fields);
    if (required.names.length === 0) return [];
    // The mapped names (without regard to case) are looked up among the required ones, so a mapping costs
    // its own fields, however many fields a describe requires.
    const covered = new Set<string>();
    let coveredCount = 0;
    for (const name of mapping.fields ?? []) {
      const lower = name.toLowerCase();
      const count = required.countByLowerName.get(lower);
      if (count === undefined || covered.has(lower)) continue;
      covered.add(lower);
      coveredCount += count;
    }
    const missingCount = required.names.length - coveredCount;
    if (missingCount === 0) return [];
    // Each required name passed over here is a mapped one, so this stops within the mapping's fields and MOST_LISTED.
    const shown: string[] = [];
    for (let i = 0; i < required.names.length && shown.length < MOST_LISTED; i++) {
      if (!covered.has(required.names[i]!.toLowerCase())) shown.push(required.names[i]!);
    }
    const noun = missingCount === 1 ? 'field' : 'fields';
    const more = missingCount - shown.length;
    return [
      {
        ...fieldsLocation(mapping),
        message: messages.requiredNotMapped({
          objectName: mapping.objectName,
          noun,
          missing: listOf(shown, missingCount),
          additions: `${shown.map((name) => `"${name}": {}`).join(', ')}${more > 0 ? ` and the other ${formatCount(more)}` : ''}`,
        }),
      },
    ];
  },
};

interface RequiredOnCreate {
  /** In describe order. */
  names: readonly string[];
  /** How many required fields have each lower-cased name (a hostile describe may repeat one in other case). */
  countByLowerName: ReadonlyMap<string, number>;
}

/**
 * The fields Salesforce requires on create (createable, not nillable, no default) that Connect can map, once
 * per describe: every mapping of its object asks. A required field Connect cannot map is reported by
 * unsupported-field-type if mapped; asking for it here would contradict that.
 */
const requiredOnCreate = derivedOnce((fields: ReadonlyMap<string, DescribedField>): RequiredOnCreate => {
  const names = [...fields.values()].filter((field) => field.createable === true && field.nillable === false && field.defaultedOnCreate === false && !unmappableType(field)).map((field) => field.name);
  const countByLowerName = new Map<string, number>();
  for (const name of names) {
    const lower = name.toLowerCase();
    countByLowerName.set(lower, (countByLowerName.get(lower) ?? 0) + 1);
  }
  return { names, countByLowerName };
});
