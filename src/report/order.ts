import { LEVEL_RANK, type Finding } from '../lint/types.js';

/** 0 for the findings a reader should see first (for example those on lines a pull request changed). */
export type Priority = (finding: Finding) => number;

/** Most important first: by level, then priority, then place in the file. */
export function rankFindings(findings: readonly Finding[], priority: Priority = () => 0): Finding[] {
  return [...findings].sort(
    (a, b) =>
      LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
      priority(a) - priority(b) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column,
  );
}
