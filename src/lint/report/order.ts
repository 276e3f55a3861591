import { LEVEL_RANK, type Finding } from '../../core/types.js';

/** 0 for the findings a reader should see first (for example those on lines a pull request changed). */
export type Priority = (finding: Finding) => number;

/**
 * Most important first: by level, then priority, then place in the file. Each finding's keys are
 * computed once and files are compared by their index in the sorted list of names: a comparator
 * calling localeCompare and the priority on every comparison took seconds on 100,000 findings.
 */
export function rankFindings(findings: readonly Finding[], priority: Priority = () => 0): Finding[] {
  const fileOrder = fileIndexes(findings);
  const keyed = findings.map((finding) => ({ finding, level: LEVEL_RANK[finding.level], priority: priority(finding), file: fileOrder.get(finding.file)! }));
  keyed.sort((a, b) => a.level - b.level || a.priority - b.priority || a.file - b.file || a.finding.line - b.finding.line || a.finding.column - b.finding.column);
  return keyed.map((entry) => entry.finding);
}

/** In reading order: by file (the names compared once each, as rankFindings does), then line, then column. */
export function inReadingOrder(findings: readonly Finding[]): Finding[] {
  const fileOrder = fileIndexes(findings);
  return [...findings].sort((a, b) => fileOrder.get(a.file)! - fileOrder.get(b.file)! || a.line - b.line || a.column - b.column);
}

/** Each file's index in the sorted list of the findings' file names: compared as numbers, each name is compared once. */
function fileIndexes(findings: readonly Finding[]): Map<string, number> {
  return new Map([...new Set(findings.map((finding) => finding.file))].sort((a, b) => a.localeCompare(b)).map((file, index) => [file, index]));
}
