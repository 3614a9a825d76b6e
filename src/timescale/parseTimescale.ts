import { daysInMonth } from '../model/date.js';
import type { IsoDate } from '../model/date.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Period, Timescale, TimescaleKind } from '../model/timescale.js';
import { compareIso } from '../_lib/iso-date.js';
import { Reader } from './_read.js';
import { _splitRevision } from './_revision.js';
import type { CheckedContext, Found } from './_read.js';
import { tokenize } from './_tokenize.js';
import type { Token } from './_tokenize.js';
import { messages } from './messages.js';

/**
 * Where a timescale phrase sits, so that words without a year ("by October")
 * and relative phrases ("within 6 months") can be placed. All fields are
 * optional; `parseTimescale` never reads the clock.
 *
 * - `year`: a year to use for a month or season written without one.
 * - `start` / `end`: the enclosing action's or plan's period. A month with no
 *   year is the first such month on or after `start`; "Year 3" counts from
 *   `start`; "the financial year" is the one containing `start`.
 * - `anchor`: the date relative phrases count from ("within 6 months").
 *
 * @example
 * ```ts
 * const context: TimescaleContext = { start: '2008-04-01', end: '2010-03-31' };
 * parseTimescale('by October', { context }).end //=> '2008-10-31'
 * ```
 * @category Timescale
 */
export interface TimescaleContext {
  /** A year to assume for months and seasons written without one. */
  year?: number;
  /** First day of the enclosing action's or plan's period. */
  start?: IsoDate;
  /** Last day of the enclosing action's or plan's period. */
  end?: IsoDate;
  /** The date relative phrases ("within 6 months") count from. */
  anchor?: IsoDate;
  /**
   * How a span of whole years written with a dash or "to" ("2009-2012",
   * "2024 to 2027", "2010-2011") is read: `financial` gives 1 April to
   * 31 March (councils, the NHS, fire and police plans), `calendar` gives
   * 1 January to 31 December (universities, calendar-year plans). Without it,
   * two consecutive years are one financial year and longer spans calendar
   * years. Slashed forms ("2008/09", "2008/2011") are financial years always.
   */
  yearSpans?: 'financial' | 'calendar';
}

/**
 * Options of {@link parseTimescale}.
 *
 * @example
 * ```ts
 * const options: ParseTimescaleOptions = { context: { year: 2008 } };
 * parseTimescale('by October', options).end //=> '2008-10-31'
 * ```
 * @category Timescale
 */
export interface ParseTimescaleOptions {
  /** Where the phrase sits: a year, the enclosing period, an anchor date. */
  context?: TimescaleContext;
}

const NO_CONTEXT: CheckedContext = {};
/** Shared empty list for calls without a context (never written to). */
const NO_NOTES: Diagnostic[] = [];

