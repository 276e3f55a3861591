import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planChanges, type PlanChange } from '../../src/plan/diff.js';
import { planFile } from '../../src/plan/file.js';
import { slowTests } from '../../test-support/slow.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'plan');
const bytes = (name: string): Buffer => readFileSync(join(FIXTURES, name));
const fixture = (name: string): unknown => JSON.parse(bytes(name).toString('utf8'));

/** A one-mapping export whose config is `config`. */
function doc(config: Record<string, unknown>, objectName = 'Account'): unknown {
  return { mappings: [{ object_name: objectName, config }], version: 1 };
}

const BASE_CONFIG = {
  access: 'read_write',
  sf_notify_enabled: false,
  sf_polling_seconds: 600,
  fields: { Id: {}, SystemModstamp: {}, Name: {}, Web_ID__c: {} },
  indexes: { Id: { unique: true }, SystemModstamp: { unique: false }, Web_ID__c: { unique: true } },
  upsert_field: 'Web_ID__c',
};

const summary = (changes: readonly PlanChange[]) => changes.map((c) => [c.kind, c.object, c.detail, c.care]);

/** The same value with every object's keys in reverse order and every array reversed. */
function shuffled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffled).reverse();
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, shuffled(inner)]),
  );
}

describe('planChanges', () => {
  it('names a removed field, a removed mapping, an added mapping and an access flip, each with its consequence', async () => {
    const plan = planChanges(fixture('base.json'), fixture('head.json'));
    expect(plan.unreadable).toBeUndefined();
    expect(summary(plan.changes)).toEqual([
      ['access-changed', 'Account', 'read_only → read_write', true],
      ['field-removed', 'Account', 'Phone', true],
      ['mapping-removed', 'Case', 'read_only, 5 fields', true],
      ['mapping-added', 'Contact', 'read_only, 6 fields', false],
    ]);
    const [access, field, removed, added] = plan.changes;
    expect(access).toMatchObject({ from: 'read_only', to: 'read_write' });
    expect(access!.consequence).toBe(
      'Changes made in Postgres to Account start being written to Salesforce. A read_write mapping needs a unique identifier: ' +
        'an upsert_field that is a unique External ID field in Salesforce (this mapping names External_ID__c).',
    );
    expect(field).toMatchObject({ field: 'Phone' });
    expect(field!.consequence).toBe('Import drops the column for Phone from the Account table (ALTER TABLE), and its data with it.');
    expect(removed!.consequence).toBe(
      'Import does not delete mappings missing from the file: Case stays in the connection and keeps syncing. ' +
        'To delete it, run "heroku connect:mapping:delete Case --app <app> --confirm <app>" or delete it in the Heroku Connect dashboard.',
    );
    expect(added!.consequence).toBe('Import creates the Contact mapping: Heroku Connect creates its table in Postgres and loads it from Salesforce.');
  });

  it('finds nothing when only key order, mapping order and the volatile timestamps differ', async () => {
    const base = fixture('base.json') as { mappings: { config: Record<string, unknown> }[]; connection: Record<string, unknown> };
    const head = shuffled(structuredClone(base)) as typeof base;
    head.connection.exported_at = '2030-01-01T00:00:00.000000+00:00';
    for (const mapping of head.mappings) {
      mapping.config.applied_at = '2030-01-01T00:00:00.000000Z';
      mapping.config.revision = 1089201;
    }
    expect(JSON.stringify(head)).not.toBe(JSON.stringify(base));
    expect(planChanges(base, head)).toEqual({ changes: [] });
  });

  it('finds nothing when only the case of object and field names differs', async () => {
    const head = { mappings: [{ object_name: 'ACCOUNT', config: { ...BASE_CONFIG, fields: { id: {}, systemmodstamp: {}, NAME: {}, web_id__c: {} }, upsert_field: 'WEB_ID__C' } }] };
    expect(planChanges(doc(BASE_CONFIG), head).changes).toEqual([]);
  });

  it('reports added and removed fields by the name each side spells', async () => {
    const head = doc({ ...BASE_CONFIG, fields: { Id: {}, SystemModstamp: {}, Web_ID__c: {}, Industry: {} } });
    const plan = planChanges(doc(BASE_CONFIG), head);
    expect(summary(plan.changes)).toEqual([
      ['field-removed', 'Account', 'Name', true],
      ['field-added', 'Account', 'Industry', false],
    ]);
    expect(plan.changes[1]!.consequence).toBe('Import adds a column for Industry to the Account table (ALTER TABLE) and fills it with data from Salesforce.');
  });

  it('reports index changes, with review for uniqueness and for dropping a unique index', async () => {
    const head = doc({
      ...BASE_CONFIG,
      indexes: { Id: { unique: true }, SystemModstamp: { unique: true }, Name: { unique: false } },
    });
    const plan = planChanges(doc(BASE_CONFIG), head);
    expect(summary(plan.changes)).toEqual([
      ['index-removed', 'Account', 'Web_ID__c (unique)', true],
      ['index-added', 'Account', 'Name', false],
      ['index-uniqueness-changed', 'Account', 'SystemModstamp: not unique → unique', true],
    ]);
    expect(plan.changes[0]!.consequence).toContain('Postgres no longer refuses duplicate values');
    expect(plan.changes[2]).toMatchObject({ field: 'SystemModstamp', from: false, to: true });

    const plain = planChanges(doc(BASE_CONFIG), doc({ ...BASE_CONFIG, indexes: { Id: { unique: true }, Web_ID__c: { unique: true } } }));
    expect(summary(plain.changes)).toEqual([['index-removed', 'Account', 'SystemModstamp', false]]);
  });

  it('reports the upsert field being set, changed and removed', async () => {
    const none = { ...BASE_CONFIG, access: 'read_only', upsert_field: undefined };
    const set = planChanges(doc(none), doc({ ...none, upsert_field: 'Web_ID__c' }));
    expect(summary(set.changes)).toEqual([['upsert-field-set', 'Account', 'Web_ID__c', true]]);
    expect(set.changes[0]!.consequence).toBe('Records from Salesforce are matched to rows of Account by Salesforce ID first, then by Web_ID__c, which must be a unique External ID field.');

    const changed = planChanges(doc(BASE_CONFIG), doc({ ...BASE_CONFIG, upsert_field: 'Other_ID__c' }));
    expect(summary(changed.changes)).toEqual([['upsert-field-changed', 'Account', 'Web_ID__c → Other_ID__c', true]]);

    const removed = planChanges(doc(BASE_CONFIG), doc({ ...BASE_CONFIG, upsert_field: null }));
    expect(summary(removed.changes)).toEqual([['upsert-field-removed', 'Account', 'Web_ID__c', true]]);
    expect(removed.changes[0]!.consequence).toContain('A read_write mapping needs this unique identifier, and Account is left without one.');
  });

  it('warns that a flip to read_write needs an upsert field when the mapping has none', async () => {
    const readOnly = { ...BASE_CONFIG, access: 'read_only', upsert_field: undefined };
    const plan = planChanges(doc(readOnly), doc({ ...readOnly, access: 'read_write' }));
    expect(plan.changes[0]!.consequence).toContain(', and this mapping has none.');
  });

  it('explains a flip to read_only as writes stopping', async () => {
    const plan = planChanges(doc(BASE_CONFIG), doc({ ...BASE_CONFIG, access: 'read_only' }));
    expect(summary(plan.changes)).toEqual([['access-changed', 'Account', 'read_write → read_only', true]]);
    expect(plan.changes[0]!.consequence).toBe('Changes made in Postgres to Account are no longer written back to Salesforce: the mapping only syncs from Salesforce to Postgres.');
  });

  it('reports polling interval and accelerated polling changes', async () => {
    const faster = planChanges(doc(BASE_CONFIG), doc({ ...BASE_CONFIG, sf_polling_seconds: 120, sf_notify_enabled: true }));
    expect(summary(faster.changes)).toEqual([
      ['polling-interval-changed', 'Account', '600 s (10 min) → 120 s (2 min)', false],
      ['accelerated-polling-changed', 'Account', 'off → on', false],
    ]);
    expect(faster.changes[0]!.consequence).toBe('Heroku Connect polls Salesforce for changes to Account every 120 s (2 min) instead of every 600 s (10 min).');
    expect(faster.changes[1]!.consequence).toContain('Accelerated polling turns on');

    const off = planChanges(doc({ ...BASE_CONFIG, sf_notify_enabled: true }), doc(BASE_CONFIG));
    expect(off.changes[0]!.consequence).toBe('Accelerated polling turns off: changes to Account in Salesforce reach Postgres at the next regular poll, every 600 s (10 min).');
  });

  it('plans a new file as every mapping added, and a removed file as every mapping left in the connection', async () => {
    expect(summary(planChanges(undefined, fixture('base.json')).changes)).toEqual([
      ['mapping-added', 'Account', 'read_only, 7 fields', false],
      ['mapping-added', 'Case', 'read_only, 5 fields', false],
    ]);
    expect(summary(planChanges(fixture('base.json'), undefined).changes)).toEqual([
      ['mapping-removed', 'Account', 'read_only, 7 fields', true],
      ['mapping-removed', 'Case', 'read_only, 5 fields', true],
    ]);
  });

  it('leaves out what is not well-formed instead of reporting it', async () => {
    const malformed = {
      mappings: [
        { object_name: 'Account', config: { ...BASE_CONFIG, access: 'write', fields: ['Id'], indexes: 'Id', upsert_field: 5, sf_polling_seconds: '600', sf_notify_enabled: 'yes' } },
        { config: { access: 'read_only' } },
        'Lead',
        { object_name: 42 },
      ],
    };
    expect(planChanges(doc(BASE_CONFIG), malformed)).toEqual({ changes: [] });
    expect(planChanges(malformed, doc(BASE_CONFIG))).toEqual({ changes: [] });
    // A mapping whose config is not an object is still there: not removed, and nothing in it compared.
    expect(planChanges(doc(BASE_CONFIG), { mappings: [{ object_name: 'Account', config: null }] })).toEqual({ changes: [] });
  });

  it('compares nothing when either side has no mappings array', async () => {
    expect(planChanges({ mapping: [] }, doc(BASE_CONFIG))).toEqual({ changes: [], unreadable: 'base' });
    expect(planChanges(doc(BASE_CONFIG), null)).toEqual({ changes: [], unreadable: 'head' });
    expect(planChanges(doc(BASE_CONFIG), 'not a document')).toEqual({ changes: [], unreadable: 'head' });
  });

  it('takes the last of a repeated mapping, as JSON.parse takes the last of repeated keys', async () => {
    const head = {
      mappings: [
        { object_name: 'Account', config: { ...BASE_CONFIG, access: 'read_only' } },
        { object_name: 'account', config: BASE_CONFIG },
      ],
    };
    expect(planChanges(doc(BASE_CONFIG), head).changes).toEqual([]);
  });

  slowTests('at scale', () => {
    it('lists a mapping with 130,000 new fields', async () => {
      // Spread into one push call, so many changes once overflowed the stack (a 3 MB file).
      const fields = Object.fromEntries(Array.from({ length: 130_000 }, (_, i) => [`F${i}__c`, {}]));
      const { changes } = planChanges({ mappings: [{ object_name: 'Account', config: { fields: {} } }] }, { mappings: [{ object_name: 'Account', config: { fields } }] });
      expect(changes).toHaveLength(130_000);
      expect(changes[0]).toMatchObject({ kind: 'field-added', object: 'Account', field: 'F0__c' });
    });
  });
});

