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
  // Keyed by rule and object, so matching costs one lookup per finding whatever the number of entries.
  const byKey = new Map<string, IgnoreEntry[]>();
  for (const entry of ignores) {
    const key = `${entry.rule}\0${entry.object}`;
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  const used = new Set<IgnoreEntry>();
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const entry = finding.object === undefined ? undefined : byKey.get(`${finding.ruleId}\0${finding.object}`)?.find((candidate) => candidate.field === undefined || candidate.field === finding.field);
    if (entry) {
      used.add(entry);
      suppressed.push({ ...finding, justification: entry.reason });
    } else {
      kept.push(finding);
    }
  }
  const unused = ignores
    .filter((entry) => !used.has(entry))
    .map(
      (entry): Finding => ({
        ruleId: UNUSED_IGNORE_RULE,
        level: 'warning',
        message: `This ignore entry (rule "${entry.rule}", object "${entry.object}"${entry.field === undefined ? '' : `, field "${entry.field}"`}) matches no finding: remove it, or correct its rule, object or field.`,
        file: entry.file,
        line: entry.line,
        column: entry.column,
      }),
    );
  return { findings: kept, suppressed, unused };
}
