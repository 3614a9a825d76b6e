/**
 * Internal: tables whose grid was lost in plain text, found by their header.
 * A header is a line made of known column headers ("Ref Action Lead
 * Timescale", "Action / Lead / Due date"), or a run of lines that are each
 * one known header. Under it, the rows arrive as:
 * - slash rows: cells run together with `" / "` between them (a row may wrap
 *   onto the next lines; a `" / "` inside a cell is told from a separator by
 *   what the columns hold);
 * - reference rows: each row a line (or more) that starts with a reference
 *   (`1`, `1.2`, `R3`), its cells parted by wide spaces or, failing that, by
 *   sentence ends;
 * - one cell per line or per paragraph, a row at a time (or a column at a
 *   time, when blank lines part the columns).
 * Headers are matched with the built-in column vocabulary, the same one the
 * table interpreter reads them with.
 */
import type { _Line } from '../_lines.js';
import { wordCount } from '../../_lib/white-space.js';
import type { _ReadContext } from '../_result.js';
import type { SourceBlock, TableCell, TableRow } from '../types.js';
import { matchHeader } from '../../interpret/vocabulary.js';
import { _fragmentTable } from './_fragmentRows.js';

interface Span {
  text: string;
  line: number;
  column: number;
}

/** Longest line read as a header line, and most words in it. */
const MAX_HEADER_LINE = 120;
const MAX_HEADER_WORDS = 14;
/** Words that make a line a phrase rather than a row of headers. */
const PHRASE_WORDS = new Set(['and', 'or', 'the', 'of', 'to', 'for', 'on', 'in', 'with', 'our', 'we', 'will', 'is', 'are', 'be', 'a', 'an', 'this', 'that', 'has', 'have', 'was', 'were', 'it', 'at']);
/** A reference opening a row: `6`, `1.1`, `2.`, `R4`, `A1.2`, `(3)`. */
const REF = /^(?:[A-Za-z]{0,3}\d{1,4}(?:\.\d{1,3}){0,3}[.):]?|\(\d{1,3}\))$/u;
const SLASH = ' / ';

/** Header matches seen lately (the same few header words come back line after line); cleared when full. */
const seen = new Map<string, string[]>();

function fieldsOf(text: string): string[] {
  if (text.length > MAX_HEADER_LINE) return [];
  let fields = seen.get(text);
  if (fields === undefined) {
    if (seen.size >= 4096) seen.clear();
    fields = matchHeader(text);
    seen.set(text, fields);
  }
  return fields;
}

function cellOf(s: Span): TableCell {
  return { text: s.text, line: s.line, column: s.column, paragraphs: [], items: [] };
}

function indent(text: string): number {
  return text.length - text.trimStart().length;
}

/** A header line starts with a capital, a number, `%`, `£` or `(` … */
const HEADER_START = /^[\p{Lu}\d%£(]/u;
/** … and does not end a sentence or a clause (a trailing "No." aside). */
const CLAUSE_END = /[.!?:;,]$/u;
const NOS_END = /\bNos?\.$/u;
/** A one-header line starts with a capital, a number, `%` or `£`, not with a list marker ("(a) first task"). */
const SINGLE_START = /^[\p{Lu}\d%£]/u;
const LIST_MARKER = /^\S{1,4}[.)]\s/u;



/**
 * The headers of a header line: split on `" / "` when every part is a known
 * header, else cut into the longest known headers word by word; an unknown
 * word joins the header before it (a number or year, the one after it).
 */
