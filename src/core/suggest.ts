import { closest, distance } from 'fastest-levenshtein';

/** The candidate a typo most likely meant, or undefined when none is close enough to suggest. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = input.toLowerCase();
  const caseOnly = candidates.find((c) => c.toLowerCase() === lower);
  if (caseOnly) return caseOnly;
  const best = closest(lower, candidates.map((c) => c.toLowerCase()));
  const index = candidates.findIndex((c) => c.toLowerCase() === best);
  return distance(lower, best) <= Math.max(2, Math.floor(input.length / 3)) ? candidates[index] : undefined;
}

export function didYouMean(input: string, candidates: readonly string[]): string {
  const match = suggest(input, candidates);
  return match ? ` Did you mean "${match}"?` : '';
}
