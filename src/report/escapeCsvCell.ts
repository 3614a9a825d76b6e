/**
 * Makes one value safe as a CSV cell (RFC 4180): quotes it when needed and
 * defuses spreadsheet formula injection (a cell starting with `=`, `+`, `-`,
 * `@`, tab or carriage return is prefixed with `'`, as OWASP advises), so that
 * text from a document can never run as a formula when the CSV is opened.
 *
 * @param value - A string, number, boolean, null or undefined.
 * @returns The cell text, quoted if it holds a comma, quote or line break.
 * @example
 * ```ts
 * escapeCsvCell('=HYPERLINK("http://x")') //=> '"\'=HYPERLINK(""http://x"")"'
 * escapeCsvCell('Lead, Member') //=> '"Lead, Member"'
 * escapeCsvCell(-3) //=> '-3'
 * ```
 * @category Reports
 */
export function escapeCsvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
