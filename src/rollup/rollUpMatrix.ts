import type { Diagnostic } from '../model/diagnostic.js';
import { rollUp } from './rollUp.js';
import type { RollUpGroup, RollUpItem, RollUpKey, RollUpOptions } from './types.js';

/**
 * Options of {@link rollUpMatrix}: those of {@link rollUp}, with `rows` and
 * `columns` in place of `by`.
 *
 * @typeParam T - The item type; groups hold the caller's own items, by reference.
 * @example
 * ```ts
 * const o: RollUpMatrixOptions = { rows: 'theme', columns: 'priority', asOf: '2024-03-31' };
 * ```
 * @category Roll-ups
 */
export interface RollUpMatrixOptions<T extends RollUpItem = RollUpItem> extends Omit<RollUpOptions<T>, 'by'> {
  /** Grouping of the rows (themes). */
  rows: RollUpKey<T>;
  /** Grouping of the columns (cross-cutting priorities). */
  columns: RollUpKey<T>;
}

/**
 * A theme × cross-cutting-priority matrix: `cells[r][c]` is the group of the
 * items in row `r` and column `c`, or `null` when there are none; the row and
 * column groups are the margins.
 *
 * @typeParam T - The item type; groups hold the caller's own items, by reference.
 * @example
 * ```ts
 * const m: RollUpMatrix = rollUpMatrix(actions, { rows: 'theme', columns: 'priority', asOf: '2024-03-31' });
 * m.cells[0]?.[0]?.total //=> 3
 * ```
 * @category Roll-ups
 */
export interface RollUpMatrix<T extends RollUpItem = RollUpItem> {
  /** Row groups (margins), in order of first appearance, `''` last. */
  rows: RollUpGroup<T>[];
  /** Column groups (margins), likewise. */
  columns: RollUpGroup<T>[];
  /** One group per row and column, `null` where empty. */
  cells: (RollUpGroup<T> | null)[][];
  /** Problems with the options. */
  diagnostics: Diagnostic[];
}

/**
 * Rolls items up into a matrix of two groupings, typically theme ×
 * cross-cutting priority; each cell is a full {@link RollUpGroup}. Items in
 * several rows or columns count in each cell they fall in; items in none go
 * to the row or column keyed `''` ("(none)").
 *
 * @typeParam T - The item type; groups hold the caller's own items, by reference.
 * @param items - Items to roll up; never mutated.
 * @param options - `rows`, `columns`, `asOf` and the other {@link rollUp} options.
 * @returns Rows, columns, cells and diagnostics.
 * @throws RangeError only when `asOf` is not a real date (misuse).
 * @example
 * ```ts
 * const m = rollUpMatrix(actions, { rows: 'theme', columns: 'priority', asOf: '2024-03-31' });
 * m.rows.map((r) => r.label)    //=> ['Transport', 'Skills', '(none)']
 * m.columns.map((c) => c.label) //=> ['Data', 'Leadership', '(none)']
 * m.cells[0]?.[1]?.status       //=> 'amber' (Transport actions serving Leadership)
 * ```
 * @category Roll-ups
 */
export function rollUpMatrix<T extends RollUpItem>(items: readonly T[], options: RollUpMatrixOptions<T>): RollUpMatrix<T> {
  const { rows, columns, ...rest } = options;
  const nested = rollUp(items, { ...rest, by: [rows, columns] });
  // Bad rules or policy: no groups. Items the rules cannot read are only left out.
  if (nested.diagnostics.some((d) => d.code !== 'invalid-item')) return { rows: [], columns: [], cells: [], diagnostics: nested.diagnostics };
  const cols = rollUp(items, { ...rest, by: columns }).groups;
  const rowGroups = nested.groups.map((g) => {
    const { children: _children, ...margin } = g;
    return margin;
  });
  const cells = nested.groups.map((g) => {
    const byKey = new Map((g.children ?? []).map((child) => [child.key, child]));
    return cols.map((col) => byKey.get(col.key) ?? null);
  });
  return { rows: rowGroups, columns: cols, cells, diagnostics: nested.diagnostics };
}
