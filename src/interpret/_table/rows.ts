/**
 * Internal: the rows of a document's tables as one stream, with header rows
 * recognised by the column vocabulary (also when split over two rows or
 * carrying a value such as the area examined).
 */
import type { SourceDocument, TableRow } from '../../read/types.js';
import { type KeyMap, MAX_HEADER_LENGTH, matchHeaderDetail, matchHeaderWords } from './header.js';
import { headerKey, isBlank } from './normalize.js';
import { wordCount } from '../../_lib/white-space.js';

/** One column of a header. */
export interface Column {
  /** The header as written ('' for a column with no header). */
  header: string;
  /** Fields named by the header; empty when unmapped. */
  fields: string[];
}

/** Whether a header cell's match with the row below differs from its match alone (other fields, or a value such as "6.1"). */
function changes(top: CellMatch | undefined, merged: CellMatch | undefined): boolean {
  if (top === undefined || merged === undefined) return top !== merged;
  return merged.value !== undefined || merged.fields.join('\u0000') !== top.fields.join('\u0000');
}

/** A cell that is all one bracketed note. */
const BRACKETED = /^[([][^()[\]]*[)\]]$/u;

/** The most words in a cell of a header's second row. */
const MAX_CONTINUATION_WORDS = 3;

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
  /** Every cell of the row is empty or white space. */
  blank: boolean;
}

/** A row of the stream. */
export type RowEvent = HeaderEvent | ContentEvent;

interface CellMatch {
  fields: string[];
  value?: string | undefined;
}

/** Header matching for one stream of rows: the key map, and each distinct short cell text matched once. */
interface Matcher {
  map: KeyMap;
  /** Matches by cell text (matching is pure); long cells are never headers and are not kept. */
  cache: Map<string, CellMatch | undefined>;
  /** The row judged last and the answer (the row after a header row is judged twice in a row). */
  lastRow: TableRow | undefined;
  lastAnswer: boolean;
  /** How many cells of the row judged last are not blank. */
  lastFilled: number;
}

/** Longest cell text worth remembering (`matchHeaderDetail` turns longer ones down at once). */
const MAX_CACHED = MAX_HEADER_LENGTH;

/** Matches one cell; `undefined` for an empty or unknown cell. The answer may be shared: do not change it. */
function matchCell(text: string, m: Matcher): CellMatch | undefined {
  if (isBlank(text)) return undefined;
  if (text.length > MAX_CACHED) return matchHeaderDetail(text, m.map, true);
  const known = m.cache.get(text);
  if (known !== undefined || m.cache.has(text)) return known;
  const found = matchHeaderDetail(text, m.map, true);
  m.cache.set(text, found);
  return found;
}

/** Matches each cell of a row; `undefined` for empty or unknown cells. */
function matchCells(texts: readonly string[], m: Matcher): (CellMatch | undefined)[] {
  return texts.map((t) => matchCell(t, m));
}

/** Whether a row reads as a header: two or more known headers, at least half its non-empty cells. */
function isHeaderRow(row: TableRow, m: Matcher, opening = false): boolean {
  if (m.lastRow === row) return m.lastAnswer;
  m.lastRow = row;
  m.lastAnswer = readsAsHeader(row, m) || (opening && readsAsHeaderByWords(row, m));
  return m.lastAnswer;
}

/** A header ending in an abbreviation ("Task Nos.", "Ref."), not a sentence. */
const ABBREVIATION_END = /(?:^|\s)(?:nos?|ref|refs)\.$/iu;

/** Most words in a header cell matched by its words ("Target date for completion"). */
const MAX_HEADER_WORDS = 4;

/** Most words in any cell of a row read as a header by its words ("How we will measure success"). */
const MAX_UNMATCHED_HEADER_WORDS = 7;

/**
 * Whether the first row of a table, before any header, reads as a header
 * by the words of its cells ("Key actions | Lead Director | Target date for
 * completion"): every filled cell short (seven words at most, no full stop),
 * three or more of them naming a field — whole, or by the words of a cell
 * of four words at most — and at least half, or every one of two or more
 * ("Publish outcomes | Equality lead | Ongoing" stays content).
 */
function readsAsHeaderByWords(row: TableRow, m: Matcher): boolean {
  let filled = 0;
  let matched = 0;
  for (const c of row.cells) {
    if (isBlank(c.text)) continue;
    filled++;
    const text = c.text.trim();
    if (text.length > MAX_CACHED || (text.endsWith('.') && !ABBREVIATION_END.test(text))) return false;
    const words = wordCount(text);
    if (words > MAX_UNMATCHED_HEADER_WORDS) return false;
    if (matchCell(text, m) !== undefined || (words <= MAX_HEADER_WORDS && matchHeaderWords(text, m.map) !== undefined)) matched++;
  }
  return (matched >= 3 && matched * 2 >= filled) || (matched >= 2 && matched === filled);
}

