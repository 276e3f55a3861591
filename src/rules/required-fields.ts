import type { MappingRule } from './rule.js';
import { fieldsLocation, isMapped, listOf, unmappableType } from './support.js';

export const requiredFields: MappingRule = {
  id: 'required-fields',
  scope: 'mapping',
  defaultLevel: 'warning',
  docs: {
    summary: 'With describe data, a read_write mapping leaves out a field Salesforce requires on create (createable, not nillable, no default).',
    why: 'Rows inserted in Postgres are created in Salesforce with the mapped fields only; without a required field every such insert fails and lands in the _hc_err column.',
    source:
      'Heroku diagnose "Required Fields" check (Heroku Dev Center, Heroku Connect Diagnose); Salesforce DescribeSObjectResult field properties createable, nillable and defaultedOnCreate.',
    bad: '"object_name": "Contact", "config": { "access": "read_write", "fields": { "Id": {}, "FirstName": {}, "SystemModstamp": {} } }',
    good: '"object_name": "Contact", "config": { "access": "read_write", "fields": { "Id": {}, "FirstName": {}, "LastName": {}, "SystemModstamp": {} } }',
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
    const missing = [...facts.fields.values()]
      .filter((field) => field.createable === true && field.nillable === false && field.defaultedOnCreate === false)
      // A required field Connect cannot map is reported by unsupported-field-type if mapped; asking for it here would contradict that.
      .filter((field) => !unmappableType(field) && !isMapped(mapping, field.name))
      .map((field) => field.name);
    if (missing.length === 0) return [];
    const noun = missing.length === 1 ? 'field' : 'fields';
    return [
      {
        ...fieldsLocation(mapping),
        message: `${mapping.objectName} is read_write but does not map the required ${noun} ${listOf(missing)}, so rows inserted from Postgres will fail to sync. Add ${missing.map((name) => `"${name}": {}`).join(', ')} to fields.`,
      },
    ];
  },
};
