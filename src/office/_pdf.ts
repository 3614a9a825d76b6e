/**
 * Internal: a PDF's text (read with unpdf, pdf.js for servers) as plain
 * blocks, from the position of every piece of text, the rules drawn round
 * table cells, and a tagged PDF's structure.
 *
 * 1. A page's text items are grouped into lines by baseline, and a line's
 *    items into segments (a bullet glyph joins the text after it).
 * 2. Lines closer than 1.6 line heights make a block. A block with a line of
 *    two or more segments is a table: its columns are the runs of x that
 *    some text covers, split at the gutters no text crosses.
 * 3. Rows start where a column's text resumes after a gap, or where the
 *    step between baselines is larger than the text's own line pitch (the
 *    padding and border between two rows).
 * 4. In a cell, a line opening with a bullet starts a list item (nested by
 *    its indent); a line that ends short of the column's right edge, by more
 *    than the next line's first word, ends a paragraph.
 * 5. A table going on from one page to the next is joined: a header row
 *    repeated on the new page is dropped, and a first row whose first cell
 *    is empty is the rest of the row the page break cut.
 * 6. Every line is read once and rows and columns are found in one pass
 *    each, so a plan of many pages is read in time linear in its text.
 * 7. A table drawn with its cell borders is read from them first
 *    (`_ruling.ts`): each cell's text is the text inside its rules, so empty
 *    cells and rows keep their place; the steps above read the rest, and
 *    every table of a page whose drawing pdf.js cannot give. Step 5 joins
 *    ruled tables across pages too.
 * 8. A tagged PDF's structure says which paragraph or list item each line
 *    is in; that replaces step 4's reading of where lines stop.
 * 9. A page set in two columns is read as frames (`framesOf`): what runs
 *    across both columns, then each column in turn. Frames, not pages, are
 *    what steps 3–5 go on from and join across.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { _blocksHtml, type _OfficeBlock } from './_html.js';
import { _load, _PACKAGE } from './_load.js';
import type { _Html } from './_office.js';
import { _pageRules, _ruledGrids, type _OperatorList, type _Ops, type _Rule, type _RuledGrid } from './_ruling.js';

/** The part of pdf.js (through unpdf) used here. */
interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  /** A marked-content item (with `includeMarkedContent`): `beginMarkedContentProps` (with `id`), `beginMarkedContent` or `endMarkedContent`. */
  type?: string;
  id?: string | null;
}
/** A node of a tagged PDF's structure tree, as pdf.js serialises it. */
interface PdfStructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: PdfStructNode[];
}
interface PdfPage {
  getTextContent(options?: { includeMarkedContent?: boolean }): Promise<{ items: PdfTextItem[] }>;
  getStructTree?(): Promise<PdfStructNode | null>;
  getOperatorList?(): Promise<_OperatorList>;
  cleanup?(): unknown;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy?(): Promise<unknown>;
}
export interface _Unpdf {
  getDocumentProxy(data: Uint8Array, options?: object): Promise<unknown>;
  getResolvedPDFJS?(): Promise<{ OPS?: Partial<_Ops> }>;
}

/** Marks where a line was wrapped, until the words cut there are known (U+E000, private use). */
const CUT = '\uE000';
/**
 * Marks a wrapped line that ended a sentence, the next opening one, on a line too full to tell
 * whether a paragraph ended there (U+E001): settled by how the document writes elsewhere.
 */
const SENTENCE = '\uE001';
/**
 * Marks a line of one word that ran to the column's edge before a line opening in lower case
 * (U+E002): a word too long for its column, broken where the line ran out (`commitmen` / `t`).
 */
