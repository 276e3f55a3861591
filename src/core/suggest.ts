import { closest, distance } from 'fastest-levenshtein';

/** The candidate a typo most likely meant, or undefined when none is close enough to suggest. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = input.toLowerCase();
  // Lower-cased once: every search below runs over the same list.
  const lowered = candidates.map((c) => c.toLowerCase());
  const caseOnly = lowered.indexOf(lower);
  if (caseOnly !== -1) return candidates[caseOnly];
  const best = closest(lower, lowered);
  return distance(lower, best) <= Math.max(2, Math.floor(input.length / 3)) ? candidates[lowered.indexOf(best)] : undefined;
}

export function didYouMean(input: string, candidates: readonly string[]): string {
  const match = suggest(input, candidates);
  return match ? ` Did you mean "${match}"?` : '';
}
