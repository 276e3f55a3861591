import { DescribeIndex } from '../../../src/lint/describe/types.js';
import { defaultLintOptions, lintText } from '../../../src/lint/engine.js';
import { MAX_SUGGESTED_AMONG } from '../../../src/lint/rules/unknown-field.js';
import { slowTests } from '../../../test-support/slow.js';

/** Values of the wrong type are the schema rule's to report: the other rules must neither crash nor guess. */
const ODD_DOCUMENTS: readonly [string, unknown][] = [
  ['null', null],
  ['an array', []],
  ['a string', 'mappings'],
  ['mappings: null', { mappings: null }],
  ['mappings: an object', { mappings: { object_name: 'Account' } }],
  ['mapping entries of every type', { mappings: [null, 1, 'Account', [], {}, { object_name: 7 }, { object_name: '' }] }],
  ['config: null', { mappings: [{ object_name: 'Account', config: null }] }],
  ['config: an array', { mappings: [{ object_name: 'Account', config: ['read_only'] }] }],
  ['fields and indexes as arrays', { mappings: [{ object_name: 'Account', config: { access: 'read_write', fields: ['Id'], indexes: ['Id'] } }] }],
  ['fields and indexes as strings', { mappings: [{ object_name: 'Contact', config: { access: 'read_only', fields: 'Id', indexes: 'Id' } }] }],
  ['field values of every type', { mappings: [{ object_name: 'Lead', config: { access: 'read_only', fields: { Id: null, Name: 1, SystemModstamp: [] }, indexes: { Id: null, Name: 'x' } } }] }],
  [
    'wrongly typed settings',
    {
      mappings: [{ object_name: 'Event', config: { access: 'write', sf_notify_enabled: 'true', sf_polling_seconds: '600', upsert_field: 42, fields: { Id: {} } } }],
      connection: { api_version: 38, features: null },
    },
  ],
  ['connection: null', { mappings: [], connection: null }],
  [
    'keys that look like Object.prototype members',
    // JSON.parse makes "__proto__" an own key, as it does when reading a file.
    {
      mappings: [
        {
          object_name: 'constructor',
          config: {
            access: 'read_write',
            upsert_field: 'toString',
            fields: JSON.parse('{"__proto__": {}, "constructor": {}, "hasOwnProperty": {}}'),
            indexes: JSON.parse('{"__proto__": {}, "valueOf": {}}'),
          },
        },
      ],
    },
  ],
  ['odd field names', { mappings: [{ object_name: 'Project__c', config: { access: 'read_only', fields: { '': {}, __r__: {}, X__r__: {}, __r__Y: {}, a__: {} } } }] }],
];