export function _headerCells(line: _Line): Span[] | undefined {
  const text = line.text.trim();
  // A header line starts with a capital or a number, and does not end a sentence or a clause.
  if (text === '' || text.length > MAX_HEADER_LINE || !HEADER_START.test(text) || CLAUSE_END.test(text.replace(NOS_END, ''))) return undefined;
  if (text.includes(SLASH)) {
    const parts: Span[] = [];
    let from = 0;
    for (const part of line.text.split(SLASH)) {
      const t = part.trim();
      if (t !== '') parts.push({ text: t, line: line.line, column: from + indent(part) + 1 });
      from += part.length + SLASH.length;
    }
    if (parts.length >= 2 && parts.every((p) => fieldsOf(p.text).length > 0)) return parts;
  }
  if (wordCount(text) < 2) return undefined;
  // Words as offsets into the line, and segments as runs of words, in buffers reused from call to call:
  // nearly every line tried is no header, and one found cheaply is no garbage to collect.
  const raw = line.text;
  let count = 0;
  for (let k = 0; k < raw.length && count <= MAX_HEADER_WORDS; ) {
    while (k < raw.length && isGap(raw.charCodeAt(k))) k++;
    if (k >= raw.length) break;
    WORD_START[count] = k;
    while (k < raw.length && !isGap(raw.charCodeAt(k))) k++;
    WORD_END[count++] = k;
  }
  if (count < 2 || count > MAX_HEADER_WORDS) return undefined;
  const phrase = (i: number, n: number): string => raw.slice(WORD_START[i], WORD_END[i + n - 1]);
  let segments = 0;
  let known = 0;
  for (let i = 0; i < count; ) {
    let n = Math.min(4, count - i);
    for (; n >= 1; n--) if (fieldsOf(phrase(i, n)).length > 0) break;
    SEGMENT_START[segments] = i;
    SEGMENT_LENGTH[segments] = Math.max(n, 1);
    SEGMENT_KNOWN[segments++] = n >= 1 ? 1 : 0;
    if (n >= 1) known++;
    i += Math.max(n, 1);
  }
  const unknown = segments - known;
  if (known < 2 || unknown > known) return undefined;
  for (let k = 0; k < segments; k++) if (SEGMENT_KNOWN[k] === 0 && PHRASE_WORDS.has(phrase(SEGMENT_START[k]!, 1).toLowerCase())) return undefined;
  // Unknown words: a number joins the header after it ("2024 Update"), other words the one before ("Action plan").
  const cells: { from: number; to: number }[] = [];
  let pending = -1;
  for (let k = 0; k < segments; k++) {
    const from = SEGMENT_START[k]!;
    const to = from + SEGMENT_LENGTH[k]! - 1;
    if (SEGMENT_KNOWN[k] === 1) {
      cells.push({ from: pending >= 0 ? pending : from, to });
      pending = -1;
    } else if (/^\d/u.test(phrase(from, 1)) || cells.length === 0) {
      if (pending < 0) pending = from;
    } else if (pending < 0) cells[cells.length - 1]!.to = to;
  }
  if (pending >= 0) cells[cells.length - 1]!.to = count - 1;
  return cells.map(({ from, to }) => ({ text: raw.slice(WORD_START[from], WORD_END[to]).replace(/\s+/gu, ' '), line: line.line, column: WORD_START[from]! + 1 }));
}

/** Word starts and ends, and segments, of the line {@link _headerCells} is reading (one line at a time). */
const WORD_START = new Int32Array(MAX_HEADER_WORDS + 1);
const WORD_END = new Int32Array(MAX_HEADER_WORDS + 1);
const SEGMENT_START = new Int32Array(MAX_HEADER_WORDS + 1);
const SEGMENT_LENGTH = new Int32Array(MAX_HEADER_WORDS + 1);
const SEGMENT_KNOWN = new Uint8Array(MAX_HEADER_WORDS + 1);

/** White space between words (as `\s` does, on the characters lines hold). */
function isGap(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2007 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0xfeff || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x205f || c === 11 || c === 12 || c === 0x85;
}

/** A line that is one known header on its own ("Lead officer", "Target date"). */
function singleHeader(line: _Line): Span | undefined {
  const text = line.text.trim();
  // A header line starts with a capital or a number, not with a list marker ("(a) first task").
  if (text === '' || text.length > 40 || !SINGLE_START.test(text) || LIST_MARKER.test(text) || wordCount(text) > 5) return undefined;
  if (fieldsOf(text).length === 0) return undefined;
  return { text, line: line.line, column: indent(line.text) + 1 };
}

/** A line read as text: its trimmed text and where it starts. */
function spanOf(line: _Line): Span {
  return { text: line.text.trim(), line: line.line, column: indent(line.text) + 1 };
}

function blank(line: _Line | undefined): boolean {
  return line === undefined || line.text.trim() === '';
}

/** What a column's header says it holds, to tell a separator from a `" / "` inside a cell. */
type Kind = 'ref' | 'timescale' | 'leads' | 'other';

function kindOf(header: string): Kind {
  const fields = fieldsOf(header);
  if (fields[0] === 'ref') return 'ref';
  if (fields.includes('timescale')) return 'timescale';
  if (fields.includes('leads')) return 'leads';
  return 'other';
}

