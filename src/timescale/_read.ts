/**
 * The timescale reader: matches small patterns over tokens, left to right,
 * with a bounded look-ahead at each token, so the cost is linear in the
 * phrase. Internal; `parseTimescale` is the public entry point.
 */
import { addDays, addMonths, compareIso, diffDays, isoOf, partsOf } from '../_lib/iso-date.js';
import { daysInMonth } from '../model/date.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { TimescaleKind } from '../model/timescale.js';
import type { TimescaleContext } from './parseTimescale.js';

/** How a span of whole years is read (see `TimescaleContext.yearSpans`). */
type TimescaleContextSpans = NonNullable<TimescaleContext['yearSpans']>;
import type { Token } from './_tokenize.js';
import { AMBIGUOUS_MONTHS, EVENT_NOUNS, EVENT_WORDS, MONTHS, NUMBER_WORDS, ONGOING_WORDS, SEASONS, UNITS, UNKNOWN_WORDS } from './_words.js';
import { messages } from './messages.js';

/** A context already checked by `parseTimescale`. */
export interface CheckedContext {
  year?: number;
  start?: string;
  end?: string;
  anchor?: string;
  yearSpans?: TimescaleContextSpans;
}

/** What a date expression names before a year is known. */
type Base =
  | { t: 'day'; y?: number; m: number; d: number }
  | { t: 'days'; y?: number; m: number; d1: number; d2: number }
  | { t: 'month'; y?: number; m: number }
  | { t: 'season'; y?: number; m: number }
  | { t: 'year'; y: number }
  | { t: 'fy'; y?: number; y2?: number }
  | { t: 'quarter'; y?: number; q: number }
  | { t: 'span'; start: string; end: string; kind: TimescaleKind }
  | { t: 'plan-year'; n: number };

/** The tag of a base. */
type BaseTag = Base extends { t: infer T } ? T : never;

/** A base with every field present, so that all bases share one object shape (faster property access). */
function newBase(
  t: BaseTag,
  y: number | undefined = undefined,
  y2: number | undefined = undefined,
  m = 0,
  d = 0,
  d1 = 0,
  d2 = 0,
  q = 0,
  n = 0,
  start = '',
  end = '',
  kind: TimescaleKind = 'unknown',
): Base {
  return { t, y, y2, m, d, d1, d2, q, n, start, end, kind } as unknown as Base;
}

/** Last day of the month `count` months on from month `m` of year `y` (count 1 = that month). */
function endOfMonths(y: number, m: number, count: number): string {
  const index = y * 12 + (m - 1) + count - 1;
  const y2 = Math.floor(index / 12);
  const m2 = index - y2 * 12 + 1;
  return iso(y2, m2, lastDay(y2, m2));
}

type Part = 'early' | 'mid' | 'late' | 'end' | 'start' | 'week';
type Role = 'by' | 'before' | 'from' | 'after' | 'whole' | 'between';

interface Atom {
  base: Base;
  part: Part | undefined;
  from: number;
  to: number;
  notes: readonly Diagnostic[];
}

interface Resolved {
  kind: TimescaleKind;
  start: string | undefined;
  end: string | undefined;
  invalid: boolean;
  yearAssumed: boolean;
  unknown: boolean;
  /** The span before early/mid/late/end/start was applied. */
  raw: Resolved | undefined;
}

/** A resolved span; all fields always present (one object shape). */
function span(kind: TimescaleKind, start: string | undefined, end: string | undefined, invalid = false): Resolved {
  return { kind, start, end, invalid, yearAssumed: false, unknown: false, raw: undefined };
}

/** A copy of r with another kind and dates (same fields, same order as `{ ...r, kind, start, end }`). */
function derived(r: Resolved, kind: TimescaleKind, start: string | undefined, end: string | undefined): Resolved {
  return { kind, start, end, invalid: r.invalid, yearAssumed: r.yearAssumed, unknown: r.unknown, raw: r.raw };
}

function unknownSpan(): Resolved {
  return { kind: 'unknown', start: undefined, end: undefined, invalid: false, yearAssumed: false, unknown: true, raw: undefined };
}

/** One period found in a phrase, with its token span. */
export interface Found {
  kind: TimescaleKind;
  start: string | undefined;
  end: string | undefined;
  from: number;
  to: number;
  yearAssumed: boolean;
  invalid: boolean;
  label: string | undefined;
  /** For a label only ("(for Year 3)"): which period it names. */
  labelOf: 'previous' | 'next' | undefined;
  planYear: number | undefined;
  relative: { amount: number; unit: 'day' | 'week' | 'month' | 'year' } | undefined;
  ongoingWord: boolean;
}

/** A found period with every field present (one object shape). */
function mkFound(kind: TimescaleKind, from: number, to: number): Found {
  return { kind, start: undefined, end: undefined, from, to, yearAssumed: false, invalid: false, label: undefined, labelOf: undefined, planYear: undefined, relative: undefined, ongoingWord: false };
}

/** Everything read from a phrase. */
export interface Reading {
  found: Found[];
  recurrence?: string;
  eventFrom?: number;
  unknownWord?: boolean;
  diagnostics: Diagnostic[];
}

const SEP_DATE = new Set(['/', '.', '-']);

function isYear4(t: Token | undefined): boolean {
  if (!t || t.type !== 'num' || t.ordinal || t.text.length !== 4) return false;
  return t.value >= 1900 && t.value <= 2099;
}

function isSmall(t: Token | undefined, max: number): boolean {
  if (!t || t.type !== 'num' || t.norm.length > 2) return false;
  return t.value >= 1 && t.value <= max;
}

function isTwoDigit(t: Token | undefined): boolean {
  return !!t && t.type === 'num' && !t.ordinal && t.text.length === 2;
}

const PAD2: readonly string[] = Array.from({ length: 32 }, (_, k) => String(k).padStart(2, '0'));

/**
 * ISO strings of the days of 1900–2199, each made once when first needed:
 * sharing these strings across calls changes no result, it only saves
 * building the same text again.
 */
const ISO_FIRST_YEAR = 1900;
const ISO_YEARS = 300;
const ISO_CACHE: (string | undefined)[] = new Array<string | undefined>(ISO_YEARS * 12 * 32).fill(undefined);

/** Formats a date as ISO; the common four-digit case without padStart (hot path). */
function iso(y: number, m: number, d: number): string {
  const k = y - ISO_FIRST_YEAR;
  if (k >= 0 && k < ISO_YEARS && m >= 1 && m <= 12 && d >= 0 && d <= 31 && (k | 0) === k && (m | 0) === m && (d | 0) === d) {
    const slot = (k * 12 + (m - 1)) * 32 + d;
    let s = ISO_CACHE[slot];
    if (s === undefined) {
      s = `${y}-${PAD2[m] as string}-${PAD2[d] as string}`;
      ISO_CACHE[slot] = s;
    }
    return s;
  }
  return y >= 1000 && y <= 9999 ? `${y}-${PAD2[m] as string}-${PAD2[d] as string}` : isoOf(y, m, d);
}

/** `partsOf(iso).year` without slicing: the number in the first four characters. */
function yearOfIso(s: string): number {
  let y = 0;
  for (let k = 0; k < 4; k++) {
    const d = s.charCodeAt(k) - 48;
    if (!(d >= 0 && d <= 9)) return partsOf(s).year;
    y = y * 10 + d;
  }
  return y;
}

function twoDigitYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

function lastDay(y: number, m: number): number {
  return daysInMonth(y, m);
}

