/** Lines of context around each change, as `diff -u` and git show them. */
const CONTEXT = 3;

/**
 * The unified diff between two versions of a file, as `git diff` writes it (a/ and b/ before the
 * path, so that `git apply` and `patch -p1` take it), or '' when they are the same. The lines are
 * compared by Myers' algorithm, whose cost follows the file's length times the number of changed
 * lines: a fix changes a few lines of a file of any size. `line` escapes each line for its sink.
 */
export function unifiedDiff(file: string, before: string, after: string, line: (text: string) => string = (text) => text): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const changes = changedLines(a.lines, b.lines);
  const out = [`--- a/${line(file)}`, `+++ b/${line(file)}`];
  const show = (kind: string, text: string, last: boolean) => {
    out.push(`${kind}${line(text)}`);
    if (last) out.push('\\ No newline at end of file');
  };
  const lastOfA = (index: number) => index === a.lines.length - 1 && !a.endsWithNewline;
  for (let first = 0; first < changes.length;) {
    // A hunk: the changes no further apart than twice the context, and the context around them.
    let last = first;
    while (last + 1 < changes.length && changes[last + 1]!.a - endOf(changes[last]!) <= 2 * CONTEXT) last++;
    const startA = Math.max(0, changes[first]!.a - CONTEXT);
    const endA = Math.min(a.lines.length, endOf(changes[last]!) + CONTEXT);
    const hunk = changes.slice(first, last + 1);
    const removed = hunk.filter((change) => change.kind === '-').length;
    const startB = changes[first]!.b - (changes[first]!.a - startA);
    out.push(`@@ -${range(startA, endA - startA)} +${range(startB, endA - startA - removed + hunk.length - removed)} @@`);
    let index = startA;
    for (const change of hunk) {
      for (; index < change.a; index++) show(' ', a.lines[index]!, lastOfA(index));
      if (change.kind === '-') show('-', a.lines[index]!, lastOfA(index++));
      else show('+', b.lines[change.b]!, change.b === b.lines.length - 1 && !b.endsWithNewline);
    }
    for (; index < endA; index++) show(' ', a.lines[index]!, lastOfA(index));
    first = last + 1;
  }
  return `${out.join('\n')}\n`;
}

/** Where a change ends in the old version: after the line it removes, or where it inserts. */
function endOf(change: Change): number {
  return change.kind === '-' ? change.a + 1 : change.a;
}

function range(start: number, count: number): string {
  // A hunk of no lines names the line before it, as diff does.
  return count === 0 ? `${start},0` : count === 1 ? `${start + 1}` : `${start + 1},${count}`;
}

function splitLines(text: string): { lines: string[]; endsWithNewline: boolean } {
  const endsWithNewline = text.endsWith('\n');
  const lines = (endsWithNewline ? text.slice(0, -1) : text).split('\n');
  return { lines: text === '' ? [] : lines, endsWithNewline };
}

/** A line removed ('-', at a in the old version; b is where the new version stands) or added ('+', line b of the new version, inserted before old line a). */
interface Change {
  kind: '-' | '+';
  a: number;
  b: number;
}

/** Beyond this many changed lines the middle is shown as removed and added whole: Myers' trace would cost changes × changes of memory. */
const MAX_CHANGES = 2_000;

/**
 * The changed lines from a to b, in order: the common start and end skipped, Myers' shortest edit
 * script (1986) on the rest. Only the changes are kept: an object per kept line made a long file's
 * diff cost its garbage collection seconds.
 */
function changedLines(a: readonly string[], b: readonly string[]): Change[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const oldEnd = a.length - tail;
  const newEnd = b.length - tail;
  const middle = myers(a, b, head, oldEnd, newEnd);
  if (middle) return middle;
  const changes: Change[] = [];
  for (let index = head; index < oldEnd; index++) changes.push({ kind: '-', a: index, b: head });
  for (let index = head; index < newEnd; index++) changes.push({ kind: '+', a: oldEnd, b: index });
  return changes;
}

/** Myers' shortest edit script of a[from, oldEnd) to b[from, newEnd), or undefined past MAX_CHANGES. */
function myers(a: readonly string[], b: readonly string[], from: number, oldEnd: number, newEnd: number): Change[] | undefined {
  const n = oldEnd - from;
  const m = newEnd - from;
  const max = Math.min(n + m, MAX_CHANGES);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = n + m === 0;
  for (let d = 0; d <= max && !found; d++) {
    // Only the diagonals this round can reach: the trace costs changes × changes, not changes × lines.
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[from + x] === b[from + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) return undefined;
  // Walk the trace back from the end; each round's row holds diagonals -d-1 to d+1.
  const changes: Change[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const row = trace[d]!;
    const at = (k: number) => row[k + d + 1]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    // The move of round d starts where round d - 1 ended: down is a line of b added, right a line of a removed.
    changes.push({ kind: previousK === k + 1 ? '+' : '-', a: from + previousX, b: from + previousY });
    x = previousX;
    y = previousY;
  }
  return changes.reverse();
}
