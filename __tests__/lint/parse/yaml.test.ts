import { MAX_DEPTH } from '../../../src/lint/parse/parsed.js';
import { MAX_YAML_BYTES, parseYaml } from '../../../src/lint/parse/yaml.js';

const kinds = (text: string) => parseYaml(text).problems.map((problem) => [problem.kind, problem.range.start.line]);

describe('parseYaml duplicate keys, by the key JSON gets', () => {
  it.each([
    ['the same key twice', 'a: 1\nb: 2\na: 3\n', 3],
    ['true and "true"', 'true: 1\n"true": 2\n', 2],
    ['1 and "1"', '1: a\n"1": b\n', 2],
    ['1.0 and 1', '1.0: a\n1: b\n', 2],
    ['a key through an alias', 'x: &k name\nm:\n  name: 1\n  *k : 2\n', 4],
  ])('%s', (_label, text, line) => {
    expect(kinds(text)).toEqual([['duplicate-key', line]]);
  });

  it('names the key visibly, with the line of the first one', () => {
    const [problem] = parseYaml('m:\n  "a\\e[31m": 1\n  "a\\e[31m": 2\n').problems;
    expect(problem?.message).toContain('The key "a\\x1b[31m" appears twice in the same mapping (first on line 2)');
  });

  it('keeps distinct keys apart', () => {
    expect(kinds('a: 1\nA: 2\n"1.50": 3\n1.5: 4\nnull: 5\n"": 6\n')).toEqual([['duplicate-key', 6]]);
  });
});

describe('parseYaml limits', () => {
  it('refuses deep flow nesting with one finding, before the parser recurses', () => {
    for (const depth of [MAX_DEPTH + 1, 800, 100_000]) {
      expect(kinds(`a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`)).toEqual([['too-deep', 1]]);
    }
  });

  it('refuses deep block nesting, and compact nesting on one line', () => {
    const block = Array.from({ length: 800 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
    expect(kinds(block)).toEqual([['too-deep', MAX_DEPTH + 1]]);
    expect(kinds(`${'- '.repeat(800)}x\n`)).toEqual([['too-deep', 1]]);
  });

  it('refuses a value nested deeper than the limit through aliases', () => {
    const half = Math.ceil(MAX_DEPTH / 2) + 1;
    const text = `a: &a ${'['.repeat(half)}${']'.repeat(half)}\nb: ${'['.repeat(half)}*a${']'.repeat(half)}\n`;
    expect(kinds(text)).toEqual([['too-deep', 1]]);
  });

  it('accepts a real mapping file, brackets in quoted values and comments included', () => {
    const text = [
      'mappings:',
      '  - object_name: Account   # [[[[ not nesting',
      '    config:',
      '      access: read_only',
      "      note: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['",
      '      fields: { Id: {}, SystemModstamp: {}, Name: {} }',
      '      indexes:',
      '        Id: { unique: true }',
    ].join('\n');
    const parsed = parseYaml(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toMatchObject({ mappings: [{ object_name: 'Account' }] });
  });

  it(`refuses a YAML file over ${MAX_YAML_BYTES / 1024 / 1024} MiB before parsing it`, () => {
    const text = `a: [${'1,'.repeat(MAX_YAML_BYTES / 2)}1]\n`;
    expect(parseYaml(text).problems).toEqual([expect.objectContaining({ kind: 'too-large', message: expect.stringContaining('1.0 MiB limit for YAML') })]);
  });
});

describe('parseYaml syntax errors', () => {
  it('explains errors in its own words, never quoting the file', () => {
    const secret = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB';
    for (const text of [`a: "\\q${secret}"\n`, `a: *${secret}\n`, `a: b: ${secret}\n`, `a:\n\t- ${secret}\n`, `[${secret}\n`]) {
      const messages = parseYaml(text).problems.map((problem) => problem.message);
      expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^The (file is not valid YAML|YAML cannot be converted to JSON): /)]));
      for (const message of messages) expect(message).not.toContain(secret.slice(4, 20));
    }
  });
});

