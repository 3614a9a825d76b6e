import type { Diagnostic } from '../model/diagnostic.js';
import { rollUp } from './rollUp.js';
import type { RollUpGroup, RollUpItem, RollUpKey, RollUpOptions } from './types.js';

/**
 * Options of {@link rollUpMatrix}: those of {@link rollUp}, with `rows` and
 * `columns` in place of `by`.
 *
 * @example
 * ```ts
 * const o: RollUpMatrixOptions = { rows: 'theme', columns: 'priority', asOf: '2024-03-31' };
 * ```
 * @category Roll-ups
 */
export interface RollUpMatrixOptions extends Omit<RollUpOptions, 'by'> {
  /** Grouping of the rows (themes). */
  rows: RollUpKey;
  /** Grouping of the columns (cross-cutting priorities). */
  columns: RollUpKey;
}

/**
 * A theme × cross-cutting-priority matrix: `cells[r][c]` is the group of the
 * items in row `r` and column `c`, or `null` when there are none; the row and
 * column groups are the margins.
 *
 * @example
 * ```ts
 * const m: RollUpMatrix = rollUpMatrix(actions, { rows: 'theme', columns: 'priority', asOf: '2024-03-31' });
 * m.cells[0]?.[0]?.total //=> 3
 * ```
 * @category Roll-ups
 */
export interface RollUpMatrix {
  /** Row groups (margins), in order of first appearance, `''` last. */
  rows: RollUpGroup[];
  /** Column groups (margins), likewise. */
  columns: RollUpGroup[];
  /** One group per row and column, `null` where empty. */
  cells: (RollUpGroup | null)[][];
  /** Problems with the options. */
  diagnostics: Diagnostic[];
}

/**
 * Rolls items up into a matrix of two groupings, typically theme ×
 * cross-cutting priority; each cell is a full {@link RollUpGroup}. Items in
 * several rows or columns count in each cell they fall in; items in none go
 * to the row or column keyed `''` ("(none)").
 *
 * @param items - Items to roll up; never mutated.
 * @param options - `rows`, `columns`, `asOf` and the other {@link rollUp} options.
 * @returns Rows, columns, cells and diagnostics.
 * @throws RangeError only when `asOf` is not a real date (misuse).
 * @example
 * ```ts
 * const m = rollUpMatrix(actions, { rows: 'theme', columns: 'priority', asOf: '2024-03-31' });
 * m.cells.map((row) => row.map((cell) => cell?.status ?? '-'))
 * //=> [['green', 'red'], ['-', 'amber']]
 * ```
 * @category Roll-ups
 */
export function rollUpMatrix(items: readonly RollUpItem[], options: RollUpMatrixOptions): RollUpMatrix {
  const { rows, columns, ...rest } = options;
  const nested = rollUp(items, { ...rest, by: [rows, columns] });
  if (nested.diagnostics.length) return { rows: [], columns: [], cells: [], diagnostics: nested.diagnostics };
  const cols = rollUp(items, { ...rest, by: columns }).groups;
  const rowGroups = nested.groups.map((g) => {
    const { children: _children, ...margin } = g;
    return margin;
  });
  const cells = nested.groups.map((g) => {
    const byKey = new Map((g.children ?? []).map((child) => [child.key, child]));
    return cols.map((col) => byKey.get(col.key) ?? null);
  });
  return { rows: rowGroups, columns: cols, cells, diagnostics: [] };
}
