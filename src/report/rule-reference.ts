import { RULES } from '../rules/index.js';

/** The README's rule reference, generated from the rules themselves so the two never disagree. */
export function renderRuleReference(): string {
  const table = [
    '| Rule | Default | Reports |',
    '|---|---|---|',
    ...RULES.map((rule) => `| [\`${rule.id}\`](#${rule.id}) | ${rule.defaultLevel} | ${cell(rule.docs.summary)} |`),
  ];
  const sections = RULES.map((rule) =>
    [
      `### \`${rule.id}\``,
      '',
      `**Default level:** ${rule.defaultLevel}. ${rule.docs.summary}`,
      '',
      `**Why:** ${rule.docs.why}`,
      '',
      `**Source:** ${rule.docs.source}`,
      '',
      'Bad:',
      '',
      fence(rule.docs.bad),
      '',
      'Good:',
      '',
      fence(rule.docs.good),
    ].join('\n'),
  );
  return [...table, '', ...sections.flatMap((section) => [section, ''])].join('\n').trimEnd();
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function fence(snippet: string): string {
  const language = /^\s*[{["]/.test(snippet) ? 'json' : 'yaml';
  return `\`\`\`${language}\n${snippet}\n\`\`\``;
}
