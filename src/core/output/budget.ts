/**
 * GitHub refuses a step's summary over 1 MiB, and the lint, the plan and the deploy write theirs in
 * the same step; each gets its own share, and the rest is margin for their fixed lines.
 */
export const LINT_SUMMARY_BUDGET_BYTES = 560 * 1024;
export const PLAN_SUMMARY_BUDGET_BYTES = 256 * 1024;
export const DEPLOY_SUMMARY_BUDGET_BYTES = 160 * 1024;

/** GitHub refuses a comment over 65,536 characters; counted in UTF-8 bytes, which are never fewer. */
export const COMMENT_BUDGET_BYTES = 65_000;

/** GitHub caps a step output at 1 MB; the JSON outputs (`plan`, `drift`, `health`) stay under it. */
export const OUTPUT_BUDGET_BYTES = 960 * 1024;

/**
 * Untrusted text in one cell (a message quoting a name, a state description) is cut to this many
 * characters, so that no single row can take a whole budget.
 */
export const CELL_MAX_CHARS = 1_000;

export function bytes(text: string): number {
  return Buffer.byteLength(text);
}

/**
 * The items, most important first, as long as their costs fit in the budget; it stops at the first
 * that does not, so what is left out is always the least important. `cost` is called once per item,
 * in order, and may count a shared overhead (a file's heading) on the first item that needs it.
 */
export function takeWhileFits<T>(ranked: Iterable<T>, budget: number, cost: (item: T) => number): { taken: T[]; used: number } {
  const taken: T[] = [];
  let used = 0;
  for (const item of ranked) {
    const more = cost(item);
    if (used + more > budget) break;
    used += more;
    taken.push(item);
  }
  return { taken, used };
}

/**
 * A command that writes its step's only job summary (drift, health) gets GitHub's whole 1 MiB but
 * a margin: the runner's summary file is counted in bytes, and its own wrapping adds a few.
 */
export const JOB_SUMMARY_BUDGET_BYTES = 1_000 * 1024;

/** GitHub refuses an issue body over 65,536 characters; counted in UTF-8 bytes, which are never fewer. */
export const ISSUE_BODY_BUDGET_BYTES = 65_000;

/**
 * What is left of one sink's budget while its parts are chosen, most important part first: each
 * `take` spends what it keeps, so a later (less important) part gets only what the earlier ones
 * left. `reserve` keeps room up front for the notes that say what was left out.
 */
export class Room {
  private left: number;

  constructor(budget: number, reserve = 0) {
    this.left = budget - reserve;
  }

  /** The lines, in their ranked order, while they fit (each with its line break); spent from the room. */
  take(ranked: readonly string[]): string[] {
    const { taken, used } = takeWhileFits(ranked, this.left, (line) => bytes(line) + 1);
    this.left -= used;
    return taken;
  }
}

/**
 * The text within the budget: whole when it fits, else cut at the last line break that leaves room
 * for the note (so no table row or tag is left half-written), with the note saying where it stopped.
 */
export function cutToBudget(text: string, budget: number, note: string): string {
  if (bytes(text) <= budget) return text;
  const room = budget - bytes(note);
  // A character is at most 4 bytes (2 UTF-16 units): slice to a length that certainly fits, then cut at a line.
  let kept = text.slice(0, Math.max(0, room));
  while (bytes(kept) > room) kept = kept.slice(0, Math.max(0, kept.length - Math.ceil((bytes(kept) - room) / 3) - 1));
  const cut = kept.lastIndexOf('\n');
  return `${cut > 0 ? kept.slice(0, cut) : kept}${note}`;
}