const DATE_WORD = /\b(?:(?:19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter|ongoing|annual|quarter|month|week|year|q[1-4])/iu;

/** How well a piece fits a column of the given kind (higher is better). */
function fit(kind: Kind, text: string): number {
  switch (kind) {
    case 'ref':
      return REF.test(text) ? 2 : -2;
    case 'timescale':
      return DATE_WORD.test(text) ? 1 : -1;
    case 'leads':
      return wordCount(text) <= 8 && !/\d{3}/u.test(text) ? 0 : -1;
    default:
      return 0;
  }
}

/** Pieces of a row split on `" / "`, with their places. */
function slashPieces(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    let from = 0;
    const raw = s.text;
    for (const part of raw.split(SLASH)) {
      const t = part.trim();
      if (t !== '') out.push({ text: t, line: s.line, column: s.column + from + indent(part) });
      from += part.length + SLASH.length;
    }
  }
  return out;
}

/**
 * Fits `pieces` into `kinds.length` cells: extra pieces are joined (with
 * `" / "`) into the one column where the result fits the columns best, ties
 * going to the first column that is not a reference, date or lead.
 */
function fitPieces(pieces: readonly Span[], kinds: readonly Kind[], glue: string): Span[] {
  const n = kinds.length;
  if (pieces.length <= n) return [...pieces];
  const extra = pieces.length - n;
  let best: Span[] = [];
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) {
    const cells: Span[] = [];
    for (let c = 0; c < n; c++) {
      const from = c <= k ? c : c + extra;
      const to = c === k ? c + extra + 1 : from + 1;
      const group = pieces.slice(from, to);
      cells.push({ text: group.map((p) => p.text).join(glue), line: group[0]!.line, column: group[0]!.column });
    }
    let score = cells.reduce((s, cell, c) => s + fit(kinds[c]!, cell.text), 0);
    // A lead cell of several roles ("Head of HR / Equality Lead") is short parts; else the text column takes them.
    const absorbed = pieces.slice(k, k + extra + 1);
    if (kinds[k] === 'leads' && absorbed.every((p) => wordCount(p.text) <= 5)) score += 1;
    else if (kinds[k] === 'other') score += 0.5;
    if (score > bestScore) {
      bestScore = score;
      best = cells;
    }
  }
  return best;
}

interface Found {
  block: SourceBlock;
  /** Index after the table's last line. */
  end: number;
  shape: string;
  /** A header repeated among the rows (a page break), passed over: its words and place. */
  repeats?: Span[];
}

function table(header: readonly Span[], rows: readonly Span[][], rowLines: readonly number[]): SourceBlock {
  const out: TableRow[] = [{ line: header[0]!.line, cells: header.map(cellOf) }];
  rows.forEach((cells, k) => out.push({ line: rowLines[k]!, cells: cells.map(cellOf) }));
  return { type: 'table', rows: out, line: header[0]!.line, column: header[0]!.column };
}

/** Slash rows under the header: lines holding `" / "`; a line that holds too few cells takes the next. */
function slashRows(lines: readonly _Line[], start: number, header: readonly Span[]): Found | undefined {
  const kinds = header.map((h) => kindOf(h.text));
  const n = header.length;
  const rows: Span[][] = [];
  const rowLines: number[] = [];
  let j = start;
  while (j < lines.length && !blank(lines[j]) && lines[j]!.text.includes(SLASH)) {
    // The row's pieces, the last one's words kept apart until the row ends (so a long wrap stays linear).
    const first = slashPieces([spanOf(lines[j]!)]);
    const pieces = first.slice(0, -1);
    let last = first[first.length - 1]!;
    let lastWords: string[] = [last.text];
    const closeLast = (): void => {
      pieces.push({ ...last, text: lastWords.join(' ') });
    };
    j++;
    // A row with too few cells goes on on the next lines (the last cell wrapped); so do lines with no separator.
    while (j < lines.length && !blank(lines[j]) && (pieces.length + 1 < n || !lines[j]!.text.includes(SLASH))) {
      const more = slashPieces([spanOf(lines[j]!)]);
      const raw = lines[j]!.text.trimStart();
      if (more.length > 0 && !raw.startsWith('/ ')) lastWords.push(more.shift()!.text);
      if (more.length > 0) {
        closeLast();
        for (let k = 0; k < more.length - 1; k++) pieces.push(more[k]!);
        last = more[more.length - 1]!;
        lastWords = [last.text];
      }
      j++;
    }
    closeLast();
    if (pieces.length < 2) break;
    rows.push(fitPieces(pieces, kinds, SLASH));
    rowLines.push(pieces[0]!.line);
  }
  if (rows.length === 0) return undefined;
  return { block: table(header, rows, rowLines), end: j, shape: 'cells parted by " / "' };
}

