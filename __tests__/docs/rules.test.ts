import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_URL, RULE_DOCS_PATH, ruleDocsUrl } from '../../src/core/output/links.js';
import { renderRuleDocs } from '../../src/lint/report/rule-reference.js';
import { RULES } from '../../src/lint/rules/index.js';
import { REPO_ROOT } from '../../test-support/harness.js';
import { brokenLink, headingAnchors, relativeLinks } from './markdown-links.js';

const RULE_DOCS = path.join(REPO_ROOT, RULE_DOCS_PATH);

describe('docs/rules.md', () => {
  it('matches the rules (run `npm run docs` to regenerate)', () => {
    expect(readFileSync(RULE_DOCS, 'utf8')).toBe(renderRuleDocs());
  });

  it('has a section for every rule, saying when the rule stays silent where it does', () => {
    const docs = renderRuleDocs();
    for (const rule of RULES) {
      const section = docs.slice(docs.indexOf(`## \`${rule.id}\``)).split('\n## ')[0]!;
      expect({ rule: rule.id, hasSection: section.startsWith(`## \`${rule.id}\``) }).toEqual({ rule: rule.id, hasSection: true });
      for (const reason of rule.docs.silentWhen ?? []) expect(section).toContain(`- ${reason}`);
    }
    expect(RULES.find((rule) => rule.id === 'missing-upsert-field')?.docs.silentWhen?.join(' ')).toMatch(/not-updateable/);
  });

  it('cites only public material: no notes outside the repository', () => {
    for (const rule of RULES) {
      const text = Object.values(rule.docs).flat().join('\n');
      expect({ rule: rule.id, external: text.match(/research|shared\/|\.\.\//gi) }).toEqual({ rule: rule.id, external: null });
    }
  });
});

describe('links the reports emit', () => {
  it.each(RULES.map((rule) => rule.id))('%s: ruleDocsUrl lands on a file and heading of this repository', (ruleId) => {
    const url = ruleDocsUrl(ruleId);
    const prefix = `${PROJECT_URL}/blob/main/`;
    expect(url.startsWith(prefix)).toBe(true);
    expect(brokenLink('README.md', url.slice(prefix.length))).toBeUndefined();
  });

  it('a link to a missing heading is caught', () => {
    expect(brokenLink('README.md', `${RULE_DOCS_PATH}#no-such-rule`)).toBe(`${RULE_DOCS_PATH} has no heading #no-such-rule`);
    expect(brokenLink('README.md', 'docs/missing.md')).toBe('docs/missing.md does not exist');
  });

  it('GitHub anchors follow its slug rules', () => {
    expect([...headingAnchors('## `api-version`\n## Use it in a workflow\n```\n# not a heading\n```\n## Use it in a workflow\n')]).toEqual([
      'api-version',
      'use-it-in-a-workflow',
      'use-it-in-a-workflow-1',
    ]);
  });

  it('a link to a missing heading of another page, or out of the repository, is caught', () => {
    expect(brokenLink('docs/cli.md', 'configuration.md#no-such-heading')).toBe('docs/configuration.md has no heading #no-such-heading');
    expect(brokenLink('docs/cli.md', '#no-such-heading')).toBe('docs/cli.md has no heading #no-such-heading');
    expect(brokenLink('docs/cli.md', '../../outside.md')).toBe('../outside.md does not exist');
    expect(brokenLink('docs/README.md', '../CONTRIBUTING.md#releasing')).toBeUndefined();
  });

  const markdownFiles = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...readdirSync(path.join(REPO_ROOT, 'docs')).filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`)];
  it.each(markdownFiles)('every relative link in %s resolves, anchors included', (file) => {
    const markdown = readFileSync(path.join(REPO_ROOT, file), 'utf8');
    const broken = relativeLinks(markdown)
      .map((target) => brokenLink(file, target))
      .filter(Boolean);
    expect(broken).toEqual([]);
  });
});
