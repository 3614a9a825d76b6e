/**
 * Internal: a table flattened one cell fragment per line, as PDF text gives
 * it when the grid is lost: the header's cells split over several short
 * lines ("Completion" / "date"), then rows that each open with their
 * reference numbers on lines of their own ("2" / "3"), a cell broken over
 * as many lines as it took in its column, and cells in an order that need
 * not be the header's. The header says which kinds of cell a row has (a
 * lead, a date, a status); each line of a row is placed by what it looks
 * like: references first, then short lines of initials or names (the
 * lead), text, and short dates and status words. A row may hold several
 * texts, each with its own date and status (three planned steps of one
 * task): they stay one row, the texts its paragraphs. A page footer and a
 * header repeated on the next page inside the rows are passed over.
 */
import type { _Line } from '../_lines.js';
import { wordCount } from '../../_lib/white-space.js';
import type { SourceBlock, TableCell, TableRow, TextSpan } from '../types.js';
import { matchHeader } from '../../interpret/vocabulary.js';
import { keyMapOf, matchHeaderWords } from '../../interpret/_table/header.js';

/** Most lines of a header split one fragment per line, and longest fragment. */
const MAX_HEADER_LINES = 30;
const MAX_FRAGMENT = 40;
const MAX_FRAGMENT_WORDS = 4;

/** A line holding only references: `1`, `2.3`, `1&4`, `R5`, `3, 4`. */
const REF_LINE = /^[A-Z]{0,2}\d{1,3}(?:\.\d{1,2})?(?:\s?(?:&|,|and)\s?\d{1,3}(?:\.\d{1,2})?)*$/u;
/** A lone joining word or sign between references split over lines ("4" / "&"). */
const REF_JOIN = /^(?:&|,|and)$/u;
/** A word of initials or a short role in capitals: `BD`, `RW(P)`, `MH-S`, `(P)`, `EXEC`. */
const INITIALS = /^\(?[A-Z][A-Z&\-/]{0,7}\)?(?:\([A-Z]{1,3}\))?[,;]?$/u;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = '(?:19|20)\\d\\d(?:[-/](?:\\d\\d){1,2})?';
/** A line that is a date and nothing else: `April 2007`, `December`, `2012`, `31/03/2009`, `Ongoing`, `Q3 2025`. */
const DATE_LINE = new RegExp(
  `^(?:(?:by|end(?: of)?|early|mid|late)\\s)?(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s)?${MONTH}\\.?(?:\\s${YEAR})?|${YEAR}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|q[1-4](?:\\s${YEAR})?|(?:spring|summer|autumn|winter)(?:\\s${YEAR})?|ongoing|annually|quarterly|monthly|tbc|tba)$`,
  'iu',
);
const YEAR_LINE = new RegExp(`^${YEAR}$`, 'u');
/** A line that opens with a status word: `Completed`, `Now due`, `In progress`, `Overdue`. */
const STATUS_LINE = /^(?:completed?|done|achieved|closed|open|on track|in progress|not started|not yet due|now due|overdue|delayed|deferred|revised|ongoing|superseded|withdrawn)\b/iu;

type Span = TextSpan;

/** The role of a header cell: the kind of line it takes. */
type Role = 'lead' | 'date' | 'status' | 'text';

interface HeaderCell {
  span: Span;
  role: Role;
  /** Named by the vocabulary, whole or by its words. */
  named: boolean;
}

interface Row {
  refs: Span[];
  leads: Span[];
  /** Text paragraphs (each a run of lines up to a sentence end or a date). */
  paragraphs: Span[];
  dates: Span[];
  statuses: Span[];
  line: number;
  /** Index of the row's first line. */
  start: number;
}

/** Where the last attempt that failed stopped reading, so that a long run is not read again from each of its lines. */
let failed: { lines: readonly _Line[]; end: number } | undefined;