/** Text split at runs of two or more spaces (or tabs). */
function wideParts(s: Span): Span[] {
  const out: Span[] = [];
  const re = /\S+(?: \S+)*/gu;
  const text = s.text.replace(/\t/gu, '  ');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ text: m[0], line: s.line, column: s.column + m.index });
  return out;
}

/** Splits a piece at its first sentence end (". " before a capital), or `undefined`. */
function splitSentence(s: Span): [Span, Span] | undefined {
  const m = /[.!?] +(?=[\p{Lu}\d])/u.exec(s.text);
  if (m === null) return undefined;
  const cut = m.index + 1;
  const after = m.index + m[0].length;
  if (after >= s.text.length) return undefined;
  return [
    { text: s.text.slice(0, cut), line: s.line, column: s.column },
    { text: s.text.slice(after), line: s.line, column: s.column + after },
  ];
}

/** Words after which a capital starts a name ("the Council", "of Equality"), not a new cell. */
const BEFORE_NAME = new Set(['the', 'of', 'and', 'to', 'for', 'in', 'a', 'an', 'by', 'with', 'from', 'on', 'at', 'our', 'their', 'its', 'as', 'into', 'under', 'or']);

/**
 * Splits a piece where a capitalised word follows a lower-case one in
 * mid-sentence and is itself followed by a lower-case word ("equalities Our
 * system"), not after a word that leads into a name ("the Council"); or
 * `undefined`. One pass over the text.
 */
function splitAtCapital(s: Span): [Span, Span] | undefined {
  const words = s.text.split(' ');
  let at = 0;
  for (let k = 0; k + 2 < words.length; k++) {
    const [w, next, after] = [words[k]!, words[k + 1]!, words[k + 2]!];
    at += w.length + 1;
    if (/^\p{Ll}+$/u.test(w) && !BEFORE_NAME.has(w) && /^\p{Lu}\p{Ll}*$/u.test(next) && /^\p{Ll}/u.test(after)) {
      return [
        { text: s.text.slice(0, at - 1), line: s.line, column: s.column },
        { text: s.text.slice(at), line: s.line, column: s.column + at },
      ];
    }
  }
  return undefined;
}

/** A labelled reference opening a row: "Objective 1:", "Action 2.1", "Priority 3 –". */
const LABEL_REF = /^(?:objective|action|priority|outcome|commitment|task|item|recommendation|aim|goal)\s+\d{1,3}(?:\.\d{1,3}){0,3}[.):]?(?:\s+[–-](?=\s))?/iu;

/** The length of the reference opening `text` (a bare `1.2`/`R4` or a labelled one), or 0. */
function refLength(text: string): number {
  const label = LABEL_REF.exec(text);
  if (label !== null) return label[0].length;
  const space = text.search(/\s/u);
  return space > 0 && REF.test(text.slice(0, space)) ? space : 0;
}

/** Cells of a reference row: the reference, then wide-space parts, then sentences, to fill `n` cells. */
function refCells(s: Span, n: number): Span[] {
  const space = refLength(s.text);
  const ref: Span = { text: s.text.slice(0, space), line: s.line, column: s.column };
  const restAt = space + (s.text.slice(space).length - s.text.slice(space).trimStart().length);
  const rest: Span = { text: s.text.slice(restAt), line: s.line, column: s.column + restAt };
  const parts = wideParts(rest);
  // Split at sentence ends, first part first, while too few cells (a labelled reference keeps to its text's cell).
  const labelled = LABEL_REF.test(s.text);
  const need = labelled ? n : n - 1;
  for (let k = 0; parts.length < need && k < parts.length; ) {
    const split = splitSentence(parts[k]!);
    if (split === undefined) k++;
    else parts.splice(k, 1, split[0], split[1]);
  }
  // No sentence end between the cells ("…managing equalities Our system is…"): a labelled row's text ends where a capital turns up mid-sentence.
  if (labelled && parts.length === 1 && need === 2) {
    const split = splitAtCapital(parts[0]!);
    if (split !== undefined) parts.splice(0, 1, split[0], split[1]);
  }
  // A labelled reference stays with its text ("Objective 1: Cut waiting times"), as does a bare one when the row has cells enough.
  if (parts.length === 0) return [ref];
  if (!labelled && parts.length < n) return [ref, ...parts];
  const cells = [{ text: `${ref.text} ${parts[0]!.text}`, line: ref.line, column: ref.column }, ...parts.slice(1)];
  if (cells.length > n) {
    const tail = cells.splice(n - 1);
    cells.push({ text: tail.map((c) => c.text).join(' '), line: tail[0]!.line, column: tail[0]!.column });
  }
  return cells;
}

