import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DescribeIndex, type DescribedObject } from '../../src/describe/types.js';
import { readTarget } from '../../src/lint/discover.js';
import { defaultLintOptions, lintFile, type LintOptions } from '../../src/lint/engine.js';
import type { RuleDocs } from '../../src/rules/rule.js';
import { RULES } from '../../src/rules/index.js';

/**
 * fixtures/rules/<rule-id>/ holds small mapping files and expected.json: for each file, the
 * [line, column] of every finding that rule must report there (an empty list: it must stay silent).
 * A describe/ subfolder holds sObject describe JSON used for every file of that folder.
 */
const FIXTURES = fileURLToPath(new URL('../../fixtures/rules/', import.meta.url));

type Expected = Record<string, [number, number][]>;

const folders = readdirSync(FIXTURES).filter((name) => statSync(join(FIXTURES, name)).isDirectory()).sort();

function readExpected(ruleId: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, ruleId, 'expected.json'), 'utf8')) as Expected;
}

/** Every entry of the folder but the describe data and expected.json (a dangling link included: unreadable-file needs one). */
function fixtureFiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => name !== 'describe' && name !== 'expected.json').sort();
}

function optionsFor(folder: string): LintOptions {
  const describe = new DescribeIndex();
  const describeFolder = join(folder, 'describe');
  if (existsSync(describeFolder)) {
    for (const file of readdirSync(describeFolder)) describe.add(JSON.parse(readFileSync(join(describeFolder, file), 'utf8')) as DescribedObject);
  }
  return { ...defaultLintOptions(), describe };
}

describe.each(folders)('rule %s', (ruleId) => {
  const folder = join(FIXTURES, ruleId);
  const expected = readExpected(ruleId);
  const options = optionsFor(folder);

  it('lists every fixture file in expected.json, and no other', async () => {
    expect(Object.keys(expected).sort()).toEqual(fixtureFiles(folder));
  });

  // Read from disk as discovery reads it: that is what lets unreadable-file fire.
  it.each(Object.entries(expected))('%s', async (file, positions) => {
    const { findings } = await lintFile(await readTarget({ file, absolutePath: join(folder, file), confinedTo: null }), options);
    expect(findings.filter((finding) => finding.ruleId === ruleId).map((finding) => [finding.line, finding.column])).toEqual(positions);
  });
});

describe('rule registry', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s has a firing and a silent fixture, and complete docs', async (id, rule) => {
    expect(folders).toContain(id);
    const outcomes = Object.values(readExpected(id));
    expect(outcomes.some((positions) => positions.length > 0)).toBe(true);
    expect(outcomes.some((positions) => positions.length === 0)).toBe(true);
    for (const key of ['summary', 'why', 'source', 'bad', 'good'] as const satisfies readonly (keyof RuleDocs)[]) {
      expect(rule.docs[key].trim()).not.toBe('');
    }
    expect(rule.docs.bad).not.toBe(rule.docs.good);
  });

  it('has no fixture folder for a rule that does not exist', async () => {
    expect(folders.filter((folder) => !RULES.some((rule) => rule.id === folder))).toEqual([]);
  });

  it('has unique rule ids', async () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
  });
});