function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** `isIsoDate` without a regular expression: `YYYY-MM-DD`, a real calendar date. */
function isIsoDateFast(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y0 = digitAt(value, 0);
  const y1 = digitAt(value, 1);
  const y2 = digitAt(value, 2);
  const y3 = digitAt(value, 3);
  const m0 = digitAt(value, 5);
  const m1 = digitAt(value, 6);
  const d0 = digitAt(value, 8);
  const d1 = digitAt(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(y0 * 1000 + y1 * 100 + y2 * 10 + y3, month);
}

function checkDate(field: 'start' | 'end' | 'anchor', value: unknown, checked: CheckedContext, diagnostics: Diagnostic[]): void {
  if (isIsoDateFast(value)) checked[field] = value;
  else diagnostics.push({ code: 'invalid-context', severity: 'warning', message: messages.invalidContext(field, String(value)), source: 'timescale' });
}

function checkContext(context: TimescaleContext | undefined, diagnostics: Diagnostic[]): CheckedContext {
  const checked: CheckedContext = {};
  if (!context || typeof context !== 'object') return checked;
  // start, end, anchor in that order, each read once (no keyed look-up in a loop).
  const start: unknown = context.start;
  if (start !== undefined) checkDate('start', start, checked, diagnostics);
  const end: unknown = context.end;
  if (end !== undefined) checkDate('end', end, checked, diagnostics);
  const anchor: unknown = context.anchor;
  if (anchor !== undefined) checkDate('anchor', anchor, checked, diagnostics);
  const yearSpans: unknown = context.yearSpans;
  if (yearSpans !== undefined) {
    if (yearSpans === 'financial' || yearSpans === 'calendar') checked.yearSpans = yearSpans;
    else diagnostics.push({ code: 'invalid-context', severity: 'warning', message: messages.invalidYearSpans(String(yearSpans)), source: 'timescale' });
  }
  const year: unknown = context.year;
  if (year !== undefined) {
    if (typeof year === 'number' && Number.isInteger(year) && year >= 1 && year <= 9999) checked.year = year;
    else diagnostics.push({ code: 'invalid-context', severity: 'warning', message: messages.invalidYear(String(year)), source: 'timescale' });
  }
  return checked;
}

function periodText(text: string, tokens: Token[], f: Found, perGroup: Map<number, number>): string {
  const first = tokens[f.from];
  const last = tokens[f.to - 1];
  if (!first || !last) return '';
  const group = first.paren;
  if (group >= 0 && last.paren === group && perGroup.get(group) === 1) {
    const open = tokens[group];
    const close = open && open.close >= 0 ? tokens[open.close] : undefined;
    if (open && close) return text.slice(open.start, close.end);
  }
  return text.slice(first.start, last.end);
}

function hasCode(diagnostics: readonly Diagnostic[], code: string): boolean {
  for (let k = 0; k < diagnostics.length; k++) if ((diagnostics[k] as Diagnostic).code === code) return true;
  return false;
}

function trimEvent(s: string): string {
  let t = s.trim();
  while (t.length > 0 && '.,;:)]'.includes(t[t.length - 1] as string)) t = t.slice(0, -1).trimEnd();
  return t;
}

function readPhrase(text: string, options: ParseTimescaleOptions | undefined): Timescale {
  const contextNotes: Diagnostic[] = options?.context === undefined ? NO_NOTES : [];
  const context = options?.context === undefined ? NO_CONTEXT : checkContext(options.context, contextNotes);
  const tokens = tokenize(text);
  const reading = new Reader(text, tokens, context).read();
  const diagnostics = contextNotes.length === 0 ? reading.diagnostics : [...contextNotes, ...reading.diagnostics];

  // Labels ("(for Year 3)") go to the period before; "ongoing from X" is one period.
  const periods: Found[] = [];
  let pendingLabel: string | undefined;
  const allFound = reading.found;
  for (let k = 0; k < allFound.length; k++) {
    const f = allFound[k] as Found;
    // No negative index: reading periods[-1] is a slow property look-up in V8.
    const prev = periods.length > 0 ? periods[periods.length - 1] : undefined;
    if (f.labelOf === 'previous') {
      if (prev && prev.label === undefined) prev.label = f.label as string;
      continue;
    }
    if (f.labelOf === 'next') {
      pendingLabel = f.label;
      continue;
    }
    if (pendingLabel !== undefined) {
      f.label = pendingLabel;
      pendingLabel = undefined;
    }
    if (prev?.ongoingWord && f.kind === 'ongoing' && f.start && !f.end) {
      f.from = prev.from;
      periods[periods.length - 1] = f;
      continue;
    }
    periods.push(f);
  }

  const result: Timescale = { text, kind: 'unknown' };
  if (periods.length === 0) {
    if (reading.eventFrom !== undefined) {
      const at = tokens[reading.eventFrom] as Token;
      const event = trimEvent(text.slice(at.start));
      if (event) {
        result.kind = 'event';
        result.event = event;
      }
    }
    if (result.kind === 'unknown' && reading.recurrence !== undefined) result.kind = 'ongoing';
    if (result.kind === 'unknown' && !hasCode(diagnostics, 'year-unknown')) {
      const shown = text.trim();
      const note: Diagnostic = { code: 'no-date', severity: 'info', message: messages.noDate(shown.length > 80 ? `${shown.slice(0, 77)}...` : shown), source: 'timescale' };
      if (shown) note.text = shown;
      diagnostics.push(note);
    }
  } else if (periods.length === 1) {
    const f = periods[0] as Found;
    result.kind = f.kind;
    if (f.start) result.start = f.start;
    if (f.end) result.end = f.end;
    if (f.relative) result.relative = f.relative;
  } else {
    const perGroup = new Map<number, number>();
    for (const f of periods) {
      const p = tokens[f.from]?.paren ?? -1;
      if (p >= 0) perGroup.set(p, (perGroup.get(p) ?? 0) + 1);
    }
    const list: Period[] = [];
    let start: string | undefined;
    let end: string | undefined;
    let openEnded = false;
    let invalid = false;
    let known = false;
    for (const f of periods) {
      const period: Period = { text: periodText(text, tokens, f, perGroup), kind: f.kind };
      if (f.start) period.start = f.start;
      if (f.end) period.end = f.end;
      if (f.label !== undefined) period.label = f.label;
      list.push(period);
      if (f.kind !== 'unknown') known = true;
      if (f.invalid) invalid = true;
      if (f.kind === 'ongoing' && !f.end) openEnded = true;
      if (f.start && (start === undefined || compareIso(f.start, start) < 0)) start = f.start;
      if (f.end && (end === undefined || compareIso(f.end, end) > 0)) end = f.end;
      if (f.relative && !result.relative) result.relative = f.relative;
    }
    const first = periods[0] as Found;
    const same = periods.every((f) => f.kind === first.kind && f.start === first.start && f.end === first.end);
    let kind: TimescaleKind = invalid ? 'invalid' : openEnded ? 'ongoing' : same ? first.kind : 'range';
    if (!known) kind = 'unknown';
    result.kind = kind;
    if (kind !== 'unknown') {
      if (start) result.start = start;
      if (end && !openEnded) result.end = end;
      if (start && end && !openEnded && compareIso(start, end) > 0) delete result.start;
    }
    result.periods = list;
  }
  // "Annually in March" without a year: repeating, so ongoing.
  if (result.kind === 'unknown' && reading.recurrence !== undefined) result.kind = 'ongoing';
  for (let k = 0; k < periods.length; k++) {
    if ((periods[k] as Found).yearAssumed) {
      result.yearAssumed = true;
      break;
    }
  }
  if (reading.recurrence !== undefined) result.recurrence = reading.recurrence;
  if (diagnostics.length > 0) result.diagnostics = diagnostics;
  return result;
}

/** The longest text read as a timescale. */
const MAX_TIMESCALE_LENGTH = 2000;

/**
 * A phrase that records a revision ("March 2024 (revised from Dec 2023)",
 * "Dec 2023, revised to March 2024", "now due 2012"): the current date with
 * the one it replaced as `baseline`. `undefined` when the phrase records none,
 * or when its parts are not both dates (then it is read as a whole).
 */
function readRevised(text: string, options: ParseTimescaleOptions | undefined): Timescale | undefined {
  const split = _splitRevision(text);
  if (split === undefined) return undefined;
  const current = readPhrase(split.current, options);
  if (current.start === undefined && current.end === undefined) return undefined;
  const result: Timescale = { ...current, text };
  if (split.baseline) {
    const was = readPhrase(split.baseline, options);
    if (was.start === undefined && was.end === undefined) return undefined;
    const baseline: Period = { text: split.baseline, kind: was.kind };
    if (was.start) baseline.start = was.start;
    if (was.end) baseline.end = was.end;
    result.baseline = baseline;
    if (was.diagnostics) result.diagnostics = [...(current.diagnostics ?? []), ...was.diagnostics];
  }
  return result;
}

/**
 * Reads a deadline or window as people write it in UK public-sector plans
 * ("by autumn 2006", "April 2008 – March 2010", "2008/09", "Q3 2023/24",
 * "Sept 09", "September 2009 onwards", "TBC") into ISO dates. Never throws;
 * runs in time linear in the phrase; reads no clock and no time zone.
 *
 * Conventions:
 * - Slashed and numeric dates are day first (`5/11/2015` is 5 November 2015);
 *   a two-digit year after a month name is a year (`Jan 10` is January 2010).
 * - `YYYY/YY`, `YYYY-YY`, `YYYY/YYYY`, `YYYY – YY` and two consecutive
 *   four-digit years (`2022-2023`) are UK financial years, 1 April to
 *   31 March; a longer span written with four digits at both ends
 *   (`2021 – 2024`) is calendar years.
 * - Quarters are financial-year quarters: Q1 is April–June, Q4 is
 *   January–March of the next calendar year.
 * - Seasons: spring March–May, summer June–August, autumn September–November,
 *   winter December–February.
 * - `by X` / `no later than X` / `until X`: only `end` (X's last day);
 *   `before X`: ends the day before X; `from X`, `since X`, `X onwards`,
 *   `X then ongoing`: kind `ongoing` with only `start`.
 * - early / mid / late YEAR is January–April / May–August / September–
 *   December; early / late SEASON is its first / last month; `end of X` is
 *   X's last day; `mid X` is the middle third of X.
 * - A month with no year takes one from `options.context` (first such month
 *   on or after `context.start`, else `context.year`) and sets
 *   `yearAssumed`; without a context it is `unknown` with a `year-unknown`
 *   diagnostic, never a guessed year.
 * - A date that does not exist ("31 June 2006") gives kind `invalid`, an
 *   `invalid-date` diagnostic, and the nearest real date as the best guess.
 * - Several dates that are not a range ("June 2009 June 2009 Continuation")
 *   give `periods`, one each; `start`/`end` then span them all.
 * - Repeating phrases ("annually") are `ongoing` with a `recurrence`.
 * - A revision note gives the current date, with the date it replaced as
 *   `baseline`: "March 2024 (revised from Dec 2023)", "Dec 2023, revised to
 *   March 2024", "June 2024 (was March 2024)"; "now due 2012" is 2012.
 *
 * @param text - The phrase, as written (a table cell or a sentence).
 * @param options - A {@link TimescaleContext} to place phrases without a year.
 * @returns The {@link Timescale}; `text` is always the input, unchanged.
 * @example
 * ```ts
 * parseTimescale('by 31 March 2006')
 * //=> { text: 'by 31 March 2006', kind: 'date', end: '2006-03-31' }
 * parseTimescale('April 2008 – March 2010')
 * //=> { text: 'April 2008 – March 2010', kind: 'range', start: '2008-04-01', end: '2010-03-31' }
 * parseTimescale('2008/09')
 * //=> { text: '2008/09', kind: 'financial-year', start: '2008-04-01', end: '2009-03-31' }
 * parseTimescale('by October', { context: { start: '2008-04-01' } }).end
 * //=> '2008-10-31'
 * parseTimescale('31 June 2006').kind //=> 'invalid'
 * parseTimescale('March 2024 (revised from Dec 2023)').baseline?.end //=> '2023-12-31'
 * ```
 * @category Timescale
 */
export function parseTimescale(text: string, options?: ParseTimescaleOptions): Timescale {
  let input = '';
  try {
    // `String()` throws on a Symbol or an object without `toString`: inside the `try`.
    input = typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text);
    // A timescale is a phrase: a longer text (a whole cell of markup, say) is not read, so
    // the time spent stays linear in the document whatever the grammar does.
    if (input.length > MAX_TIMESCALE_LENGTH) {
      return {
        text: input,
        kind: 'unknown',
        diagnostics: [{ code: 'timescale-too-long', severity: 'warning', message: `Unexpected timescale of ${input.length} characters, expected a phrase of at most ${MAX_TIMESCALE_LENGTH}; not read`, source: 'timescale' }],
      };
    }
    return readRevised(input, options) ?? readPhrase(input, options);
  } catch {
    return {
      text: input,
      kind: 'unknown',
      diagnostics: [{ code: 'internal-error', severity: 'error', message: messages.internalError(input.length > 80 ? `${input.slice(0, 77)}...` : input), source: 'timescale' }],
    };
  }
}
