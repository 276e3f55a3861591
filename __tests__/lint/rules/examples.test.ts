import { DescribeIndex } from '../../../src/lint/describe/types.js';
import { defaultLintOptions, lintText } from '../../../src/lint/engine.js';
import { formatOf } from '../../../src/lint/parse/source.js';
import { EXAMPLE, type RuleExample } from '../../../src/lint/rules/example.js';
import { RULES } from '../../../src/lint/rules/index.js';

/** Every rule's bad and good doc examples, linted through the engine in the context the rule declares beside them. */
async function firings(ruleId: string, example: RuleExample, fragment: string): Promise<string[]> {
  const file = example.file ?? 'example.json';
  const describe = new DescribeIndex();
  for (const object of example.describe ?? []) describe.add(object);
  const text = example.around.replace(EXAMPLE, () => fragment);
  const findings = await lintText(file, text, formatOf(file), { ...defaultLintOptions(), describe, herokuPlan: example.herokuPlan });
  return findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.message);
}

const runnable = RULES.flatMap((rule) => ('around' in rule.docs.example ? [[rule.id, rule, rule.docs.example] as const] : []));

describe.each(runnable)('%s doc examples', (_id, rule, example) => {
  it('bad fires the rule', async () => {
    expect(await firings(rule.id, example, rule.docs.bad)).not.toEqual([]);
  });

  it('good does not', async () => {
    expect(await firings(rule.id, example, rule.docs.good)).toEqual([]);
    // A good example that does not parse would pass for every rule but the parser's.
    expect(await firings('invalid-json', example, rule.docs.good)).toEqual([]);
  });
});

describe('doc examples that cannot run', () => {
  // Each is named here, so that making another example unrunnable is a reviewed change of this list.
  it('are only these, each with its reason', () => {
    const unrunnable = RULES.flatMap((rule) => ('unrunnable' in rule.docs.example ? [rule.id] : []));
    expect(unrunnable).toEqual(['unreadable-file', 'too-many-mappings', 'archived-activities', 'too-many-findings']);
  });
});