const keyMap = (): ReturnType<typeof keyMapOf> => keyMapOf(undefined);

function spanOf(line: _Line): Span {
  const text = line.text.trim();
  return { text, line: line.line, column: line.text.length - line.text.trimStart().length + 1 };
}

// Hoisted: a regex literal in a function body is a new object on every call, and these are asked of every line.
const DIGIT = /\d/u;
const CLAUSE_END = /[!?:;,]$/u;
/** A last word that is an abbreviation (`Nos.`), with at most one word before it. */
const ABBREVIATION_END = /^(?:\S+\s)?[A-Z][a-z]{0,3}\.$/u;

/** A line short enough to be a fragment of a header cell (no digits but in `No.`-like words, no sentence end). */
function headerFragment(line: _Line | undefined): boolean {
  if (line === undefined) return false;
  const t = line.text.trim();
  if (t === '' || t.length > MAX_FRAGMENT || DIGIT.test(t) || CLAUSE_END.test(t)) return false;
  if (t.endsWith('.') && !ABBREVIATION_END.test(t)) return false;
  return wordCount(t) <= MAX_FRAGMENT_WORDS;
}

/** The field a header cell names, whole or by its words. */
function fieldOf(text: string): string | undefined {
  return matchHeader(text)[0] ?? matchHeaderWords(text, keyMap());
}

function roleOf(text: string): { role: Role; named: boolean } {
  const fields = matchHeader(text);
  const field = fields[0] ?? matchHeaderWords(text, keyMap());
  if (fields.includes('leads') || field === 'leads') return { role: 'lead', named: true };
  if (fields.includes('timescale') || field === 'timescale') return { role: 'date', named: true };
  if (field === 'completed' || field === 'status' || field === 'progress') return { role: 'status', named: true };
  return { role: 'text', named: field !== undefined };
}

/**
 * Header cells from fragments: a fragment that opens in lower case, with a
 * slash or `&`, or is an abbreviation (`Nos.`) goes on the cell before; a
 * run of single unknown capitalised words goes on the cell after, unless
 * that cell is a known header as a whole ("Gender" / "Equality" / "Scheme
 * objective" is one cell).
 */
