import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { messageTemplates } from '../../../src/lint/report/rule-reference.js';
import { RULES } from '../../../src/lint/rules/index.js';
import { EXPECTED_SUFFIX } from './fixture-text.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/rules/', import.meta.url));

/** The message texts of a rule's fixtures, as stored beside them. */
function fixtureMessages(ruleId: string): string[] {
  const folder = join(FIXTURES, ruleId);
  return readdirSync(folder)
    .filter((name) => name.endsWith(EXPECTED_SUFFIX))
    .flatMap((name) => readFileSync(join(folder, name), 'utf8').split('\n').filter(Boolean))
    .map((line) => line.replace(/^\S+ \S+ /, '').replace(/ \[[a-z-]+\]$/, ''));
}

function matcher(template: string): RegExp {
  const literal = template.split(/\{[A-Za-z]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literal.join('.*')}$`, 's');
}

const declaring = RULES.flatMap((rule) => ('messages' in rule ? [[rule.id, rule.messages] as const] : []));

describe.each(declaring)('%s messages', (ruleId, messages) => {
  const templates = messageTemplates(messages);

  it('declares at least one, each worded from named values only', () => {
    expect(templates.length).toBeGreaterThan(0);
    for (const [, text] of templates) expect(text).not.toMatch(/undefined|\[object|NaN/);
  });

  // Together with the fixtures' expected text, this is what makes any change of a message's wording fail a test.
  it.each(templates)('%s is what some fixture reports', (_name, text) => {
    expect(fixtureMessages(ruleId).some((message) => matcher(text).test(message))).toBe(true);
  });
});
