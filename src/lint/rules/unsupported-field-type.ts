import type { DescribedField } from '../describe/types.js';
import { IN_MAPPING } from './example.js';
import type { MappingContext, MappingRule, Report } from './rule.js';
import { fieldLocation, knownField, listOf, unmappableType } from './support.js';
import { derivedOnce } from '../../core/memo.js';

/** The parts of a standard address that most mappings want (object reference, "Address Compound Fields"). */
const ADDRESS_PARTS = ['Street', 'City', 'State', 'PostalCode', 'Country'];

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  binary: (d: { subject: string }) =>
    `${d.subject} holds binary (base64) data, which Heroku Connect cannot sync. Remove it from fields; to share files, store them elsewhere (Amazon S3, for example) and sync a text field with their URL.`,
  compound: (d: { subject: string; kind: string; components: string }) =>
    `${d.subject} is a compound ${d.kind} field, which has no Postgres column. Map its component fields instead: ${d.components}.`,
};

export const unsupportedFieldType: MappingRule = {
  id: 'unsupported-field-type',
  scope: 'mapping',
  defaultLevel: 'error',
  messages,
  docs: {
    summary:
      'A mapped field has a type Connect cannot give a column: base64 (Attachment.Body, Document.Body, ContentVersion.VersionData, ...), or a compound address or geolocation field (BillingAddress, MailingAddress, PersonMailingAddress, the Address of a Field Service object, a geolocation field rather than its `__Latitude__s`/`__Longitude__s` parts). Known from the built-in catalog or the describe data.',
    why: 'Heroku Connect checks that every mapped field has a type it can map to Postgres and sets the mapping to BAD_CONFIG otherwise. Binary data is not supported; compound fields get no column, only their components do.',
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the mapped fields have known types that map to Postgres types, and "Unsupported objects" (base64 data is not supported); Salesforce Object Reference, "Address Compound Fields" (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/compound_fields_address.htm) and "Compound Field Considerations and Limitations"; the Address field (type address) of WorkOrder, WorkOrderLineItem, ServiceAppointment, ServiceTerritory, ServiceTerritoryMember, ResourceAbsence and ContactPointAddress in the object reference (for example https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-workorderlineitem.html).',
    bad: '"object_name": "Account", "config": { "fields": { "Id": {}, "BillingAddress": {}, "SystemModstamp": {} } }',
    good: '"object_name": "Account", "config": { "fields": { "Id": {}, "BillingStreet": {}, "BillingCity": {}, "BillingPostalCode": {}, "SystemModstamp": {} } }',
    example: IN_MAPPING,
    silentWhen: ["Nothing is known about the object's fields (a custom or uncatalogued object without describe data)."],
  },
  check(mapping) {
    // Nothing is known about any field of this object (an uncatalogued or custom object without describe data).
    if (mapping.facts.fields.size === 0) return [];
    const reports: Report[] = [];
    for (const name of mapping.fields ?? []) {
      const field = knownField(mapping.facts, name);
      const type = unmappableType(field);
      if (!field || !type) continue;
      const subject = `${mapping.objectName}.${field.name}`;
      const message =
        type === 'base64' ? messages.binary({ subject }) : messages.compound({ subject, kind: type === 'address' ? 'address' : 'geolocation', components: listOf(componentsOf(mapping, field)) });
      reports.push({ ...fieldLocation(mapping, name), message });
    }
    return reports;
  },
};

/** The component fields to suggest: from the describe data when it lists them, else by Salesforce's naming rules. */
function componentsOf(mapping: MappingContext, compound: DescribedField): string[] {
  const described = componentsByCompound(mapping.facts.fields).get(compound.name);
  if (described) return described;
  if (compound.type?.toLowerCase() === 'address') {
    const prefix = compound.name.replace(/Address$/i, '');
    return ADDRESS_PARTS.map((part) => `${prefix}${part}`);
  }
  const base = compound.name.replace(/__c$/i, '');
  return compound.name !== base ? [`${base}__Latitude__s`, `${base}__Longitude__s`] : ['its latitude and longitude fields'];
}

/** Built once per field map: scanning every field for each compound field reported cost compounds × fields. */
const componentsByCompound = derivedOnce((fields: ReadonlyMap<string, DescribedField>): Map<string, string[]> => {
  const components = new Map<string, string[]>();
  for (const field of fields.values()) {
    if (typeof field.compoundFieldName !== 'string') continue;
    const named = components.get(field.compoundFieldName);
    if (named) named.push(field.name);
    else components.set(field.compoundFieldName, [field.name]);
  }
  return components;
});
