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
  const script = editScript(a.lines, b.lines);
  const out = [`--- a/${line(file)}`, `+++ b/${line(file)}`];
  for (let start = 0; start < script.length;) {
    // A hunk: from CONTEXT lines before a change to CONTEXT lines after the last change that is not further than 2 × CONTEXT from the one before.
    const first = script.findIndex((op, index) => index >= start && op.kind !== ' ');
    if (first === -1) break;
    let end = first;
    for (let index = first; index < script.length && index <= end + 2 * CONTEXT; index++) if (script[index]!.kind !== ' ') end = index;
    const from = Math.max(first - CONTEXT, start);
    const to = Math.min(end + CONTEXT + 1, script.length);
    const ops = script.slice(from, to);
    const oldStart = ops[0]!.a;
    const newStart = ops[0]!.b;
    const oldCount = ops.filter((op) => op.kind !== '+').length;
    const newCount = ops.filter((op) => op.kind !== '-').length;
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
    for (const op of ops) {
      const text = op.kind === '+' ? b.lines[op.b]! : a.lines[op.a]!;
      out.push(`${op.kind}${line(text)}`);
      const last = op.kind === '+' ? op.b === b.lines.length - 1 && !b.endsWithNewline : op.a === a.lines.length - 1 && !a.endsWithNewline;
      if (last) out.push('\\ No newline at end of file');
    }
    start = to;
  }
  return `${out.join('\n')}\n`;
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

/** One line of the script: kept (' '), removed ('-') or added ('+'), with its index in each version. */
interface Op {
  kind: ' ' | '-' | '+';
  a: number;
  b: number;
}

/** Beyond this many changed lines the middle is shown as removed and added whole: Myers' trace would cost changes × lines of memory. */
const MAX_CHANGES = 2_000;

/** The shortest edit script from a to b, kept lines included: the common start and end kept, Myers (1986) on the rest. */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const kept = (count: number, fromA: number, fromB: number): Op[] => Array.from({ length: count }, (_, i) => ({ kind: ' ', a: fromA + i, b: fromB + i }));
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail)) ?? [
    ...Array.from({ length: a.length - tail - head }, (_, i): Op => ({ kind: '-', a: i, b: 0 })),
    ...Array.from({ length: b.length - tail - head }, (_, i): Op => ({ kind: '+', a: a.length - tail - head, b: i })),
  ];
  return [...kept(head, 0, 0), ...middle.map((op) => ({ ...op, a: op.a + head, b: op.b + head })), ...kept(tail, a.length - tail, b.length - tail)];
}

/** Myers' shortest edit script, or undefined past MAX_CHANGES. */
function myers(a: readonly string[], b: readonly string[]): Op[] | undefined {
  const max = Math.min(a.length + b.length, MAX_CHANGES);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = a.length + b.length === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= a.length && y >= b.length) {
        found = true;
        break;
      }
    }
  }
  if (!found) return undefined;
  // Walk the trace back from the end, then read the script forwards.
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const row = trace[d]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && row[offset + k - 1]! < row[offset + k + 1]!) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : row[offset + previousK]!;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) ops.push({ kind: ' ', a: --x, b: --y });
    if (d === 0) break;
    if (x === previousX) ops.push({ kind: '+', a: x, b: --y });
    else ops.push({ kind: '-', a: --x, b: y });
  }
  return ops.reverse();
}
