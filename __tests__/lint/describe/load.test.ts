import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDescribeFiles } from '../../../src/lint/describe/load.js';
import { ConfigurationError } from '../../../src/core/errors.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = 'fixtures/describe';

let scratch: string;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'describe-load-'));
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function write(name: string, content: string | Buffer): Promise<void> {
  const path = join(scratch, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
}

/** The ConfigurationError that loading throws, so each test can assert on its message. */
async function loadError(patterns: string[], root = scratch): Promise<ConfigurationError> {
  const error: unknown = await loadDescribeFiles(patterns, root).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

describe('loadDescribeFiles: shapes', () => {
  it('loads an sObject describe, keeping only the properties DescribedField holds', async () => {
    const index = await loadDescribeFiles([`${FIXTURES}/account.describe.json`], ROOT);
    const account = index.get('account');
    expect(account).toMatchObject({ name: 'Account', queryable: true, updateable: true, createable: true, custom: false });
    expect(account?.fields).toHaveLength(20);
    const byName = new Map(account?.fields?.map((field) => [field.name, field]));
    expect(byName.get('Ext_Id__c')).toEqual({
      name: 'Ext_Id__c',
      type: 'string',
      externalId: true,
      length: 36,
      unique: true,
      createable: true,
      updateable: true,
      nillable: true,
      defaultedOnCreate: false,
      calculated: false,
      referenceTo: [],
      relationshipName: null,
      compoundFieldName: null,
    });
    expect(byName.get('Legacy_Number__c')).toMatchObject({ externalId: true, unique: false });
    expect(byName.get('Region__c')).toMatchObject({ nillable: false, defaultedOnCreate: false, createable: true });
    expect(byName.get('BillingAddress')).toMatchObject({ type: 'address', createable: false });
    expect(byName.get('BillingCity')).toMatchObject({ compoundFieldName: 'BillingAddress' });
    expect(byName.get('OwnerId')).toMatchObject({ referenceTo: ['User'], relationshipName: 'Owner' });
    expect(Object.keys(account ?? {}).sort()).toEqual(['createable', 'custom', 'fields', 'name', 'queryable', 'updateable']);
  });

  it('loads a custom object with a lookup and a geolocation field with its components', async () => {
    const project = (await loadDescribeFiles([`${FIXTURES}/project.describe.json`], ROOT)).get('Project__c');
    const byName = new Map(project?.fields?.map((field) => [field.name, field]));
    expect(project?.custom).toBe(true);
    expect(byName.get('Account__c')).toMatchObject({ type: 'reference', referenceTo: ['Account'], relationshipName: 'Account__r' });
    expect(byName.get('Site__c')).toMatchObject({ type: 'location' });
    expect(byName.get('Site__Latitude__s')).toMatchObject({ type: 'double', compoundFieldName: 'Site__c' });
    expect(byName.get('Site__Longitude__s')).toMatchObject({ type: 'double', compoundFieldName: 'Site__c' });
  });

  it('loads a global describe as object-level flags without fields', async () => {
    const index = await loadDescribeFiles([`${FIXTURES}/global.describe.json`], ROOT);
    expect(index.size).toBe(5);
    expect(index.get('Order_Event__e')).toEqual({ name: 'Order_Event__e', queryable: false, updateable: false, createable: true, custom: true });
    expect(index.get('Opportunity')?.fields).toBeUndefined();
  });

  it('loads the result of "sf sobject describe --json"', async () => {
    const contact = (await loadDescribeFiles([`${FIXTURES}/contact.sf.json`], ROOT)).get('Contact');
    expect(contact?.fields?.map((field) => field.name)).toEqual(['Id', 'AccountId', 'LastName', 'FirstName', 'Email', 'SystemModstamp']);
  });

  it('loads a JSON array mixing the shapes', async () => {
    await write(
      'all.json',
      JSON.stringify([{ name: 'A__c', fields: [{ name: 'Id' }] }, { sobjects: [{ name: 'B__c', queryable: true }] }, { status: 0, result: { name: 'C__c', fields: [] }, warnings: [] }]),
    );
    const index = await loadDescribeFiles(['all.json'], scratch);
    expect([index.get('a__c')?.fields, index.get('B__c')?.queryable, index.get('C__c')?.fields]).toEqual([[{ name: 'Id' }], true, []]);
  });

  it('merges a global describe with full describes in either order', async () => {
    for (const patterns of [
      [`${FIXTURES}/global.describe.json`, `${FIXTURES}/*.describe.json`],
      [`${FIXTURES}/account.describe.json`, `${FIXTURES}/global.describe.json`],
    ]) {
      const account = (await loadDescribeFiles(patterns, ROOT)).get('Account');
      expect(account?.fields).toHaveLength(20);
      expect(account?.queryable).toBe(true);
    }
  });

  it('lets a later file override flags, and keeps fields when the later file has none', async () => {
    await write('full.json', JSON.stringify({ name: 'X__c', updateable: true, fields: [{ name: 'Id' }] }));
    await write('global.json', JSON.stringify({ sobjects: [{ name: 'x__C', updateable: false }] }));
    const x = (await loadDescribeFiles(['full.json', 'global.json'], scratch)).get('X__c');
    expect(x).toMatchObject({ updateable: false, fields: [{ name: 'Id' }] });
  });

  it('drops properties of the wrong type instead of guessing them', async () => {
    await write('odd.json', JSON.stringify({ name: 'X__c', queryable: 'yes', fields: [{ name: 'F__c', unique: 1, referenceTo: [3], type: 7 }] }));
    expect((await loadDescribeFiles(['odd.json'], scratch)).get('X__c')).toEqual({ name: 'X__c', fields: [{ name: 'F__c' }] });
  });

  it('reads UTF-8 with a byte-order mark and UTF-16 as Windows PowerShell writes it', async () => {
    const json = JSON.stringify({ name: 'Bom__c', fields: [] });
    await write('utf8.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]));
    await write('utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json.replace('Bom', 'Wide'), 'utf16le')]));
    const index = await loadDescribeFiles(['utf8.json', 'utf16.json'], scratch);
    expect([index.get('Bom__c')?.name, index.get('Wide__c')?.name]).toEqual(['Bom__c', 'Wide__c']);
  });
});

describe('loadDescribeFiles: patterns', () => {
  it('expands globs and skips node_modules and .git', async () => {
    const describe = (name: string) => JSON.stringify({ name, fields: [] });
    await write('describes/a.json', describe('A__c'));
    await write('describes/deep/b.json', describe('B__c'));
    await write('node_modules/pkg/c.json', describe('C__c'));
    await write('.git/d.json', describe('D__c'));
    const index = await loadDescribeFiles(['**/*.json'], scratch);
    expect([index.size, index.get('A__c')?.name, index.get('B__c')?.name]).toEqual([2, 'A__c', 'B__c']);
    expect((await loadError(['.git/*.json'])).message).toContain('".git/*.json" matched no files');
  });

  it('reads a file matched twice once, where it first appeared, so a later file still wins', async () => {
    await write('a.json', JSON.stringify({ sobjects: [{ name: 'X__c', updateable: true }] }));
    await write('b.json', JSON.stringify({ sobjects: [{ name: 'X__c', updateable: false }] }));
    expect((await loadDescribeFiles(['b.json', '*.json'], scratch)).get('X__c')?.updateable).toBe(true);
    expect((await loadDescribeFiles(['a.json', '*.json'], scratch)).get('X__c')?.updateable).toBe(false);
  });

  it('takes an existing path literally even when it has glob characters', async () => {
    await write('Account[1].json', JSON.stringify({ name: 'Account', fields: [] }));
    await write('Account1.json', JSON.stringify({ name: 'Other__c', fields: [] }));
    const index = await loadDescribeFiles(['Account[1].json'], scratch);
    expect([index.size, index.get('Account')?.name]).toEqual([1, 'Account']);
  });
});

describe('loadDescribeFiles: errors', () => {
  it('names a plain path that does not exist, and suggests a close file name', async () => {
    const error = await loadError([`${FIXTURES}/acount.describe.json`], ROOT);
    expect(error.message).toBe(`The describe file "${FIXTURES}/acount.describe.json" does not exist (paths are relative to ${ROOT}). ` + `Did you mean "${FIXTURES}/account.describe.json"?`);
  });

  it('says when the folder of a missing path does not exist either', async () => {
    expect((await loadError(['nowhere/account.json'])).message).toContain('Its folder does not exist either.');
  });

  it('names a glob that matched nothing', async () => {
    const error = await loadError(['describes/*.json']);
    expect(error.message).toContain('The describe pattern "describes/*.json" matched no files');
    expect(error.message).toContain('sf sobject describe --sobject {Object} --json');
  });

  it('refuses a directory and suggests a glob for it', async () => {
    await mkdir(join(scratch, 'describes'));
    expect((await loadError(['describes'])).message).toContain('is a directory. To load the describe files in it, use a glob such as "describes/*.json"');
  });

  it('places a JSON syntax error at its line and column', async () => {
    const error = await loadError([`${FIXTURES}/invalid/broken.json`], ROOT);
    expect(error.message).toMatch(/^fixtures\/describe\/invalid\/broken\.json:5:5: The file is not valid JSON: .*comma/);
  });

  it('refuses text that is not UTF-8', async () => {
    await write('latin1.json', Buffer.from('{"name": "Caf\xe9"}', 'latin1'));
    expect((await loadError(['latin1.json'])).message).toContain('"latin1.json" is not valid UTF-8 text');
  });

  it('lists the accepted shapes for an unrecognised document, saying what it found', async () => {
    await write('mapping.json', JSON.stringify({ mappings: [], connection: {}, version: 1, a: 1, b: 2, c: 3, d: 4 }));
    const error = await loadError(['mapping.json']);
    expect(error.message).toContain('The describe file "mapping.json" is not describe data: found an object with keys "mappings", "connection", "version", "a", "b" and 2 more.');
    expect(error.message).toContain('an sObject describe');
    expect(error.message).toContain('a global describe');
    expect(error.message).toContain('sf sobject describe --sobject {Object} --json');
    expect(error.message).toContain('a JSON array of these');
  });

  it('locates an unrecognised element inside an array or a CLI result', async () => {
    await write('list.json', JSON.stringify({ status: 0, result: ['Account', 'Contact'] }));
    expect((await loadError(['list.json'])).message).toMatch(/^The describe file "list\.json" at result\[0\] is not describe data: found a string\./);
  });

  it('quotes the message of Salesforce CLI output with an error status', async () => {
    const error = await loadError([`${FIXTURES}/invalid/sf-error.json`], ROOT);
    expect(error.message).toBe(
      `The describe file "${FIXTURES}/invalid/sf-error.json" is the output of a Salesforce CLI command that failed (status 1, NOT_FOUND): ` +
        '"The requested resource does not exist". Fix the cause, then save it again with "sf sobject describe --sobject {Object} --json > file.json".',
    );
  });

  it('names a field without a name by its place in the file', async () => {
    await write('nameless.json', JSON.stringify([{ name: 'A__c', fields: [{ name: 'Id' }, { type: 'string' }] }]));
    expect((await loadError(['nameless.json'])).message).toBe('The describe file "nameless.json" at [0], fields[1]: expected a field with a "name", found an object with keys "type".');
  });

  it('names a global describe entry without a name', async () => {
    await write('global.json', JSON.stringify({ sobjects: [{ name: 'A__c' }, null] }));
    expect((await loadError(['global.json'])).message).toBe('The describe file "global.json", sobjects[1]: expected a Salesforce object with a "name", found null.');
  });
});
