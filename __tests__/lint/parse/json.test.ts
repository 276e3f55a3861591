import { parseJson } from '../../../src/lint/parse/json.js';
import { MAX_DEPTH } from '../../../src/lint/parse/parsed.js';
import { slowTests } from '../../../test-support/slow.js';

function problemsOf(text: string) {
  return parseJson(text).problems.map(({ kind, message, range }) => ({ kind, message, line: range.start.line, column: range.start.column }));
}

describe('parseJson syntax errors', () => {
  it.each([
    ['a trailing comma in an object', '{"a": 1,\n}', 2, 1, 'remove the comma before it'],
    ['a trailing comma in an array', '[1, 2,]', 1, 7, 'remove the comma before it'],
    ['a missing comma', '{"a": 1\n "b": 2}', 2, 2, 'A comma is probably missing before it'],
    ['a missing colon', '{"a" 1}', 1, 6, 'A colon is probably missing'],
    ['an unclosed object', '{"a": [1, 2]', 1, 13, 'a closing "}" is missing'],
    ['a bare word', '{"a": yes}', 1, 7, 'a bare word'],
    ['a single-quoted string', "{'a': 1}", 1, 2, 'JSON strings use double quotes'],
    ['a comment', '{"a": 1 // note\n}', 1, 9, 'JSON has no comments'],
    ['a raw line break in a string', '{"a": "x\ny"}', 1, 9, 'raw control character (U+000A)'],
    ['an invalid escape', '{"a": "\\q"}', 1, 8, 'invalid escape'],
    ['a leading zero', '{"a": 012}', 1, 7, 'no leading zeros'],
    ['text after the document', '{}\n{}', 2, 1, 'after the end of the JSON document'],
    ['a mismatched bracket', '{"a": [1}', 1, 9, 'array needs "]"'],
  ])('%s: placed, and named by its kind', (_label, text, line, column, wording) => {
    expect(problemsOf(text)).toEqual([{ kind: 'syntax', message: expect.stringContaining(wording), line, column }]);
  });

  it('never quotes the text of a file that is not JSON', () => {
    const secret = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB';
    for (const text of [`[http]\n\textraheader = AUTHORIZATION: basic ${secret}\n`, `token=${secret}`, `{"a": ${secret}}`, `{"a": "${secret}\n"}`]) {
      const [problem] = parseJson(text).problems;
      expect(problem?.kind).toBe('syntax');
      expect(problem?.message).not.toContain(secret.slice(4, 20));
      expect(problem?.message).not.toMatch(/extraheader|token/);
    }
  });

  it('agrees with JSON.parse on what is valid', () => {
    const valid = ['0', '-0.5e+3', '"\\u00e9\\n"', '[]', '{}', '[true, false, null]', '{"a": {"b": [1, {"c": "d"}]}}', ' \n\t{"x":1}\r\n'];
    for (const text of valid) expect(parseJson(text).problems).toEqual([]);
    const invalid = ['', '01', '1.', '.5', '+1', '-', '"\t"', '[1,]', '{"a":1,}', 'nul', 'truex', '"\\u12"', '[', '{"a"}', '1 2'];
    for (const text of invalid) {
      expect(() => JSON.parse(text)).toThrow();
      expect(parseJson(text).problems.map((problem) => problem.kind)).toEqual(['syntax']);
    }
  });
});

describe('parseJson depth', () => {
  it('refuses 100,000 levels of nesting with one finding, without overflowing the stack', () => {
    const depth = 100_000;
    for (const text of ['['.repeat(depth) + ']'.repeat(depth), '{"a":'.repeat(depth) + '1' + '}'.repeat(depth), '['.repeat(depth)]) {
      const { value, problems } = parseJson(text);
      expect(value).toBeUndefined();
      expect(problems).toEqual([expect.objectContaining({ kind: 'too-deep', range: { start: { line: 1, column: expect.any(Number) } } })]);
    }
  });

  it(`accepts ${MAX_DEPTH} levels and refuses one more`, () => {
    const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
    expect(parseJson(nested(MAX_DEPTH)).problems).toEqual([]);
    expect(parseJson(nested(MAX_DEPTH + 1)).problems.map((problem) => [problem.kind, problem.range.start.column])).toEqual([['too-deep', MAX_DEPTH + 1]]);
  });
});

