import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { writeBack } from '../../../src/plan/write-back.js';
import { makeWorkspace, REPO_ROOT } from '../../../test-support/harness.js';
import { slowTests } from '../../../test-support/slow.js';

const fixture = (name: string) => readFileSync(path.join(REPO_ROOT, 'fixtures/ops', name), 'utf8');

/** Live: polls every 5 min, maps Phone too, no longer maps Name, and has a Contact mapping. */
const LIVE = {
  mappings: [
    {
      object_name: 'Account',
      config: {
        access: 'read_only',
        sf_notify_enabled: false,
        sf_polling_seconds: 300,
        fields: { Id: {}, SystemModstamp: {}, Phone: {} },
        indexes: { Id: { unique: true } },
        applied_at: '2026-01-01T00:00:00Z',
      },
    },
  ],
};

async function rewrite(name: string, live: unknown = LIVE) {
  const workspace = makeWorkspace({ [name]: fixture(name) });
  const results = await writeBack([{ file: name, absolutePath: path.join(workspace, name), confinedTo: workspace }], live);
  return { results, text: readFileSync(path.join(workspace, name), 'utf8') };
}

describe('write-back', () => {
  it('changes only the drifted values of a JSON file, keeping its indentation and key order', async () => {
    const { results, text } = await rewrite('drifted.json');
    expect(results).toEqual([{ file: 'drifted.json', edits: 3 }]);
    const expected = fixture('drifted.json')
      .replace('"sf_polling_seconds": 600', '"sf_polling_seconds": 300')
      .replace('"SystemModstamp": {},\n                    "Name": {}', '"SystemModstamp": {},\n                    "Phone": {}');
    expect(text).toBe(expected);
  });

  it('keeps the comments, anchors and layout of a YAML file', async () => {
    const { results, text } = await rewrite('drifted.yaml');
    expect(results).toEqual([{ file: 'drifted.yaml', edits: 3 }]);
    expect(text).toBe(
      fixture('drifted.yaml').replace('sf_polling_seconds: 600 # ten minutes', 'sf_polling_seconds: 300 # ten minutes').replace('        Name: {} # shown on invoices\n', '        Phone: {}\n'),
    );
  });

  it('leaves a file alone when the drifted value is a YAML alias', async () => {
    const shared = 'common: &common\n  Id: {}\nmappings:\n  - object_name: Account\n    config:\n      fields: *common\n';
    const workspace = makeWorkspace({ 'shared.yaml': shared });
    const results = await writeBack([{ file: 'shared.yaml', absolutePath: path.join(workspace, 'shared.yaml'), confinedTo: workspace }], {
      mappings: [{ object_name: 'Account', config: { fields: { Id: {}, Name: {} } } }],
    });
    expect(results).toEqual([{ file: 'shared.yaml', edits: 0, refused: 'mappings.0.config.fields is shared through a YAML anchor; change it by hand' }]);
    expect(readFileSync(path.join(workspace, 'shared.yaml'), 'utf8')).toBe(shared);
  });

  it.each(['json', 'yaml'])('removes a mapping no longer live before one whose fields drifted (%s)', async (format) => {
    // The deletion once went first and moved the drifted mapping's index from under its edit.
    const mappings = [
      { object_name: 'Account', config: { access: 'read_only', fields: { Id: {} } } },
      { object_name: 'Contact', config: { access: 'read_only', fields: { Id: {}, Name: {} } } },
    ];
    const contact = { object_name: 'Contact', config: { access: 'read_only', fields: { Id: {} } } };
    const name = `m.${format}`;
    const workspace = makeWorkspace({ [name]: format === 'json' ? JSON.stringify({ mappings }, null, 2) : stringify({ mappings }) });
    const results = await writeBack([{ file: name, absolutePath: path.join(workspace, name), confinedTo: workspace }], { mappings: [contact] });
    expect(results).toEqual([{ file: name, edits: 2 }]);
    const text = readFileSync(path.join(workspace, name), 'utf8');
    expect(format === 'json' ? JSON.parse(text) : parse(text)).toEqual({ mappings: [contact] });
  });

  it.each(['json', 'yaml'])('appends several live-only mappings, in order (%s)', async (format) => {
    // Two new items at one offset of the JSON text once went in backwards, and the file was refused.
    const mapping = (objectName: string) => ({ object_name: objectName, config: { access: 'read_only', fields: { Id: {} } } });
    const name = `m.${format}`;
    const document = { mappings: [mapping('Account')] };
    const workspace = makeWorkspace({ [name]: format === 'json' ? JSON.stringify(document, null, 2) : stringify(document) });
    const live = { mappings: [mapping('Account'), mapping('Bravo__c'), mapping('Charlie__c')] };
    const results = await writeBack([{ file: name, absolutePath: path.join(workspace, name), confinedTo: workspace }], live);
    expect(results).toEqual([{ file: name, edits: 2 }]);
    const text = readFileSync(path.join(workspace, name), 'utf8');
    expect(format === 'json' ? JSON.parse(text) : parse(text)).toEqual(live);
  });

  it('writes anew a JSON object whose every key goes and that gets new ones', async () => {
    const document = { mappings: [{ object_name: 'Account', config: { fields: { Id: {}, Name: {} } } }] };
    const workspace = makeWorkspace({ 'm.json': JSON.stringify(document, null, 2) });
    const live = { mappings: [{ object_name: 'Account', config: { fields: { Phone: {}, Fax: {} } } }] };
    const results = await writeBack([{ file: 'm.json', absolutePath: path.join(workspace, 'm.json'), confinedTo: workspace }], live);
    expect(results).toEqual([{ file: 'm.json', edits: 4 }]);
    expect(readFileSync(path.join(workspace, 'm.json'), 'utf8')).toBe(JSON.stringify({ mappings: [{ object_name: 'Account', config: { fields: { Fax: {}, Phone: {} } } }] }, null, 2));
  });

  it('refuses, rather than breaks on, a file that can no longer be read as a mapping file', async () => {
    const workspace = makeWorkspace({ 'gone.yaml': 'mappings: [unclosed\n' });
    const results = await writeBack([{ file: 'gone.yaml', absolutePath: path.join(workspace, 'gone.yaml'), confinedTo: workspace }], {
      mappings: [{ object_name: 'Contact', config: { access: 'read_only', fields: { Id: {} } } }],
    });
    expect(results).toEqual([{ file: 'gone.yaml', edits: 0, refused: 'it can no longer be read as a mapping file' }]);
    expect(readFileSync(path.join(workspace, 'gone.yaml'), 'utf8')).toBe('mappings: [unclosed\n');
  });

  it('appends a live-only mapping and removes one that is no longer live', async () => {
    const live = { mappings: [{ object_name: 'Contact', config: { access: 'read_only', fields: { Id: {} } } }] };
    const { results, text } = await rewrite('drifted.json', live);
    expect(results).toEqual([{ file: 'drifted.json', edits: 2 }]);
    expect(JSON.parse(text)).toEqual({ mappings: live.mappings, version: 1 });
    expect(text).toContain('"mappings": [\n        {\n            "object_name": "Contact",\n            "config": {\n                "access": "read_only",');
  });
});