function headerCells(fragments: readonly Span[]): HeaderCell[] {
  const joined: Span[] = [];
  for (const f of fragments) {
    const last = joined[joined.length - 1];
    if (last !== undefined && (/^[\p{Ll}/&(]/u.test(f.text) || /^[A-Z][a-z]{0,3}\.$/u.test(f.text))) joined[joined.length - 1] = { ...last, text: `${last.text} ${f.text}` };
    else joined.push(f);
  }
  const out: HeaderCell[] = [];
  let pending: Span | undefined;
  for (const s of joined) {
    const span = pending === undefined ? s : { ...pending, text: `${pending.text} ${s.text}` };
    const { role, named } = roleOf(s.text);
    const whole = matchHeader(s.text).length > 0;
    if (!named && !s.text.includes(' ')) {
      pending = span;
      continue;
    }
    if (pending !== undefined && whole) {
      // The words before a whole header stay a cell of their own.
      out.push({ span: pending, ...roleOf(pending.text) });
      out.push({ span: s, role, named });
    } else out.push({ span, ...roleOf(span.text) });
    pending = undefined;
  }
  if (pending !== undefined) out.push({ span: pending, ...roleOf(pending.text) });
  return out;
}

function isLeadLine(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.length <= 5 && words.every((w) => INITIALS.test(w)) && /[A-Z]{2}/u.test(text);
}

/** Reads the rows from `start` (a reference line); stops at a blank line, the end, or a row with no text. */
function readRows(lines: readonly _Line[], start: number, roles: Set<Role>, fragments: Set<string>): { rows: Row[]; end: number; scanned: number; repeats: Span[] } {
  const rows: Row[] = [];
  const repeats: Span[] = [];
  let cur: Row | undefined;
  let phase: 'ref' | 'lead' | 'text' | 'tail' = 'ref';
  let paragraph: Span | undefined;
  const closeParagraph = (): void => {
    if (cur !== undefined && paragraph !== undefined) cur.paragraphs.push(paragraph);
    paragraph = undefined;
  };
  let j = start;
  let end = start;
  let stopped = false;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    const text = line.text.trim();
    if (text === '') break;
    // A header repeated on the next page, or a cell header the PDF put among the cells: two or more header fragments in a row.
    if (fragments.has(text) && fragments.has(lines[j + 1]?.text.trim() ?? '')) {
      let repeat = spanOf(line);
      while (j + 1 < lines.length && fragments.has(lines[j + 1]!.text.trim())) {
        j++;
        repeat = { ...repeat, text: `${repeat.text} ${lines[j]!.text.trim()}` };
      }
      repeats.push(repeat);
      continue;
    }
    if (REF_LINE.test(text) || (phase === 'ref' && cur !== undefined && REF_JOIN.test(text))) {
      if (cur === undefined || phase !== 'ref') {
        closeParagraph();
        if (cur !== undefined) {
          if (cur.paragraphs.length === 0) {
            stopped = true;
            break;
          }
          rows.push(cur);
          end = j;
        }
        cur = { refs: [], leads: [], paragraphs: [], dates: [], statuses: [], line: line.line, start: j };
        phase = 'ref';
      }
      cur.refs.push(spanOf(line));
      continue;
    }
    if (cur === undefined) break;
    const span = spanOf(line);
    if ((phase === 'ref' || phase === 'lead') && roles.has('lead') && isLeadLine(text)) {
      cur.leads.push(span);
      phase = 'lead';
      continue;
    }
    // A date or a status (the month, or "Now due", on one line and the year on the next: "December" / "2008").
    const tail = roles.has('date') && DATE_LINE.test(text) ? cur.dates : roles.has('status') && STATUS_LINE.test(text) && text.split(/\s+/u).length <= 4 ? cur.statuses : undefined;
    if (tail !== undefined) {
      closeParagraph();
      const next = lines[j + 1]?.text.trim() ?? '';
      if (!/\d{4}/u.test(text) && YEAR_LINE.test(next)) {
        tail.push({ ...span, text: `${text} ${next}` });
        j++;
      } else tail.push(span);
      phase = 'tail';
      continue;
    }
    if (phase === 'tail') closeParagraph();
    paragraph = paragraph === undefined ? span : { ...paragraph, text: `${paragraph.text} ${text}` };
    if (/[.!?]$/u.test(text)) closeParagraph();
    phase = 'text';
  }
  closeParagraph();
  if (!stopped && cur !== undefined && cur.paragraphs.length > 0) {
    rows.push(cur);
    end = j;
  }
  // Repeats past the table's end are not the table's.
  const last = lines[end - 1]?.line ?? 0;
  return { rows, end, scanned: j, repeats: repeats.filter((r) => r.line <= last) };
}

function cellOf(spans: readonly Span[], paragraphs: boolean, at?: number): TableCell {
  const first = spans[0];
  if (first === undefined) return { text: '', line: at ?? 1, column: 1, paragraphs: [], items: [] };
  return { text: spans.map((s) => s.text).join(' '), line: first.line, column: first.column, paragraphs: paragraphs && spans.length > 1 ? spans.map((s) => ({ ...s })) : [], items: [] };
}

/**
 * A table whose header starts at `lines[i]`, read one fragment per line
 * (see the file comment); `undefined` when there is none. The header is the
 * whole run of short lines (no digits) up to the first line of references,
 * and must name three columns, one of them a lead, a date or a status.
 */