describe('parseJson duplicate keys', () => {
  it('names the key, its object and the line of the first one', () => {
    const text = '{\n  "mappings": [\n    { "object_name": "A", "config": {\n      "fields": { "Id": {}, "Na\\u006de": {},\n        "Name": {} } } }\n  ]\n}';
    expect(parseJson(text).problems).toEqual([
      {
        kind: 'duplicate-key',
        message: expect.stringContaining('The key "Name" appears again in /mappings/0/config/fields (first on line 4)'),
        range: { start: { line: 5, column: 9 }, end: { line: 5, column: 15 } },
      },
    ]);
  });

  it('lists at most 1,000 and counts the rest', () => {
    const text = `{${Array.from({ length: 5_001 }, () => '"k":1').join(',')}}`;
    const parsed = parseJson(text);
    expect(parsed.problems).toHaveLength(1_000);
    expect(parsed.omittedProblems).toBe(4_000);
  });

  it('tells a colon after a quote inside a string from a key, whatever the spacing', () => {
    // Strings that put a quote before a colon add to the text's count of key-like colons without being keys.
    const strings = '{"a": ":x", "b": "say \\":\\" twice \\" :", "c" :\n 1, "d"\t: {"e":"f"}}';
    expect(parseJson(strings).problems).toEqual([]);
    // Each of those strings can hide one duplicate from a count alone: the scanner still finds it.
    const hiding = '{"a": ":x", "b": 1, "b" : 2}';
    expect(parseJson(hiding).problems).toEqual([expect.objectContaining({ kind: 'duplicate-key', message: expect.stringContaining('"b"') })]);
  });

  it('shows a hostile key visibly, never raw', () => {
    const [problem] = parseJson('{"a\\n::error::x\\u001b[31m": 1, "a\\n::error::x\\u001b[31m": 2}').problems;
    expect(problem?.message).toContain(`"a\\n::error::x\\x1b[31m"`);
    expect(problem?.message).not.toMatch(/[\n\u001b]/);
  });
});

describe('parseJson locate', () => {
  const text = '{\n  "a": {"b": [10, {"c": true}]},\n  "a": {"b": [20]},\n  "d": "x"\n}';
  const { locate } = parseJson(text);

  it('places a batch of keys and values, the last of duplicate keys winning, end exclusive', () => {
    expect(locate([{ path: ['d'], at: 'key' }, { path: ['d'] }, { path: ['a', 'b', 0] }, { path: ['a', 'b'], at: 'key' }, { path: [] }])).toEqual([
      { start: { line: 4, column: 3 }, end: { line: 4, column: 6 } },
      { start: { line: 4, column: 8 }, end: { line: 4, column: 11 } },
      { start: { line: 3, column: 15 }, end: { line: 3, column: 17 } },
      { start: { line: 3, column: 9 }, end: { line: 3, column: 12 } },
      { start: { line: 1, column: 1 }, end: { line: 5, column: 2 } },
    ]);
  });

  slowTests('at scale', () => {
    it('places requests under a key repeated many times in time that follows the text, not repeats × requests', () => {
      // 30,000 repeats of "mappings" before the list that 20,000 requests point into: once the whole
      // tree of requests cleared at each repeat (minutes), then its children checked at each (about 3 s).
      const mappings = Array.from({ length: 20_000 }, (_, i) => ({ object_name: `O${i}__c` }));
      const repeated = `{${'"mappings":0,'.repeat(30_000)}"mappings":${JSON.stringify(mappings)}}`;
      const parsed = parseJson(repeated);
      const started = performance.now();
      const ranges = parsed.locate(mappings.map((_, i) => ({ path: ['mappings', i, 'object_name'] })));
      expect(performance.now() - started).toBeLessThan(2_000);
      const last = repeated.lastIndexOf('"O19999__c"');
      expect(ranges[19_999]).toEqual({ start: { line: 1, column: last + 1 }, end: { line: 1, column: last + 1 + '"O19999__c"'.length } });
    });
  });

  it('falls back to the nearest existing key for a path that is not in the file', () => {
    expect(locate([{ path: ['a', 'b', 1, 'c'] }, { path: ['missing'] }, { path: ['d', 'x'], at: 'key' }])).toEqual([
      { start: { line: 3, column: 9 }, end: { line: 3, column: 12 } },
      { start: { line: 1, column: 1 }, end: { line: 5, column: 2 } },
      { start: { line: 4, column: 3 }, end: { line: 4, column: 6 } },
    ]);
  });

  it('skips containers with brackets and escaped quotes in their strings, whole', () => {
    const tricky = '{"m": [{"s": "]}\\"[{", "t": ["}"]}, {"u": "\\\\"}, {"v": 1}], "w": {"x": "{"}}';
    const { locate: locateTricky } = parseJson(tricky);
    expect(locateTricky([{ path: ['m', 2, 'v'] }, { path: ['w', 'x'], at: 'key' }])).toEqual([
      { start: { line: 1, column: 56 }, end: { line: 1, column: 57 } },
      { start: { line: 1, column: 67 }, end: { line: 1, column: 70 } },
    ]);
  });

  it('skips long flat runs, empty containers with space in them, and strings with many escapes, whole', () => {
    // More members than one step of the skip takes, escapes past its bound, and brackets hidden after them.
    const manyFields = Array.from({ length: 3_000 }, (_, i) => `"F${i}__c": { }`).join(',\n');
    const escapes = `"${'\\"'.repeat(100)}]}[{"`;
    const skipped = `{"fields": {${manyFields}}, "e": [ ], "s": ${escapes}, "n": [[], {"x": [ {} ]}]}`;
    const text = `{"m": [${skipped}, {"v": 1}]}`;
    expect(JSON.parse(text).m[1].v).toBe(1);
    const { locate } = parseJson(text);
    const offset = text.lastIndexOf('1}]}');
    const line = text.slice(0, offset).split('\n').length;
    const column = offset - text.lastIndexOf('\n', offset - 1);
    expect(locate([{ path: ['m', 1, 'v'] }])).toEqual([{ start: { line, column }, end: { line, column: column + 1 } }]);
  });

  it('counts columns in UTF-16 code units', () => {
    const { locate: locateEmoji } = parseJson('{"😀": 1, "k": 2}');
    expect(locateEmoji([{ path: ['k'], at: 'key' }])).toEqual([{ start: { line: 1, column: 11 }, end: { line: 1, column: 14 } }]);
  });

  // A search of the members per finding (the old way) takes about 14 s here.
  slowTests('at scale', () => {
    it('places 30,000 findings on one object in linear time', () => {
      const keys = Array.from({ length: 30_000 }, (_, i) => `"F${i}__c": {}`);
      const big = parseJson(`{"fields": {${keys.join(',\n')}}}`);
      const started = performance.now();
      const ranges = big.locate(keys.map((_, i) => ({ path: ['fields', `F${i}__c`], at: 'key' as const })));
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(ranges[29_999]).toEqual({ start: { line: 30_000, column: 1 }, end: { line: 30_000, column: 12 } });
    });
  });
});

