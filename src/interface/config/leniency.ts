import type { LevelSetting } from '../../core/types.js';
import { inputSpec } from '../inputs/table.js';
import { parseRuleSettings } from '../../lint/levels.js';
import type { IgnoreEntry } from '../../lint/suppress.js';
import { RULES_BY_ID } from '../../lint/rules/index.js';
import type { LoadedConfig } from './load.js';

/** From the laxest to the strictest. */
const FAIL_ON_ORDER = ['never', 'error', 'warning', 'notice'] as const;
const LEVEL_ORDER: readonly LevelSetting[] = ['off', 'notice', 'warning', 'error'];

export interface HeldBack {
  /** The configuration the run uses: the pull request's, except where it is laxer than the base branch's. */
  config: LoadedConfig | undefined;
  /** Each setting of the pull request's file that would relax the check, as the warning names it; empty when none does. */
  heldBack: string[];
}

/** What the run's inputs set themselves, so that the file's value does not count. */
export interface Overridden {
  failOn?: boolean;
  rules?: ReadonlySet<string>;
}

/**
 * The pull request's configuration, held to the base branch's wherever it would make the check more
 * lenient: a laxer fail-on, a rule turned off or lowered, an ignore the base does not have. What is
 * as strict or stricter stays, so a pull request can always tighten its check. `base` undefined: the
 * base branch has no configuration file, and the defaults are its settings. A setting the inputs
 * override is the workflow's, not the file's, and is left as it is.
 */
export function holdToBase(head: LoadedConfig | undefined, base: LoadedConfig | undefined, overridden: Overridden = {}): HeldBack {
  const heldBack: string[] = [];
  const values: Record<string, string> = { ...head?.values };
  const defaultFailOn = inputSpec('fail-on').default;
  const failOn = (config: LoadedConfig | undefined) => (config?.values['fail-on'] ?? defaultFailOn) as (typeof FAIL_ON_ORDER)[number];
  if (!overridden.failOn && FAIL_ON_ORDER.indexOf(failOn(head)) < FAIL_ON_ORDER.indexOf(failOn(base))) {
    heldBack.push(`fail-on ${failOn(head)} (the base branch's is ${failOn(base)})`);
    values['fail-on'] = failOn(base);
  }
  const headRules = ruleSettings(head);
  const baseRules = ruleSettings(base);
  const rules = new Map(headRules);
  for (const id of new Set([...headRules.keys(), ...baseRules.keys()])) {
    if (overridden.rules?.has(id)) continue;
    const defaultLevel = RULES_BY_ID.get(id)?.defaultLevel ?? 'error';
    const headLevel = headRules.get(id) ?? defaultLevel;
    const baseLevel = baseRules.get(id) ?? defaultLevel;
    if (LEVEL_ORDER.indexOf(headLevel) < LEVEL_ORDER.indexOf(baseLevel)) {
      heldBack.push(`rule ${id} ${headLevel} (the base branch's is ${baseLevel})`);
      rules.set(id, baseLevel);
    }
  }
  if (rules.size > 0) values.rules = [...rules].map(([id, level]) => `${id}: ${level}`).join('\n');
  const covered = coveredBy(base?.ignores ?? []);
  const ignores = (head?.ignores ?? []).filter((entry) => {
    if (covered(entry)) return true;
    heldBack.push(`the ignore of ${entry.rule} on ${entry.object}${entry.field === undefined ? '' : `.${entry.field}`} (${entry.file}:${entry.line}), which the base branch does not have`);
    return false;
  });
  if (heldBack.length === 0) return { config: head, heldBack };
  const file = head?.file ?? base?.file ?? '';
  return { config: { file, values, ignores }, heldBack };
}

/** The levels a configuration sets, by rule id, as the lint reads them (the last setting of a rule wins). */
function ruleSettings(config: LoadedConfig | undefined): Map<string, LevelSetting> {
  return new Map(parseRuleSettings((config?.values.rules ?? '').split('\n')).map(([id, level]) => [id, level.trim().toLowerCase() as LevelSetting]));
}

/** Whether the base silences at least what an ignore silences: the same entry, or one for its whole mapping. */
function coveredBy(base: readonly IgnoreEntry[]): (entry: IgnoreEntry) => boolean {
  const keys = new Set(base.map((entry) => JSON.stringify([entry.rule, entry.object, entry.field ?? null])));
  return (entry) => keys.has(JSON.stringify([entry.rule, entry.object, null])) || keys.has(JSON.stringify([entry.rule, entry.object, entry.field ?? null]));
}