describe('rules on malformed documents', () => {
  const describeData = new DescribeIndex();
  describeData.add({
    name: 'Account',
    fields: [
      { name: 'Id', type: 'id' },
      { name: 'ParentId', type: 'reference', relationshipName: null },
    ],
  });
  describeData.add({ name: 'Project__c', fields: [] });
  const options = { ...defaultLintOptions(), describe: describeData };

  it.each(ODD_DOCUMENTS)('%s: no crash, every finding placed', async (_label, value) => {
    for (const format of ['json', 'yaml'] as const) {
      const text = format === 'json' ? JSON.stringify(value, null, 2) : JSON.stringify(value);
      const findings = await lintText(`m.${format === 'json' ? 'json' : 'yml'}`, text, format, options);
      for (const finding of findings) {
        expect(finding.line).toBeGreaterThanOrEqual(1);
        expect(finding.column).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('leaves wrongly typed settings to the schema rule', async () => {
    const text = JSON.stringify(ODD_DOCUMENTS.find(([label]) => label === 'wrongly typed settings')![1], null, 2);
    const ruleIds = new Set((await lintText('m.json', text, 'json', options)).map((finding) => finding.ruleId));
    for (const id of ['accelerated-polling', 'polling-interval', 'upsert-field', 'missing-upsert-field', 'api-version']) expect(ruleIds).not.toContain(id);
    expect(ruleIds).toContain('schema');
  });
});

describe('custom relationship fields, spelled every way', () => {
  const options = defaultLintOptions();
  const lookups = async (fields: string[]) => {
    const document = { mappings: [{ object_name: 'Entry__c', config: { access: 'read_only', fields: Object.fromEntries(['Id', 'SystemModstamp', ...fields].map((name) => [name, {}])) } }] };
    const findings = await lintText('m.json', JSON.stringify(document, null, 2), 'json', options);
    return findings.filter((finding) => finding.ruleId === 'relationship-lookup').map((finding) => finding.message.split(' ')[0]);
  };

  it('finds __r__ in either case, among names whose only "__" is their suffix', async () => {
    expect(await lookups(['Name__c', 'Project__r__PG_ID__c', 'Other__c'])).toEqual(['Project__r__PG_ID__c']);
    expect(await lookups(['Name__c', 'ns__Lead__R__Key__c', 'Other__c'])).toEqual(['ns__Lead__R__Key__c']);
  });

  it('finds none when every name has a suffix alone', async () => {
    expect(await lookups(['Name__c', 'Rate__c', 'A__r', 'B__c'])).toEqual([]);
  });
});

describe('unknown fields against a large describe', () => {
  const describeOf = (count: number) => {
    const index = new DescribeIndex();
    index.add({ name: 'Account', fields: [{ name: 'Id' }, { name: 'SystemModstamp' }, ...Array.from({ length: count }, (_, i) => ({ name: `F${i}__c` }))] });
    return { ...defaultLintOptions(), describe: index };
  };
  const lintFields = (names: string[], options: ReturnType<typeof describeOf>) =>
    lintText(
      'm.json',
      JSON.stringify({ mappings: [{ object_name: 'Account', config: { access: 'read_only', fields: Object.fromEntries(['Id', 'SystemModstamp', ...names].map((name) => [name, {}])) } }] }),
      'json',
      options,
    );

  slowTests('at scale', () => {
    it('searches suggestions only for the findings shown', async () => {
      // 30,000 misspelt fields against 500 described ones: once a search of every described field per finding (about 3 s).
      const misspelt = Array.from({ length: 30_000 }, (_, i) => `G${i}__c`);
      const started = performance.now();
      const findings = await lintFields(misspelt, describeOf(500));
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(findings[0]).toMatchObject({ ruleId: 'too-many-findings' });
      expect(findings[0]!.message).toContain('29,000 more findings');
      expect(findings[1]!.message).toBe(
        'G0__c is not a field of Account in the describe data. Did you mean "F0__c"? Fix the name or remove it from fields; if the field exists, give the integration user access to it.',
      );
    });
  });

  it('suggests none among more fields than any Salesforce object has', async () => {
    const [finding] = await lintFields(['F0_c'], describeOf(MAX_SUGGESTED_AMONG + 1));
    expect(finding!.message).toBe('F0_c is not a field of Account in the describe data. Fix the name or remove it from fields; if the field exists, give the integration user access to it.');
    const [near] = await lintFields(['F0_c'], describeOf(MAX_SUGGESTED_AMONG - 2));
    expect(near!.message).toContain('Did you mean "F0__c"?');
  });
});

describe('required-fields on a describe that requires thousands of fields', () => {
  it('costs each mapping its own fields, and lists ten names and a count', async () => {
    // Once a scan of every described field per mapping, and a message naming all of them (about 5 s here).
    const index = new DescribeIndex();
    const required = Array.from({ length: 20_000 }, (_, i) => ({ name: `R${i}__c`, createable: true, nillable: false, defaultedOnCreate: false }));
    index.add({ name: 'Account', createable: true, updateable: true, fields: [{ name: 'Id' }, { name: 'SystemModstamp' }, ...required] });
    const mappings = Array.from({ length: 300 }, () => ({ object_name: 'Account', config: { access: 'read_write', fields: { Id: {}, SystemModstamp: {}, r1__C: {} } } }));
    const started = performance.now();
    const findings = await lintText('m.json', JSON.stringify({ mappings }), 'json', { ...defaultLintOptions(), describe: index });
    expect(performance.now() - started).toBeLessThan(2_000);
    const messages = findings.filter((finding) => finding.ruleId === 'required-fields').map((finding) => finding.message);
    expect(messages).toHaveLength(300);
    const listed = ['R0__c', ...Array.from({ length: 9 }, (_, i) => `R${i + 2}__c`)];
    expect(messages[0]).toBe(
      `Account is read_write but does not map the required fields ${listed.join(', ')} and 19,989 more, so rows inserted from Postgres will fail to sync. ` +
        `Add ${listed.map((name) => `"${name}": {}`).join(', ')} and the other 19,989 to fields.`,
    );
  });
});

describe('unsupported-field-type on a describe of thousands of compound fields', () => {
  it('finds each compound field its components without scanning every field', async () => {
    // 10,000 mapped address fields: once every described field scanned for each one (about 7 s).
    const compounds = Array.from({ length: 10_000 }, (_, i) => ({ name: `A${i}Address`, type: 'address' }));
    const components = compounds.flatMap(({ name }) => ['Street', 'City'].map((part) => ({ name: name.replace('Address', part), type: 'string', compoundFieldName: name })));
    const index = new DescribeIndex();
    index.add({ name: 'Account', fields: [{ name: 'Id', type: 'id' }, { name: 'SystemModstamp', type: 'datetime' }, ...compounds, ...components] });
    const fields = Object.fromEntries(['Id', 'SystemModstamp', ...compounds.map(({ name }) => name)].map((name) => [name, {}]));
    const started = performance.now();
    const findings = await lintText('m.json', JSON.stringify({ mappings: [{ object_name: 'Account', config: { access: 'read_only', fields } }] }), 'json', {
      ...defaultLintOptions(),
      describe: index,
    });
    expect(performance.now() - started).toBeLessThan(1_500);
    const messages = findings.filter((finding) => finding.ruleId === 'unsupported-field-type').map((finding) => finding.message);
    expect(messages[7]).toBe('Account.A7Address is a compound address field, which has no Postgres column. Map its component fields instead: A7Street and A7City.');
  });
});
