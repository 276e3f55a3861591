import type { WriteError } from '../../clients/connect/types.js';

/** The write errors of `after` that `before` did not have, by id. */
export function newWriteErrors(before: readonly WriteError[], after: readonly WriteError[]): WriteError[] {
  const seen = new Set(before.map((error) => error.id));
  return after.filter((error) => !seen.has(error.id));
}

/** The write errors created at or after `since` (clock time); one whose time cannot be read is kept. */
export function writeErrorsSince(errors: readonly WriteError[], since: number): WriteError[] {
  return errors.filter((error) => {
    const at = Date.parse(error.created_at);
    return Number.isNaN(at) || at >= since;
  });
}

/** By table (the mapping's table name), tables in order of first appearance, newest error first within each. */
export function writeErrorsByTable(errors: readonly WriteError[]): [string, WriteError[]][] {
  const tables = new Map<string, WriteError[]>();
  for (const error of errors) {
    const list = tables.get(error.table_name) ?? [];
    list.push(error);
    tables.set(error.table_name, list);
  }
  for (const list of tables.values()) list.sort((a, b) => b.created_at.localeCompare(a.created_at));
  return [...tables];
}
