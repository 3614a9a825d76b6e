import type { _ReadContext } from './_result.js';
import type { TableRow } from './types.js';

/**
 * Internal: reports rows whose cell count differs from the table's first
 * row as `ragged-row` (info). Rows are kept as they are.
 */
export function _reportRaggedRows(rows: readonly TableRow[], ctx: _ReadContext): void {
  const expected = rows[0]?.cells.length ?? 0;
  for (const row of rows.slice(1)) {
    if (row.cells.length !== expected) {
      const first = row.cells[0];
      ctx.report({
        code: 'ragged-row',
        severity: 'info',
        message: `Unexpected ${row.cells.length} cell${row.cells.length === 1 ? '' : 's'} in a row, expected ${expected} as in the table's first row; the row is kept as it is`,
        line: row.line,
        column: first?.column ?? 1,
        expected: String(expected),
      });
    }
  }
}
