/**
 * Internal: fixed-width tables from PDF text — columns aligned by spaces
 * under a header line. The header line's runs of text (separated by two or
 * more spaces) give the column starts; each later line's runs go to the
 * column they start under; a line with text in the first column starts a
 * new row, the others continue the row above (wrapped cells).
 */
import type { _Line } from '../_lines.js';
import type { SourceBlock, TableCell, TableRow } from '../types.js';

interface Run {
  start: number;
  text: string;
}

/** Most lines one row may wrap over; scanning stops there, so a header over endless unaligned lines costs little. */
const MAX_ROW_LINES = 60;

/** Runs of text separated by two or more spaces (a tab counts as a gap). */
function runs(line: string): Run[] {
  const out: Run[] = [];
  const re = /\S+(?: \S+)*/gu;
  const text = line.replace(/\t/gu, '  ');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ start: m.index, text: m[0] });
  return out;
}

/** How many of a line's runs start under a column start (within two characters). */
function aligned(line: Run[], starts: readonly number[]): number {
  return line.filter((r) => starts.some((s) => Math.abs(s - r.start) <= 2)).length;
}

/** The column a run belongs to: the last whose start is at or before it (with two characters' slack). */
function columnOf(start: number, starts: readonly number[]): number {
  let k = 0;
  for (let j = 0; j < starts.length; j++) if (starts[j]! <= start + 2) k = j;
  return k;
}

/** A header line: three or more short runs, mostly words. */
function headerRuns(line: string): Run[] | undefined {
  const rs = runs(line);
  if (rs.length < 3 || rs.some((r) => r.text.length > 30)) return undefined;
  if (rs.filter((r) => /\p{L}{2}/u.test(r.text)).length < rs.length - 1) return undefined;
  return rs;
}

/**
 * Finds a fixed-width table starting at `lines[i]`: a header line whose
 * next line has three or more runs under its columns. Returns the index
 * after the table's last line (a blank line ends it), or -1.
 */
export function _fixedWidthEnd(lines: readonly _Line[], i: number): number {
  const head = headerRuns(lines[i]!.text);
  const next = lines[i + 1];
  if (head === undefined || next === undefined) return -1;
  const starts = head.map((r) => r.start);
  if (aligned(runs(next.text), starts) < 3) return -1;
  let j = i + 1;
  let rows = 0;
  let since = 0;
  while (j < lines.length && lines[j]!.text.trim() !== '') {
    const rs = runs(lines[j]!.text);
    if (rs.length > 0 && columnOf(rs[0]!.start, starts) === 0 && rs[0]!.start <= starts[0]! + 2) {
      rows++;
      since = 0;
    } else if (++since > MAX_ROW_LINES) break;
    j++;
  }
  // A row wrapped over more lines than any table row is not a row: the table (if any) ends before it.
  if (since > MAX_ROW_LINES) j -= since - 1;
  return rows >= 2 ? j : -1;
}

/** Reads the lines of a fixed-width table found by {@link _fixedWidthEnd}. */
export function _fixedWidthTable(lines: readonly _Line[]): SourceBlock & { type: 'table' } {
  const header = lines[0]!;
  const head = runs(header.text);
  const starts = head.map((r) => r.start);
  const cellAt = (r: Run, line: number): TableCell => ({ text: r.text, line, column: r.start + 1, paragraphs: [], items: [] });
  const rows: TableRow[] = [{ line: header.line, cells: head.map((r) => cellAt(r, header.line)) }];
  let current: TableRow | undefined;
  for (const line of lines.slice(1)) {
    const rs = runs(line.text);
    if (rs.length === 0) continue;
    if (current === undefined || (columnOf(rs[0]!.start, starts) === 0 && rs[0]!.start <= starts[0]! + 2)) {
      current = { line: line.line, cells: starts.map(() => ({ text: '', line: line.line, column: 1, paragraphs: [], items: [] })) };
      rows.push(current);
    }
    for (const r of rs) {
      const cell = current.cells[columnOf(r.start, starts)]!;
      if (cell.text === '') {
        cell.line = line.line;
        cell.column = r.start + 1;
        cell.text = r.text;
      } else cell.text = `${cell.text} ${r.text}`;
    }
  }
  return { type: 'table', rows, line: header.line, column: head[0]!.start + 1 };
}
