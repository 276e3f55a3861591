/**
 * Types shared by the parser, the rules, the engine and the reporters. This module imports nothing
 * of the project, so any folder may depend on it without creating a cycle.
 */

/** A path into the parsed document: object keys and array indexes, as in a JSON pointer. */
export type JsonPath = readonly (string | number)[];

/** 1-based line and column; columns count UTF-16 code units, as GitHub annotations expect. */
export interface Position {
  line: number;
  column: number;
}

/** Where a token stands in the text; `end` is exclusive. */
export interface SourceRange {
  start: Position;
  end?: Position;
}
