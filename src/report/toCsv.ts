import { escapeCsvCell } from './escapeCsvCell.js';

/**
 * Writes rows as RFC 4180 CSV (CRLF line ends), every cell escaped with
 * {@link escapeCsvCell}.
 *
 * @param header - Column names.
 * @param rows - Rows of cell values, in header order.
 * @returns CSV text.
 * @example
 * ```ts
 * toCsv(['ref', 'status'], [['R4', 'red']]) //=> 'ref,status\r\nR4,red\r\n'
 * ```
 * @category Reports
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  let out = `${header.map(escapeCsvCell).join(',')}\r\n`;
  for (const row of rows) out += `${row.map(escapeCsvCell).join(',')}\r\n`;
  return out;
}
