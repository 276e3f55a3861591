import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeBack } from '../../src/plan/write-back.js';
import { makeWorkspace, REPO_ROOT } from '../../test-support/harness.js';

const fixture = (name: string) => readFileSync(path.join(REPO_ROOT, 'fixtures/ops', name), 'utf8');

/** Live: polls every 5 min, maps Phone too, no longer maps Name, and has a Contact mapping. */
const LIVE = {
  mappings: [
    {
      object_name: 'Account',
      config: { access: 'read_only', sf_notify_enabled: false, sf_polling_seconds: 300, fields: { Id: {}, SystemModstamp: {}, Phone: {} }, indexes: { Id: { unique: true } }, applied_at: '2026-01-01T00:00:00Z' },
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
      fixture('drifted.yaml')
        .replace('sf_polling_seconds: 600 # ten minutes', 'sf_polling_seconds: 300 # ten minutes')
        .replace('        Name: {} # shown on invoices\n', '        Phone: {}\n'),
    );
  });

  it('leaves a file alone when the drifted value is a YAML alias', async () => {
    const shared = 'common: &common\n  Id: {}\nmappings:\n  - object_name: Account\n    config:\n      fields: *common\n';
    const workspace = makeWorkspace({ 'shared.yaml': shared });
    const results = await writeBack([{ file: 'shared.yaml', absolutePath: path.join(workspace, 'shared.yaml'), confinedTo: workspace }], { mappings: [{ object_name: 'Account', config: { fields: { Id: {}, Name: {} } } }] });
    expect(results).toEqual([{ file: 'shared.yaml', edits: 0, refused: 'mappings.0.config.fields is shared through a YAML anchor; change it by hand' }]);
    expect(readFileSync(path.join(workspace, 'shared.yaml'), 'utf8')).toBe(shared);
  });

  it('appends a live-only mapping and removes one that is no longer live', async () => {
    const live = { mappings: [{ object_name: 'Contact', config: { access: 'read_only', fields: { Id: {} } } }] };
    const { results, text } = await rewrite('drifted.json', live);
    expect(results).toEqual([{ file: 'drifted.json', edits: 2 }]);
    expect(JSON.parse(text)).toEqual({ mappings: live.mappings, version: 1 });
    expect(text).toContain('"mappings": [\n        {\n            "object_name": "Contact",\n            "config": {\n                "access": "read_only",');
  });
});
