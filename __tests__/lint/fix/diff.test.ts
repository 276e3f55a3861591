import { diffLine } from '../../../src/core/output/escape.js';
import { unifiedDiff } from '../../../src/lint/fix/diff.js';
import { slowTests } from '../../../test-support/slow.js';

const lines = (count: number, from = 1) => Array.from({ length: count }, (_, i) => `line ${i + from}`);
const text = (items: readonly string[]) => `${items.join('\n')}\n`;

describe('unifiedDiff', () => {
  it('is empty for the same text', () => {
    expect(unifiedDiff('m.yml', 'a\n', 'a\n')).toBe('');
  });

  it('shows an insertion with three lines of context, as diff -u does', () => {
    const before = lines(10);
    const after = [...before.slice(0, 5), 'new', ...before.slice(5)];
    expect(unifiedDiff('m.yml', text(before), text(after))).toBe(
      ['--- a/m.yml', '+++ b/m.yml', '@@ -3,6 +3,7 @@', ' line 3', ' line 4', ' line 5', '+new', ' line 6', ' line 7', ' line 8', ''].join('\n'),
    );
  });

  it('joins changes closer than twice the context into one hunk, and keeps far ones apart', () => {
    const before = lines(30);
    const near = [...before];
    near[4] = 'changed 5';
    near[9] = 'changed 10';
    expect(unifiedDiff('m', text(before), text(near)).match(/^@@.*@@$/gm)).toEqual(['@@ -2,12 +2,12 @@']);
    const far = [...before];
    far[1] = 'changed 2';
    far[25] = 'changed 26';
    expect(unifiedDiff('m', text(before), text(far)).match(/^@@.*@@$/gm)).toEqual(['@@ -1,5 +1,5 @@', '@@ -23,7 +23,7 @@']);
  });

  it('marks a last line without a line break, as git does', () => {
    expect(unifiedDiff('m.json', '{"a":1}', '{"a":1,"b":2}')).toBe('--- a/m.json\n+++ b/m.json\n@@ -1 +1 @@\n-{"a":1}\n\\ No newline at end of file\n+{"a":1,"b":2}\n\\ No newline at end of file\n');
  });

  it('shows what a line holds through the escaping it is given: control characters as escapes, tabs kept', () => {
    const diff = unifiedDiff('m.yml', 'a: 1\n', 'a: 1\n\tb: "\x1b[2J"\n', diffLine);
    expect(diff).toContain('+\tb: "\\x1b[2J"\n');
    expect(diff).not.toContain('\x1b');
  });

  it('shows a rewrite of more lines than it traces as the old lines removed and the new ones added', () => {
    const before = lines(3_000);
    const after = lines(3_000, 5_000);
    const diff = unifiedDiff('m', text(before), text(after));
    expect(diff.split('\n').filter((line) => line.startsWith('-line')).length).toBe(3_000);
    expect(diff.split('\n').filter((line) => line.startsWith('+line')).length).toBe(3_000);
  });
});

slowTests('at scale', () => {
  it('stays linear on a long file with a change at each end: Myers costs lines × changes', () => {
    const before = lines(200_000);
    const after = ['first', ...before, 'last'];
    const started = performance.now();
    const diff = unifiedDiff('m', text(before), text(after));
    // A quadratic diff would compare 4e10 pairs of lines here; the bound leaves room for a busy machine.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(diff.match(/^@@.*@@$/gm)).toEqual(['@@ -1,3 +1,4 @@', '@@ -199998,3 +199999,4 @@']);
  });
});
