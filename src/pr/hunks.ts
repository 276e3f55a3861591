import type { Priority } from '../lint/report/order.js';
import type { ChangedFile } from './changed-files.js';
import { firstAtOrAfter } from '../core/sorted.js';

const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * The line numbers, in the new version of the file, of the lines a unified diff adds (a changed line
 * is a removed line plus an added one). Each hunk is read by its header's line counts, so file
 * headers and content that looks like them ("+++", "@@") are never mistaken for each other.
 */
export function addedLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let oldLeft = 0;
  let newLeft = 0;
  let newLine = 0;
  for (const text of patch.split('\n')) {
    if (oldLeft <= 0 && newLeft <= 0) {
      const header = HUNK_HEADER.exec(text);
      if (header) {
        oldLeft = Number(header[1] ?? 1);
        newLine = Number(header[2]);
        newLeft = Number(header[3] ?? 1);
      }
      continue;
    }
    if (text.startsWith('+')) {
      lines.add(newLine++);
      newLeft--;
    } else if (text.startsWith('-')) {
      oldLeft--;
    } else if (text.startsWith(' ') || text === '') {
      // An empty line is a context line whose leading space an editor or a transport trimmed.
      newLine++;
      newLeft--;
      oldLeft--;
    }
    // "\ No newline at end of file" belongs to the line before it and counts for neither side.
  }
  return lines;
}

/**
 * Priority 0 for a finding that touches a line the pull request added or changed, 1 for the rest.
 * A changed file without a patch (GitHub leaves out large diffs) counts as changed throughout.
 * Finding paths are relative to the workspace, changed paths to the repository root: the same on a runner.
 */
export function changedLinePriority(files: readonly ChangedFile[]): Priority {
  const changed = new Map<string, Float64Array | 'all'>();
  for (const file of files) {
    // Sorted, so that a finding spanning many lines (a value merged from a YAML anchor) costs one search, not a look per line.
    if (file.status !== 'removed') changed.set(file.path, file.patch === undefined ? 'all' : Float64Array.from(addedLines(file.patch)).sort());
  }
  return (finding) => {
    const lines = changed.get(finding.file);
    if (lines === undefined) return 1;
    if (lines === 'all') return 0;
    const first = firstAtOrAfter(lines, finding.line);
    return first < lines.length && lines[first]! <= (finding.endLine ?? finding.line) ? 0 : 1;
  };
}