function startsWithRef(text: string): boolean {
  const t = text.trim();
  const length = refLength(t);
  return length > 0 && t.length - length > 3;
}

/** Reference rows under the header: each row starts with a reference; lines that do not continue the row above. */
function refRows(lines: readonly _Line[], start: number, header: readonly Span[]): Found | undefined {
  if (header.length < 2 || start >= lines.length || !startsWithRef(lines[start]!.text)) return undefined;
  const rows: Span[][] = [];
  const rowLines: number[] = [];
  let j = start;
  let current: Span | undefined;
  const flush = (): void => {
    if (current === undefined) return;
    rows.push(refCells(current, header.length));
    rowLines.push(current.line);
  };
  while (j < lines.length && !blank(lines[j])) {
    const s = spanOf(lines[j]!);
    if (startsWithRef(s.text)) {
      flush();
      current = { text: lines[j]!.text.trim(), line: s.line, column: s.column };
    } else if (current !== undefined) current = { ...current, text: `${current.text} ${s.text}` };
    j++;
  }
  flush();
  if (rows.every((r) => r.length < 2)) return undefined;
  return { block: table(header, rows, rowLines), end: j, shape: 'rows that start with a reference' };
}

/** A cell that reads as a header itself ("Status Update", "Lead officer"): a sign of prose headings, not a row. */
function looksLikeHeader(text: string): boolean {
  const line = { text, line: 0, offset: 0 };
  return singleHeader(line) !== undefined || _headerCells(line) !== undefined;
}

/**
 * Whether a row's cells fit the typed columns: a reference where the header
 * says `Ref`, a short date (no sentence) under `Timescale`, and no cell that
 * is itself a header.
 */
function typedFit(cells: readonly Span[], kinds: readonly Kind[]): boolean {
  return cells.every((c, k) => {
    if (c.text === '' || looksLikeHeader(c.text)) return false;
    if (kinds[k] === 'ref') return fit('ref', c.text) > 0;
    if (kinds[k] === 'timescale') return fit('timescale', c.text) > 0 && wordCount(c.text) <= 10 && !/[.!?]$/u.test(c.text);
    return true;
  });
}

/**
 * One cell per line (or per paragraph) under the header, for a header with a
 * typed column (a reference or a date) that every row must fit, so that
 * prose under a heading is never read as cells. Lines with no blank between
 * them are read a row at a time (blank lines may part whole rows); a cell
 * per paragraph is read a row at a time; failing both, as many groups as
 * headers, of one size, are read a column at a time. Reading stops at the
 * first row that does not fit, so the work is the table's length.
 */