/** `partsOf` without slicing, for the `YYYY-MM-DD` strings the reader makes. */
function partsFast(s: string): { year: number; month: number; day: number } {
  if (s.length !== 10) return partsOf(s);
  const y0 = s.charCodeAt(0) - 48;
  const y1 = s.charCodeAt(1) - 48;
  const y2 = s.charCodeAt(2) - 48;
  const y3 = s.charCodeAt(3) - 48;
  const m0 = s.charCodeAt(5) - 48;
  const m1 = s.charCodeAt(6) - 48;
  const d0 = s.charCodeAt(8) - 48;
  const d1 = s.charCodeAt(9) - 48;
  if (((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) & ~15) !== 0 || y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return partsOf(s);
  return { year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: m0 * 10 + m1, day: d0 * 10 + d1 };
}

function thirds(start: string, end: string, part: 'early' | 'mid' | 'late'): { start: string; end: string } {
  const s = partsFast(start);
  const e = partsFast(end);
  const wholeMonths = s.day === 1 && e.day === lastDay(e.year, e.month);
  const months = (e.year - s.year) * 12 + (e.month - s.month) + 1;
  const index = part === 'early' ? 0 : part === 'mid' ? 1 : 2;
  if (wholeMonths && months >= 3 && months % 3 === 0) {
    const size = months / 3;
    if (s.year >= 1000 && e.year <= 9999) {
      // As below, by month arithmetic: start is a first of the month.
      const at = s.year * 12 + (s.month - 1) + size * index;
      const y = Math.floor(at / 12);
      return { start: iso(y, at - y * 12 + 1, 1), end: endOfMonths(s.year, s.month, size * (index + 1)) };
    }
    const first = addMonths(start, size * index);
    const last = addDays(addMonths(start, size * (index + 1)), -1);
    return { start: first, end: last };
  }
  if (wholeMonths && months === 1) {
    const len = lastDay(s.year, s.month);
    const a = Math.floor(len / 3);
    const from = index === 0 ? 1 : index === 1 ? a + 1 : 2 * a + 1;
    const to = index === 0 ? a : index === 1 ? 2 * a : len;
    return { start: iso(s.year, s.month, from), end: iso(s.year, s.month, to) };
  }
  // Any other span: thirds by days.
  const total = diffDays(start, end) + 1;
  const a = Math.floor(total / 3);
  if (a === 0) return { start, end };
  const from = index === 0 ? 0 : index === 1 ? a : 2 * a;
  const to = index === 0 ? a - 1 : index === 1 ? 2 * a - 1 : total - 1;
  return { start: addDays(start, from), end: addDays(start, to) };
}

function kindOfSpan(start: string, end: string, fallback: TimescaleKind): TimescaleKind {
  if (start === end) return 'date';
  const s = partsFast(start);
  const e = partsFast(end);
  if (s.year === e.year && s.month === e.month && s.day === 1 && e.day === lastDay(e.year, e.month)) return 'month';
  return fallback;
}

/** Ongoing words that are also verbs or adjectives in prose. */
const VERB_LIKE: ReadonlySet<string> = new Set(['established', 'operational', 'embedded', 'continuing', 'continuous', 'continual', 'continually', 'permanent']);
const THE: ReadonlySet<string> = new Set(['the', 'this', 'current']);

/** Repeating words on their own. */
const SINGLE_RECURRENCE: ReadonlyMap<string, string> = new Map([
  ['annually', 'annually'],
  ['yearly', 'annually'],
  ['quarterly', 'quarterly'],
  ['monthly', 'monthly'],
  ['weekly', 'weekly'],
  ['daily', 'daily'],
  ['fortnightly', 'fortnightly'],
  ['termly', 'termly'],
  ['biannually', 'every 6 months'],
  ['biannual', 'every 6 months'],
  ['biennially', 'every 2 years'],
  ['biennial', 'every 2 years'],
  ['triennially', 'every 3 years'],
  ['triennial', 'every 3 years'],
  ['bimonthly', 'every 2 months'],
]);

/** Periodic words a multiplier may stand before ("six-monthly", "twice yearly"), by their period. */
const PERIODIC: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'> = new Map([
  ['daily', 'day'],
  ['weekly', 'week'],
  ['monthly', 'month'],
  ['yearly', 'year'],
  ['annually', 'year'],
  ['annual', 'year'],
]);

/**
 * What a multiplier makes of a period: "six-weekly" every 6 weeks, "bi-weekly"
 * fortnightly, "bi-annual" and "half-yearly" every 6 months (as UK plans mean
 * them), "twice monthly" every 2 weeks; none for a pair with no one reading
 * ("twice-weekly", "bi-daily").
 */
const MULTIPLIED: Readonly<Record<string, Partial<Record<'day' | 'week' | 'month' | 'year', string>>>> = {
  six: { day: 'every 6 days', week: 'every 6 weeks', month: 'every 6 months', year: 'every 6 years' },
  half: { year: 'every 6 months' },
  bi: { week: 'fortnightly', month: 'every 2 months', year: 'every 6 months' },
  twice: { month: 'every 2 weeks', year: 'every 6 months' },
};

/** "every year", "each quarter". */
const EVERY_UNIT: ReadonlyMap<string, string> = new Map([
  ['year', 'annually'],
  ['month', 'monthly'],
  ['quarter', 'quarterly'],
  ['week', 'weekly'],
  ['day', 'daily'],
  ['term', 'termly'],
]);

const NO_NOTES: readonly Diagnostic[] = [];


/** Words that can begin a repeating phrase. */
const RECURRENCE_STARTERS: ReadonlySet<string> = new Set([...SINGLE_RECURRENCE.keys(), 'six', 'half', 'bi', 'twice', 'once', 'per', 'annual', 'as', 'every', 'each']);

/** Words that can begin an open-ended phrase ("ongoing", "in place"). */
const ONGOING_STARTERS: ReadonlySet<string> = new Set([...ONGOING_WORDS, 'on', 'already', 'in', 'business', 'bau']);

/** Words and symbols that can follow a date as a suffix or range connector. */
const AFTER_DATE: ReadonlySet<string> = new Set([
  ',', '-', ';', '/', '&', 'onwards', 'onward', 'thereafter', 'ongoing', 'on', 'and', 'then', 'to', 'at', 'or', 'until', 'till', 'through', 'thru',
]);

/** Words that can begin a role ("by", "no later than", "from" …). */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...['by', 'no', 'not', 'up', 'until', 'till', 'til', 'deadline', 'due', 'before', 'prior', 'ahead', 'from', 'since', 'starting'],
  ...['commencing', 'effective', 'beginning', 'as', 'with', 'after', 'following', 'between', 'during', 'in', 'throughout', 'within'],
  ...['over', 'for', 'at', 'on', 'of'],
]);

/** Words that can begin a part of a period ("early", "end of", "w/c" …). */
const PART_WORDS: ReadonlySet<string> = new Set(['early', 'earlier', 'mid', 'middle', 'late', 'later', 'end', 'close', 'beginning', 'start', 'w', 'wc', 'wb', 'week']);

/** Every word that can begin a date expression after its role word. */
const ATOM_STARTERS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...SEASONS.keys(),
  ...['the', 'this', 'current', 'early', 'earlier', 'mid', 'middle', 'late', 'later', 'end', 'close', 'beginning', 'start', 'w', 'wc', 'wb', 'week'],
  ...['q', 'q1', 'q2', 'q3', 'q4', 'quarter', 'qtr', 'fy', 'financial', 'fiscal', 'academic', 'year'],
]);

/** Every word that can begin something the reader looks for; other words are skipped at once. */
const STARTERS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...SEASONS.keys(),
  ...ONGOING_WORDS,
  ...EVENT_WORDS,
  ...UNKNOWN_WORDS,
  ...SINGLE_RECURRENCE.keys(),
  ...['six', 'half', 'bi', 'twice', 'once', 'per', 'annual', 'as', 'every', 'each'],
  ...['within', 'in', 'over', 'on', 'already', 'business', 'bau', 'to', 'subject'],
  ...['by', 'no', 'not', 'up', 'until', 'till', 'til', 'deadline', 'due', 'before', 'prior', 'ahead', 'from', 'since', 'starting'],
  ...['commencing', 'effective', 'beginning', 'with', 'after', 'following', 'between', 'during', 'throughout', 'for', 'at', 'of'],
  ...['the', 'this', 'current', 'early', 'earlier', 'mid', 'middle', 'late', 'later', 'end', 'close', 'start', 'w', 'wc', 'wb', 'week'],
  ...['q', 'q1', 'q2', 'q3', 'q4', 'quarter', 'qtr', 'fy', 'financial', 'fiscal', 'academic', 'year'],
]);

