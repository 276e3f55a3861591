import { DescribeIndex } from '../../src/lint/describe/types.js';
import { defaultLintOptions, lintText, MAX_FINDINGS_PER_FILE } from '../../src/lint/engine.js';
import { resolveLevels } from '../../src/lint/levels.js';

const options = defaultLintOptions();

describe('lintText', () => {
  it('places a schema finding on the unknown key with a suggestion', async () => {
    const text =
      '{\n  "mappings": [\n    {\n      "object_name": "Account",\n      "config": {\n        "acess": "read_only",\n        "access": "read_only",\n        "fields": { "Id": {} }\n      }\n    }\n  ]\n}\n';
    const findings = await lintText('m.json', text, 'json', options);
    const schema = findings.filter((f) => f.ruleId === 'schema');
    expect(schema).toHaveLength(1);
    expect(schema[0]).toMatchObject({ line: 6, column: 9, level: 'error' });
    expect(schema[0]!.message).toContain('Did you mean "access"?');
  });

  it('reports a duplicate key at the repeated key, in minified JSON too', async () => {
    const text = '{"mappings":[{"object_name":"Account","config":{"access":"read_only","fields":{"Id":{},"Id":{},"SystemModstamp":{}}}}]}';
    const findings = await lintText('m.json', text, 'json', options);
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['duplicate-key', 1, 88]]);
  });

  it('does not mistake a string value followed by a colon-free context for a key', async () => {
    const text = '{"mappings":[{"object_name":"A:\\"b\\":c","config":{"access":"read_only","fields":{"Id":{}}}}]}';
    expect((await lintText('m.json', text, 'json', options)).filter((f) => f.ruleId === 'duplicate-key')).toEqual([]);
  });

  it('places a JSON syntax error at its line and column', async () => {
    const findings = await lintText('m.json', '{\n  "mappings": [\n    {"object_name": "A",}\n  ]\n}', 'json', options);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'invalid-json', line: 3, column: 25 })]);
    expect(findings[0]!.message).toContain('remove the comma before it');
  });

  it('lints YAML with positions, and reports YAML duplicate keys', async () => {
    const text = 'mappings:\n  - object_name: Account\n    config:\n      access: read_write\n      access: read_only\n      fields:\n        Id: {}\n        SystemModstamp: {}\n';
    const findings = await lintText('m.yml', text, 'yaml', options);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['duplicate-key', 5]]);
  });

  it('turns a rule off', async () => {
    const text = '{"mappings":[{"object_name":"Account","config":{"access":"read_only","fields":{"Name":{}}}}]}';
    expect((await lintText('m.json', text, 'json', options)).map((f) => f.ruleId)).toContain('missing-id-field');
    const off = { ...options, levels: resolveLevels([['missing-id-field', 'off']]) };
    expect((await lintText('m.json', text, 'json', off)).map((f) => f.ruleId)).not.toContain('missing-id-field');
  });

  it('lists the keys of the object an unknown key is in', async () => {
    const text = JSON.stringify({ mappings: [{ object_name: 'Account', connections: {}, config: { access: 'read_only', fields: { Id: {}, SystemModstamp: {} } } }] });
    const [finding] = (await lintText('m.json', text, 'json', options)).filter((f) => f.ruleId === 'schema');
    expect(finding!.message).toBe('Unknown key "connections" in mapping #1: Heroku Connect does not know it. Known keys: object_name, config.');
  });

  it('keeps the 1,000 most severe findings of a file and says how many were left out', async () => {
    // Each unmapped index is a notice here; the one unknown key is an error and must survive the cut.
    const indexes = Object.fromEntries(Array.from({ length: 1_500 }, (_, i) => [`F${i}__c`, { unique: false }]));
    const text = JSON.stringify({ mappings: [{ object_name: 'Account', config: { access: 'read_only', fields: { Id: {}, SystemModstamp: {} }, indexes, acess: 1 } }] }, null, 1);
    const findings = await lintText('m.json', text, 'json', { ...options, levels: resolveLevels([['index-unmapped-field', 'notice']]) });
    expect(findings).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    expect(findings[0]).toMatchObject({ ruleId: 'too-many-findings', level: 'warning', line: 1, column: 1 });
    expect(findings[0]!.message).toContain('501 more findings than the 1,000 shown (notice)');
    expect(findings.filter((f) => f.ruleId === 'schema')).toHaveLength(1);
    const lines = findings.slice(1).map((f) => f.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('counts the schema breaks beyond those a file can show in its too-many-findings line', async () => {
    // Each mapping breaks the schema twice: an access that is no choice, and a field that is no object.
    const mappings = Array.from({ length: 600 }, (_, i) => ({ object_name: `Object${i}__c`, config: { access: 'x', fields: { Id: 1, SystemModstamp: {} } } }));
    const levels = resolveLevels([
      ['too-many-mappings', 'off'],
      ['missing-isdeleted-field', 'off'],
    ]);
    const findings = await lintText('m.json', JSON.stringify({ mappings }), 'json', { ...options, levels });
    expect(findings).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    expect(findings[0]!.message).toContain('200 more findings than the 1,000 shown (error)');
    expect(findings.slice(1).every((f) => f.ruleId === 'schema')).toBe(true);
  });

  it('reports a file nested 100,000 levels deep as one finding', async () => {
    const text = `{"mappings": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(await lintText('m.json', text, 'json', options)).toEqual([expect.objectContaining({ ruleId: 'invalid-json', line: 1, column: 14 + 64 - 1 })]);
  });

  it('gives an invalid name one finding: no other rule reasons about it', async () => {
    const describe = new DescribeIndex();
    describe.add({
      name: 'Account',
      fields: [
        { name: 'Id', type: 'id' },
        { name: 'SystemModstamp', type: 'datetime' },
      ],
    });
    const text = JSON.stringify({
      mappings: [
        { object_name: 'Account', config: { access: 'read_only', fields: { Id: {}, SystemModstamp: {}, 'Name\n::error::x': {} } } },
        { object_name: 'Contact\u202e', config: { access: 'read_write', fields: { Name: {} } } },
      ],
    });
    const findings = await lintText('m.json', text, 'json', { ...options, describe });
    expect(findings.map((f) => f.ruleId)).toEqual(['invalid-api-name', 'invalid-api-name']);
  });
});
