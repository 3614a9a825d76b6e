/**
 * Internal: shapes of content rows beyond one action per row — a column of
 * objectives beside the Action column (its cells open themes), several
 * numbered sub-actions in one Action cell ("2.1 … 2.2 … 2.3 …"), and a last
 * row that the text cuts off.
 */
import type { TableCell, TableRow } from '../../read/types.js';
import { fold, isBlank } from './normalize.js';
import type { Column } from './rows.js';

/** Headers of a column that groups actions rather than being one ("Objective", "Aims", "Goal"). */
const GROUPING_HEADER = /\b(?:objectives?|aims?|goals?)\b/iu;

/** Where the action's title and the grouping column are in a header's columns. */
export interface TitleColumns {
  /** The column that holds each action's title, -1 when none. */
  title: number;
  /** A column of objectives beside the title column whose cells open themes, -1 when none. */
  group: number;
}

/**
 * The title column of a header, and a grouping column: when two columns
 * name the title, the first headed as an objective, aim or goal ("No. | Objective | Action | …") groups the actions of the second.
 */
export function titleColumns(columns: readonly Column[]): TitleColumns {
  const titles: number[] = [];
  columns.forEach((c, k) => {
    if (c.fields[0] === 'title') titles.push(k);
  });
  const first = titles[0] ?? -1;
  const second = titles[1];
  if (second !== undefined && GROUPING_HEADER.test(columns[first]?.header ?? '')) return { title: second, group: first };
  return { title: first, group: -1 };
}

/** A cell opening with a reference of two or more levels ("2.1", "3.2.1"). */
const FIRST_SUB_REF = /^\s*(\d+(?:\.\d+)*)\.(\d+)[.):]?\s+(?=\S)/u;

/**
 * The numbered sub-actions one cell holds ("2.1 Identify courses 2.2
 * Develop … 2.3 Coordinate …"): the cell's text cut before each reference
 * that follows the one before it (2.1, then 2.2, then 2.3), each piece
 * keeping its reference. One piece (the whole text) when the cell opens
 * with no such reference or holds no second one. Linear in the text.
 */
export function subActionTexts(text: string): string[] {
  const m = FIRST_SUB_REF.exec(text);
  if (m?.[1] === undefined || m[2] === undefined) return [text];
  const parent = m[1];
  let n = Number(m[2]);
  const cuts: number[] = [];
  let from = m[0].length;
  for (;;) {
    const want = `${parent}.${n + 1}`;
    let at = text.indexOf(want, from);
    // The next reference: after white space, then white space (or ". ", ") ") and a word.
    while (at >= 0 && !(isSpaceAt(text, at - 1) && refEndsAt(text, at + want.length))) at = text.indexOf(want, at + 1);
    if (at < 0) break;
    cuts.push(at);
    from = at + want.length;
    n++;
  }
  if (cuts.length === 0) return [text];
  const out: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    out.push(text.slice(start, cut).trim());
    start = cut;
  }
  out.push(text.slice(start).trim());
  return out;
}

function isSpaceAt(text: string, at: number): boolean {
  return at >= 0 && /\s/u.test(text.charAt(at));
}

/** Whether a reference ending at `at` is followed by its words ("2.2 Develop", "2.2. Develop", "2.2) Develop"). */
function refEndsAt(text: string, at: number): boolean {
  let i = at;
  const c = text.charAt(i);
  if (c === '.' || c === ')' || c === ':') i++;
  if (!isSpaceAt(text, i)) return false;
  while (isSpaceAt(text, i)) i++;
  return /[\p{L}(“"‘']/u.test(text.charAt(i));
}

/** A copy of `row` whose cell `k` reads `text` (a sub-action of the cell). */
export function withCellText(row: TableRow, k: number, text: string): TableRow {
  const cells = row.cells.slice();
  const cell = cells[k];
  if (cell !== undefined) cells[k] = { text, line: cell.line, column: cell.column, paragraphs: [], items: [] };
  return { line: row.line, cells };
}

/** Words a phrase does not end on: the text was cut after them ("October 2009 and", "across the"). */
const OPEN_ENDED = new Set(['and', 'or', 'of', 'the', 'to', 'for', 'with', 'a', 'an', 'from', 'across', 'including']);


/**
 * Whether a cell's text stops where no cell would: on a comma, a dash, an
 * open bracket or slash, on a word that leads into more ("and", "of",
 * "the"), or as a lone letter where a date was due.
 */
function cutCell(text: string, fields: readonly string[]): boolean {
  const t = fold(text);
  if (t === '') return false;
  if (/[,–—\-(/&]$/u.test(t)) return true;
  const last = t.slice(t.lastIndexOf(' ') + 1).toLowerCase();
  if (OPEN_ENDED.has(last) && t.includes(' ')) return true;
  return /^\p{L}$/u.test(t) && fields.includes('timescale');
}

/**
 * Whether a row that ends the text was cut off by it: one of its filled
 * cells stops short (see {@link cutCell}).
 */
export function isCutRow(row: TableRow, columns: readonly Column[]): boolean {
  return row.cells.some((c, k) => !isBlank(c.text) && cutCell(c.text, columns[k]?.fields ?? []));
}

/** Whether an action's text ends a sentence ("… where possible.", "… (see annex).)"). */
export function endsSentence(text: string): boolean {
  return /[.!?…][)"'’”\]]*\s*$/u.test(text);
}

/** The filled cells of a row, joined as written ("a | b | c"). */
export function rowText(row: TableRow): string {
  return row.cells
    .map((c: TableCell) => fold(c.text))
    .filter((t) => t !== '')
    .join(' | ');
}