describe('parseJson: objects of empty values, counted without walking them', () => {
  const exportWith = (fields: string) => `{"mappings": [{"object_name": "Account", "config": {"access": "read_only", "fields": ${fields}}}]}`;
  const fieldsOf = (value: unknown) => (value as { mappings: { config: { fields: object } }[] }).mappings[0]!.config.fields;

  it('proves a fields object of {} values from the counts, and reports no problem', () => {
    const parsed = parseJson(exportWith('{"Id": {}, "Name": {}, "SystemModstamp": {}}'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.emptyValued?.has(fieldsOf(parsed.value))).toBe(true);
  });

  it.each([
    ['a value with a key', '{"Id": {}, "Name": {"x": 1}}'],
    ['a value with a nested object', '{"Id": {}, "Name": {"x": {"y": {}}}}'],
    ['a scalar value', '{"Id": {}, "Name": 1}'],
    ['a list value', '{"Id": {}, "Name": [{}]}'],
  ])('proves nothing for %s', (_, fields) => {
    const parsed = parseJson(exportWith(fields));
    expect(parsed.problems).toEqual([]);
    expect(parsed.emptyValued?.has(fieldsOf(parsed.value)) ?? false).toBe(false);
  });

  it.each([
    ['a repeated field', '{"Id": {}, "Name": {}, "Id": {}}', 'Id'],
    ['a repeated key inside a value that looked empty', '{"Id": {}, "Name": {"x": 1, "x": 2}}', 'x'],
  ])('still finds %s, through the exact walk', (_, fields, key) => {
    const parsed = parseJson(exportWith(fields));
    expect(parsed.problems).toEqual([expect.objectContaining({ kind: 'duplicate-key', message: expect.stringContaining(`The key "${key}" appears again`) })]);
    expect(parsed.emptyValued).toBeUndefined();
  });

  it('still refuses nesting past the limit below a value that looked empty', () => {
    const deep = `${'{"a":'.repeat(MAX_DEPTH + 2)}1${'}'.repeat(MAX_DEPTH + 2)}`;
    const parsed = parseJson(exportWith(`{"Id": {}, "Name": ${deep}}`));
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems).toEqual([expect.objectContaining({ kind: 'too-deep' })]);
  });
});
