import type { Finding } from '../../src/core/types.js';
import { rankFindings } from '../../src/lint/report/order.js';
import type { ChangedFile } from '../../src/pr/changed-files.js';
import { addedLines, changedLinePriority } from '../../src/pr/hunks.js';
import { slowTests } from '../../test-support/slow.js';

const lines = (patch: string) => [...addedLines(patch)].sort((a, b) => a - b);

describe('addedLines', () => {
  it('numbers the added lines of several hunks on the new side, context counted', () => {
    const patch = ['@@ -1,4 +1,5 @@', ' {', '-    "a": 1,', '+    "a": 2,', '+    "b": 3,', '     "c": 4', '@@ -20,3 +21,2 @@ "mappings": [', ' x', '-y', ' z', '@@ -40,0 +41,2 @@', '+p', '+q'].join(
      '\n',
    );
    expect(lines(patch)).toEqual([2, 3, 41, 42]);
  });

  it('reads a whole git diff of one file, headers and all', () => {
    const patch = [
      'diff --git a/m.json b/m.json',
      'index 1111111..2222222 100644',
      '--- a/m.json',
      '+++ b/m.json',
      '@@ -3 +3 @@',
      '-old',
      '+new',
      '@@ -9,2 +9 @@',
      '-gone',
      '-also gone',
      '+kept',
      '',
    ].join('\n');
    expect(lines(patch)).toEqual([3, 9]);
  });

  it("takes content that looks like a header as content, by the hunk's line counts", () => {
    const patch = ['@@ -1,2 +1,3 @@', '--- a removed line that looks like a file header', '+++ an added one', '+@@ -1 +1 @@ added too', ' context', '@@ -9 +10 @@', '-x', '+y'].join('\n');
    expect(lines(patch)).toEqual([1, 2, 10]);
  });

  it('skips the no-newline marker and counts a trimmed empty context line', () => {
    const patch = ['@@ -1,3 +1,3 @@', ' a', '', '-b', '\\ No newline at end of file', '+c', '\\ No newline at end of file'].join('\n');
    expect(lines(patch)).toEqual([3]);
  });

  it('finds no added line in a pure deletion, an empty patch or a rename', () => {
    expect(lines('@@ -5,2 +4,0 @@\n-a\n-b')).toEqual([]);
    expect(lines('')).toEqual([]);
    expect(lines('diff --git a/a.json b/b.json\nsimilarity index 100%\nrename from a.json\nrename to b.json\n')).toEqual([]);
  });
});

describe('changedLinePriority', () => {
  const finding = (file: string, line: number, endLine?: number): Finding => ({
    ruleId: 'r',
    level: 'error',
    message: 'm',
    file,
    line,
    column: 1,
    ...(endLine !== undefined && { endLine }),
  });
  const files: ChangedFile[] = [
    { path: 'changed.json', status: 'modified', patch: '@@ -10,2 +10,3 @@\n a\n+b\n+c\n d' },
    { path: 'big.json', status: 'modified' },
    { path: 'renamed.json', previousPath: 'old.json', status: 'renamed', patch: '' },
    { path: 'gone.json', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
  ];
  const priority = changedLinePriority(files);

  it('is 0 on a changed line of a changed file and 1 elsewhere', () => {
    expect([10, 11, 12, 13].map((line) => priority(finding('changed.json', line)))).toEqual([1, 0, 0, 1]);
    expect(priority(finding('untouched.json', 11))).toBe(1);
    expect(priority(finding('renamed.json', 1))).toBe(1);
    expect(priority(finding('gone.json', 1))).toBe(1);
  });

  it('is 0 for a finding whose range covers a changed line', () => {
    expect(priority(finding('changed.json', 5, 11))).toBe(0);
    expect(priority(finding('changed.json', 13, 20))).toBe(1);
  });

  it('reads hunks in any order, a range matching only when a changed line is inside it', () => {
    const shuffled = changedLinePriority([{ path: 'a.yml', status: 'modified', patch: '@@ -50 +50 @@\n-x\n+x\n@@ -3 +3 @@\n-y\n+y' }]);
    expect([finding('a.yml', 2, 4), finding('a.yml', 4, 49), finding('a.yml', 50), finding('a.yml', 51, 99), finding('a.yml', 1, 2)].map(shuffled)).toEqual([0, 1, 0, 1, 1]);
  });

  slowTests('at scale', () => {
    it('costs a finding spanning a whole 1 MiB file one search, not one look per line', () => {
      const wide = changedLinePriority([{ path: 'a.yml', status: 'modified', patch: '@@ -500000 +500000 @@\n-x\n+x' }]);
      const started = performance.now();
      const priorities = Array.from({ length: 1_000 }, () => wide(finding('a.yml', 1, 499_999)));
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(new Set(priorities)).toEqual(new Set([1]));
      expect(wide(finding('a.yml', 1, 500_000))).toBe(0);
    });
  });

  it('is 0 throughout a changed file whose patch is unknown', () => {
    expect(priority(finding('big.json', 1))).toBe(0);
    expect(priority(finding('big.json', 5000))).toBe(0);
  });

  it('puts findings on changed lines first among findings of the same level', () => {
    const ranked = rankFindings([finding('changed.json', 1), finding('untouched.json', 1), finding('changed.json', 12)], priority);
    expect(ranked.map((f) => `${f.file}:${f.line}`)).toEqual(['changed.json:12', 'changed.json:1', 'untouched.json:1']);
  });
});