function cellRows(lines: readonly _Line[], start: number, header: readonly Span[]): Found | undefined {
  const n = header.length;
  const kinds = header.map((h) => kindOf(h.text));
  if (start >= lines.length || !kinds.some((k) => k === 'ref' || k === 'timescale')) return undefined;
  const rows: Span[][] = [];
  const take = (cells: readonly Span[]): boolean => {
    if (cells.length !== n || !typedFit(cells, kinds)) return false;
    rows.push([...cells]);
    return true;
  };
  // One cell per paragraph when the first cell stands alone between blank lines.
  const paragraphs = blank(lines[start + 1]) && start + 1 < lines.length;
  let buffer: Span[] = [];
  let mode = paragraphs ? 'one cell per paragraph' : 'one cell per line, a row at a time';
  for (let j = start; j < lines.length; j++) {
    if (blank(lines[j])) {
      // Blank lines may part rows, never cells of one row (unless every cell is a paragraph).
      if (!paragraphs && buffer.length > 0) break;
      continue;
    }
    if (paragraphs && j > start && !blank(lines[j - 1])) break;
    buffer.push(spanOf(lines[j]!));
    if (buffer.length === n) {
      if (!take(buffer)) break;
      buffer = [];
    }
  }
  if (rows.length === 0 && !paragraphs) {
    // A column at a time: the first `n` groups of one size, each a column, each cell fitting its column.
    const cols: Span[][] = [[]];
    for (let j = start; j < lines.length && cols.length <= n; j++) {
      const col = cols[cols.length - 1]!;
      if (blank(lines[j])) {
        if (col.length > 0) cols.push([]);
        continue;
      }
      const cell = spanOf(lines[j]!);
      if (!typedFit([cell], [kinds[cols.length - 1]!]) || (cols.length > 1 && col.length >= cols[0]!.length)) break;
      col.push(cell);
    }
    const m = cols[0]!.length;
    const full = cols.slice(0, n);
    if (m >= 2 && full.length === n && full.every((g) => g.length === m)) {
      mode = 'one cell per line, a column at a time';
      for (let r = 0; r < m; r++) if (!take(full.map((g) => g[r]!))) break;
      if (rows.length < m) rows.length = 0;
    }
  }
  // One row is too little to tell cells from a heading and its paragraphs.
  if (rows.length < 2) return undefined;
  let lastLine = 0;
  for (const c of rows.flat()) lastLine = Math.max(lastLine, c.line);
  let stop = start;
  while (stop < lines.length && lines[stop]!.line <= lastLine) stop++;
  const rowLines = rows.map((r) => r.reduce((min, c) => Math.min(min, c.line), Number.POSITIVE_INFINITY));
  return { block: table(header, rows, rowLines), end: stop, shape: mode };
}

/** Index of the next non-blank line at or after `i`. */
function nextFilled(lines: readonly _Line[], i: number): number {
  let j = i;
  while (j < lines.length && blank(lines[j])) j++;
  return j;
}

/** Most lines of one header each that make a table's header: past ten it is no table header. */
const MAX_STACKED_HEADERS = 10;

/**
 * For each line, how many lines from it on are one known header each (up to
 * one more than {@link MAX_STACKED_HEADERS}): found once, from the last line
 * up, so that a long run of header words is not read again from each line.
 */
function headerRuns(lines: readonly _Line[]): Uint8Array {
  const run = new Uint8Array(lines.length + 1);
  for (let i = lines.length - 1; i >= 0; i--) run[i] = singleHeader(lines[i]!) === undefined ? 0 : Math.min(run[i + 1]! + 1, MAX_STACKED_HEADERS + 1);
  return run;
}

/** A header at `lines[i]`: one line of headers, or a run of lines of one header each; and the index after it. */
function headerAt(lines: readonly _Line[], i: number, runs: Uint8Array): { cells: Span[]; next: number } | undefined {
  const inline = _headerCells(lines[i]!);
  if (inline !== undefined) return { cells: inline, next: i + 1 };
  const n = runs[i]!;
  if (n < 2 || n > MAX_STACKED_HEADERS) return undefined;
  const cells: Span[] = [];
  for (let j = i; j < i + n; j++) cells.push(singleHeader(lines[j]!)!);
  return { cells, next: i + n };
}

/** Finds a grid-less table whose header is `lines[i]`. */
function tableAt(lines: readonly _Line[], i: number, runs: Uint8Array): Found | undefined {
  const head = headerAt(lines, i, runs);
  if (head === undefined) return undefined;
  const first = nextFilled(lines, head.next);
  // Slash and reference rows follow the header directly; cells one per line may follow a blank line.
  if (first === head.next && first < lines.length) {
    if (lines[first]!.text.includes(SLASH) && head.cells.length >= 2) {
      const found = slashRows(lines, first, head.cells);
      if (found !== undefined) return found;
    }
    const refs = refRows(lines, first, head.cells);
    if (refs !== undefined) return refs;
  }
  // One cell per line: every cell short of a wrapped sentence (a row of prose is not a table).
  const found = cellRows(lines, first, head.cells);
  return found;
}

/** The words of a line, each with its column. */
function wordsOf(line: _Line): Span[] {
  const out: Span[] = [];
  const re = /\S+/gu;
  for (let m = re.exec(line.text); m !== null; m = re.exec(line.text)) out.push({ text: m[0], line: line.line, column: m.index + 1 });
  return out;
}

