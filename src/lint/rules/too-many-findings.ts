import type { BuiltinRule } from './rule.js';

export const tooManyFindings: BuiltinRule = {
  id: 'too-many-findings',
  scope: 'builtin',
  defaultLevel: 'warning',
  docs: {
    summary: 'A file has more than 1,000 findings: the 1,000 most severe are reported, and this finding says how many were left out (and of which levels).',
    why: 'Thousands of findings in one file (a duplicated block, a generated file gone wrong) would bury the report, the annotations and the summary; the first ones are enough to see the cause, and the count keeps the truth.',
    source: 'heroku-connect-action: a limit on the report, not on the file. GitHub shows at most 10 annotations of each level per step.',
    bad: '"fields": { "Id": {}, "Id": {}, "Id": {}, ... }   # 1,001 repeated keys',
    good: '"fields": { "Id": {}, "Name": {}, "SystemModstamp": {} }',
    example: { unrunnable: 'it stands for a file of 1,001 findings, too large to show' },
  },
};
