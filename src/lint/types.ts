/** The vocabulary shared by the parser, the rules, the engine and the reporters. */

export const LEVELS = ['error', 'warning', 'notice'] as const;
export type Level = (typeof LEVELS)[number];
export type LevelSetting = Level | 'off';

/** Severity order: a lower rank is more severe. */
export const LEVEL_RANK: Record<Level, number> = { error: 0, warning: 1, notice: 2 };

export const PLANS = ['demo', 'enterprise', 'shield'] as const;
export type Plan = (typeof PLANS)[number];

export type { JsonPath, Position, SourceRange } from '../core/types.js';

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
  endColumn?: number;
}

/** The result of linting one file. */
export interface FileResult {
  file: string;
  findings: Finding[];
}
