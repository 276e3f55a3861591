import type { ExportDocument } from '../../src/clients/connect/types.js';
import { liveMismatches } from '../../src/live/deploy/prove.js';
import { planChanges } from '../../src/plan/diff.js';

const CONFIG = {
  access: 'read_write',
  sf_notify_enabled: false,
  sf_polling_seconds: 300,
  upsert_field: 'Web_ID__c',
  fields: { Id: {}, SystemModstamp: {}, Web_ID__c: {} },
  indexes: { Web_ID__c: { unique: true } },
};
const FILES: ExportDocument = { mappings: [{ object_name: 'Account', config: CONFIG }], version: 1 };
const live = (config: unknown): ExportDocument => ({ mappings: [{ object_name: 'Account', config } as ExportDocument['mappings'][number]], version: 1 });

describe('the proof against a live export that lacks or mistypes what the files say', () => {
  it('matches an export that says what the files say, whatever the key order and the volatile keys', () => {
    expect(liveMismatches(live({ ...CONFIG, applied_at: '2026-01-01T00:00:00Z', revision: 4 }), FILES)).toEqual([]);
  });

  it.each([
    ['a number as text', { ...CONFIG, sf_polling_seconds: '300' }, ['Account: sf_polling_seconds is "300" (text) live, 300 in the files']],
    ['a missing setting', { ...CONFIG, access: undefined }, ['Account: access is missing live, read_write in the files']],
    ['an upsert field of another type', { ...CONFIG, upsert_field: 7 }, ['Account: upsert_field is 7 (a number) live, Web_ID__c in the files']],
    ['a list for the configuration', ['access'], ['Account: config is a list live, a mapping configuration in the files']],
    ['no configuration', undefined, ['Account: config is missing live, a mapping configuration in the files']],
    ['a null configuration', null, ['Account: config is null live, a mapping configuration in the files']],
    ['no fields', { ...CONFIG, fields: undefined }, ['Account: fields is missing live, 3 field(s) in the files']],
    ['text for the fields', { ...CONFIG, fields: 'Id' }, ['Account: fields is "Id" (text) live, 3 field(s) in the files']],
    ["an index's uniqueness as text", { ...CONFIG, indexes: { Web_ID__c: { unique: 'true' } } }, ['Account: indexes.Web_ID__c.unique is "true" (text) live, unique true in the files']],
    ['an index that is no object', { ...CONFIG, indexes: { Web_ID__c: true } }, ['Account: indexes.Web_ID__c is true (true or false) live, unique true in the files']],
    ['no indexes, which exports leave out when there are none', { ...CONFIG, indexes: undefined }, ['Account: the index on Web_ID__c is not live']],
  ])('fails on %s, named', (_name, config, mismatches) => {
    expect(liveMismatches(live(config), FILES)).toEqual(mismatches);
  });

  it('cuts long live text in the message', () => {
    const [mismatch] = liveMismatches(live({ ...CONFIG, access: 'x'.repeat(10_000) }), FILES);
    expect(mismatch).toBe(`Account: access is "${'x'.repeat(40)}…" (text) live, read_write in the files`);
  });

  it('still leaves a malformed value in a file to the lint: only a live base is held to the head', () => {
    expect(planChanges(live({ ...CONFIG, sf_polling_seconds: '300' }), FILES).changes).toEqual([]);
    expect(planChanges(FILES, live({ ...CONFIG, sf_polling_seconds: '300' }), { liveBase: true }).changes).toEqual([]);
  });

  it('says what importing the files does about it, for review', () => {
    const [change] = planChanges(live({ ...CONFIG, sf_polling_seconds: '300' }), FILES, { liveBase: true }).changes;
    expect(change).toMatchObject({ kind: 'value-unreadable', object: 'Account', detail: 'sf_polling_seconds: "300" (text) → 300', care: true });
    expect(change!.consequence).toBe('Import sets sf_polling_seconds of the Account mapping to what the file says (300); it is "300" (text) now, which is no value Heroku Connect documents.');
  });
});
