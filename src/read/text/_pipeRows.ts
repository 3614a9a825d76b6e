/**
 * Internal: pipe tables that lost their markdown form in plain text — rows
 * with no leading pipe, no `|---|` separator, a trailing pipe or not, and
 * rows wrapped onto the next line. A run of such lines is read back as a
 * grid: the run's first row sets the column count, and a row with fewer
 * cells takes the next lines' cells until it has that many.
 */
import type { _Line } from '../_lines.js';
import type { SourceBlock, TableCell, TableRow } from '../types.js';
import type { _ReadContext } from '../_result.js';
import { _fixedWidthEnd, _stackedHeaderTable } from './_fixedWidth.js';
import { matchHeader } from '../../interpret/vocabulary.js';

interface Piece {
  text: string;
  column: number;
  raw: string;
}

/** The cells of one line split on unescaped `|`, leading and trailing pipes dropped. */
function pieces(line: string): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] !== '|') continue;
    const raw = line.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), column: from + lead + 1, raw });
    from = i + 1;
  }
  if (out.length > 0 && out[0]!.text === '' && line.trimStart().startsWith('|')) out.shift();
  if (out.length > 0 && out[out.length - 1]!.text === '' && line.trimEnd().endsWith('|')) out.pop();
  return out;
}

/** A header cell the column vocabulary knows (a long cell is content, not a header). */
function knownHeader(text: string): boolean {
  return text.length <= 120 && matchHeader(text).length > 0;
}

/** A line that holds a cell boundary: a `|` with text on a side of it. */
function isPipeLine(text: string): boolean {
  const t = text.trim();
  return t.includes('|') && t.replace(/[|\s:-]/gu, '') !== '';
}

/** A separator line such as `|---|:--|`. */
function isSeparator(text: string): boolean {
  const t = text.trim();
  return t.includes('|') && t.includes('-') && t.replace(/[|\s:-]/gu, '') === '';
}

/**
 * Splits lines into runs: plain lines, runs of at least two pipe lines
 * whose first line has two or more cells, and fixed-width tables under a
 * header line. Blank lines end a run.
 */
export function _splitPipeRuns(lines: readonly _Line[]): { table: boolean; fixed?: boolean; block?: SourceBlock; lines: _Line[] }[] {
  const runs: { table: boolean; fixed?: boolean; block?: SourceBlock; lines: _Line[] }[] = [];
  let i = 0;
  let plain: _Line[] = [];
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && (isPipeLine(lines[j]!.text) || isSeparator(lines[j]!.text))) j++;
    if (j - i >= 2 && pieces(lines[i]!.text).length >= 2) {
      if (plain.length > 0) runs.push({ table: false, lines: plain });
      plain = [];
      runs.push({ table: true, lines: lines.slice(i, j) });
      i = j;
      continue;
    }
    const end = _fixedWidthEnd(lines, i);
    if (end > i) {
      if (plain.length > 0) runs.push({ table: false, lines: plain });
      plain = [];
      runs.push({ table: true, fixed: true, lines: lines.slice(i, end) });
      i = end;
      continue;
    }
    // A block (after a blank line) of columns under a header stacked over several lines.
    const stacked = i === 0 || lines[i - 1]!.text.trim() === '' ? _stackedHeaderTable(lines, i, knownHeader) : undefined;
    if (stacked !== undefined) {
      if (plain.length > 0) runs.push({ table: false, lines: plain });
      plain = [];
      runs.push({ table: true, fixed: true, block: stacked.block, lines: lines.slice(i, stacked.end) });
      i = stacked.end;
      continue;
    }
    plain.push(lines[i]!);
    i++;
  }
  if (plain.length > 0) runs.push({ table: false, lines: plain });
  return runs;
}

function cell(p: Piece, line: number): TableCell {
  return { text: p.text, line, column: p.column, paragraphs: [], items: [], raw: p.raw };
}

/** Appends a wrapped line's first piece to the last cell of the row it continues. */
function joinInto(target: TableCell, p: Piece): void {
  if (p.text === '') return;
  target.text = target.text === '' ? p.text : `${target.text} ${p.text}`;
  target.raw = `${target.raw ?? ''}\n${p.raw}`;
}

/**
 * Reads a run of pipe lines as a table: separator lines skipped; a row with
 * fewer cells than the first row takes the cells of the lines after it
 * (`pipe-row-wrapped`, info); a row that stays short is kept as it is.
 */
export function _pipeTable(run: readonly _Line[], ctx: _ReadContext): SourceBlock {
  const rows: TableRow[] = [];
  let width = 0;
  let open: { row: TableRow; endsOpen: boolean } | undefined;
  for (const line of run) {
    if (isSeparator(line.text)) continue;
    const ps = pieces(line.text);
    const endsOpen = !line.text.trimEnd().endsWith('|');
    if (open !== undefined && open.row.cells.length < width) {
      ctx.report({
        code: 'pipe-row-wrapped',
        severity: 'info',
        message: `Unexpected row of ${open.row.cells.length} cells continued on the next line, expected ${width} cells on one line; the lines are joined into one row`,
        line: line.line,
        column: ps[0]?.column ?? 1,
      });
      const row = open.row;
      let k = 0;
      // A line that does not end in a pipe left its last cell open: the next line's first piece continues it.
      if (open.endsOpen && row.cells.length > 0 && ps.length > 0) joinInto(row.cells[row.cells.length - 1]!, ps[k++]!);
      for (; k < ps.length; k++) row.cells.push(cell(ps[k]!, line.line));
      open = { row, endsOpen };
      continue;
    }
    const row: TableRow = { line: line.line, cells: ps.map((p) => cell(p, line.line)) };
    rows.push(row);
    if (width === 0) width = row.cells.length;
    open = { row, endsOpen };
  }
  const first = run[0]!;
  return { type: 'table', rows, line: first.line, column: first.text.length - first.text.trimStart().length + 1 };
}
