import type { RuleLevels } from '../lint/levels.js';
import { ruleDocsUrl } from '../core/output/links.js';
import { RULES } from '../lint/rules/index.js';

/** `--list-rules`: every rule with its default level, the level in effect here, its summary and its page. */
export function listRules(levels: RuleLevels, format: string): string {
  const rules = RULES.map((rule) => ({ id: rule.id, defaultLevel: rule.defaultLevel, level: levels.get(rule.id) ?? rule.defaultLevel, summary: rule.docs.summary, docs: ruleDocsUrl(rule.id) }));
  if (format === 'json') return `${JSON.stringify(rules, null, 2)}\n`;
  const width = Math.max(...rules.map((rule) => rule.id.length)) + 2;
  const lines = rules.map((rule) => {
    const level = rule.level === rule.defaultLevel ? rule.level : `${rule.level} (default ${rule.defaultLevel})`;
    return `${rule.id.padEnd(width)}${level.padEnd(9)} ${rule.summary}\n${' '.repeat(width)}${rule.docs}`;
  });
  return `${lines.join('\n')}\n`;
}