export function _fragmentTable(lines: readonly _Line[], i: number): { block: SourceBlock; end: number; repeats: TextSpan[] } | undefined {
  if (failed !== undefined && failed.lines === lines && i < failed.end) return undefined;
  // The header is a whole run: it does not start inside one.
  if (!headerFragment(lines[i]) || headerFragment(lines[i - 1])) return undefined;
  let j = i;
  while (j < lines.length && j - i <= MAX_HEADER_LINES && headerFragment(lines[j])) j++;
  if (j - i < 4 || j - i > MAX_HEADER_LINES || j >= lines.length || !REF_LINE.test(lines[j]!.text.trim())) return undefined;
  const fragments = lines.slice(i, j).map(spanOf);
  const header = headerCells(fragments);
  const roles = new Set(header.filter((h) => h.named).map((h) => h.role));
  if (header.filter((h) => h.named).length < 3 || !(roles.has('lead') || roles.has('date') || roles.has('status'))) return undefined;
  const { rows, end, scanned, repeats } = readRows(lines, j, roles, new Set(fragments.map((f) => f.text)));
  if (rows.length < 2) {
    failed = { lines, end: scanned };
    return undefined;
  }
  // Columns: the references first (a row's own number, then the numbers it sits under), then the header's other cells in order.
  const first = (role: Role): number => header.findIndex((h) => h.role === role && h.named);
  const typed = new Map<number, keyof Row>([
    [first('lead'), 'leads'],
    [first('date'), 'dates'],
    [first('status'), 'statuses'],
  ]);
  const untyped = header.map((_, k) => k).filter((k) => !typed.has(k));
  let most = 0;
  for (const r of rows) most = Math.max(most, r.refs.filter((s) => !REF_JOIN.test(s.text)).length);
  const refCount = Math.min(most, untyped.length - 1);
  // Reference columns: those the header names so ("Ref", "No."), then the first others in order.
  const named = untyped.filter((k) => fieldOf(header[k]!.span.text) === 'ref');
  const refCols = [...named, ...untyped.filter((k) => !named.includes(k))].slice(0, refCount).sort((a, b) => a - b);
  const rest = untyped.filter((k) => !refCols.includes(k));
  const textCol = rest.find((k) => fieldOf(header[k]!.span.text) === 'title') ?? rest[0]!;
  const order = [...refCols.slice().reverse(), ...header.map((_, k) => k).filter((k) => !refCols.includes(k))];
  const out: TableRow[] = [{ line: fragments[0]!.line, cells: order.map((k) => cellOf([header[k]!.span], false)) }];
  for (const r of rows) {
    // References as written: a lone "&" joins the number before it ("1" / "&" / "4").
    const refs: Span[] = [];
    for (const s of r.refs) {
      const last = refs[refs.length - 1];
      if (last !== undefined && (REF_JOIN.test(s.text) || /[&,]$/u.test(last.text) || REF_JOIN.test(last.text.split(' ').pop() ?? ''))) refs[refs.length - 1] = { ...last, text: `${last.text} ${s.text}` };
      else refs.push(s);
    }
    // The row's own number is its last; those before it, the numbers it sits under (most columns' worth, the rest joined).
    const own = refs.pop();
    const parents = refs;
    const cells = order.map((k): TableCell => {
      const p = refCols.indexOf(k);
      if (p >= 0) {
        // refCols reversed: the first reference column holds the row's own number.
        const slot = refCols.length - 1 - p;
        if (slot === 0) return cellOf(own === undefined ? [] : [own], false, r.line);
        if (slot === 1) return cellOf(parents, false, r.line);
        return cellOf([], false, r.line);
      }
      const field = typed.get(k);
      if (field !== undefined) return cellOf(r[field] as Span[], field === 'dates' || field === 'statuses', r.line);
      return k === textCol ? cellOf(r.paragraphs, true, r.line) : cellOf([], false, r.line);
    });
    out.push({ line: r.line, cells });
  }
  return { block: { type: 'table', rows: out, line: fragments[0]!.line, column: fragments[0]!.column }, end, repeats };
}
