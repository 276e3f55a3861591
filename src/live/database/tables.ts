import type { ExportDocument } from '../../clients/connect/types.js';
import { isRecord } from '../../core/json.js';
import type { DescribeIndex, DescribedField } from '../../lint/describe/types.js';

/**
 * The tables Heroku Connect makes for a mapping file, as its Dev Center page and the schemas it
 * creates show them: a table per mapping named after the object in lower case, a column per mapped
 * field in lower case (`Id` is the `sfid` column), the system columns, and the indexes named
 * `hc_idx_<table>_<column>` (`hcu_idx_…` when unique).
 */

/** PostgreSQL cuts identifiers at 63 bytes; how Connect names an index past that is not documented, so it is compared as PostgreSQL cuts it. */
const MAX_IDENTIFIER_BYTES = 63;

/** Objects without IsDeleted, whose tables have no isdeleted column. */
const WITHOUT_IS_DELETED = new Set(['user', 'recordtype', 'emailtemplate']);

/** The tables Connect keeps for itself in the schema; never "created by hand". */
export const CONNECT_OWN_TABLES = ['_hcmeta', '_sf_event_log', '_trigger_log', '_trigger_log_archive'] as const;

export interface ExpectedColumn {
  name: string;
  /** The mapped field it holds; none for a system column. */
  field?: string;
  /** Its type in the DDL, and why it is text when the type is not known. */
  type: string;
  comment?: string;
}

export interface ExpectedIndex {
  name: string;
  column: string;
  unique: boolean;
  /** The field of the entry in `indexes`, or the upsert field; none for the system indexes. */
  field?: string;
  upsert?: boolean;
}

export interface ExpectedTable {
  object: string;
  table: string;
  system: ExpectedColumn[];
  columns: ExpectedColumn[];
  indexes: ExpectedIndex[];
  hasStatusColumns: boolean;
}

export function tableName(objectName: string): string {
  return objectName.toLowerCase();
}

export function columnName(field: string): string {
  return field.toLowerCase() === 'id' ? 'sfid' : field.toLowerCase();
}

export function indexName(table: string, column: string, unique: boolean): string {
  return cutIdentifier(`${unique ? 'hcu' : 'hc'}_idx_${table}_${column}`);
}

function cutIdentifier(name: string): string {
  const bytes = Buffer.from(name);
  if (bytes.length <= MAX_IDENTIFIER_BYTES) return name;
  // Cut on a character boundary, as PostgreSQL does.
  let end = MAX_IDENTIFIER_BYTES;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString();
}

function systemColumns(table: string, hasStatusColumns: boolean): ExpectedColumn[] {
  return [
    { name: 'id', type: 'serial PRIMARY KEY' },
    { name: 'sfid', type: 'varchar(18)' },
    { name: 'systemmodstamp', type: 'timestamp' },
    ...(WITHOUT_IS_DELETED.has(table) ? [] : [{ name: 'isdeleted', type: 'boolean' }]),
    ...(hasStatusColumns
      ? [
          { name: '_hc_lastop', type: 'varchar(32)' },
          { name: '_hc_err', type: 'text' },
        ]
      : []),
  ];
}

/**
 * Each mapping of the document as the table Connect would make. `hasStatusColumns` says, per
 * lower-cased object, whether the live detail's `has_hc_columns` is false; they are expected otherwise.
 */
export function expectedTables(document: ExportDocument, describe?: DescribeIndex, hasStatusColumns: (object: string) => boolean = () => true): ExpectedTable[] {
  return document.mappings.flatMap((mapping) => {
    if (!isRecord(mapping) || typeof mapping.object_name !== 'string' || mapping.object_name === '') return [];
    const object = mapping.object_name;
    const table = tableName(object);
    const config = isRecord(mapping.config) ? mapping.config : {};
    const status = hasStatusColumns(object.toLowerCase());
    const system = systemColumns(table, status);
    const systemNames = new Set(system.map((column) => column.name));
    const described = describe?.get(object)?.fields;
    const columns: ExpectedColumn[] = [];
    const seen = new Set(systemNames);
    for (const field of isRecord(config.fields) ? Object.keys(config.fields) : []) {
      const name = columnName(field);
      if (seen.has(name)) continue;
      seen.add(name);
      columns.push({
        name,
        field,
        ...columnType(
          field,
          described?.find((known) => known.name.toLowerCase() === field.toLowerCase()),
          described !== undefined,
        ),
      });
    }
    const indexes: ExpectedIndex[] = [
      { name: indexName(table, 'sfid', true), column: 'sfid', unique: true },
      { name: indexName(table, 'systemmodstamp', false), column: 'systemmodstamp', unique: false },
    ];
    const add = (index: ExpectedIndex) => {
      if (!indexes.some((known) => known.name === index.name)) indexes.push(index);
    };
    for (const [field, settings] of isRecord(config.indexes) ? Object.entries(config.indexes) : []) {
      const unique = isRecord(settings) && settings.unique === true;
      add({ name: indexName(table, columnName(field), unique), column: columnName(field), unique, field });
    }
    if (typeof config.upsert_field === 'string' && config.upsert_field !== '') {
      const column = columnName(config.upsert_field);
      add({ name: indexName(table, column, true), column, unique: true, field: config.upsert_field, upsert: true });
    }
    return [{ object, table, system, columns, indexes, hasStatusColumns: status }];
  });
}