/** Word classes, one bit each, looked up once per word by the tokeniser (`Token.cls`). */
export const C_STARTER = 1;
const C_ROLE = 2;
const C_ATOM = 4;
const C_PART = 8;
const C_AFTER = 16;
const C_REC = 32;
const C_ONG_START = 64;
const C_ONGOING = 128;
const C_THE = 256;
const C_VERB_LIKE = 512;
const C_EVENT_WORD = 1024;
const C_EVENT_NOUN = 2048;
const C_UNKNOWN = 4096;

/** Each word of the reader's sets → its class bits. */
export const WORD_CLASS: ReadonlyMap<string, number> = wordClasses();

function wordClasses(): Map<string, number> {
  const map = new Map<string, number>();
  const add = (set: Iterable<string>, bit: number) => {
    for (const w of set) map.set(w, (map.get(w) ?? 0) | bit);
  };
  add(STARTERS, C_STARTER);
  add(ROLE_WORDS, C_ROLE);
  add(ATOM_STARTERS, C_ATOM);
  add(PART_WORDS, C_PART);
  add(AFTER_DATE, C_AFTER);
  add(RECURRENCE_STARTERS, C_REC);
  add(ONGOING_STARTERS, C_ONG_START);
  add(ONGOING_WORDS, C_ONGOING);
  add(THE, C_THE);
  add(VERB_LIKE, C_VERB_LIKE);
  add(EVENT_WORDS, C_EVENT_WORD);
  add(EVENT_NOUNS, C_EVENT_NOUN);
  add(UNKNOWN_WORDS, C_UNKNOWN);
  return map;
}


/** Reads the dates of one phrase. */
export class Reader {
  private readonly tokens: Token[];
  private readonly text: string;
  private readonly context: CheckedContext;
  private readonly diagnostics: Diagnostic[] = [];

  constructor(text: string, tokens: Token[], context: CheckedContext) {
    this.text = text;
    this.tokens = tokens;
    this.context = context;
  }

  private tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  // Fixed arity (no rest array): this runs for nearly every token.
  private word(i: number, a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string): boolean {
    const t = this.tokens[i];
    if (t === undefined || t.type !== 'word') return false;
    const w = t.norm;
    return w === a || w === b || w === c || w === d || w === e || w === f || w === g;
  }

  /** Whether token i is a word of a class (`C_…` bits). */
  private inClass(i: number, bit: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.type === 'word' && (t.cls & bit) !== 0;
  }

  private sym(i: number, a: string, b?: string, c?: string, d?: string): boolean {
    const t = this.tokens[i];
    if (t === undefined || t.type !== 'sym') return false;
    const x = t.norm;
    return x === a || x === b || x === c || x === d;
  }

  /** Whether tokens i and i+1 touch (no space between). */
  private touching(i: number): boolean {
    if (i < 0) return false;
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    return !!a && !!b && a.end === b.start;
  }

  private skipThe(i: number): number {
    while (this.inClass(i, C_THE)) i++;
    return i;
  }

  private source(from: number, to: number): string {
    const a = this.tokens[from];
    const b = this.tokens[to - 1];
    if (!a || !b) return '';
    return this.text.slice(a.start, b.end);
  }

  /** Offsets where lines start, built once, on the first diagnostic. */
  private lineStarts: number[] | undefined;

  /** 1-based line and column of token i within the phrase. */
  private position(i: number): { line: number; column: number } {
    const offset = this.tokens[i]?.start ?? 0;
    if (this.lineStarts === undefined) {
      const starts = [0];
      for (let k = this.text.indexOf('\n'); k >= 0; k = this.text.indexOf('\n', k + 1)) starts.push(k + 1);
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  }

  private note(code: string, severity: Diagnostic['severity'], message: string, from: number, to: number, expected?: string): Diagnostic {
    const { line, column } = this.position(from);
    const d: Diagnostic = { code, severity, message, line, column, text: this.source(from, to), source: 'timescale' };
    if (expected !== undefined) d.expected = expected;
    return d;
  }

  private monthAt(i: number): number | undefined {
    const t = this.tokens[i];
    if (!t || t.type !== 'word' || t.month === 0) return undefined;
    return t.month;
  }

  /** A year after a month or season: `2009`, `09`, `'09`, `, 2009`, `of 2009`. */
  private yearAfter(i: number, afterDay = false): { y: number; next: number; two: boolean } | undefined {
    let j = i;
    if (this.sym(j, ',') || this.word(j, 'of')) j++;
    else if (this.sym(j, '-', '/') && this.touching(j - 1) && this.touching(j)) j++; // "Mar-24"
    if (this.sym(j, "'")) j++;
    const t = this.tok(j);
    if (isYear4(t)) {
      // Not the start of a numeric date or a range of years handled elsewhere.
      return { y: (t as Token).value, next: j + 1, two: false };
    }
    if (isTwoDigit(t)) {
      // "10 March 15 April" — a day of the next date, not a year ("Sept 09 Dec 09" is two months).
      if (afterDay && this.monthAt(j + 1) !== undefined) return undefined;
      if (this.sym(j + 1, '/', '.', ':') && this.tok(j + 2)?.type === 'num') return undefined;
      return { y: twoDigitYear((t as Token).value), next: j + 1, two: true };
    }
    return undefined;
  }

  /** A financial-year form at i: `2008/09`, `2008-09`, `2008/2010`, `2008 – 10`, `08/09` (short allowed). */
  private fyForm(i: number, allowShort: boolean): { y: number; y2: number; next: number } | undefined {
    const a = this.tok(i);
    if (!a || a.type !== 'num' || a.ordinal) return undefined;
    if (!this.sym(i + 1, '/', '-')) return undefined;
    const b = this.tok(i + 2);
    if (!b || b.type !== 'num' || b.ordinal) return undefined;
    // A third part with the same separator makes it a date (2008-09-15), not a
    // year; another separator starts a second year ("2008/09 – 2010/11").
    if (this.sym(i + 3, '/', '-', '.') && this.tok(i + 3)?.norm === this.tok(i + 1)?.norm && this.tok(i + 4)?.type === 'num') return undefined;
    if (this.monthAt(i + 3) !== undefined) return undefined;
    let y: number;
    if (isYear4(a)) y = a.value;
    else if (allowShort && a.text.length === 2) y = twoDigitYear(a.value);
    else return undefined;
    let y2: number;
    if (b.text.length === 2) {
      y2 = y - (y % 100) + b.value;
      if (y2 <= y) y2 += 100;
    } else if (b.text.length === 1 && isYear4(a) && this.sym(i + 1, '-')) {
      // "2006-8": the last digit of the end year.
      y2 = y - (y % 10) + b.value;
      if (y2 <= y) y2 += 10;
    } else if (isYear4(b)) {
      y2 = b.value;
      // Without a reading chosen, "2021 – 2024" is calendar years and only
      // "2022-2023" one financial year; the context can choose either.
      const spans = this.context.yearSpans;
      if (this.sym(i + 1, '-') && (spans === undefined ? y2 !== y + 1 : spans !== 'financial')) return undefined;
    } else return undefined;
    if (y2 <= y || y2 - y > 10) return undefined;
    return { y, y2, next: i + 3 };
  }

  private absorbFyWords(i: number): number {
    if (this.word(i, 'financial', 'fiscal') && this.word(i + 1, 'year', 'yr')) return i + 2;
    if (this.word(i, 'fy')) return i + 1;
    return i;
  }

  /** A quarter number after `Q`/`quarter`, and its financial year if written. */
  private quarterAt(i: number): { q: number; next: number } | undefined {
    const t = this.tok(i);
    // "1st quarter", "4th quarter": an ordinal number before the word.
    if (t?.type === 'num') return t.ordinal && isSmall(t, 4) && this.word(i + 1, 'quarter') ? { q: t.value, next: i + 2 } : undefined;
    if (!t || t.type !== 'word') return undefined;
    if (t.norm === 'q' && this.touching(i) && isSmall(this.tok(i + 1), 4)) return { q: Number(this.tok(i + 1)?.norm), next: i + 2 };
    // "q1"–"q4" (a word token holds only letters, so this never matches; kept as written).
    if (t.norm.length === 2 && t.norm.charCodeAt(0) === 113 && t.norm.charCodeAt(1) >= 49 && t.norm.charCodeAt(1) <= 52) return { q: Number(t.norm.slice(1)), next: i + 1 };
    if (t.norm === 'quarter' || t.norm === 'qtr') {
      const n = this.tok(i + 1);
      if (isSmall(n, 4)) return { q: Number((n as Token).norm), next: i + 2 };
      const w = n?.norm;
      const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4 };
      if (w && words[w]) return { q: words[w] as number, next: i + 2 };
    }
    return undefined;
  }