const BROKEN = '\uE002';
/** Where lines were joined: a cut or a broken word. */
const JOINS = /[\uE000\uE002]/u;
/** Any of the marks above. */
const MARKS = /[\uE000-\uE002]/gu;
const ENDS_SENTENCE = /[.!?]['"’”)]*$/u;
const OPENS_SENTENCE = /^['"‘“(]*\p{Lu}/u;

const BULLET_GLYPH = /^[•·▪◦‣○●■□➢➤►✓✔\uf0b7\uf0a7-]$/u;

interface Segment {
  x0: number;
  x1: number;
  text: string;
  bullet: boolean;
  /** Opened by a bullet glyph set apart from its text (a list's own marker, not a `•` typed in the line). */
  marked?: boolean;
  /** The baseline and text size of the segment's own text (its line's may be another column's, a little apart). */
  y?: number;
  size?: number;
  /** In a tagged PDF, the paragraph (or list item) the segment's first and last text belong to. */
  paraFrom?: number;
  paraTo?: number;
}
interface Line {
  y: number;
  size: number;
  /** The frame the line is read in: a page, or one column of a page set in columns; frames are numbered in reading order. */
  page: number;
  /** The page the line is on. */
  at: number;
  /** The right edge of the column the line is set in, on a page set in columns. */
  right?: number;
  segments: Segment[];
}

/** Roles of a tagged PDF's structure that hold one paragraph's text; a list item holds its label and body. */
const PARAGRAPH_ROLES = /^(?:P|H[1-6]?|Caption|Title|BlockQuote|Note|Lbl|LBody|TOCI)$/u;

/**
 * The paragraph of each marked-content id of a tagged PDF's page: the list item (`LI`) it is in, or
 * else its nearest paragraph-like element, numbered from `from` in tree order; and the next number.
 */
function paragraphsOf(tree: PdfStructNode | null | undefined, from: number): { paras: Map<string, number>; next: number } {
  const out = new Map<string, number>();
  let next = from;
  if (tree === null || tree === undefined) return { paras: out, next };
  const walk = (node: PdfStructNode, para: number | undefined, inItem: boolean) => {
    let mine = para;
    let item = inItem;
    if (node.role === 'LI') {
      mine = next++;
      item = true;
    } else if (!item && node.role !== undefined && PARAGRAPH_ROLES.test(node.role)) mine = next++;
    if (node.type === 'content' && typeof node.id === 'string' && mine !== undefined) out.set(node.id, mine);
    for (const child of node.children ?? []) walk(child, mine, item);
  };
  walk(tree, undefined, false);
  return { paras: out, next };
}

/**
 * A page's lines, top to bottom; text is never joined across one of the vertical rules `walls` (a
 * cell's border). In a tagged PDF, `paras` gives each piece of text its paragraph.
 */
function pageLines(items: readonly PdfTextItem[], page: number, walls: readonly _Rule[] = [], paras: ReadonlyMap<string, number> = new Map()): Line[] {
  const pieces: { x: number; y: number; w: number; size: number; text: string; para: number | undefined }[] = [];
  // The marked-content ids open around the text, innermost last.
  const open: (string | undefined)[] = [];
  for (const it of items) {
    if (it.type === 'beginMarkedContentProps' || it.type === 'beginMarkedContent') open.push(typeof it.id === 'string' ? it.id : undefined);
    else if (it.type === 'endMarkedContent') open.pop();
    const text = it.str ?? '';
    const t = it.transform;
    if (text.trim() === '' || t === undefined || t.length < 6) continue;
    const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || (it.height ?? 0) || 10;
    const id = open.findLast((x) => x !== undefined);
    pieces.push({ x: t[4]!, y: t[5]!, w: it.width ?? text.length * size * 0.5, size, text, para: id === undefined ? undefined : paras.get(id) });
  }
  // Top to bottom into lines (baselines a little apart, as in two columns, are one line), then each line left to right.
  pieces.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: (typeof pieces)[] = [];
  for (const p of pieces) {
    const row = rows[rows.length - 1];
    if (row === undefined || Math.abs(row[0]!.y - p.y) > p.size * 0.3) rows.push([p]);
    else row.push(p);
  }
  const lines: Line[] = [];
  for (const p of rows.flatMap((row) => row.sort((a, b) => a.x - b.x))) {
    let line = lines[lines.length - 1];
    if (line === undefined || Math.abs(line.y - p.y) > p.size * 0.3) {
      line = { y: p.y, size: p.size, page, at: page, segments: [] };
      lines.push(line);
    }
    line.size = Math.max(line.size, p.size);
    const last = line.segments[line.segments.length - 1];
    const gap = last === undefined ? Infinity : p.x - last.x1;
    const walled = last !== undefined && walls.some((w) => w.at > last.x1 - 1 && w.at < p.x + 1 && p.y >= w.from - 2 && p.y <= w.to + 2);
    if (last !== undefined && !walled && (gap < p.size * 0.6 || (last.bullet && gap < p.size * 3))) {
      last.text = last.bullet ? `${last.text} ${p.text.trim()}` : gap > p.size * 0.15 && !last.text.endsWith(' ') && !p.text.startsWith(' ') ? `${last.text} ${p.text}` : last.text + p.text;
      last.x1 = Math.max(last.x1, p.x + p.w);
      last.size = Math.max(last.size ?? 0, p.size);
      if (last.bullet) last.marked = true;
      last.bullet = false;
      if (p.para !== undefined) last.paraTo = p.para;
    } else {
      const text = p.text.trim();
      line.segments.push({ x0: p.x, x1: p.x + p.w, text, bullet: BULLET_GLYPH.test(text), y: p.y, size: p.size, ...(p.para === undefined ? {} : { paraFrom: p.para, paraTo: p.para }) });
    }
  }
  for (const line of lines) for (const s of line.segments) s.text = s.text.replace(/\s+/gu, ' ').trim();
  return lines;
}

/** Column intervals of a table block: the runs of x covered by its text. */
function columnsOf(lines: readonly Line[]): [number, number][] {
  const spans = lines.flatMap((l) => l.segments.map((s) => [s.x0, s.x1] as [number, number])).sort((a, b) => a[0] - b[0]);
  const columns: [number, number][] = [];
  const gutter = 2;
  for (const [a, b] of spans) {
    const last = columns[columns.length - 1];
    if (last !== undefined && a <= last[1] + gutter) last[1] = Math.max(last[1], b);
    else columns.push([a, b]);
  }
  return columns;
}

/** The index of the column holding `x0`. */
function columnAt(columns: readonly [number, number][], x0: number): number {
  for (let i = columns.length - 1; i >= 0; i--) if (x0 >= columns[i]![0] - 1) return i;
  return 0;
}

/** A cell's lines as the cell text of `_cellHtml`: paragraphs and bullet items by line. */
function cellText(lines: readonly { seg: Segment; size: number }[], left: number, right: number): string {
  const out: string[] = [];
  let prev: { seg: Segment; size: number } | undefined;
  let itemIndent: number | undefined;
  for (const cur of lines) {
    const { seg } = cur;
    // A tagged PDF says which paragraph each line is in; else a paragraph ends where a line stops short.
    const tagged = prev?.seg.paraTo !== undefined && seg.paraFrom !== undefined;
    const ends = prev === undefined || (tagged ? prev.seg.paraTo !== seg.paraFrom : endsParagraph(prev, cur, right));
    // A line opening with a bullet is a list item, unless the bullet was typed in the text and the
    // line before ran on to the edge (a `•` in a sentence, wrapped to the line's start).
    const bullet = /^[•·▪◦‣○●■□➢➤►✓✔\uf0b7\uf0a7-] /u.test(seg.text) && seg.text.length > 2 && (seg.marked === true || ends);
    if (bullet) {
      const indent = Math.max(0, Math.round((seg.x0 - left) / Math.max(4, cur.size)));
      out.push(`${'  '.repeat(indent)}• ${seg.text.slice(2)}`);
      itemIndent = seg.x0;
    } else if (prev !== undefined && out.length > 0 && !ends) {
      const before = out[out.length - 1]!;
      out[out.length - 1] = ENDS_SENTENCE.test(before)
        ? OPENS_SENTENCE.test(seg.text) && !tagged
          ? `${before}${SENTENCE}${seg.text}`
          : joinWrapped(before, seg.text)
        : brokenWord(prev.seg, seg, right)
          ? `${before}${BROKEN}${seg.text}`
          : joinWrapped(before, seg.text);
    } else {
      // A line under a bullet item's text but not at the cell's left is still that item.
      if (!tagged && itemIndent !== undefined && seg.x0 > itemIndent + 1 && out.length > 0) out[out.length - 1] = joinWrapped(out[out.length - 1]!, seg.text);
      else {
        out.push(seg.text);
        itemIndent = undefined;
      }
    }
    prev = cur;
  }
  return out.join('\n');
}

/** A rough width of text in ems, as a proportional font sets it. */
function weigh(text: string): number {
  let w = 0;
  for (const c of text) w += c === ' ' ? 0.25 : /[.,;:'!|il]/u.test(c) ? 0.28 : /[A-Z]/u.test(c) ? (c === 'M' || c === 'W' ? 0.9 : 0.68) : /[mw]/u.test(c) ? 0.75 : 0.5;
  return w;
}

/** Whether the line `prev` ends its paragraph before `next`: it stops short of the right edge by more than `next`'s first word. */
function endsParagraph(prev: { seg: Segment; size: number }, next: { seg: Segment; size: number }, right: number): boolean {
  const firstWord = next.seg.text.split(' ', 1)[0] ?? '';
  // The word's width as measured on its own line (the line's width shared by its characters).
  // The word's width in the line's own scale: its characters weighed (capitals wide, stops narrow) against the whole line's.
  const wordWidth = ((next.seg.x1 - next.seg.x0) * weigh(firstWord)) / Math.max(1, weigh(next.seg.text));
  return prev.seg.x1 + next.size * 0.25 + wordWidth < right - 2;
}

/**
 * Whether the line `prev` is one word broken where its column ran out: a single word reaching the
 * column's right edge, short of it by less than the first letter of `next`, which opens in lower
 * case (or goes on with the digits of a number).
 */
function brokenWord(prev: Segment, next: Segment, right: number): boolean {
  if (/\s/u.test(prev.text) || !(/^\p{Ll}/u.test(next.text) || (/\p{N}$/u.test(prev.text) && /^\p{N}/u.test(next.text)))) return false;
  const letter = ((next.x1 - next.x0) * weigh(next.text[0]!)) / Math.max(0.25, weigh(next.text));
  return prev.x1 + letter > right - 1;
}

/** Joins a wrapped line to the text before it; a word cut at a hyphen is kept whole later, by the document's own words. */
function joinWrapped(before: string, after: string): string {
  return `${before}${CUT}${after}`;
}

interface Grid {
  columns: [number, number][];
  rows: { cells: { seg: Segment; size: number }[][]; page: number; at: number; y: number }[];
}

/** A table block's rows and cells. */
function gridOf(lines: readonly Line[], linePitch: number, given?: [number, number][]): Grid {
  const columns = given ?? columnsOf(lines);
  const rows: Grid['rows'] = [];
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) pitches.push(lines[i - 1]!.y - lines[i]!.y);
  const sorted = [...pitches].sort((a, b) => a - b);
  // The text's own line pitch: the document's, or this table's own when smaller (a table of one-line rows has none).
  const pitch = Math.min(sorted[Math.floor(sorted.length / 4)] ?? Infinity, linePitch);
  // The baseline each column's text last reached.
  let lastY: (number | undefined)[] = columns.map(() => undefined);
  let row: Grid['rows'][number] | undefined;
  let prevY: number | undefined;
  for (const line of lines) {
    const cols = line.segments.map((s) => columnAt(columns, s.x0));
    const step = prevY === undefined ? Infinity : prevY - line.y;
    const resumes = cols.some((c) => {
      const y = lastY[c];
      return y === undefined ? row !== undefined && row.cells[c]!.length > 0 : y - line.y > pitch * 1.5;
    });
    if (row === undefined || step > pitch + Math.max(0.3, pitch * 0.03) || resumes) {
      row = { cells: columns.map(() => []), page: line.page, at: line.at, y: line.y };
      rows.push(row);
      lastY = columns.map(() => undefined);
    }
    const r = row;
    line.segments.forEach((s, i) => {
      const c = cols[i]!;
      r.cells[c]!.push({ seg: s, size: line.size });
      lastY[c] = line.y;
    });
    prevY = line.y;
  }
  return { columns, rows };
}

/** A row the page break cut: each cell's text with the rest of it from the next page. */
function joinRows(last: readonly string[], first: readonly string[]): string[] {
  return last.map((c, i) => {
    const more = first[i] ?? '';
    if (more === '' || c === '') return more === '' ? c : more;
    return `${c}${/^\s*•/u.test(more) ? '\n' : CUT}${more}`;
  });
}

/** Whether a cell of a row opens in the middle of a sentence (a lower-case word). */
const midSentence = (cells: readonly string[]) => cells.some((c) => /^\p{Ll}/u.test(c));

/**
 * Where each of `next`'s columns goes in a table of columns `cols`: the column starting at the
 * same place (within 3 points), or a new column after the last when it starts right of all of
 * them; undefined when a column fits neither, or none is shared.
 */
function alignColumns(cols: readonly [number, number][], next: readonly [number, number][]): number[] | undefined {
  const end = cols[cols.length - 1]![1];
  let added = 0;
  let shared = 0;
  const map: number[] = [];
  for (const c of next) {
    const i = cols.findIndex((x) => Math.abs(x[0] - c[0]) <= 3);
    if (i >= 0) {
      shared++;
      map.push(i);
    } else if (c[0] > end + 2) map.push(cols.length + added++);
    else return undefined;
  }
  return shared > 0 && new Set(map).size === map.length ? map : undefined;
}

/** A table being read: its columns' x-intervals, its rows' cell texts, where it ends and its text size. */
interface Table {
  xs: [number, number][];
  /** A ruled table's rules between its columns, left to right. */
  walls?: readonly number[];
  /** Each row's cells' texts, where it stands, and (a ruled table's) the columns whose last line ran on to the cell's edge in mid-sentence. */
  rows: { cells: string[]; where: string; runsOn?: number[] }[];
  page: number;
  endY: number;
  size: number;
}

/** Every cell and paragraph text of `blocks`, replaced by what `f` returns for it (when it returns a text). */
function eachText(blocks: readonly (_OfficeBlock | Table)[], f: (text: string) => string | void): void {
  for (const b of blocks) {
    if ('xs' in b) for (const r of b.rows) r.cells = r.cells.map((c) => f(c) ?? c);
    else if (b.type !== 'table') b.text = f(b.text) ?? b.text;
  }
}

/** The cell texts of a grid's rows, each column wrapping at its right edge in `rights`. */
function rowTexts(rows: Grid['rows'], columns: readonly [number, number][], rights: readonly number[]): Table['rows'] {
  return rows.map((r) => ({ cells: r.cells.map((c, i) => cellText(c, columns[i]![0], rights[i]!)), where: `page ${r.at}` }));
}

/** A line of a ruled cell's text, with its baseline. */
interface CellLine {
  seg: Segment;
  size: number;
  y: number;
}
/** A table read from its rules: its columns, rows, where it stands and its text size. */
interface Ruled {
  columns: [number, number][];
  walls: number[];
  rows: Table['rows'];
  page: number;
  top: number;
  endY: number;
  size: number;
}

/**
 * The ruled tables of a page, each cell's text the text inside its rules, and the lines left
 * outside them. A cell left open at its top (merged with the cell above) adds its text to that cell.
 */
function ruledTables(lines: readonly Line[], grids: readonly _RuledGrid[], page: number): { tables: Ruled[]; rest: Line[] } {
  const tables: Ruled[] = [];
  const cells = grids.map((g) => g.bands.map((b) => b.walls.slice(1).map((): CellLine[] => [])));
  const rest: Line[] = [];
  const where = (g: _RuledGrid, y: number, x: number): [number, number] | undefined => {
    const b = g.bands.findIndex((band) => y < band.top && y > band.bottom);
    if (b < 0) return undefined;
    const walls = g.bands[b]!.walls;
    for (let k = walls.length - 2; k >= 0; k--) if (x >= walls[k]! - 1) return x < walls[k + 1]! ? [b, k] : undefined;
    return undefined;
  };
  const found = new Set<number>();
  for (const line of lines) {
    const left: Segment[] = [];
    for (const seg of line.segments) {
      const g = grids.findIndex((x) => line.y < x.top && line.y > x.bottom && seg.x0 >= x.left - 1 && seg.x0 < x.right);
      const at = g < 0 ? undefined : where(grids[g]!, line.y, seg.x0);
      if (at === undefined) {
        left.push(seg);
        continue;
      }
      found.add(g);
      const cell = cells[g]![at[0]]![at[1]]!;
      const prev = cell[cell.length - 1];
      // Pieces of one line in one cell are one line of its text.
      if (prev !== undefined && prev.y === line.y) prev.seg = { ...prev.seg, x1: seg.x1, text: `${prev.seg.text} ${seg.text}`, ...(seg.paraTo === undefined ? {} : { paraTo: seg.paraTo }) };
      else cell.push({ seg, size: line.size, y: line.y });
    }
    if (left.length > 0) rest.push(left.length === line.segments.length ? line : { ...line, segments: left });
  }
  grids.forEach((g, gi) => {
    if (!found.has(gi)) return;
    // The cells' padding: how far their text stands in from the rule on its left.
    let pad = Infinity;
    let size = 0;
    g.bands.forEach((b, bi) =>
      cells[gi]![bi]!.forEach((c, k) => {
        if (c[0] === undefined) return;
        pad = Math.min(pad, ...c.map((l) => l.seg.x0 - b.walls[k]!));
        size = Math.max(size, ...c.map((l) => l.size));
      }),
    );
    pad = Math.max(0, Math.min(pad, size));
    // Columns: those of the band with the most cells.
    const widest = g.bands.reduce((a, b) => (b.walls.length > a.walls.length ? b : a));
    const columns = widest.walls.slice(1).map((r, k): [number, number] => [widest.walls[k]! + pad, r - pad]);
    // A cell open at its top goes on from the cell above with the same left rule (bottom up, so a
    // cell merged down several rows gathers all its text, in order, in its first).
    for (let bi = g.bands.length - 1; bi > 0; bi--) {
      const b = g.bands[bi]!;
      const above = g.bands[bi - 1]!;
      b.closed.forEach((closed, k) => {
        const j = above.walls.findIndex((w) => Math.abs(w - b.walls[k]!) <= 1.5);
        if (closed || j < 0 || j >= above.walls.length - 1) return;
        cells[gi]![bi - 1]![j]!.push(...cells[gi]![bi]![k]!);
        cells[gi]![bi]![k] = [];
      });
    }
    const rows: Table['rows'] = [];
    let endY = g.top;
    g.bands.forEach((b, bi) => {
      // A band with no text narrower than a line (between the two rules of a double border) is no row.
      if (b.top - b.bottom < size && cells[gi]![bi]!.every((c) => c.length === 0)) return;
      const row = columns.map(() => '');
      const runsOn: number[] = [];
      cells[gi]![bi]!.forEach((c, k) => {
        if (c.length === 0) return;
        const right = b.walls[k + 1]! - pad;
        const text = cellText(c, b.walls[k]! + pad, right);
        const i = columnAt(columns, b.walls[k]! + pad);
        row[i] = row[i] === '' ? text : `${row[i]}\n${text}`;
        endY = Math.min(endY, ...c.map((l) => l.y));
        // The cell's last line runs to within a long word of its edge, in mid-sentence: it may go on below.
        const last = c[c.length - 1]!;
        if (last.seg.x1 > right - last.size * 4 && !ENDS_SENTENCE.test(last.seg.text)) runsOn.push(i);
      });
      rows.push({ cells: row, where: `page ${page}`, ...(runsOn.length > 0 ? { runsOn } : {}) });
    });
    tables.push({ columns, walls: widest.walls, rows, page, top: g.top, endY, size: size || 10 });
  });
  return { tables, rest };
}

/** The identity map of two ruled tables' columns when their rules stand at the same places (within 3 points), else undefined. */
function sameWalls(a: readonly number[], b: readonly number[]): number[] | undefined {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= 3) ? a.slice(1).map((_, i) => i) : undefined;
}

/** Whether two tables' columns start at the same places (within 3 points). */
function sameColumns(a: readonly [number, number][], b: readonly [number, number][]): boolean {
  return a.length === b.length && a.every((c, i) => Math.abs(c[0] - b[i]![0]) <= 3);
}

function sameRow(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x.replace(MARKS, ' ') === b[i]!.replace(MARKS, ' '));
}

