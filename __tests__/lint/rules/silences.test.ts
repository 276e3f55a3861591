import { RULES_BY_ID } from '../../../src/lint/rules/index.js';

/** Each rule that stays silent because another one reports the cause, and that other rule: users read silentWhen to tell a silence from a miss. */
const DEFERS_TO: readonly [string, string][] = [
  ['missing-upsert-field', 'not-updateable'],
  ['index-unmapped-field', 'upsert-field'],
  ['index-unmapped-field', 'relationship-lookup'],
  ['upsert-field', 'missing-upsert-field'],
  ['api-version', 'api-version-deprecated'],
  ['api-version-deprecated', 'api-version'],
  ['duplicate-mapping', 'invalid-api-name'],
];

describe('documented silences', () => {
  it.each(DEFERS_TO)('%s says it leaves a case to %s', (id, other) => {
    expect(RULES_BY_ID.has(other)).toBe(true);
    expect(RULES_BY_ID.get(id)?.docs.silentWhen?.join('\n')).toContain(`\`${other}\``);
  });

  it.each(['not-updateable', 'bulk-limit', 'platform-event', 'unsupported-field-type', 'not-queryable', 'requires-filter'])('%s says when it lacks the facts to report', (id) => {
    expect(RULES_BY_ID.get(id)?.docs.silentWhen?.length).toBeGreaterThan(0);
  });
});
