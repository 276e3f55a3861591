import { defaultLintOptions, lintText } from '../../src/lint/engine.js';
import { resolveLevels } from '../../src/lint/levels.js';

const options = defaultLintOptions();

describe('lintText', () => {
  it('places a schema finding on the unknown key with a suggestion', () => {
    const text = '{\n  "mappings": [\n    {\n      "object_name": "Account",\n      "config": {\n        "acess": "read_only",\n        "access": "read_only",\n        "fields": { "Id": {} }\n      }\n    }\n  ]\n}\n';
    const findings = lintText('m.json', text, 'json', options);
    const schema = findings.filter((f) => f.ruleId === 'schema');
    expect(schema).toHaveLength(1);
    expect(schema[0]).toMatchObject({ line: 6, column: 9, level: 'error' });
    expect(schema[0]!.message).toContain('Did you mean "access"?');
  });

  it('reports a duplicate key at the repeated key, in minified JSON too', () => {
    const text = '{"mappings":[{"object_name":"Account","config":{"access":"read_only","fields":{"Id":{},"Id":{},"SystemModstamp":{}}}}]}';
    const findings = lintText('m.json', text, 'json', options);
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['duplicate-key', 1, 88]]);
  });

  it('does not mistake a string value followed by a colon-free context for a key', () => {
    const text = '{"mappings":[{"object_name":"A:\\"b\\":c","config":{"access":"read_only","fields":{"Id":{}}}}]}';
    expect(lintText('m.json', text, 'json', options).filter((f) => f.ruleId === 'duplicate-key')).toEqual([]);
  });

  it('places a JSON syntax error at its line and column', () => {
    const findings = lintText('m.json', '{\n  "mappings": [\n    {"object_name": "A",}\n  ]\n}', 'json', options);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'invalid-json', line: 3, column: 25 })]);
    expect(findings[0]!.message).toContain('remove the comma before it');
  });

  it('lints YAML with positions, and reports YAML duplicate keys', () => {
    const text = 'mappings:\n  - object_name: Account\n    config:\n      access: read_write\n      access: read_only\n      fields:\n        Id: {}\n        SystemModstamp: {}\n';
    const findings = lintText('m.yml', text, 'yaml', options);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['duplicate-key', 5]]);
  });

  it('turns a rule off', () => {
    const text = '{"mappings":[{"object_name":"Account","config":{"access":"read_only","fields":{"Name":{}}}}]}';
    expect(lintText('m.json', text, 'json', options).map((f) => f.ruleId)).toContain('missing-id-field');
    const off = { ...options, levels: resolveLevels([['missing-id-field', 'off']]) };
    expect(lintText('m.json', text, 'json', off).map((f) => f.ruleId)).not.toContain('missing-id-field');
  });
});