describe('write-back of a large drift', () => {
  const mapping = (objectName: string, fields: Record<string, object>) => ({ object_name: objectName, config: { access: 'read_only', fields } });
  const writeBackOf = async (name: string, text: string, live: unknown) => {
    const workspace = makeWorkspace({ [name]: text });
    const started = performance.now();
    const results = await writeBack([{ file: name, absolutePath: path.join(workspace, name), confinedTo: workspace }], live);
    return { results, ms: performance.now() - started, text: readFileSync(path.join(workspace, name), 'utf8') };
  };

  slowTests('at scale', () => {
    it('edits a one-line JSON file of thousands of drifted mappings in time that follows the file', async () => {
      // 3,000 mappings each with a field gone and one new, on one line: once the whole text rebuilt
      // per edit and the line searched back per edit for its indentation (about 3 s).
      const mappings = Array.from({ length: 3_000 }, (_, i) => mapping(`O${i}__c`, { Id: {}, Name: {} }));
      const live = { mappings: mappings.map((m) => mapping(m.object_name, { Id: {}, Phone: {} })) };
      const { results, ms, text } = await writeBackOf('m.json', JSON.stringify({ mappings }), live);
      expect(ms).toBeLessThan(2_000);
      expect(results).toEqual([{ file: 'm.json', edits: 6_000 }]);
      expect(text).toBe(JSON.stringify({ mappings: live.mappings }));
    });
  });

  it('rewrites every key of one YAML map: the removed keys gone, the new ones added', async () => {
    // The editor indexes each map's keys once (the yaml library scans a map per lookup: 4,000 fields took
    // about 4 s, now about 1.5 s, most of it the library's three parses); here it must edit exactly as the library would.
    const fields = (prefix: string) => Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`${prefix}${i}__c`, {}]));
    const live = { mappings: [mapping('Account', fields('G'))] };
    const { results, text } = await writeBackOf('m.yaml', stringify({ mappings: [mapping('Account', fields('F'))] }), live);
    expect(results).toEqual([{ file: 'm.yaml', edits: 600 }]);
    expect(parse(text)).toEqual(live);
  });
});