/** Whether a mapping's table has the status columns: unless the live detail says `has_hc_columns: false` (by lower-cased object). */
export function hasStatusColumns(detail: { mappings: readonly { object_name: string; has_hc_columns?: boolean | null }[] }): (object: string) => boolean {
  const without = new Set(detail.mappings.filter((mapping) => mapping.has_hc_columns === false).map((mapping) => mapping.object_name.toLowerCase()));
  return (object) => !without.has(object);
}

/** The column type for a Salesforce field type, as Connect's tables have them; the rest is text, with a comment saying why. */
const TYPES: Record<string, (field: DescribedField) => string> = {
  id: () => 'varchar(18)',
  reference: () => 'varchar(18)',
  string: (field) => `varchar(${field.length || 255})`,
  encryptedstring: (field) => `varchar(${field.length || 255})`,
  picklist: (field) => `varchar(${Math.max(255, field.length ?? 0)})`,
  multipicklist: () => 'varchar(4099)',
  combobox: () => 'varchar(255)',
  email: () => 'varchar(80)',
  phone: () => 'varchar(40)',
  url: () => 'varchar(255)',
  boolean: () => 'boolean',
  int: () => 'integer',
  double: () => 'double precision',
  currency: () => 'double precision',
  percent: () => 'double precision',
  date: () => 'date',
  datetime: () => 'timestamp',
  time: () => 'time',
  anytype: () => 'text',
};

function columnType(field: string, described: DescribedField | undefined, objectDescribed: boolean): Pick<ExpectedColumn, 'type' | 'comment'> {
  if (described?.type === undefined) {
    return { type: 'text', comment: objectDescribed ? `${field} is not in the describe data: type unknown` : 'no describe data: type unknown' };
  }
  const type = described.type.toLowerCase();
  if (type === 'textarea') {
    // Connect's cut-off between varchar(n) and text for long text areas is not documented.
    return (described.length ?? 255) <= 255
      ? { type: `varchar(${described.length || 255})` }
      : { type: 'text', comment: `long text area of ${described.length}: Connect may use varchar(${described.length})` };
  }
  const make = TYPES[type];
  return make ? { type: make(described) } : { type: 'text', comment: `Salesforce type ${described.type}: its column type is not documented` };
}

/** A SQL identifier, always quoted: Connect's tables include reserved words such as "user". */
export function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A comment that stays one SQL comment line, whatever the text. */
function sqlComment(text: string): string {
  return `-- ${text.replace(/[\r\n]+/g, ' ')}`;
}

/**
 * The DDL of the tables Connect would create for the document, in one transaction: the schema, each
 * mapping's table with the system columns and one column per mapped field, and the indexes named as
 * Connect names them. Not Connect's triggers or trigger log: this is for development and tests.
 */
export function schemaDdl(tables: readonly ExpectedTable[], schema: string): string {
  const lines = [
    sqlComment(`The tables Heroku Connect would create in schema ${schema}, for development and tests (not Connect's triggers or trigger log).`),
    'BEGIN;',
    `CREATE SCHEMA IF NOT EXISTS ${quoted(schema)};`,
  ];
  for (const table of tables) {
    const columns = [...table.system, ...table.columns];
    lines.push('', sqlComment(`${table.object}`), `CREATE TABLE ${quoted(schema)}.${quoted(table.table)} (`);
    columns.forEach((column, i) => {
      const comma = i === columns.length - 1 ? '' : ',';
      lines.push(`  ${quoted(column.name)} ${column.type}${comma}${column.comment ? ` ${sqlComment(column.comment)}` : ''}`);
    });
    lines.push(');');
    const names = new Set(columns.map((column) => column.name));
    for (const index of table.indexes) {
      if (!names.has(index.column)) {
        lines.push(sqlComment(`No index ${index.name}: ${index.field ?? index.column} is not mapped.`));
        continue;
      }
      lines.push(`CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${quoted(index.name)} ON ${quoted(schema)}.${quoted(table.table)} (${quoted(index.column)});`);
    }
  }
  lines.push('', 'COMMIT;', '');
  return lines.join('\n');
}
