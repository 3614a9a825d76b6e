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
  // Three runs need two gaps: a line with no wide gap at all (most lines of prose) is no header, and costs no split.
  if (!line.includes('  ') && !line.includes('\t')) return undefined;
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

/** Longest line and most header lines a stacked header is looked for in. */
const MAX_STACKED_WIDTH = 400;
const MAX_HEADER_LINES = 12;

/** The column spans of a block: runs of positions some line has text at, parted by two or more positions no line has text at. */
function gutterColumns(block: readonly string[]): { start: number; end: number }[] {
  let width = 0;
  for (const l of block) width = Math.max(width, l.length);
  const used = new Uint8Array(width);
  for (const l of block) for (let p = 0; p < l.length; p++) if (l.charCodeAt(p) !== 32) used[p] = 1;
  const cols: { start: number; end: number }[] = [];
  let p = 0;
  while (p < width) {
    while (p < width && used[p] === 0) p++;
    if (p >= width) break;
    const start = p;
    let end = p;
    // A single free position inside a column is a space between words.
    while (p < width && (used[p] === 1 || (used[p + 1] === 1 && p + 1 < width))) {
      if (used[p] === 1) end = p + 1;
      p++;
    }
    cols.push({ start, end });
  }
  return cols;
}

/** The text of a line under a column span. */
function under(line: string, col: { start: number; end: number }): string {
  return line.slice(col.start, col.end).trim().replace(/\s{2,}/gu, ' ');
}

/**
 * A fixed-width table whose header cells are stacked over several lines
 * (PDF text: "What we want to" over "achieve" over "(Outcomes)"), found in
 * the block of lines from `lines[i]` to the next blank line. The columns
 * are the block's gutters — positions no line has text at; the header is the
 * first lines whose text, joined column by column, names the most known
 * headers (three at least) before the first line with text in (nearly)
 * every column; below it, a line with text in the first column
 * that does not start in lower case starts a row, and other lines carry on
 * the row above. Returns the table and the index after the block, or
 * `undefined`.
 */
export function _stackedHeaderTable(lines: readonly _Line[], i: number, known: (text: string) => boolean): { block: SourceBlock & { type: 'table' }; end: number } | undefined {
  let j = i;
  while (j < lines.length && lines[j]!.text.trim() !== '') {
    const t = lines[j]!.text;
    if (t.length > MAX_STACKED_WIDTH || t.includes('\t')) return undefined;
    j++;
  }
  if (j - i < 4) return undefined;
  const block = lines.slice(i, j).map((l) => l.text);
  const cols = gutterColumns(block);
  if (cols.length < 3 || cols.length > 12) return undefined;
  // Score each header height: how many columns' joined text names a known header.
  const scores: number[] = [0];
  const parts: string[][] = cols.map(() => []);
  const top = Math.min(MAX_HEADER_LINES, block.length - 1);
  for (let k = 1; k <= top; k++) {
    cols.forEach((c, n) => {
      const t = under(block[k - 1]!, c);
      if (t !== '') parts[n]!.push(t);
    });
    scores.push(parts.filter((p) => p.length > 0 && known(p.join(' '))).length);
  }
  const best = Math.max(...scores);
  let bestK = scores.indexOf(best);
  // Stacked header lines are sparse: the header takes the sparse lines after its best height, up to the first full line.
  const dense = (k: number): boolean => cols.filter((c) => under(block[k]!, c) !== '').length >= Math.max(3, cols.length - 1);
  while (bestK < top && !dense(bestK) && scores[bestK + 1]! >= best) bestK++;
  if (best < 3) return undefined;
  const headerTexts: string[][] = cols.map(() => []);
  for (const l of block.slice(0, bestK)) cols.forEach((c, n) => {
    const t = under(l, c);
    if (t !== '') headerTexts[n]!.push(t);
  });
  const first = lines[i]!;
  const rows: TableRow[] = [{ line: first.line, cells: cols.map((c, n) => ({ text: headerTexts[n]!.join(' '), line: first.line, column: c.start + 1, paragraphs: [], items: [] })) }];
  let current: TableRow | undefined;
  for (let k = bestK; k < block.length; k++) {
    const line = lines[i + k]!;
    const texts = cols.map((c) => under(line.text, c));
    if (current === undefined || (texts[0] !== '' && !/^\p{Ll}/u.test(texts[0]!))) {
      current = { line: line.line, cells: cols.map(() => ({ text: '', line: line.line, column: 1, paragraphs: [], items: [] })) };
      rows.push(current);
    }
    texts.forEach((t, n) => {
      if (t === '') return;
      const cell = current!.cells[n]!;
      if (cell.text === '') {
        cell.text = t;
        cell.line = line.line;
        cell.column = line.text.indexOf(t, cols[n]!.start) + 1;
      } else cell.text = `${cell.text} ${t}`;
    });
  }
  if (rows.length < 2) return undefined;
  return { block: { type: 'table', rows, line: first.line, column: cols[0]!.start + 1 }, end: j };
}
