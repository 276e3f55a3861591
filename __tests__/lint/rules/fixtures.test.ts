import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleDocs } from '../../../src/lint/rules/rule.js';
import { RULES } from '../../../src/lint/rules/index.js';
import { EXPECTED_SUFFIX, expectedFiles, fixtureFiles, fixtureText, optionsFor } from './fixture-text.js';

/**
 * Each fixture's findings are compared, as the whole text users read, with <file>.out beside it
 * (see fixture-text.ts). After a deliberate change of wording, `npm run fixtures:update` rewrites
 * them and the diff is reviewed.
 */
const FIXTURES = fileURLToPath(new URL('../../../fixtures/rules/', import.meta.url));

const folders = readdirSync(FIXTURES)
  .filter((name) => statSync(join(FIXTURES, name)).isDirectory())
  .sort();

function readExpected(folder: string, file: string): string {
  return readFileSync(join(folder, file + EXPECTED_SUFFIX), 'utf8');
}

describe.each(folders)('rule %s', (ruleId) => {
  const folder = join(FIXTURES, ruleId);
  const options = optionsFor(folder);

  it('has an expected-text file beside every fixture file, and no other', async () => {
    expect(expectedFiles(folder)).toEqual(fixtureFiles(folder));
  });

  it.each(fixtureFiles(folder))('%s', async (file) => {
    expect(await fixtureText(folder, ruleId, file, options)).toBe(readExpected(folder, file));
  });
});

describe('rule registry', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s has a firing and a silent fixture, and complete docs', async (id, rule) => {
    expect(folders).toContain(id);
    const folder = join(FIXTURES, id);
    const outcomes = fixtureFiles(folder).map((file) => readExpected(folder, file));
    expect(outcomes.some((text) => text !== '')).toBe(true);
    expect(outcomes.some((text) => text === '')).toBe(true);
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
