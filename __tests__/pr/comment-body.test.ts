import type { Finding, Level } from '../../src/core/types.js';
import { planFile } from '../../src/plan/file.js';
import { terminalText } from '../../src/core/output/escape.js';
import { HOSTILE_NAMES } from '../../test-support/hostile-inputs.mjs';
import { linkTriggers, renderGfm, tagsOf, visibleText } from '../../test-support/render-markdown.js';
import { renderComment, type CommentContent } from '../../src/pr/comment-body.js';
import { changedLinePriority } from '../../src/pr/hunks.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

const finding = (file: string, line: number, level: Level, message = `${level} at ${line}`, ruleId = 'unknown-field'): Finding => ({ ruleId, level, message, file, line, column: 3 });

function content(findings: Finding[], extra: Partial<CommentContent> = {}): CommentContent {
  const counts: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.level]++;
  return { revision: { serverUrl: 'https://github.com', repository: 'acme/maps', sha: SHA }, files: 2, counts, findings, ...extra };
}

/** The Where cell of each findings row. */
const places = (markdown: string) => [...markdown.matchAll(/^\| \S+ \w+ \| <a href="[^"]+">([^<]+)<\/a>/gm)].map((m) => m[1]);

describe('renderComment', () => {
  it('gives the totals and the worst findings first, linked to their lines at the head commit', async () => {
    const findings = [finding('b.json', 4, 'warning'), finding('a.json', 9, 'error'), finding('a.json', 2, 'error'), finding('a.json', 5, 'notice')];
    const priority = changedLinePriority([{ path: 'a.json', status: 'modified', patch: '@@ -9 +9 @@\n-x\n+y' }]);
    const markdown = renderComment(content(findings, { priority, maxFindings: 3 }));
    expect(markdown).toContain('2 mapping files checked: **2 errors**, **1 warning**, **1 notice**.');
    expect(places(markdown)).toEqual(['a.json:9', 'a.json:2', 'b.json:4']);
    expect(markdown).toContain(
      `| ❌ error | <a href="https://github.com/acme/maps/blob/${SHA}/a.json#L9">a.json:9</a> | ` +
        '<a href="https://github.com/heroku-connect-action/heroku-connect-action/blob/main/docs/rules.md#unknown-field">unknown-field</a> | error at 9 |',
    );
    expect(markdown).toContain('1 more finding is not shown here: see the job summary and the annotations.');
  });

  it('links to the run and to a GitHub Enterprise server when given', async () => {
    const markdown = renderComment(
      content([finding('dir with space/m.json', 1, 'error'), finding('m.json', 2, 'error')], {
        revision: { serverUrl: 'https://ghe.example.com/', repository: 'acme/maps', sha: SHA },
        runUrl: 'https://ghe.example.com/acme/maps/actions/runs/42',
        maxFindings: 1,
      }),
    );
    expect(markdown).toContain(`<a href="https://ghe.example.com/acme/maps/blob/${SHA}/dir%20with%20space/m.json#L1">`);
    expect(markdown).toContain('1 more finding is not shown here: see the <a href="https://ghe.example.com/acme/maps/actions/runs/42">job summary</a> and the annotations.');
  });

  it('names the places as plain text when it knows no commit to link to (a local preview)', async () => {
    const { revision: _unknown, ...local } = content([finding('a.json', 9, 'error')]);
    const markdown = renderComment(local);
    expect(markdown).toContain('| ❌ error | a.json:9 | <a href=');
    expect(markdown).not.toContain('acme/maps');
  });

  it('says all is clear when there are no findings, and adds the plan', async () => {
    const markdown = renderComment(content([], { plans: [] }));
    expect(markdown).toBe(
      '## Heroku Connect mapping lint\n\n✅ No findings in 2 mapping files: anything reported here before is fixed.\n\n## Heroku Connect mapping plan\n\nNo changes to the mappings.\n',
    );
  });

  it('says so when no mapping file is left to check', async () => {
    expect(renderComment(content([], { files: 0 }))).toBe('## Heroku Connect mapping lint\n\n✅ No mapping files to check: anything reported here before no longer applies.\n');
  });

  it('escapes hostile file names and messages, in text and in links', async () => {
    const hostile = finding('x/<img src=x onerror=alert(1)>@admin](javascript:alert(1)).json', 3, 'error', 'Unknown field "<img src=x>" cc @octocat [click](javascript:alert(1)) | `x`');
    const markdown = renderComment(content([hostile]));
    expect(markdown).not.toMatch(/<img|@admin|@octocat|\]\(javascript:|`/);
    const row = markdown.split('\n').find((line) => line.startsWith('| ❌'))!;
    expect(row).toContain(`<a href="https://github.com/acme/maps/blob/${SHA}/x/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%40admin%5D(javascript%3Aalert(1)).json#L3">`);
    expect(row).toContain('Unknown field &#34;&#60;img src=x&#62;&#34; cc @&#8203;octocat &#91;click&#93;(javascript:alert(1)) &#124; &#96;x&#96;');
    expect(row.split(' | ')).toHaveLength(4);
  });

  it('renders hostile file names, messages and plan rows as text: the structure of a benign comment, no mention', async () => {
    const document = (name: string) => Buffer.from(JSON.stringify({ mappings: [{ object_name: name, config: { fields: { [name]: {} } } }] }));
    const comment = async (name: string) =>
      renderGfm(
        renderComment(content([finding(`${name}.json`, 3, 'error', `Unknown field "${name}"`)], { plans: [(await planFile({ path: `${name}.json`, status: 'added' }, undefined, document(name)))!] })),
      );
    const benign = await comment('Name');
    for (const name of HOSTILE_NAMES) {
      const html = await comment(name);
      expect({ name, tags: tagsOf(html) }).toEqual({ name, tags: tagsOf(benign) });
      const text = visibleText(html);
      expect({ name, links: linkTriggers(text) }).toEqual({ name, links: [] });
      expect(text.replace(/\u200b/g, '')).toContain(`Unknown field "${terminalText(name)}"`);
    }
  });

  it("stays under GitHub's comment limit with the findings first and as much of the plan as fits", async () => {
    const fields = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`Field_${i}__c`, {}]));
    const document = (config: object) => Buffer.from(JSON.stringify({ mappings: [{ object_name: 'Account', config }] }));
    const plan = (await planFile({ path: 'big.json', status: 'modified' }, document({ fields: { Id: {} } }), document({ fields })))!;
    expect(plan.changes.length).toBeGreaterThan(5_000);
    const long = 'x'.repeat(100_000);
    const markdown = renderComment(content([finding('a.json', 1, 'error', long), finding('a.json', 2, 'error')], { plans: [plan, plan] }));
    expect(markdown.length).toBeLessThan(65_536);
    expect(markdown).toContain(`${'x'.repeat(1_000)}…`);
    expect(markdown).toContain('## Heroku Connect mapping plan');
    expect(markdown).toMatch(/> \d+ more changes \(the changes to review come first\) do not fit here\./);
  });
});