/** Spans run together as one, at the first's place. */
function join(spans: readonly Span[]): Span {
  return { text: spans.map((s) => s.text).join(' '), line: spans[0]!.line, column: spans[0]!.column };
}

/** Capitalised words only (a header line such as "Action Lead Date"). */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L} ]*$/u;

/**
 * A two-column header whose second half the vocabulary does not know
 * ("Objective Measuring success"), taken as a header when the rows under it
 * open with the first header as their label ("Objective 1: …"): the known
 * header, then the rest of the line.
 */
function labelledHeader(lines: readonly _Line[], i: number): Span[] | undefined {
  const line = lines[i]!;
  const next = lines[i + 1];
  const text = line.text.trim();
  if (next === undefined || text.length > 60 || !CAPITALISED_WORDS.test(text)) return undefined;
  const label = LABEL_REF.exec(next.text.trim());
  if (label === null) return undefined;
  const word = label[0].split(/\s/u)[0]!.toLowerCase();
  const words = wordsOf(line);
  const first = words[0]!;
  if (words.length < 2 || words.length > 5 || !first.text.toLowerCase().startsWith(word) || fieldsOf(first.text).length === 0) return undefined;
  // "Objectives are set out below" is a sentence, not a header.
  if (/^(?:is|are|was|were|will|has|have|can|should|must|may)$/iu.test(words[1]!.text)) return undefined;
  return [first, join(words.slice(1))];
}

/** Where reading rows under a half-known header last failed (see `tableOrFragmentsAt`). */
let labelledFailed: { lines: readonly _Line[]; end: number } | undefined;

/** Index of the next blank line at or after `i` (or the end). */
function nextBlank(lines: readonly _Line[], i: number): number {
  let j = i;
  while (j < lines.length && !blank(lines[j])) j++;
  return j;
}

/** A table found under a header, or failing that one flattened a fragment per line (see `_fragmentRows.ts`). */
function tableOrFragmentsAt(lines: readonly _Line[], i: number, runs: Uint8Array): Found | undefined {
  const found = tableAt(lines, i, runs);
  if (found !== undefined) return found;
  const labelled = labelledFailed?.lines === lines && i < labelledFailed.end ? undefined : labelledHeader(lines, i);
  const rows = labelled === undefined ? undefined : refRows(lines, i + 1, labelled);
  if (rows !== undefined) return rows;
  if (labelled !== undefined) {
    // The rows under it were read to the next blank line and failed: not again from a line inside them.
    labelledFailed = { lines, end: nextBlank(lines, i + 1) };
  }
  const fragments = _fragmentTable(lines, i);
  return fragments === undefined ? undefined : { ...fragments, shape: 'one cell fragment per line, rows opened by their references' };
}

/**
 * Splits plain lines into runs of text and grid-less tables found under a
 * header (see the file comment); each table found is reported as
 * `table-rebuilt` (info) with its shape.
 */
export function _splitFlatTables(lines: readonly _Line[], ctx: _ReadContext): { block?: SourceBlock; lines: _Line[] }[] {
  const out: { block?: SourceBlock; lines: _Line[] }[] = [];
  let plain: _Line[] = [];
  const runs = headerRuns(lines);
  let i = 0;
  while (i < lines.length) {
    const found = blank(lines[i]) ? undefined : tableOrFragmentsAt(lines, i, runs);
    if (found !== undefined && found.end > i) {
      if (plain.length > 0) out.push({ lines: plain });
      plain = [];
      const b = found.block as { rows: TableRow[]; line: number; column: number };
      ctx.report({
        code: 'table-rebuilt',
        severity: 'info',
        message: `Unexpected table without its grid (${found.shape}), expected cells in a grid; read as ${b.rows[0]!.cells.length} columns under the header`,
        line: b.line,
        column: b.column,
      });
      for (const r of found.repeats ?? []) {
        ctx.report({ code: 'repeated-header', severity: 'info', message: 'Repeated header read as a header, not as cells', line: r.line, column: r.column, text: r.text });
      }
      out.push({ block: found.block, lines: lines.slice(i, found.end) });
      i = found.end;
      continue;
    }
    plain.push(lines[i]!);
    i++;
  }
  if (plain.length > 0) out.push({ lines: plain });
  return out;
}