  /** The quarter read at `q` and the year written after it ("Q3 2024/25", "1st quarter of 2009"), as a base. */
  private quarterBase(q: { q: number; next: number }, notes: readonly Diagnostic[]): Base | undefined {
    const qy = this.quarterYear(q.next);
    return this.baseAt(qy.y !== undefined ? newBase('quarter', qy.y, undefined, 0, 0, 0, 0, q.q) : newBase('quarter', undefined, undefined, 0, 0, 0, 0, q.q), qy.next, notes);
  }

  private quarterYear(i: number): { y?: number; next: number } {
    let j = i;
    if (this.sym(j, ',') || this.word(j, 'of', 'in')) j++;
    j = this.skipThe(j);
    j = this.absorbFyWords(j);
    const fy = this.fyForm(j, true);
    if (fy) return { y: fy.y, next: this.absorbFyWords(fy.next) };
    const t = this.tok(j);
    if (isYear4(t)) return { y: (t as Token).value, next: this.absorbFyWords(j + 1) };
    return { next: i };
  }

  /** The base of a date expression at i. */
  /** Where the last base read by `base` ends, and its notes (read at once by the caller). */
  private baseNext = 0;
  private baseNotes: readonly Diagnostic[] = NO_NOTES;

  private baseAt(base: Base, next: number, notes: readonly Diagnostic[]): Base {
    this.baseNext = next;
    this.baseNotes = notes;
    return base;
  }

  private base(i: number): Base | undefined {
    const t = this.tok(i);
    if (!t) return undefined;
    let notes: readonly Diagnostic[] = NO_NOTES;
    if (t.type === 'num') {
      const oq = t.ordinal ? this.quarterAt(i) : undefined;
      if (oq) return this.quarterBase(oq, notes);
      if (isYear4(t)) {
        const y = t.value;
        // ISO or year-first numeric date: 2006-03-31, 2006/03/31.
        if (this.sym(i + 1, '-', '/', '.') && isSmall(this.tok(i + 2), 12) && this.tok(i + 3)?.norm === this.tok(i + 1)?.norm && isSmall(this.tok(i + 4), 31)) {
          return this.baseAt(newBase('day', y, undefined, (this.tok(i + 2) as Token).value, (this.tok(i + 4) as Token).value), i + 5, notes);
        }
        const fy = this.fyForm(i, false);
        if (fy) {
          const next = this.absorbFyWords(fy.next);
          const q = this.quarterAt(next);
          if (q) return this.baseAt(newBase('quarter', fy.y, undefined, 0, 0, 0, 0, q.q), q.next, notes);
          return this.baseAt(newBase('fy', fy.y, fy.y2), next, notes);
        }
        // A span of calendar years: "2021 – 2024".
        if (this.sym(i + 1, '-') && isYear4(this.tok(i + 2))) {
          const y2 = (this.tok(i + 2) as Token).value;
          if ((y2 > y + 1 || (y2 === y + 1 && this.context.yearSpans !== undefined && this.context.yearSpans !== 'financial')) && y2 - y <= 20) {
            return this.baseAt(newBase('span', undefined, undefined, 0, 0, 0, 0, 0, 0, iso(y, 1, 1), iso(y2, 12, 31), 'range'), i + 3, notes);
          }
        }
        // A quarter after its year: "2024 Q1", "2024-Q1" — the same quarter as "Q1 2024".
        const qAt = this.sym(i + 1, '-') && this.touching(i) && this.touching(i + 1) ? i + 2 : i + 1;
        const yq = this.quarterAt(qAt);
        if (yq) return this.baseAt(newBase('quarter', y, undefined, 0, 0, 0, 0, yq.q), yq.next, notes);
        const next = i + 1;
        if (this.word(next, 'financial', 'fiscal') && this.word(next + 1, 'year')) {
          return this.baseAt(newBase('fy', y, y + 1), next + 2, notes);
        }
        return this.baseAt(newBase('year', y), next, notes);
      }
      if (isSmall(t, 31)) {
        const d = t.value; // the digits, with or without an ordinal suffix
        // A run of days: "1-15 March 2006", "1st to 15th March".
        if ((this.sym(i + 1, '-') || this.word(i + 1, 'to')) && isSmall(this.tok(i + 2), 31)) {
          const d2t = this.tok(i + 2) as Token;
          const d2 = d2t.value;
          let j = i + 3;
          if (this.word(j, 'of')) j++;
          const m = this.monthAt(j);
          if (m !== undefined && d2 > d) {
            j++;
            if (this.sym(j, '.')) j++;
            const ya = this.yearAfter(j, true);
            if (ya?.two) notes = [...notes, this.note('two-digit-year', 'info', messages.twoDigitYear(this.source(i, ya.next), ya.y), i, ya.next)];
            return this.baseAt(ya ? newBase('days', ya.y, undefined, m, 0, d, d2) : newBase('days', undefined, undefined, m, 0, d, d2), ya ? ya.next : j, notes);
          }
        }
        // Day month year: "31 March 2006", "31st of March", "31st March 06".
        let j = i + 1;
        if (this.word(j, 'of')) j++;
        const m = this.monthAt(j);
        if (m !== undefined) {
          j++;
          if (this.sym(j, '.')) j++;
          const ya = this.yearAfter(j, true);
          if (ya?.two) notes = [...notes, this.note('two-digit-year', 'info', messages.twoDigitYear(this.source(i, ya.next), ya.y), i, ya.next)];
          return this.baseAt(ya ? newBase('day', ya.y, undefined, m, d) : newBase('day', undefined, undefined, m, d), ya ? ya.next : j, notes);
        }
        // Numeric, day first: 31/03/2006, 31.03.06, 31-03-2006.
        const s1 = this.tok(i + 1);
        const mt = this.tok(i + 2);
        const s2 = this.tok(i + 3);
        const yt = this.tok(i + 4);
        if (!t.ordinal && s1 && s1.type === 'sym' && SEP_DATE.has(s1.norm) && isSmall(mt, 31) && s2 && s2.norm === s1.norm && yt && yt.type === 'num' && (isYear4(yt) || isTwoDigit(yt))) {
          // Not followed by yet more numbers (a version or reference number).
          if (!(this.sym(i + 5, '/', '.', '-') && this.touching(i + 4) && this.tok(i + 6)?.type === 'num')) {
            const y = yt.text.length === 4 ? yt.value : twoDigitYear(yt.value);
            if (yt.text.length === 2) notes = [...notes, this.note('two-digit-year', 'info', messages.twoDigitYear(this.source(i, i + 5), y), i, i + 5)];
            let dd = d;
            let mm = (mt as Token).value;
            if (mm > 12) {
              if (dd > 12) return undefined;
              [dd, mm] = [mm, dd];
              notes = [...notes, this.note('month-first', 'warning', messages.monthFirst(this.source(i, i + 5), isoOf(y, mm, Math.min(dd, lastDay(y, mm)))), i, i + 5)];
            }
            return this.baseAt(newBase('day', y, undefined, mm, dd), i + 5, notes);
          }
        }
      }
      return undefined;
    }
    if (t.type !== 'word') return undefined;
    const m = t.month;
    if (m !== 0) {
      let j = i + 1;
      if (this.sym(j, '.') && this.touching(i)) j++;
      const n = this.tok(j);
      // Month first with a day: "March 31st", "March 31, 2006", "March 31 2006".
      if (isSmall(n, 31) && ((n as Token).ordinal || (this.sym(j + 1, ',') && isYear4(this.tok(j + 2))) || isYear4(this.tok(j + 1)))) {
        const d = (n as Token).value;
        const ya = this.yearAfter(j + 1);
        return this.baseAt(ya ? newBase('day', ya.y, undefined, m, d) : newBase('day', undefined, undefined, m, d), ya ? ya.next : j + 1, notes);
      }
      const ya = this.yearAfter(j);
      if (ya) {
        if (ya.two) notes = [...notes, this.note('two-digit-year', 'info', messages.twoDigitYear(this.source(i, ya.next), ya.y), i, ya.next)];
        return this.baseAt(newBase('month', ya.y, undefined, m), ya.next, notes);
      }
      // A month alone; "may" and "march" only when capitalised.
      if (AMBIGUOUS_MONTHS.has(t.norm) && t.text[0] === t.norm[0]) return undefined;
      return this.baseAt(newBase('month', undefined, undefined, m), j, notes);
    }
    const season = t.season;
    if (season !== 0) {
      let j = i + 1;
      if (this.word(j, 'term')) j++;
      let k = j;
      if (this.word(k, 'of')) k++;
      const fy = this.fyForm(k, false);
      if (fy && season === 12) return this.baseAt(newBase('season', fy.y, undefined, season), fy.next, notes);
      const ya = this.yearAfter(j);
      if (ya) {
        if (ya.two) notes = [...notes, this.note('two-digit-year', 'info', messages.twoDigitYear(this.source(i, ya.next), ya.y), i, ya.next)];
        return this.baseAt(newBase('season', ya.y, undefined, season), ya.next, notes);
      }
      return this.baseAt(newBase('season', undefined, undefined, season), j, notes);
    }
    const q = this.quarterAt(i);
    if (q) return this.quarterBase(q, notes);
    // FY 2023/24, financial year 2008-09, the financial year.
    let fyEnd = -1;
    if (t.norm === 'fy') fyEnd = i + 1;
    else if ((t.norm === 'financial' || t.norm === 'fiscal') && this.word(i + 1, 'year', 'yr')) fyEnd = i + 2;
    if (fyEnd > 0) {
      let j = fyEnd;
      if (this.word(j, 'of')) j++;
      const yt = this.tok(j);
      const fy = this.fyForm(j, true) ?? (isYear4(yt) ? { y: (yt as Token).value, y2: (yt as Token).value + 1, next: j + 1 } : undefined);
      if (fy === undefined) return this.baseAt(newBase('fy'), fyEnd, notes);
      // "FY2024 Q2", "financial year 2024/25 quarter 3": a quarter of that year.
      const q = this.quarterAt(fy.next);
      if (q) return this.baseAt(newBase('quarter', fy.y, undefined, 0, 0, 0, 0, q.q), q.next, notes);
      return this.baseAt(newBase('fy', fy.y, fy.y2), fy.next, notes);
    }
    // Academic year 2009/10: 1 September to 31 August.
    if (t.norm === 'academic' && this.word(i + 1, 'year')) {
      const fy = this.fyForm(i + 2, true);
      if (fy) return this.baseAt(newBase('span', undefined, undefined, 0, 0, 0, 0, 0, 0, iso(fy.y, 9, 1), iso(fy.y2, 8, 31), 'range'), fy.next, notes);
    }
    // Year 3 of a plan.
    if (t.norm === 'year' && isSmall(this.tok(i + 1), 20) && !this.tok(i + 1)?.ordinal) {
      return this.baseAt(newBase('plan-year', undefined, undefined, 0, 0, 0, 0, 0, Number(this.tok(i + 1)?.norm)), i + 2, notes);
    }
    return undefined;
  }