/** A word without the marks around it, in lower case: `"Develop-` → `develop`. */
function bare(word: string): string {
  let i = 0;
  let j = word.length;
  while (i < j && !/[\p{L}\p{N}]/u.test(word[i]!)) i++;
  while (j > i && !/[\p{L}\p{N}]/u.test(word[j - 1]!)) j--;
  return word.slice(i, j).toLowerCase();
}

/** The text after the last white space of `text`, and before the first of `after`. */
const lastWord = (text: string) => text.slice(Math.max(text.lastIndexOf(' '), text.lastIndexOf('\n')) + 1);
const firstWord = (text: string) => {
  const m = /\s/u.exec(text);
  return m === null ? text : text.slice(0, m.index);
};

/** Re-joins words cut at a line end (`Develop` / `ment`) where the document writes them whole elsewhere. */
function rejoin(text: string, words: ReadonlySet<string>): string {
  if (!JOINS.test(text)) return text;
  const parts = text.split(/([\uE000\uE002])/u);
  const out: string[] = [parts[0]!];
  let before = parts[0]!;
  for (let k = 2; k < parts.length; k += 2) {
    const part = parts[k]!;
    const a = lastWord(before);
    const b = firstWord(part);
    // A word broken for want of room: one word, unless either half is a word the document writes
    // whole and the two together are not (`implementation` / `of`, `corporate` / `commitm…`, where
    // the edge was misjudged or the next line is itself a broken word).
    if (parts[k - 1] === BROKEN) out.push((words.has(bare(a)) || words.has(bare(b))) && !words.has(bare(a + b)) ? ' ' : '', part);
    else if (a.endsWith('-') && a.length > 1 && /[\p{L}\p{N}]-$/u.test(a) && /^[\p{Ll}\p{N}]/u.test(b)) {
      // A word broken at a hyphen: one word where the document writes it whole elsewhere, else a
      // hyphenated word (`set-` / `up`, `post-` / `2012`), kept whole with its hyphen. (Before a
      // capital, `2008-` / `March`, the hyphen is a dash and the space stays.)
      if (words.has(bare(a.slice(0, -1) + b))) out[out.length - 1] = out[out.length - 1]!.slice(0, -1);
      out.push(part);
    } else if (a !== '' && b !== '' && /\p{L}$/u.test(a) && /^\p{Ll}/u.test(b) && words.has(bare(a + b)) && !(words.has(bare(a)) && words.has(bare(b)))) out.push(part);
    else out.push(' ', part);
    before = part;
  }
  return out.join('');
}