describe('planFile', () => {
  const head = bytes('head.json');

  it('plans a modified file from the bytes of both versions', async () => {
    const plan = await planFile({ path: 'connect/prod.json', status: 'modified' }, bytes('base.json'), head);
    expect(plan).toMatchObject({ path: 'connect/prod.json', status: 'modified' });
    expect(plan!.changes).toHaveLength(4);
    expect(plan).not.toHaveProperty('previousPath');
  });

  it("compares a renamed file with its previous path, in that path's format", async () => {
    const plan = await planFile({ path: 'connect/prod.json', previousPath: 'old/prod.yml', status: 'renamed' }, bytes('base.yml'), head);
    expect(plan).toMatchObject({ path: 'connect/prod.json', previousPath: 'old/prod.yml', status: 'renamed' });
    expect(plan!.changes.map((c) => [c.kind, c.object, c.detail])).toEqual([
      ['access-changed', 'Account', 'read_only → read_write'],
      ['upsert-field-set', 'Account', 'External_ID__c'],
      ['field-removed', 'Account', 'Phone'],
      ['field-added', 'Account', 'CreatedDate'],
      ['field-added', 'Account', 'External_ID__c'],
      ['index-added', 'Account', 'External_ID__c (unique)'],
      ['mapping-added', 'Contact', 'read_only, 6 fields'],
    ]);
  });

  it('plans an added or copied file as new, whatever the base holds', async () => {
    expect(await planFile({ path: 'a.json', status: 'added' }, undefined, head)).toMatchObject({ status: 'added', changes: [expect.objectContaining({ kind: 'mapping-added' }), expect.anything()] });
    expect(await planFile({ path: 'b.json', previousPath: 'a.json', status: 'copied' }, head, head)).toMatchObject({ status: 'added' });
    expect((await planFile({ path: 'b.json', previousPath: 'a.json', status: 'copied' }, head, head))!.changes).toHaveLength(2);
  });

  it('plans a removed mapping file, and nothing for a removed file that was no mapping file', async () => {
    expect((await planFile({ path: 'a.json', status: 'removed' }, bytes('base.json'), undefined))!.changes.map((c) => c.kind)).toEqual(['mapping-removed', 'mapping-removed']);
    expect(await planFile({ path: 'package.json', status: 'removed' }, Buffer.from('{"name": "x"}'), undefined)).toBeUndefined();
  });

  it('says the base is unreadable when a modified file has no base bytes, rather than calling every mapping new', async () => {
    expect(await planFile({ path: 'a.json', status: 'modified' }, undefined, head)).toEqual({ path: 'a.json', status: 'modified', changes: [], unreadable: 'base' });
  });

  it('says the head is unreadable when it does not parse, or starts with a byte-order mark import rejects', async () => {
    expect(await planFile({ path: 'a.json', status: 'modified' }, bytes('base.json'), Buffer.from('{"mappings": [,]}'))).toMatchObject({ unreadable: 'head' });
    expect(await planFile({ path: 'a.json', status: 'modified' }, bytes('base.json'), Buffer.concat([Buffer.from('\uFEFF'), head]))).toMatchObject({ unreadable: 'head' });
  });
});