  /** A modifier before a base: early, mid, late, end of, beginning of, w/c. */
  /** Where the last part read by `part` ends (read at once by the caller). */
  private partNext = 0;

  private part(i: number): Part | undefined {
    const j = this.skipThe(i);
    const t = this.tok(j);
    if (!t || t.type !== 'word' || (t.cls & C_PART) === 0) return undefined;
    let part: Part | undefined;
    let next = j + 1;
    switch (t.norm) {
      case 'early':
      case 'earlier':
        part = 'early';
        break;
      case 'mid':
        part = 'mid';
        if (this.sym(next, '-')) next++;
        break;
      case 'middle':
        if (this.word(next, 'of')) {
          part = 'mid';
          next++;
        }
        break;
      case 'late':
      case 'later':
        part = 'late';
        break;
      case 'end':
        part = 'end';
        if (this.sym(next, '-') || this.word(next, 'of')) next++;
        break;
      case 'close':
        if (this.word(next, 'of')) {
          part = 'end';
          next++;
        }
        break;
      case 'beginning':
      case 'start':
        if (this.word(next, 'of')) {
          part = 'start';
          next++;
        }
        break;
      case 'w':
        if (this.sym(next, '/') && this.word(next + 1, 'c', 'b')) {
          part = 'week';
          next += 2;
        }
        break;
      case 'wc':
      case 'wb':
        part = 'week';
        break;
      case 'week':
        if (this.word(next, 'commencing', 'beginning', 'starting')) {
          part = 'week';
          next++;
        }
        break;
      default:
        break;
    }
    if (!part) return undefined;
    if (this.sym(next, '.')) next++;
    this.partNext = this.skipThe(next);
    return part;
  }

  private atom(i: number): Atom | undefined {
    const first = this.tokens[i];
    if (first === undefined || first.type === 'sym' || (first.type === 'word' && (first.cls & C_ATOM) === 0)) return undefined;
    const p = this.part(i);
    const at = p !== undefined ? this.partNext : this.skipThe(i);
    const b = this.base(at);
    if (!b) {
      return undefined;
    }
    if (p && b.t === 'plan-year') return undefined;
    return { base: b, part: p, from: i, to: this.baseNext, notes: this.baseNotes };
  }

  /** The dates of a base in a given year (for bases written without one). */
  private inYear(base: Base, y: number): Resolved {
    switch (base.t) {
      case 'day': {
        const dim = lastDay(y, base.m);
        const day = iso(y, base.m, Math.min(base.d, dim));
        return span('date', day, day, base.d > dim);
      }
      case 'days': {
        const dim = lastDay(y, base.m);
        return span('range', iso(y, base.m, Math.min(base.d1, dim)), iso(y, base.m, Math.min(base.d2, dim)), base.d2 > dim);
      }
      case 'month':
        return span('month', iso(y, base.m, 1), iso(y, base.m, lastDay(y, base.m)));
      case 'season': {
        const start = iso(y, base.m, 1);
        return span('season', start, endOfMonths(y, base.m, 3));
      }
      case 'quarter': {
        const first = 4 + (base.q - 1) * 3;
        const qy = first > 12 ? y + 1 : y;
        const qm = first > 12 ? first - 12 : first;
        return span('quarter', iso(qy, qm, 1), endOfMonths(qy, qm, 3));
      }
      case 'fy':
        return span('financial-year', iso(y, 4, 1), iso(base.y2 !== undefined && base.y !== undefined ? base.y2 : y + 1, 3, 31));
      case 'year':
        return span('year', iso(y, 1, 1), iso(y, 12, 31));
      case 'span':
        return span(base.kind, base.start, base.end);
      case 'plan-year':
        return unknownSpan();
    }
  }

  private yearOf(base: Base): number | undefined {
    if (base.t === 'span' || base.t === 'plan-year') return 0;
    return base.y;
  }

