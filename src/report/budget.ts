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
