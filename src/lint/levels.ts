import { ConfigurationError } from '../core/errors.js';
import { RULES, RULES_BY_ID } from './rules/index.js';
import { didYouMean } from '../core/suggest.js';
import { LEVELS, type Level, type LevelSetting } from '../core/types.js';

export type RuleLevels = ReadonlyMap<string, LevelSetting>;

const SETTINGS: readonly LevelSetting[] = ['off', ...LEVELS];

/** Each rule's effective level: its default, unless the user set another. */
export function resolveLevels(overrides: Iterable<[string, string]> = []): RuleLevels {
  const levels = new Map<string, LevelSetting>(RULES.map((rule) => [rule.id, rule.defaultLevel]));
  for (const [id, setting] of overrides) {
    if (!RULES_BY_ID.has(id)) {
      throw new ConfigurationError(`Unknown rule "${id}".${didYouMean(id, [...RULES_BY_ID.keys()])} The rules are listed in the README's rule reference.`);
    }
    const level = setting.trim().toLowerCase();
    if (!isLevelSetting(level)) {
      throw new ConfigurationError(`Rule "${id}" cannot be set to "${setting}": use one of ${SETTINGS.join(', ')}.`);
    }
    levels.set(id, level);
  }
  return levels;
}

/**
 * Parses "rule-id: level" lines (the action input, the configuration file) or "rule-id=level" items
 * (the CLI flag). A setting it cannot read is explained in the syntax of where it was written: `flag`
 * names the CLI flag (such as "--rule") when the lines came from one.
 */
export function parseRuleSettings(lines: readonly string[], flag?: string): [string, string][] {
  const syntax = flag ? `${flag} rule-id=level, for example ${flag} bulk-limit=off` : 'rule-id: level, for example "bulk-limit: off"';
  return lines
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^([A-Za-z0-9-]+)\s*[:=]\s*(\S+)$/.exec(line);
      if (!match) throw new ConfigurationError(`Cannot read the rule setting "${line}": write it as ${syntax}.`);
      return [match[1]!, match[2]!];
    });
}

function isLevelSetting(value: string): value is LevelSetting {
  return (SETTINGS as readonly string[]).includes(value);
}

export function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}