  /** Resolves a base with its own year, a partner's, or the context. */
  private resolveBase(atom: Atom, partner?: Resolved, partnerIsEnd?: boolean): Resolved {
    const base = atom.base;
    if (base.t === 'plan-year') return this.planYear(atom);
    const own = this.yearOf(base);
    if (own !== undefined) return this.inYear(base, own);
    if (partner?.start && partner.end) {
      if (partnerIsEnd) {
        const y = yearOfIso(partner.end);
        const r = this.inYear(base, y);
        if (r.start && compareIso(r.start, partner.end) > 0) return this.inYear(base, y - 1);
        return r;
      }
      const y = yearOfIso(partner.start);
      const r = this.inYear(base, y);
      if (r.end && compareIso(r.end, partner.start) < 0) return this.inYear(base, y + 1);
      return r;
    }
    return this.fromContext(atom);
  }

  private fromContext(atom: Atom): Resolved {
    const base = atom.base;
    const { start, year, anchor } = this.context;
    const text = this.source(atom.from, atom.to);
    const ref = start ?? (year === undefined ? anchor : undefined);
    if (ref) {
      const y0 = yearOfIso(ref);
      const fy = base.t === 'fy' || base.t === 'quarter';
      const last = fy ? y0 + 1 : y0 + 2;
      for (let y = y0 - 1; y <= last; y++) {
        const r = this.inYear(base, y);
        if (r.end && compareIso(r.end, ref) >= 0) {
          const from = start ? `plan period starting ${ref}` : `anchor date ${ref}`;
          const shown = base.t === 'fy' || base.t === 'quarter' ? `${y}/${String((y + 1) % 100).padStart(2, '0')}` : String(y);
          this.diagnostics.push(this.note('year-assumed', 'info', messages.yearAssumed(text, Number(shown.slice(0, 4)), from), atom.from, atom.to, shown));
          r.yearAssumed = true; // r is fresh from inYear
          return r;
        }
      }
    }
    if (year !== undefined) {
      const r = this.inYear(base, year);
      this.diagnostics.push(this.note('year-assumed', 'info', messages.yearAssumed(text, year, 'context year'), atom.from, atom.to));
      r.yearAssumed = true; // r is fresh from inYear
      return r;
    }
    const msg = base.t === 'fy' ? messages.financialYearUnknown(text) : messages.yearUnknown(text);
    this.diagnostics.push(this.note('year-unknown', 'warning', msg, atom.from, atom.to));
    return unknownSpan();
  }

  private planYear(atom: Atom): Resolved {
    const base = atom.base as { t: 'plan-year'; n: number };
    const start = this.context.start;
    if (!start) {
      this.diagnostics.push(this.note('year-unknown', 'warning', messages.planYearUnknown(this.source(atom.from, atom.to)), atom.from, atom.to));
      return unknownSpan();
    }
    const from = addMonths(start, 12 * (base.n - 1));
    const to = addDays(addMonths(start, 12 * base.n), -1);
    const md = start.slice(5);
    const kind: TimescaleKind = md === '04-01' ? 'financial-year' : md === '01-01' ? 'year' : 'range';
    const r = span(kind, from, to);
    r.yearAssumed = true;
    return r;
  }

  /** Applies early/mid/late/end/start/week to a resolved span. */
  private applyPart(r: Resolved, part: Part | undefined): Resolved {
    if (!part || !r.start || !r.end) return r;
    switch (part) {
      case 'end':
        return derived(r, 'date', r.end, r.end);
      case 'start':
        return derived(r, 'date', r.start, r.start);
      case 'week':
        return derived(r, 'range', r.start, addDays(r.start, 6));
      default: {
        const t = thirds(r.start, r.end, part);
        return derived(r, kindOfSpan(t.start, t.end, 'range'), t.start, t.end);
      }
    }
  }

