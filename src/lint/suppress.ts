import type { Finding } from '../core/types.js';

/** A configured ignore: silences one rule on one mapping (and optionally one field), for a reason. */
export interface IgnoreEntry {
  rule: string;
  object: string;
  field?: string;
  reason: string;
  /** Where the entry is written, for the warning when it matches nothing. */
  file: string;
  line: number;
  column: number;
}

export interface SuppressedFinding extends Finding {
  /** The ignore entry's reason. */
  justification: string;
}

export const UNUSED_IGNORE_RULE = 'unused-ignore';

/**
 * Splits the findings into those reported and those an ignore entry silences, and adds a warning for
 * each entry that silenced nothing: a stale ignore would otherwise hide the next real finding.
 */
export function applyIgnores(findings: readonly Finding[], ignores: readonly IgnoreEntry[]): { findings: Finding[]; suppressed: SuppressedFinding[]; unused: Finding[] } {
  if (ignores.length === 0) return { findings: [...findings], suppressed: [], unused: [] };
  // Keyed by rule, object and field (none: the whole mapping), so matching costs two lookups per
  // finding whatever the number of entries. Of entries with the same key only the first can match.
  const firstOf = new Map<string, { entry: IgnoreEntry; order: number }>();
  ignores.forEach((entry, order) => {
    const key = ignoreKey(entry.rule, entry.object, entry.field);
    if (!firstOf.has(key)) firstOf.set(key, { entry, order });
  });
  const used = new Set<IgnoreEntry>();
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const entry = finding.object === undefined ? undefined : matchingEntry(firstOf, finding.ruleId, finding.object, finding.field);
    if (entry) {
      used.add(entry);
      suppressed.push({ ...finding, justification: entry.reason });
    } else {
      kept.push(finding);
    }
  }
  const unused = ignores
    .filter((entry) => !used.has(entry))
    .map((entry): Finding => ({
      ruleId: UNUSED_IGNORE_RULE,
      level: 'warning',
      message: `This ignore entry (rule "${entry.rule}", object "${entry.object}"${entry.field === undefined ? '' : `, field "${entry.field}"`}) matches no finding: remove it, or correct its rule, object or field.`,
      file: entry.file,
      line: entry.line,
      column: entry.column,
    }));
  return { findings: kept, suppressed, unused };
}

function ignoreKey(rule: string, object: string, field: string | undefined): string {
  // JSON keeps any names apart, whatever characters they hold.
  return JSON.stringify(field === undefined ? [rule, object] : [rule, object, field]);
}

/** The entry written first of those that cover the finding: one for its whole mapping, or one for its field. */
function matchingEntry(firstOf: Map<string, { entry: IgnoreEntry; order: number }>, rule: string, object: string, field: string | undefined): IgnoreEntry | undefined {
  const whole = firstOf.get(ignoreKey(rule, object, undefined));
  const exact = field === undefined ? undefined : firstOf.get(ignoreKey(rule, object, field));
  if (whole && exact) return whole.order < exact.order ? whole.entry : exact.entry;
  return (whole ?? exact)?.entry;
}
