import { TIMESTAMP_FIELDS } from '../catalog/resolve.js';
import { inConfigOf } from './example.js';
import type { MappingRule } from './rule.js';
import { addToConfig, fieldsLocation, isMapped, rejectedByKind } from './support.js';

/** Every message this rule reports: the rule reference lists them. */
const messages = {
  timestampNotMapped: (d: { objectName: string; field: string }) => `${d.objectName} does not map ${d.field}, the timestamp Heroku Connect polls for changes. Add "${d.field}": {} to fields.`,
  noTimestampMapped: (d: { objectName: string; likely: string }) =>
    `${d.objectName} maps none of ${TIMESTAMP_FIELDS.join(', ')}, the timestamps Heroku Connect polls for changes. Add the one the object has, most likely "${d.likely}": {}.`,
};

export const missingTimestampField: MappingRule = {
  id: 'missing-timestamp-field',
  scope: 'mapping',
  readsFieldList: true,
  defaultLevel: 'warning',
  messages,
  fixable:
    "adds the timestamp field to the fields when the object's facts name it (SystemModstamp, or CreatedDate for a history object). When only the object's name hints at it, or the object has none, the finding stays for you.",
  docs: {
    summary:
      'The mapping leaves out the timestamp Connect polls on: SystemModstamp, or for objects without it (history objects) CreatedDate. For an object nothing is known about, only a mapping with none of SystemModstamp, LastModifiedDate and CreatedDate is reported.',
    why: `Connect finds changed records by polling a timestamp field, SystemModstamp on most objects, and keeps it in the systemmodstamp column of every mapped table; the dashboard pre-selects it and does not let it be removed. (An object with no timestamp at all goes to BAD_CONFIG: \`object-without-timestamp\` reports it.) A file that leaves the field out was edited by hand and no longer says what the connection syncs, but it is not known to break the sync: a public repository's table was built and synced from a mapping with LastModifiedDate and no SystemModstamp. So the rule warns rather than fails the build; raise it to error with \`--rule missing-timestamp-field=error\` to insist.`,
    source:
      'Heroku Dev Center, Mapping Configuration Options, "Troubleshooting mapping configuration (BAD_CONFIG)": the object has a timestamp field usable for sync (such as SystemModstamp); Heroku Connect Database Tables (the systemmodstamp column, "used by Heroku Connect when polling for updates"); Managing Heroku Connect Mappings (pre-selected fields "required for Heroku Connect to perform synchronization"); Salesforce Object Reference, System Fields; estuary/connectors and singer-io/tap-salesforce (history objects are polled on CreatedDate, other objects without SystemModstamp on LastModifiedDate); tsykoduk/HCRailsDemo (an Account mapping without SystemModstamp, synced).',
    bad: '"fields": { "Id": {}, "Name": {} }',
    good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
    example: inConfigOf('Account', 'read_only'),
    silentWhen: [
      "The object is already rejected by its kind (big object, platform or change event, custom metadata type, external object, knowledge article version): that rule's finding is the one to act on.",
      'Describe data shows the object has no timestamp at all: `object-without-timestamp` reports it.',
      "The object's timestamp is known only from its name (a history or share object nothing else is known about): any of SystemModstamp, LastModifiedDate and CreatedDate is accepted.",
    ],
  },
  check(mapping) {
    // An object rejected outright has its own finding; asking for its timestamp would only add noise.
    if (rejectedByKind(mapping.facts)) return [];
    const { facts } = mapping;
    const field = facts.timestampField;
    // Described without any timestamp: object-without-timestamp reports that the object cannot be synced at all.
    if (field === undefined && facts.fieldsComplete) return [];
    // Only a fact from the catalog, the describe data or the custom-object rules names the one field to map;
    // a guess from the object's name (history, share) accepts any of the usual timestamps.
    const known = facts.origin !== 'name' || facts.kind === 'custom';
    if (field !== undefined && known) {
      if (isMapped(mapping, field)) return [];
      const fix = addToConfig(mapping, 'fields', field, {});
      return [
        {
          ...fieldsLocation(mapping),
          message: messages.timestampNotMapped({ objectName: mapping.objectName, field }),
          ...(fix && { fix }),
        },
      ];
    }
    if (TIMESTAMP_FIELDS.some((name) => isMapped(mapping, name))) return [];
    return [
      {
        ...fieldsLocation(mapping),
        message: messages.noTimestampMapped({ objectName: mapping.objectName, likely: field ?? TIMESTAMP_FIELDS[0] }),
      },
    ];
  },
};
