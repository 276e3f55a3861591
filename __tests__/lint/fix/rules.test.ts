import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../../src/core/types.js';
import { lintText } from '../../../src/lint/engine.js';
import { editDocument, type Edit } from '../../../src/lint/fix/edit.js';
import { parseSource } from '../../../src/lint/parse/parse.js';
import { formatOf } from '../../../src/lint/parse/source.js';
import { RULES } from '../../../src/lint/rules/index.js';
import { fixtureFiles, optionsFor } from '../rules/fixture-text.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/rules/', import.meta.url));
const FIXABLE = RULES.filter((rule) => rule.fixable !== undefined).map((rule) => rule.id);

/** Each fixture of the rule that its fix changes: the text before, the text fixed, and the rule's findings on each. */
async function fixed(ruleId: string): Promise<{ file: string; before: Finding[]; after: Finding[] }[]> {
  const folder = join(FIXTURES, ruleId);
  const options = optionsFor(folder);
  const results = [];
  for (const file of fixtureFiles(folder)) {
    const text = readFileSync(join(folder, file), 'utf8');
    const format = formatOf(file);
    const fixes = new Map<Finding, readonly Edit[]>();
    const before = (await lintText(file, text, format, { ...options, fixes })).filter((finding) => finding.ruleId === ruleId);
    const edits = before.flatMap((finding) => fixes.get(finding) ?? []);
    if (edits.length === 0) continue;
    const edited = await editDocument(text, (await parseSource(text, format)).value, format, edits, 'the fixes');
    if ('refused' in edited) throw new Error(`${file}: ${edited.refused}`);
    results.push({ file, before, after: (await lintText(file, edited.text, format, options)).filter((finding) => finding.ruleId === ruleId) });
  }
  return results;
}

describe('fixable rules', () => {
  it('are the four whose fixes are certain', () => {
    expect(FIXABLE).toEqual(['missing-id-field', 'missing-timestamp-field', 'missing-isdeleted-field', 'upsert-field-index']);
  });

  it.each(FIXABLE)('%s: its fix, made in its fixtures, leaves none of the findings it fixed', async (ruleId) => {
    const results = await fixed(ruleId);
    expect(results.length).toBeGreaterThan(0);
    for (const { file, before, after } of results) {
      expect({ file, before: before.length > 0, after }).toEqual({ file, before: true, after: [] });
    }
  });
});
