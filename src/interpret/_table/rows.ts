/**
 * Internal: the rows of a document's tables as one stream, with header rows
 * recognised by the column vocabulary (also when split over two rows or
 * carrying a value such as the area examined).
 */
import type { SourceDocument, TableCell, TableRow } from '../../read/types.js';
import { type KeyMap, matchHeaderDetail } from './header.js';

/** One column of a header. */
export interface Column {
  /** The header as written ('' for a column with no header). */
  header: string;
  /** Fields named by the header; empty when unmapped. */
  fields: string[];
}

/** A recognised header row (or two rows read as one). */
export interface HeaderEvent {
  kind: 'header';
  columns: Column[];
  /** The value carried by a header cell ("2.1 Community engagement…"). */
  value?: string | undefined;
  /** Rows the header was read from. */
  rows: TableRow[];
  /** True when a header was seen before. */
  repeated: boolean;
}

/** A row that is not a header. */
export interface ContentEvent {
  kind: 'content';
  row: TableRow;
  /** The columns of the last header (empty before any header). */
  columns: Column[];
  /** First row after a page break (a new table block or a skipped line). */
  afterBreak: boolean;
  /** First row after a header. */
  afterHeader: boolean;
}

/** A row of the stream. */
export type RowEvent = HeaderEvent | ContentEvent;

const nonEmpty = (cells: readonly TableCell[]): TableCell[] => cells.filter((c) => c.text.trim() !== '');

interface CellMatch {
  fields: string[];
  value?: string | undefined;
}

/** Matches each cell of a row; `undefined` for empty or unknown cells. */
function matchCells(texts: readonly string[], map: KeyMap): (CellMatch | undefined)[] {
  return texts.map((t) => (t.trim() === '' ? undefined : matchHeaderDetail(t, map, true)));
}

const headerRows = new WeakMap<TableRow, WeakMap<KeyMap, boolean>>();

/** Whether a row reads as a header: two or more known headers, at least half its non-empty cells. */
export function isHeaderRow(row: TableRow, map: KeyMap): boolean {
  let byMap = headerRows.get(row);
  if (byMap === undefined) {
    byMap = new WeakMap();
    headerRows.set(row, byMap);
  }
  const known = byMap.get(map);
  if (known !== undefined) return known;
  const answer = readsAsHeader(row, map);
  byMap.set(map, answer);
  return answer;
}

function readsAsHeader(row: TableRow, map: KeyMap): boolean {
  const filled = nonEmpty(row.cells);
  if (filled.length < 2) return false;
  const matched = matchCells(
    filled.map((c) => c.text),
    map,
  ).filter((m) => m !== undefined).length;
  return matched >= 2 && matched * 2 >= filled.length;
}

/** Reads the rows of every table block of `doc` as one stream of headers and content rows. */
export function rowEvents(doc: SourceDocument, map: KeyMap): RowEvent[] {
  const events: RowEvent[] = [];
  let columns: Column[] = [];
  /** The last mapped column seen at each index, for header cells left empty. */
  const known: Column[] = [];
  let seenHeader = false;
  let prevLine = -1;
  for (const block of doc.blocks) {
    if (block.type !== 'table') continue;
    const rows = block.rows;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as TableRow;
      const afterBreak = i === 0 || row.line - prevLine > 1;
      prevLine = row.line;
      if (isHeaderRow(row, map)) {
        let texts = row.cells.map((c) => c.text.trim());
        const used: TableRow[] = [row];
        const next = rows[i + 1];
        if (next !== undefined && !isHeaderRow(next, map)) {
          const merged = texts.map((t, k) => {
            const below = next.cells[k]?.text.trim() ?? '';
            return below === '' ? t : `${t} ${below}`.trim();
          });
          const extra = next.cells.slice(texts.length).some((c) => c.text.trim() !== '');
          const mergedMatches = matchCells(merged, map);
          const belowFilled = next.cells.some((c) => c.text.trim() !== '');
          const allMatch = next.cells.every((c, k) => c.text.trim() === '' || mergedMatches[k] !== undefined);
          if (belowFilled && !extra && allMatch) {
            texts = merged;
            used.push(next);
            prevLine = next.line;
            i++;
          }
        }
        const matches = matchCells(texts, map);
        let value: string | undefined;
        const cols: Column[] = texts.map((header, k) => {
          const m = matches[k];
          if (m?.value !== undefined && m.value !== '') value = m.value;
          if (m !== undefined) return { header, fields: m.fields };
          if (header === '') {
            const before = known[k];
            if (before !== undefined) return before;
          }
          return { header, fields: [] };
        });
        cols.forEach((c, k) => {
          if (c.fields.length > 0) known[k] = c;
        });
        columns = cols;
        events.push({ kind: 'header', columns: cols, value, rows: used, repeated: seenHeader });
        seenHeader = true;
        continue;
      }
      const last = events.at(-1);
      events.push({ kind: 'content', row, columns, afterBreak, afterHeader: last?.kind === 'header' });
    }
  }
  return events;
}
