import { readFileSync } from 'node:fs';
import { defaultLintOptions, lintText } from '../../../src/lint/engine.js';

const fixture = (path: string) => readFileSync(new URL(`../../../fixtures/rules/${path}`, import.meta.url), 'utf8');

describe('rules on YAML merge keys', () => {
  it('report a merged value at its anchor, once per mapping that receives it, naming that mapping', async () => {
    const findings = await lintText('m.yml', fixture('polling-interval/bad-merged-defaults.yml'), 'yaml', defaultLintOptions());
    expect(findings.map(({ ruleId, line, column, message, object }) => ({ ruleId, line, column, object, note: /\(merged into .*\)$/.exec(message)?.[0] }))).toEqual([
      { ruleId: 'polling-interval', line: 6, column: 27, object: 'Account', note: undefined },
      { ruleId: 'polling-interval', line: 6, column: 27, object: 'Contact', note: '(merged into mappings[1].config Contact from the anchor on line 4)' },
    ]);
  });

  it('see the merged fields: a compound field that only a merge brings in is reported', async () => {
    const text = [
      'mappings:',
      '  - object_name: Contact',
      '    config:',
      '      access: read_only',
      '      sf_polling_seconds: 600',
      '      fields:',
      '        <<: &contact_fields { Id: {}, SystemModstamp: {}, MailingAddress: {} }',
      '        LastName: {}',
      'version: 1',
    ].join('\n');
    expect(
      (await lintText('m.yml', text, 'yaml', defaultLintOptions())).map(({ ruleId, line, message }) => [
        ruleId,
        line,
        message.endsWith('(merged into mappings[0].config.fields Contact from the anchor on line 7)'),
      ]),
    ).toEqual([['unsupported-field-type', 7, true]]);
  });
});
