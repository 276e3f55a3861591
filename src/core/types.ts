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

export const LEVELS = ['error', 'warning', 'notice'] as const;
export type Level = (typeof LEVELS)[number];
export type LevelSetting = Level | 'off';

/** Severity order: a lower rank is more severe. */
export const LEVEL_RANK: Record<Level, number> = { error: 0, warning: 1, notice: 2 };

/** The Heroku Connect plans, whose limits differ (demo has a 10-minute polling floor). Not the change plan of a merge. */
export const HEROKU_PLANS = ['demo', 'enterprise', 'shield'] as const;
export type HerokuPlan = (typeof HEROKU_PLANS)[number];

/** One problem, placed in a file. This is what reporters receive. */
export interface Finding {
  ruleId: string;
  level: Level;
  message: string;
  /** Relative to the workspace, '/'-separated. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  /** Exclusive: the column just after the last character, as in SARIF. */
  endColumn?: number;
  /** The object_name of the mapping the finding is in, when it is in one. */
  object?: string;
  /** The field it is on, when it is placed on an entry of config.fields or config.indexes. */
  field?: string;
}

/** The result of linting one file. */
export interface FileResult {
  file: string;
  findings: Finding[];
}
