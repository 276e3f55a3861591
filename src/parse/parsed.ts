import type { JsonPath, SourceRange } from '../lint/types.js';
import type { SourceProblem } from './source.js';

/** Finds where a path of the parsed document stands in the source text. */
export interface Locator {
  /**
   * The range of the key or the value at `path`. When the path does not exist in the source
   * (a missing property), the range of its nearest existing ancestor's key is returned.
   */
  locate(path: JsonPath, at: 'key' | 'value'): SourceRange;
}

export interface ParsedSource {
  /** The document's value; undefined when parsing failed. */
  value?: unknown;
  /** Parse errors and duplicate keys, already placed. */
  problems: SourceProblem[];
  /** Builds the position index on first use: clean files never need it. */
  locator(): Locator;
}

export const DOCUMENT_START: SourceRange = { start: { line: 1, column: 1 } };

/** Builds a locator lazily and keeps it. */
export function lazy(build: () => Locator): () => Locator {
  let locator: Locator | undefined;
  return () => (locator ??= build());
}
