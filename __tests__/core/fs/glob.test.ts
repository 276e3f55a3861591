import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDescribeFiles } from '../../../src/lint/describe/load.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { checkGlob } from '../../../src/core/fs/glob.js';
import { discover } from '../../../src/lint/discover.js';
import { makeWorkspace, rejection } from '../../../test-support/harness.js';

const refusal = (pattern: string) => {
  try {
    checkGlob(pattern, 'files pattern');
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
};

describe('checkGlob: the globs that can be matched in bounded time', () => {
  it.each(['**/*.json', 'heroku-connect/**/*.{json,yml,yaml}', '*connect*.json', '!**/fixtures/**', 'a/[(]x[)].json', 'a\\(b\\).json', '**/x/**/*.json'])('accepts %s', (pattern) => {
    expect(refusal(pattern)).toBeUndefined();
  });

  it.each([
    ['*(a*)*x.json', /^The files pattern "\*\(a\*\)\*x\.json" has a group or an extglob such as \+\(…\), @\(…\) or \*\(…\), which could take minutes to match\. Write the alternatives in braces/],
    ['!+(a|b)/*.json', /has a group or an extglob/],
    ['(a*)+x', /has a group or an extglob/],
    ['*a*a*a*x.json', /has more than 2 "\*" in "\*a\*a\*a\*x\.json", which could take minutes to match\. Use at most 2 per folder or file name/],
    ['{*a*,*b*}.json', /has more than 2 "\*"/],
    ['**/a/**/b/**/c.json', /has more than 2 "\*\*"/],
    ['{a,{b,c}}.json', /nests braces/],
    ['{1..9999}.json', /has a range in braces/],
    ['{a,b}{c,d}{e,f}{g,h}{i,j}.json', /has more than 4 brace groups/],
    [`${'a'.repeat(300)}*.json`, /is 306 characters long, over 256/],
  ])('refuses %s, saying what to write instead', (pattern, message) => {
    expect(refusal(pattern)).toMatch(message);
  });
});

describe('paths and globs from inputs stay inside the workspace', () => {
  it('a describe glob or path with ".." names nothing outside, and looks at nothing there', async () => {
    const sandbox = makeWorkspace({ 'outside-secret.json': '{}', 'ws/describe/account.json': '{}' });
    const root = path.join(sandbox, 'ws');
    for (const pattern of ['../*.json', '../outside-secret.json', 'describe/../../*.json', path.join(sandbox, '*.json')]) {
      const error = await rejection(loadDescribeFiles([pattern], root));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.message).toBe(`The describe pattern "${pattern}" leaves the workspace (${root}); describe paths and globs are relative to the workspace and stay inside it, without "..".`);
    }
  });

  it('a files path out of the workspace is refused alike whether or not something is there', async () => {
    const sandbox = makeWorkspace({ 'exists.json': '{}' });
    const root = path.join(sandbox, 'ws');
    mkdirSync(root);
    writeFileSync(path.join(root, 'm.json'), '{}');
    const found = await discover({ root, namedMayLeaveRoot: false }, ['../exists.json', '../missing.json']);
    const messages = found.targets.map((target) => (target.content.ok ? 'read' : target.content.problem.message));
    expect(messages).toEqual([expect.stringMatching(/^This path is outside .*, so it is not read\./), expect.stringMatching(/^This path is outside .*, so it is not read\./)]);
    expect(messages[0]).toBe(messages[1]);
  });

  it('a nested extglob in the files input is refused at once', async () => {
    const root = makeWorkspace({ [`${'a'.repeat(200)}.json`]: '{}' });
    const started = Date.now();
    await expect(discover({ root, namedMayLeaveRoot: false }, ['*(*a*)*(*a*)x.json'])).rejects.toThrow(/has a group or an extglob/);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