  private invalidNote(atom: Atom, r: Resolved): void {
    if (!r.invalid) return;
    const text = this.source(atom.from, atom.to);
    const best = atom.base.t === 'days' ? r.end : r.start;
    if (!best) return;
    const { year, month, day } = partsOf(best);
    const monthName = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1];
    this.diagnostics.push(this.note('invalid-date', 'error', messages.invalidDate(text, `${day} ${monthName} ${year}`), atom.from, atom.to, best));
  }

  private resolveAtom(atom: Atom, partner?: Resolved, partnerIsEnd?: boolean): Resolved {
    for (const n of atom.notes) this.diagnostics.push(n);
    const r = this.resolveBase(atom, partner, partnerIsEnd);
    this.invalidNote(atom, r);
    if (!atom.part) return r;
    const out = this.applyPart(r, atom.part);
    out.raw = r;
    return out;
  }

  /** Where the last role or suffix read by `role` / `suffix` ends (read at once by the caller). */
  private roleNext = 0;

  private roleAt(role: Role, next: number): Role {
    this.roleNext = next;
    return role;
  }

  private role(i: number): Role | undefined {
    const t = this.tok(i);
    if (!t || t.type !== 'word' || (t.cls & C_ROLE) === 0) return undefined;
    switch (t.norm) {
      case 'by':
        if (this.word(i + 1, 'no', 'not') && this.word(i + 2, 'later') && this.word(i + 3, 'than')) return this.roleAt('by', i + 4);
        return this.roleAt('by', i + 1);
      case 'no':
      case 'not':
        if (this.word(i + 1, 'later') && this.word(i + 2, 'than')) return this.roleAt('by', i + 3);
        // "Not before March 2009" and "not until March 2009" start then; "not after March 2009" is a deadline.
        if (t.norm === 'not' && this.word(i + 1, 'before', 'until', 'till')) return this.roleAt('from', i + 2);
        if (t.norm === 'not' && this.word(i + 1, 'after')) return this.roleAt('by', i + 2);
        return undefined;
      case 'up':
        return this.word(i + 1, 'to', 'until') ? this.roleAt('by', i + 2) : undefined;
      case 'until':
      case 'till':
      case 'til':
      case 'deadline':
      case 'due':
        {
          let next = i + 1;
          if (this.word(next, 'date')) next++;
          if (this.sym(next, ':')) next++;
          if (this.word(next, 'by', 'in', 'for', 'on')) next++;
          return this.roleAt('by', next);
        }
      case 'before':
        return this.roleAt('before', i + 1);
      case 'prior':
        return this.word(i + 1, 'to') ? this.roleAt('before', i + 2) : undefined;
      case 'ahead':
        return this.word(i + 1, 'of') ? this.roleAt('before', i + 2) : undefined;
      case 'from':
      case 'since':
      case 'starting':
      case 'commencing':
      case 'effective':
        return this.roleAt('from', this.word(i + 1, 'from', 'in', 'on') ? i + 2 : i + 1);
      case 'beginning':
        return this.word(i + 1, 'of') ? undefined : this.roleAt('from', this.word(i + 1, 'in', 'on') ? i + 2 : i + 1);
      case 'as':
        return this.word(i + 1, 'of', 'from') ? this.roleAt('from', i + 2) : undefined;
      case 'with':
        return this.word(i + 1, 'effect') && this.word(i + 2, 'from') ? this.roleAt('from', i + 3) : undefined;
      case 'after':
      case 'following':
        return this.roleAt('after', i + 1);
      case 'between':
        return this.roleAt('between', i + 1);
      case 'during':
      case 'in':
      case 'throughout':
      case 'within':
      case 'over':
      case 'for':
      case 'at':
      case 'on':
      case 'of':
        return this.roleAt('whole', i + 1);
      default:
        return undefined;
    }
  }

  /** Words after a date that leave it open-ended ("onwards", "then ongoing") or make it a deadline ("at the latest"). */
  private suffix(i: number): Role | undefined {
    const first = this.tokens[i];
    if (first === undefined || (first.cls & C_AFTER) === 0) return undefined;
    let j = i;
    if (this.sym(j, ',', '-', ';')) j++;
    if (this.word(j, 'onwards', 'onward', 'thereafter', 'ongoing')) return this.roleAt('from', j + 1);
    if (this.word(j, 'on') && this.sym(j + 1, '-') && this.word(j + 2, 'going', 'wards')) return this.roleAt('from', j + 3);
    if (this.word(j, 'on') && this.word(j + 1, 'wards', 'going')) return this.roleAt('from', j + 2);
    if (this.word(j, 'and', 'then', '&') || this.sym(j, '&')) {
      const k = j + 1;
      if (this.word(k, 'onwards', 'onward', 'thereafter', 'ongoing', 'beyond', 'continuing')) return this.roleAt('from', k + 1);
      if (this.word(k, 'on') && this.sym(k + 1, '-') && this.word(k + 2, 'going')) return this.roleAt('from', k + 3);
    }
    if (this.word(j, 'to') && this.word(j + 1, 'date', 'present')) return this.roleAt('from', j + 2);
    if (this.word(j, 'at') && this.word(j + 1, 'the') && this.word(j + 2, 'latest')) return this.roleAt('by', j + 3);
    if (this.word(j, 'or') && this.word(j + 1, 'earlier', 'sooner', 'before')) return this.roleAt('by', j + 2);
    return undefined;
  }

  /** A range connector at i (dash, "to", "until", "/", "and" after "between"). */
  private connector(i: number, role: Role | undefined, a: Atom): number | undefined {
    const first = this.tokens[i];
    if (first === undefined || (first.cls & C_AFTER) === 0) return undefined;
    if (this.sym(i, '-')) return i + 1;
    if (this.word(i, 'to', 'until', 'till', 'through', 'thru')) return i + 1;
    if (role === 'between' && this.word(i, 'and')) return i + 1;
    if (role === 'between' && this.sym(i, '&')) return i + 1;
    if (this.sym(i, '/') && (a.base.t === 'month' || a.base.t === 'season') && a.base.y === undefined) return i + 1;
    return undefined;
  }

  /** A date expression: [role] atom [connector atom] [suffix]. */
  private expression(i: number): Found | undefined {
    const r = this.role(i);
    let role: Role | undefined;
    let j = i;
    if (r !== undefined) {
      role = r;
      j = this.skipThe(this.roleNext);
    }
    const a = this.atom(j);
    if (!a) return undefined;
    if (a.base.t === 'plan-year' && (this.word(i, 'for') || (i > 0 && (this.word(i - 1, 'for') || this.sym(i - 1, '(', '['))))) {
      // "(for Year 3)": a label of the period before, not a date.
      const label = mkFound('unknown', i, a.to);
      label.label = this.source(j, a.to);
      label.labelOf = 'previous';
      return label;
    }
    if (a.base.t === 'plan-year' && this.sym(a.to, '(', '[') && this.datedAt(a.to + 1)) {
      // "Year 2 (2023/24)": a label of the dates that follow.
      const label = mkFound('unknown', i, a.to);
      label.label = this.source(j, a.to);
      label.labelOf = 'next';
      return label;
    }
    let k = a.to;
    let b: Atom | undefined;
    let openEnd = false;
    const c = this.connector(k, role, a);
    if (c !== undefined) {
      const bAtom = this.atom(this.skipThe(c));
      if (bAtom && bAtom.base.t !== 'plan-year') {
        b = bAtom;
        k = bAtom.to;
      } else if (this.word(c, 'ongoing', 'present', 'date', 'now', 'continuing', 'onwards', 'continuous')) {
        openEnd = true;
        k = c + 1;
      } else if (this.word(c, 'on') && this.sym(c + 1, '-') && this.word(c + 2, 'going')) {
        openEnd = true;
        k = c + 3;
      }
    }
    const s = this.suffix(k);
    if (s !== undefined) {
      k = this.roleNext;
      if (!b) role = s;
    }
    if (openEnd) role = 'from';

    let res: Resolved;
    if (b) {
      // Each end borrows a missing year from the other.
      const aOwn = this.yearOf(a.base) !== undefined;
      const bOwn = this.yearOf(b.base) !== undefined;
      let ra: Resolved;
      let rb: Resolved;
      if (!aOwn && bOwn) {
        rb = this.resolveAtom(b);
        ra = this.resolveAtom(a, this.rawOf(b, rb), true);
      } else {
        ra = this.resolveAtom(a);
        rb = !bOwn && ra.start ? this.resolveAtom(b, this.rawOf(a, ra), false) : this.resolveAtom(b);
      }
      if (ra.unknown || rb.unknown || !ra.start || !rb.end) {
        res = unknownSpan();
      } else {
        let start = ra.start;
        let end = rb.end;
        if (this.context.yearSpans === 'financial' && a.base.t === 'year' && b.base.t === 'year' && b.base.y > a.base.y) {
          // "2024 to 2027" in a plan of financial years.
          start = iso(a.base.y, 4, 1);
          end = iso(b.base.y, 3, 31);
        }
        if (compareIso(start, end) > 0) {
          this.diagnostics.push(this.note('range-reversed', 'warning', messages.rangeReversed(this.source(a.from, b.to)), a.from, b.to));
          [start, end] = [rb.start ?? end, ra.end ?? start];
          if (compareIso(start, end) > 0) [start, end] = [end, start];
        }
        res = span('range', start, end);
        if (ra.invalid || rb.invalid) res.invalid = true;
        if (ra.yearAssumed || rb.yearAssumed) res.yearAssumed = true;
      }
    } else {
      res = this.resolveAtom(a);
    }
    const found = mkFound(res.kind, i, k);
    if (a.base.t === 'plan-year') found.planYear = a.base.n;
    if (res.yearAssumed) found.yearAssumed = true;
    if (res.unknown || !res.start || !res.end) {
      found.kind = 'unknown';
      return found;
    }
    let start: string | undefined = res.start;
    let end: string | undefined = res.end;
    switch (b ? undefined : role) {
      case 'by':
        start = undefined;
        break;
      case 'before':
        end = addDays(res.start, -1);
        start = undefined;
        found.kind = 'date';
        break;
      case 'from':
        if (!b) {
          end = undefined;
          found.kind = 'ongoing';
        }
        break;
      case 'after':
        if (!b) {
          start = addDays(res.end, 1);
          end = undefined;
          found.kind = 'ongoing';
        }
        break;
      default:
        break;
    }
    if (start) found.start = start;
    if (end) found.end = end;
    if (res.invalid) {
      found.invalid = true;
      found.kind = 'invalid';
    }
    return found;
  }

  /** Whether a date expression starts at i (checked without side effects). */
  private datedAt(i: number): boolean {
    const r = this.role(i);
    const a = this.atom(r !== undefined ? this.skipThe(this.roleNext) : i);
    return !!a && a.base.t !== 'plan-year';
  }

  /** A resolved value as a partner for year borrowing (the undecorated span). */
  private rawOf(_atom: Atom, r: Resolved): Resolved {
    return r.raw ?? r;
  }

  private ongoingWord(i: number): number | undefined {
    let j = i;
    let matched = false;
    for (;;) {
      if (this.inClass(j, C_ONGOING)) {
        // "established by the Board", "continuing to meet": a verb, not a timescale.
        if (this.inClass(j, C_VERB_LIKE) && this.tok(j + 1)?.type === 'word' && !this.word(j + 1, 'and') && !this.inClass(j + 1, C_ONGOING)) break;
        j++;
      } else if (this.word(j, 'on') && this.sym(j + 1, '-') && this.word(j + 2, 'going')) {
        j += 3;
      } else if (this.word(j, 'already') && this.word(j + 1, 'in') && this.word(j + 2, 'place')) {
        j += 3;
      } else if (this.word(j, 'in') && this.word(j + 1, 'place')) {
        j += 2;
      } else if (this.word(j, 'business') && this.word(j + 1, 'as') && this.word(j + 2, 'usual')) {
        j += 3;
      } else if (this.word(j, 'bau')) {
        j++;
      } else break;
      matched = true;
      // Joined words: "Established and operational".
      if ((this.word(j, 'and') || this.sym(j, '&', ',', '/')) && (this.inClass(j + 1, C_ONGOING) || this.word(j + 1, 'in'))) j++;
    }
    if (!matched) return undefined;
    // "in place so it can be launched", "ongoing work with partners": prose, not a timescale.
    const after = this.tokens[j];
    if (after !== undefined && after.type === 'word' && (after.cls & C_STARTER) === 0) return undefined;
    return j;
  }

  private count(i: number): { n: number; next: number } | undefined {
    const t = this.tok(i);
    if (!t) return undefined;
    if (t.type === 'num' && !t.ordinal && t.text.length <= 3) return { n: t.value, next: i + 1 };
    if (t.type === 'word') {
      const v = NUMBER_WORDS.get(t.norm);
      if (v === undefined) return undefined;
      // twenty-four, twenty four
      let next = i + 1;
      let n = v;
      if (v >= 20) {
        let k = next;
        if (this.sym(k, '-')) k++;
        const u = this.tok(k);
        const w = u?.type === 'word' ? NUMBER_WORDS.get(u.norm) : undefined;
        if (w !== undefined && w < 10 && u?.norm !== 'a' && u?.norm !== 'an') {
          n = v + w;
          next = k + 1;
        }
      }
      return { n, next };
    }
    return undefined;
  }

  /** "within 6 months", "in twelve months' time". */
  private relative(i: number): { found: Found; next: number } | undefined {
    if (!this.word(i, 'within', 'in', 'over')) return undefined;
    let at = i + 1;
    if (this.word(at, 'the')) at++;
    if (this.word(at, 'next', 'coming', 'following')) at++;
    const c = this.count(at);
    if (!c) return undefined;
    const u = this.tok(c.next);
    const unit = u?.type === 'word' ? UNITS.get(u.norm) : undefined;
    if (!unit) return undefined;
    let next = c.next + 1;
    if (this.sym(next, "'")) next++;
    if (this.word(next, 's') && this.word(next + 1, 'time')) next += 2;
    else if (this.word(next, 'time')) next++;
    const found = mkFound('relative', i, next);
    found.relative = { amount: c.n, unit };
    const anchor = this.context.anchor;
    if (anchor) {
      found.start = anchor;
      found.end =
        unit === 'day' ? addDays(anchor, c.n) : unit === 'week' ? addDays(anchor, c.n * 7) : addMonths(anchor, unit === 'year' ? c.n * 12 : c.n);
    } else {
      this.diagnostics.push(this.note('no-anchor', 'info', messages.noAnchor(this.source(i, next)), i, next));
    }
    return { found, next };
  }

  /** Repeating phrases; returns the recurrence and where it ends. */
  private recurrence(i: number): { recurrence: string | undefined; next: number } | undefined {
    const t = this.tok(i);
    if (!t || t.type !== 'word') return undefined;
    const n = t.norm;
    const single = SINGLE_RECURRENCE.get(n);
    if (single) return { recurrence: single, next: i + 1 };
    // six-monthly, six weekly, half-yearly, bi-annually, bi-monthly, bi-weekly, twice-yearly, twice monthly: the
    // multiplier and the periodic word are read together, and a pair with no reading ("twice-weekly") is passed
    // over whole, not read as its periodic word alone.
    if (n === 'six' || n === 'half' || n === 'bi' || n === 'twice') {
      const at = this.sym(i + 1, '-') ? i + 2 : i + 1;
      const unit = PERIODIC.get(this.tok(at)?.type === 'word' ? (this.tok(at) as Token).norm : '');
      if (unit !== undefined) return { recurrence: MULTIPLIED[n]?.[unit], next: at + 1 };
    }
    if ((n === 'twice' || n === 'once') && this.word(i + 1, 'a', 'per', 'each', 'every')) {
      const w = this.tok(i + 2)?.norm;
      const per = w === 'year' ? 12 : w === 'month' ? 1 : w === 'quarter' ? 3 : undefined;
      if (per !== undefined) {
        const months = n === 'twice' ? per / 2 : per;
        const rec = months === 12 ? 'annually' : months === 3 ? 'quarterly' : months === 1 ? 'monthly' : months === 0.5 ? 'every 2 weeks' : `every ${months} months`;
        return { recurrence: rec, next: i + 3 };
      }
    }
    if (n === 'per' && this.word(i + 1, 'annum', 'year')) return { recurrence: 'annually', next: i + 2 };
    if (n === 'annual' && this.word(i + 1, 'basis')) return { recurrence: 'annually', next: i + 2 };
    if (n === 'annual' && this.tok(i + 1)?.type !== 'word') return { recurrence: 'annually', next: i + 1 };
    if (n === 'as' && this.word(i + 1, 'required', 'needed', 'necessary', 'appropriate')) return { recurrence: 'as required', next: i + 2 };
    if (n === 'as' && this.word(i + 1, 'and') && this.word(i + 2, 'when')) return { recurrence: 'as required', next: i + 3 };
    if (n === 'every' || n === 'each') {
      const w = this.tok(i + 1);
      if (w?.type === 'word') {
        const every = EVERY_UNIT.get(w.norm);
        if (every) return { recurrence: every, next: i + 2 };
      }
      const c = n === 'every' ? this.count(i + 1) : undefined;
      if (c && c.n > 1) {
        const u = this.tok(c.next);
        const unit = u?.type === 'word' ? UNITS.get(u.norm) : undefined;
        if (unit) return { recurrence: `every ${c.n} ${unit}s`, next: c.next + 1 };
      }
    }
    return undefined;
  }

  /** Reads the whole phrase. */
  read(): Reading {
    const found: Found[] = [];
    let recurrence: string | undefined;
    let eventFrom: number | undefined;
    let unknownWord = false;
    const n = this.tokens.length;
    let i = 0;
    while (i < n) {
      const here = this.tokens[i] as Token;
      if (here.type === 'sym' || (here.type === 'word' && (here.cls & C_STARTER) === 0)) {
        i++;
        continue;
      }
      if (here.type === 'num') {
        const e = this.expression(i);
        if (e) {
          found.push(e);
          i = e.to;
        } else i++;
        continue;
      }
      const w = here.norm;
      const rec = (here.cls & C_REC) !== 0 ? this.recurrence(i) : undefined;
      if (rec) {
        if (rec.recurrence !== undefined) recurrence ??= rec.recurrence;
        i = rec.next;
        continue;
      }
      const rel = w === 'within' || w === 'in' || w === 'over' ? this.relative(i) : undefined;
      if (rel) {
        found.push(rel.found);
        i = rel.next;
        continue;
      }
      // Only a role word or a word that begins a date can begin an expression.
      const e = (here.cls & (C_ROLE | C_ATOM)) !== 0 ? this.expression(i) : undefined;
      if (e) {
        found.push(e);
        i = e.to;
        continue;
      }
      const o = (here.cls & C_ONG_START) !== 0 ? this.ongoingWord(i) : undefined;
      if (o !== undefined) {
        const ongoing = mkFound('ongoing', i, o);
        ongoing.ongoingWord = true;
        found.push(ongoing);
        i = o;
        continue;
      }
      const t = this.tokens[i] as Token;
      if (t.type === 'word') {
        if ((t.cls & C_UNKNOWN) !== 0) unknownWord = true;
        else if (t.norm === 'to' && this.word(i + 1, 'be') && this.word(i + 2, 'confirmed', 'agreed', 'determined', 'decided', 'arranged', 'announced', 'set')) unknownWord = true;
        else if (eventFrom === undefined) {
          if ((t.cls & C_EVENT_WORD) !== 0) eventFrom = i + 1;
          else if (t.norm === 'on' && this.inClass(i + 1, C_EVENT_NOUN)) eventFrom = i + 1;
          else if (t.norm === 'subject' && this.word(i + 1, 'to')) eventFrom = i + 2;
          else if (t.norm === 'as' && this.word(i + 1, 'soon') && this.word(i + 2, 'as')) eventFrom = i + 3;
        }
      }
      i++;
    }
    const reading: Reading = { found, diagnostics: this.diagnostics };
    if (recurrence !== undefined) reading.recurrence = recurrence;
    if (eventFrom !== undefined && eventFrom < n) reading.eventFrom = eventFrom;
    if (unknownWord) reading.unknownWord = true;
    return reading;
  }
}