/** Whether a row reads as a header (see {@link isHeaderRow}); counts its filled cells into `m.lastFilled`. */
function readsAsHeader(row: TableRow, m: Matcher): boolean {
  // Only cells no longer than a header can match: count them first, so a
  // row of long cells (most content rows) is turned down without matching.
  let filled = 0;
  let short = 0;
  for (const c of row.cells) {
    if (isBlank(c.text)) continue;
    filled++;
    if (c.text.length <= MAX_CACHED) short++;
  }
  m.lastFilled = filled;
  // A header has two or more known cells, at least half its filled ones.
  const needed = Math.max(2, Math.ceil(filled / 2));
  if (short < needed) return false;
  let matched = 0;
  let left = short;
  for (const c of row.cells) {
    if (c.text.length > MAX_CACHED || isBlank(c.text)) continue;
    if (matchCell(c.text, m) !== undefined) matched++;
    left--;
    // Stop once the cells left cannot make up the count (most content rows: no cell is a header).
    if (matched + left < needed) return false;
  }
  return matched >= needed;
}

/**
 * Cell matches, by a document's first table and the key map: a document's
 * rows are read as a stream twice over (by `detectTableKind`, telling its
 * kind from its first tables, and by the interpreter), and each distinct
 * short cell is matched once for both. Only cell texts and their matches
 * are kept (matching is pure: a text matches the same whatever the
 * document), for as long as the table lives.
 */
const MATCHES = new WeakMap<object, WeakMap<KeyMap, Map<string, CellMatch | undefined>>>();

/** The cell matches of the stream of `doc`'s tables with `map` (see {@link MATCHES}). */
function matchesOf(doc: SourceDocument, map: KeyMap): Map<string, CellMatch | undefined> {
  const first = doc.blocks.find((b) => b.type === 'table');
  if (first === undefined) return new Map();
  let byMap = MATCHES.get(first);
  if (byMap === undefined) {
    byMap = new WeakMap();
    MATCHES.set(first, byMap);
  }
  let cache = byMap.get(map);
  if (cache === undefined) {
    cache = new Map();
    byMap.set(map, cache);
  }
  return cache;
}

/** Reads the rows of every table block of `doc` as one stream of headers and content rows. */
export function rowEvents(doc: SourceDocument, map: KeyMap): RowEvent[] {
  const m: Matcher = { map, cache: matchesOf(doc, map), lastRow: undefined, lastAnswer: false, lastFilled: 0 };
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
      if (isHeaderRow(row, m, i === 0 && !seenHeader)) {
        let texts = row.cells.map((c) => c.text.trim());
        const used: TableRow[] = [row];
        const next = rows[i + 1];
        if (next !== undefined && !isHeaderRow(next, m)) {
          const merged = texts.map((t, k) => {
            const below = next.cells[k]?.text.trim() ?? '';
            return below === '' ? t : `${t} ${below}`.trim();
          });
          const extra = next.cells.slice(texts.length).some((c) => c.text.trim() !== '');
          const mergedMatches = matchCells(merged, m);
          const belowFilled = next.cells.some((c) => c.text.trim() !== '');
          // A header's second line is a word or three ("Officer", "(DD/MM/YY)", "31 March 2010"); a longer cell is a row's.
          // A value-carrying header takes the row's words as its value ("Area examined" over "1.1 Leadership …").
          // A cell under a header that is whole on its own continues it only when it adds to it: a header word of
          // its own, a bracketed note ("(DD/MM/YY)"), or words that make a longer known header ("Lead" over "Officer").
          // "By When" over "March 2010", or "Theme" over "Continued overleaf", is a row.
          const topMatches = matchCells(texts, m);
          const adds = (text: string, k: number): boolean =>
            topMatches[k] === undefined || changes(topMatches[k], mergedMatches[k]) || matchCell(text, m) !== undefined || BRACKETED.test(text) || m.map.has(headerKey(merged[k] ?? ''));
          const continues = (text: string, k: number): boolean =>
            text === '' || mergedMatches[k]?.value !== undefined || (mergedMatches[k] !== undefined && text.split(/\s+/u).length <= MAX_CONTINUATION_WORDS && adds(text, k));
          const allMatch = next.cells.every((c, k) => continues(c.text.trim(), k));
          if (belowFilled && !extra && allMatch) {
            texts = merged;
            used.push(next);
            prevLine = next.line;
            i++;
          }
        }
        const matches = matchCells(texts, m);
        let value: string | undefined;
        const cols: Column[] = texts.map((header, k) => {
          const found = matches[k];
          if (found?.value !== undefined && found.value !== '') value = found.value;
          if (found !== undefined) return { header, fields: found.fields.slice() };
          const byWords = matchHeaderWords(header, m.map);
          if (byWords !== undefined) return { header, fields: [byWords] };
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
      // `row` was judged last (just above), so `m.lastFilled` counts its cells.
      events.push({ kind: 'content', row, columns, afterBreak, afterHeader: last?.kind === 'header', blank: m.lastFilled === 0 });
    }
  }
  return events;
}