/** Adds the words `text` writes whole (not the two halves of a word cut at a line end) to `words`. */
function addWords(text: string, words: Set<string>): void {
  const parts = text.split(JOINS);
  parts.forEach((part, k) => {
    const ws = part.split(/\s+/u);
    const from = k > 0 ? 1 : 0;
    const to = k < parts.length - 1 ? ws.length - 1 : ws.length;
    for (let i = from; i < to; i++) {
      const w = bare(ws[i]!);
      if (w !== '') words.add(w);
    }
  });
}

/** pdf.js's operator codes, when the loaded pdf.js gives them. */
async function operators(unpdf: _Unpdf): Promise<_Ops | undefined> {
  try {
    const ops = (await unpdf.getResolvedPDFJS?.())?.OPS;
    return ops !== undefined && [ops.constructPath, ops.save, ops.restore, ops.transform].every((x) => typeof x === 'number') ? (ops as _Ops) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A page's rules. pdf.js may fail part way through a page's drawing (on Node 20 it cannot pass a
 * font's data on, and stops at the first new font): the rules drawn before that are kept, and a
 * table whose rules are missing is read from its text.
 */
async function pageRules(page: PdfPage, ops: _Ops): Promise<{ h: _Rule[]; v: _Rule[] }> {
  try {
    return page.getOperatorList === undefined ? { h: [], v: [] } : _pageRules(await page.getOperatorList(), ops);
  } catch {
    return { h: [], v: [] };
  }
}

/** A page's two columns: where the right one starts, and where the left one's lines wrap. */
interface Columns {
  gutter: number;
  edge: number;
}

/** Where lines' text starts and ends: the leftmost start and the rightmost end of any line. */
function extent(lines: readonly Line[]): [number, number] {
  let left = Infinity;
  let right = -Infinity;
  for (const l of lines) {
    left = Math.min(left, l.segments[0]!.x0);
    right = Math.max(right, l.segments[l.segments.length - 1]!.x1);
  }
  return [left, right];
}

/** Lines and ruled tables read in one frame. */
interface Frame {
  lines: Line[];
  tables: Ruled[];
}

/**
 * A page's lines and ruled tables in reading order, as frames: the whole page, or, on a page set in
 * two columns, what runs across both (a title, a wide table) and each column's text and tables,
 * left before right, between.
 *
 * Two columns are told from a two-column table by their shape and their flow: a gutter no text
 * crosses splits the page's text into two columns of about one width, filling the text's width
 * between them; and the right column's paragraphs start where they fall, not beside the left
 * column's (a table's cells all start on their row's first line).
 */
function framesOf(lines: readonly Line[], tables: readonly Ruled[], prior?: Columns): { frames: Frame[]; columns?: Columns } {
  const whole = (right?: number): Frame[] => [{ lines: right === undefined ? [...lines] : lines.map((l) => ({ ...l, right })), tables: [...tables] }];
  const pairs = lines.filter((l) => l.segments.length === 2);
  // A page of the left column alone (the text ran out before the right column), after pages set in columns.
  if (pairs.length < 4 && prior !== undefined && lines.length > 0 && lines.every((l) => l.segments.every((x) => x.x1 < prior.gutter - 1))) return { frames: whole(prior.edge), columns: prior };
  if (pairs.length < 4) return { frames: whole() };
  const [left, right] = extent(lines);
  // The gutter: right of every left half of a two-piece line, left of every right half.
  let g0 = -Infinity;
  let g1 = Infinity;
  for (const l of pairs) {
    g0 = Math.max(g0, l.segments[0]!.x1);
    g1 = Math.min(g1, l.segments[1]!.x0);
  }
  const size = pairs[0]!.size;
  if (g1 - g0 < size * 0.6 || Math.abs(g0 - left - (right - g1)) > (right - left) * 0.1) return { frames: whole() };
  // A line's pieces in the left column (ending before the right one starts) and in the right one;
  // none of them when a piece crosses the gutter (the line runs across both).
  const halves = (l: Line): [Segment[], Segment[]] | undefined => {
    if (l.segments.some((x) => x.x0 < g1 - 1 && x.x1 >= g1 - 1)) return undefined;
    return [l.segments.filter((x) => x.x1 < g1 - 1), l.segments.filter((x) => x.x0 >= g1 - 1)];
  };
  // Each column's paragraph starts: lines with more than a line's pitch of space above them in their column.
  const starts = (k: 0 | 1) => {
    const ys: number[] = [];
    let prev: number | undefined;
    for (const l of lines) {
      const h = halves(l);
      if (h === undefined) prev = undefined;
      else if (h[k].length > 0) {
        if (prev === undefined || prev - l.y > l.size * 1.6) ys.push(l.y);
        prev = l.y;
      }
    }
    return ys;
  };
  const leftStarts = starts(0);
  const rightStarts = starts(1);
  const beside = rightStarts.filter((y) => leftStarts.some((x) => Math.abs(x - y) <= 1)).length;
  if (rightStarts.length < 2 || beside * 2 > rightStarts.length) return { frames: whole() };
  // The left column's measure: where its longest lines end.
  let edge = g0;
  for (const l of lines) for (const x of halves(l)?.[0] ?? []) edge = Math.max(edge, x.x1);
  // The page top to bottom: its lines, and its ruled tables at their tops.
  const items: ({ line: Line } | { table: Ruled })[] = [...lines.map((line) => ({ line })), ...tables.map((table) => ({ table }))];
  const top = (i: (typeof items)[number]) => ('line' in i ? i.line.y : i.table.top);
  items.sort((a, b) => top(b) - top(a));
  const frames: Frame[] = [];
  const empty = (): Frame => ({ lines: [], tables: [] });
  let across = empty();
  let cols = [empty(), empty()] as const;
  const filled = (f: Frame) => f.lines.length + f.tables.length > 0;
  const flush = () => {
    for (const f of [across, ...cols]) if (filled(f)) frames.push(f);
    across = empty();
    cols = [empty(), empty()];
  };
  for (const item of items) {
    // A table in one column is read in it; one wider runs across both.
    const side = 'table' in item ? (item.table.walls[item.table.walls.length - 1]! < g1 - 1 ? 0 : item.table.walls[0]! >= g0 ? 1 : undefined) : undefined;
    const h = 'line' in item ? halves(item.line) : undefined;
    if (('table' in item && side === undefined) || ('line' in item && h === undefined)) {
      if (filled(cols[0]) || filled(cols[1])) flush();
      if ('line' in item) across.lines.push(item.line);
      else across.tables.push(item.table);
      continue;
    }
    if (filled(across)) {
      frames.push(across);
      across = empty();
    }
    if ('table' in item) cols[side!].tables.push(item.table);
    else {
      const l = item.line;
      // Each column's part of the line at its own baseline and size.
      h!.forEach((segments, k) => {
        if (segments.length > 0) cols[k]!.lines.push({ ...l, y: segments[0]!.y ?? l.y, size: Math.max(...segments.map((x) => x.size ?? l.size)), right: k === 0 ? edge : right, segments });
      });
    }
  }
  flush();
  return { frames, columns: { gutter: g1, edge } };
}

/** A tagged PDF page's structure tree (null when untagged, or when pdf.js cannot read it). */
async function structTree(page: PdfPage): Promise<PdfStructNode | null> {
  try {
    return (await page.getStructTree?.()) ?? null;
  } catch {
    return null;
  }
}

/** The blocks of a PDF, or a diagnostic saying why it cannot be read (thrown errors are the caller's to report). */
export async function _pdfBlocks(unpdf: _Unpdf, bytes: Uint8Array, diagnostics: Diagnostic[]): Promise<_OfficeBlock[]> {
  // pdf.js may take ownership of the buffer it is given, and refuses a Node Buffer: give it a plain copy.
  const pdf = (await unpdf.getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 })) as PdfDocument;
  const ops = await operators(unpdf);
  // Every line, for the document's measures; the lines outside ruled tables, to be read from their positions; the ruled tables.
  const lines: Line[] = [];
  const free: Line[] = [];
  const ruled: Ruled[] = [];
  // Paragraphs of a tagged PDF are numbered across its pages; frames (pages, and columns of pages set in columns) in reading order.
  let paraCount = 0;
  let frame = 0;
  // The last page's columns, when it was set in two.
  let columns: Columns | undefined;
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      // (A page without text, a scan, is not drawn: pdf.js would decode its images for nothing.)
      const rules = ops === undefined || !content.items.some((i) => (i.str ?? '').trim() !== '') ? { h: [], v: [] } : await pageRules(page, ops);
      const { paras, next } = paragraphsOf(await structTree(page), paraCount);
      paraCount = next;
      const read = pageLines(content.items, n, rules.v, paras);
      for (const line of read) lines.push(line);
      const { tables, rest } = ruledTables(read, _ruledGrids(rules), n);
      const { frames, columns: set } = framesOf(rest, tables, columns);
      columns = set;
      // Frames number the reading order; the lines are copied, so `lines` keeps each one's page.
      if (frames.length === 0) frame++;
      for (const f of frames) {
        for (const line of f.lines) free.push({ ...line, page: frame });
        for (const t of f.tables) ruled.push({ ...t, page: frame });
        frame++;
      }
      page.cleanup?.();
    }
  } finally {
    await pdf.destroy?.();
  }
  if (lines.length === 0) {
    diagnostics.push({ code: 'no-text', severity: 'warning', message: 'Unexpected PDF with no text, expected text to read (a scanned PDF needs OCR first)', source: 'read/pdf' });
    return [];
  }
  // The text margins of the pages.
  const [marginLeft, marginRight] = extent(lines);
  // The body text size: the commonest line size.
  const sizes = new Map<number, number>();
  for (const l of lines) sizes.set(Math.round(l.size), (sizes.get(Math.round(l.size)) ?? 0) + 1);
  const body = [...sizes].sort((a, b) => b[1] - a[1])[0]![0];

  // The line pitch of the body text: the commonest step between two lines of body size on a page.
  const steps = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page !== b.page || Math.round(a.size) !== body || Math.round(b.size) !== body) continue;
    const step = Math.round((a.y - b.y) * 10) / 10;
    if (step > 0) steps.set(step, (steps.get(step) ?? 0) + 1);
  }
  const linePitch = [...steps].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? body * 1.15;
  // Blocks: lines of one page closer than 1.6 line heights.
  const groups: Line[][] = [];
  for (const line of free) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (group !== undefined && last !== undefined && last.page === line.page && last.y - line.y <= Math.max(last.size, line.size) * 1.6 && Math.round(last.size) === Math.round(line.size)) group.push(line);
    else groups.push([line]);
  }

  // The foot of the text: the lowest baseline of any page.
  let bottom = Infinity;
  for (const l of lines) bottom = Math.min(bottom, l.y);
  const out: (_OfficeBlock | Table)[] = [];
  let open: Table | undefined;
  let lastProse: { page: number; y: number; line: { seg: Segment; size: number }; edge: number } | undefined;
  // The last paragraph pushed, with the lines it was read from.
  let proseBlock: { block: _OfficeBlock; lines: Line[] } | undefined;
  // A table's group may open or close with prose set close to it (a title, a note): lines of one
  // segment that cross a gutter of the table's columns are split off.
  const split: Line[][] = [];
  for (const group of groups) {
    const first = group.findIndex((l) => l.segments.length >= 2);
    if (first < 0) {
      split.push(group);
      continue;
    }
    let last = group.length - 1;
    while (group[last]!.segments.length < 2) last--;
    const columns = columnsOf(group.slice(first, last + 1));
    // Prose starts at the margin; a cell's text is inset by the cell's padding.
    const crosses = (l: Line) => {
      if (l.segments.length !== 1) return false;
      const { x0, x1 } = l.segments[0]!;
      return x0 < columns[0]![0] - 2 || (x0 <= columns[0]![0] + 2 && columns.some((c, i) => i > 0 && x1 > c[0] + 1));
    };
    let from = first;
    while (from > 0 && !crosses(group[from - 1]!)) from--;
    let to = last;
    while (to < group.length - 1 && !crosses(group[to + 1]!)) to++;
    if (from > 0) split.push(group.slice(0, from));
    split.push(group.slice(from, to + 1));
    if (to < group.length - 1) split.push(group.slice(to + 1));
  }
  // Going on from the last page's table: its columns (some may be empty on this page, and a column
  // empty on the last page may show only now, right of the others), on the next page, nothing in
  // between. Rows of the page's table from `page`, whose text ends at `endY`: whether they went on.
  // (Two ruled tables go on when their rules stand at the same places.)
  const goOn = (columns: [number, number][], given: Table['rows'], page: number, endY: number, walls?: readonly number[]): boolean => {
    let rows = given;
    const follows = open !== undefined && page === open.page + 1 && out[out.length - 1] === open;
    const map = !follows ? undefined : open!.walls !== undefined && walls !== undefined ? sameWalls(open!.walls, walls) : alignColumns(open!.xs, columns);
    if (open === undefined || map === undefined) return false;
    const width = Math.max(open.xs.length, ...map.map((m) => m + 1));
    columns.forEach((c, j) => {
      if (map[j]! >= open!.xs.length) open!.xs.push(c);
    });
    for (const r of open.rows) while (r.cells.length < width) r.cells.push('');
    rows = rows.map((r) => {
      const cells = Array.from({ length: width }, () => '');
      r.cells.forEach((c, j) => (cells[map[j]!] = c));
      return { ...r, cells };
    });
    const header = open.rows[0]?.cells;
    const repeated = header !== undefined && rows.length > 0 && sameRow(rows[0]!.cells, header);
    if (repeated) rows = rows.slice(1);
    const first = rows[0];
    const last = open.rows[open.rows.length - 1];
    // The page break cut a row: its first cell goes on empty; or the last page's table ran to the
    // foot of the text, with no room left for another row to start, and either no header came
    // between or the first cell goes on in the middle of a sentence (a lower-case word).
    const atFoot = open.endY - bottom < open.size * 2.5;
    // Or, at the foot, a cell of the new page's first row goes on in the middle of a sentence.
    // Or, at the foot, a cell whose last line ran on to its edge in mid-sentence goes on. (In a
    // ruled table an empty first cell is a cell left empty: a cut only at the foot.)
    const cut =
      first !== undefined &&
      last !== undefined &&
      ((last.cells[0] !== '' && ((first.cells[0] === '' && (walls === undefined || atFoot)) || (atFoot && !repeated))) || (atFoot && (midSentence(first.cells) || (!repeated && last.runsOn?.some((i) => first.cells[i] !== '') === true))));
    if (cut) {
      last.cells = joinRows(last.cells, first.cells);
      rows = rows.slice(1);
    }
    open.rows.push(...rows);
    open.page = page;
    open.endY = endY;
    return true;
  };
  // The ruled tables, each placed before the first text below it.
  let nextRuled = 0;
  const placeRuled = (before?: Line) => {
    for (; nextRuled < ruled.length; nextRuled++) {
      const t = ruled[nextRuled]!;
      if (before !== undefined && (t.page > before.page || (t.page === before.page && t.top < before.y))) return;
      if (goOn(t.columns, t.rows, t.page, t.endY, t.walls)) continue;
      open = { xs: t.columns, walls: t.walls, rows: t.rows, page: t.page, endY: t.endY, size: t.size };
      out.push(open);
    }
  };
  for (const group of split) {
    placeRuled(group[0]);
    // Text at the top of the page after a table, every piece of it inside one of that table's
    // columns: the rest of the table, however few of its columns go on.
    const goesOn =
      open !== undefined &&
      out[out.length - 1] === open &&
      group[0]!.page === open.page + 1 &&
      group.every((l) => l.segments.every((x) => open!.xs.some((c) => x.x0 >= c[0] - 2 && x.x0 <= c[1]) && x.x0 > marginLeft + 2));
    const isTable = goesOn || group.some((l) => l.segments.length >= 2);
    const grid = isTable ? gridOf(group, linePitch, goesOn ? open!.xs : undefined) : undefined;
    if (grid === undefined || grid.columns.length < 2) {
      open = undefined;
      // Prose: each line one segment; paragraphs and bullet items found as in a cell.
      const prose = group.map((l) => {
        const [a, z] = [l.segments[0]!, l.segments[l.segments.length - 1]!];
        const seg: Segment = { x0: a.x0, x1: z.x1, text: l.segments.map((x) => x.text).join(' '), bullet: false, ...(a.marked === true ? { marked: true } : {}) };
        if (a.paraFrom !== undefined) seg.paraFrom = a.paraFrom;
        if (z.paraTo !== undefined) seg.paraTo = z.paraTo;
        return { seg, size: l.size };
      });
      // Lines wrapped at a measure of their own, well short of the margin (a narrow column, a text
      // box, a table whose rules do not show): at least four lines, three in four of them ending
      // near the longest. Their paragraphs end short of that measure, not of the page's.
      const ends = prose.map((p) => p.seg.x1);
      const measure = Math.max(...ends);
      const left = Math.min(...prose.map((p) => p.seg.x0));
      // (Lines of a page set in columns wrap at their column's edge.)
      const edge = group[0]!.right ?? marginRight;
      const own = prose.length >= 4 && measure < edge - group[0]!.size * 3 && ends.filter((x) => measure - x <= (measure - left) * 0.12).length >= prose.length * 0.75;
      const text = cellText(prose, left, own ? measure + 2 : edge);
      const size = group[0]!.size;
      const where = `page ${group[0]!.at}`;
      const before = out[out.length - 1];
      // A paragraph the page break cut: the last page's text ran to its foot on a full line.
      if (
        before !== undefined &&
        !('xs' in before) &&
        before.type === 'paragraph' &&
        lastProse !== undefined &&
        lastProse.page + 1 === group[0]!.page &&
        lastProse.y - bottom < size * 2.5 &&
        Math.round(size) === Math.round(lastProse.line.size) &&
        !/^\s*•/u.test(text) &&
        !endsParagraph(lastProse.line, prose[0]!, lastProse.edge)
      ) {
        before.text = `${before.text}${CUT}${text}`;
        if (proseBlock?.block === before) proseBlock.lines.push(...group);
      } else if (size >= body * 1.15 && group.length <= 3) out.push({ type: 'heading', depth: size >= body * 1.6 ? 1 : size >= body * 1.3 ? 2 : 3, text: text.replace(/\n/gu, ' '), where });
      else {
        const block: _OfficeBlock = { type: 'paragraph', text, where };
        out.push(block);
        proseBlock = { block, lines: [...group] };
      }
      lastProse = { page: group[group.length - 1]!.page, y: group[group.length - 1]!.y, line: prose[prose.length - 1]!, edge };
      continue;
    }
    // Where a column's lines wrap: short of the next column by the cell padding on both sides (the
    // padding being the inset of the first column from the page's text margin), the last at the margin.
    // (A table set flush with the prose, its cells' text at the margin, shows no inset: then the
    // padding is half the narrowest gap between one column's text and the next column's.)
    const inset = grid.columns[0]![0] - marginLeft;
    let gap = Infinity;
    for (let i = 1; i < grid.columns.length; i++) gap = Math.min(gap, grid.columns[i]![0] - grid.columns[i - 1]![1]);
    const pad = Math.min(group[0]!.size, Math.max(0, inset > 0.5 ? inset : gap / 2));
    const rights = grid.columns.map((c, i) => Math.max(c[1], i + 1 < grid.columns.length ? grid.columns[i + 1]![0] - 2 * pad : (group[0]!.right ?? marginRight) - pad));
    let rows = rowTexts(grid.rows, grid.columns, rights);
    // Going on below on the same page (a wider gap after a header row, say): the same columns, nothing in between.
    if (open !== undefined && out[out.length - 1] === open && group[0]!.page === open.page && sameColumns(open.xs, grid.columns)) {
      open.rows.push(...rows);
      open.endY = group[group.length - 1]!.y;
      continue;
    }
    if (goOn(grid.columns, rows, group[0]!.page, group[group.length - 1]!.y)) continue;
    // Text just before the table, each line one piece inside one of its columns after the first
    // (where a paragraph before a table would start): the table's first row, set apart by a page
    // break or a wider gap, with only some of its columns filled. A row the page break cut is joined as above.
    const lead = proseBlock !== undefined && out[out.length - 1] === proseBlock.block ? proseBlock.lines : undefined;
    if (
      lead !== undefined &&
      lead.every((l) => l.segments.length === 1 && Math.round(l.size) === Math.round(group[0]!.size) && grid.columns.some((c, i) => i > 0 && l.segments[0]!.x0 >= c[0] - 2 && l.segments[0]!.x0 <= c[1])) &&
      ((lead[0]!.page === group[0]!.page && lead[lead.length - 1]!.y - group[0]!.y < linePitch * 3) || (lead[lead.length - 1]!.page + 1 === group[0]!.page && lead[lead.length - 1]!.y - bottom < group[0]!.size * 2.5))
    ) {
      out.pop();
      const leading = rowTexts(gridOf(lead, linePitch, grid.columns).rows, grid.columns, rights);
      const last = leading[leading.length - 1]!;
      const first = rows[0];
      if (first !== undefined && lead[lead.length - 1]!.page !== group[0]!.page && midSentence(first.cells)) {
        last.cells = joinRows(last.cells, first.cells);
        rows = rows.slice(1);
      }
      rows = [...leading, ...rows];
    }
    open = { xs: grid.columns, rows, page: group[group.length - 1]!.page, endY: group[group.length - 1]!.y, size: group[0]!.size };
    out.push(open);
  }
  placeRuled();

  // A sentence that ended on a full line: a paragraph's end where the document's paragraphs
  // (told by lines that stop short) end on a sentence more often than its sentences end inside a
  // paragraph; else the paragraph goes on.
  let paragraphEnds = 0;
  let sentenceBreaks = 0;
  const tally = (text: string) => {
    const paragraphs = text.split('\n');
    for (let i = 0; i + 1 < paragraphs.length; i++) if (ENDS_SENTENCE.test(paragraphs[i]!) && OPENS_SENTENCE.test(paragraphs[i + 1]!.replace(/^\s*•\s*/u, ''))) paragraphEnds++;
    sentenceBreaks += text.match(/(?<=\p{L}{2})[.!?]['"’”)]*[ \uE000]+['"‘“(]*\p{Lu}/gu)?.length ?? 0;
  };
  eachText(out, tally);
  const settled = paragraphEnds > sentenceBreaks ? '\n' : CUT;
  eachText(out, (text) => text.replaceAll(SENTENCE, settled));
  // Words the document writes whole, for re-joining words cut at line ends.
  const words = new Set<string>();
  eachText(out, (text) => addWords(text, words));
  eachText(out, (text) => rejoin(text, words));
  return out.map((b): _OfficeBlock => ('xs' in b ? { type: 'table', rows: b.rows } : b));
}

/** The HTML of a PDF; throws only what pdf.js throws on a damaged or locked file. */
export async function _convertPdf(bytes: Uint8Array, diagnostics: Diagnostic[]): Promise<_Html> {
  const loaded = await _load<_Unpdf>(_PACKAGE.pdf, () => import('unpdf'), 'read/pdf');
  if ('diagnostic' in loaded) return (diagnostics.push(loaded.diagnostic), { html: '', where: [] });
  return _blocksHtml(await _pdfBlocks(loaded.module, bytes, diagnostics));
}