describe('parseYaml locate', () => {
  it('places a batch of paths, the last of duplicate keys winning', () => {
    const parsed = parseYaml('m:\n  - a: 1\n    a: 2\n    b:\n');
    expect(parsed.locate([{ path: ['m', 0, 'a'] }, { path: ['m', 0, 'b'] }, { path: ['m', 0, 'a'], at: 'key' }, { path: ['m', 3] }])).toEqual([
      { start: { line: 3, column: 8 }, end: { line: 3, column: 9 } },
      { start: { line: 4, column: 5 }, end: { line: 4, column: 6 } },
      { start: { line: 3, column: 5 }, end: { line: 3, column: 6 } },
      { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    ]);
  });
});

describe('parseYaml merge keys', () => {
  const shared = [
    'mappings:', //                                   1
    '  - object_name: Account', //                    2
    '    config: &defaults', //                       3
    '      access: read_only', //                     4
    '      sf_polling_seconds: 600', //               5
    '  - object_name: Contact', //                    6
    '    config:', //                                 7
    '      <<: *defaults', //                         8
    '      sf_polling_seconds: 120', //               9
  ];

  it('resolves <<: *anchor, an explicit key overriding the merged one, with no duplicate-key problem', () => {
    const parsed = parseYaml(shared.join('\n'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({
      mappings: [
        { object_name: 'Account', config: { access: 'read_only', sf_polling_seconds: 600 } },
        { object_name: 'Contact', config: { access: 'read_only', sf_polling_seconds: 120 } },
      ],
    });
  });

  it('resolves <<: [*a, *b], the first source winning, and several << keys in one mapping', () => {
    const text = ['a: &a { x: 1, y: 1 }', 'b: &b { y: 2, z: 2 }', 'list:', '  <<: [*a, *b]', 'twice:', '  <<: *a', '  <<: *b', '  x: 3'].join('\n');
    const parsed = parseYaml(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toMatchObject({ list: { x: 1, y: 1, z: 2 }, twice: { x: 3, y: 1, z: 2 } });
  });

  it('still reports a key written twice next to a merge key', () => {
    expect(kinds('a: &a { x: 1 }\nb:\n  <<: *a\n  y: 1\n  y: 2\n')).toEqual([['duplicate-key', 5]]);
  });

  it('places a merged value where it is written, and names the mapping that receives it', () => {
    const [merged, own, access] = parseYaml(shared.join('\n')).locate([
      { path: ['mappings', 1, 'config', 'access'] },
      { path: ['mappings', 1, 'config', 'sf_polling_seconds'] },
      { path: ['mappings', 0, 'config', 'access'] },
    ]);
    expect(merged).toEqual({ start: { line: 4, column: 15 }, end: { line: 4, column: 24 }, note: '(merged into mappings[1].config Contact from the anchor on line 3)' });
    expect(own).toEqual({ start: { line: 9, column: 27 }, end: { line: 9, column: 30 } });
    expect(access).toEqual({ start: { line: 4, column: 15 }, end: { line: 4, column: 24 } });
  });

  it('names the outermost mapping through nested merges, and the << line for an inline source', () => {
    const text = [
      'base: &base { access: read_only }',
      'defaults: &defaults',
      '  config:',
      '    <<: *base',
      'mappings:',
      '  - <<: *defaults',
      '    object_name: Lead',
      '  - <<: { config: { access: read_write } }',
      '    object_name: Task',
    ].join('\n');
    const [nested, inline] = parseYaml(text).locate([{ path: ['mappings', 0, 'config', 'access'] }, { path: ['mappings', 1, 'config', 'access'] }]);
    expect(nested).toMatchObject({ start: { line: 1, column: 23 }, note: '(merged into mappings[0] Lead from the anchor on line 2)' });
    expect(inline).toMatchObject({ start: { line: 8, column: 29 }, note: '(merged into mappings[1] Task from the merge key on line 8)' });
  });

  it('explains a merge key that names no mapping, in its own words', () => {
    expect(parseYaml('a: &a [1]\nb:\n  <<: *a\n').problems).toEqual([expect.objectContaining({ kind: 'syntax', message: expect.stringContaining('a merge key (<<) must refer to a mapping') })]);
  });
});
