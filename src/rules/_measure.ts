/**
 * Internal: the state of an item at a date, and the figures the rules read.
 * Written for the roll-up hot path: one pass over the updates, no sorting,
 * and the figures go into a caller-owned object.
 */
import type { ProgressUpdate } from '../model/action.js';
import { isIsoDate } from '../model/date.js';
import type { Status } from '../model/status.js';
import type { Timescale } from '../model/timescale.js';
import { civilOf, dayNumberOf } from '../_lib/iso-date.js';
import { _bankHolidayDays, _checkRegion, type BankHolidayRegion } from './bank-holidays.js';
import type { MeasureOptions, RuleFigures, TrackedItem } from './types.js';

/**
 * Day number of a valid ISO date, reading its digits in place (no substrings,
 * no objects: this runs several times per item in a roll-up).
 */
export function _day(iso: string): number {
  // No inner closures here: bundlers that keep names wrap each one per call.
  const year = iso.charCodeAt(0) * 1000 + iso.charCodeAt(1) * 100 + iso.charCodeAt(2) * 10 + iso.charCodeAt(3) - 53328;
  const month = iso.charCodeAt(5) * 10 + iso.charCodeAt(6) - 528;
  const day = iso.charCodeAt(8) * 10 + iso.charCodeAt(9) - 528;
  return dayNumberOf(year, month, day);
}

/** Day-counting context, prepared once per call (or once per roll-up). */
export interface _DayCounter {
  working: boolean;
  /** Sorted day numbers of holidays that fall on a weekday. */
  holidays: Int32Array;
  /** With no `holidays` list, the region whose bank holidays are computed, year by year, as far as the days counted reach. */
  region: BankHolidayRegion | undefined;
  /** The days [from, to) that `holidays` covers when computed (empty at first). */
  from: number;
  to: number;
}

/** A value in a message, even one `String` throws on (a Symbol inside a template, an object without a prototype). */
export function _shown(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Throws on programmer misuse: an `asOf` that is not a real date. */
export function _checkAsOf(asOf: unknown, fn: string): asserts asOf is string {
  if (!isIsoDate(asOf)) {
    throw new RangeError(`${fn}: unexpected asOf \`${_shown(asOf)}\`, expected a real calendar date as YYYY-MM-DD`);
  }
}

export function _dayCounter(options: Pick<MeasureOptions, 'workingDays' | 'holidays' | 'holidayRegion'>): _DayCounter {
  if (!options.workingDays) return { working: false, holidays: new Int32Array(0), region: undefined, from: 0, to: 0 };
  if (options.holidays === undefined) {
    const region = options.holidayRegion ?? 'england-and-wales';
    _checkRegion(region, 'holidayRegion');
    return { working: true, holidays: new Int32Array(0), region, from: 0, to: 0 };
  }
  const days: number[] = [];
  for (const h of options.holidays) {
    if (!isIsoDate(h)) continue;
    pushWeekday(days, _day(h));
  }
  return { working: true, holidays: sortedUnique(days), region: undefined, from: 0, to: 0 };
}

function pushWeekday(days: number[], n: number): void {
  const wd = (((n + 4) % 7) + 7) % 7;
  if (wd !== 0 && wd !== 6) days.push(n);
}

function sortedUnique(days: number[]): Int32Array {
  days.sort((a, b) => a - b);
  return Int32Array.from(days.filter((d, i) => i === 0 || d !== days[i - 1]));
}

/** Computes the region's holidays for every year from `lo`'s to `hi`'s and those already covered. */
function cover(counter: _DayCounter, lo: number, hi: number): void {
  const empty = counter.from >= counter.to;
  const first = civilOf(empty ? lo : Math.min(lo, counter.from)).year;
  const last = civilOf(empty ? hi : Math.max(hi, counter.to - 1)).year;
  const days: number[] = [];
  for (let year = first; year <= last; year++) for (const n of _bankHolidayDays(year, counter.region as BankHolidayRegion)) pushWeekday(days, n);
  counter.holidays = sortedUnique(days);
  counter.from = dayNumberOf(first, 1, 1);
  counter.to = dayNumberOf(last + 1, 1, 1);
}

/** Weekdays among day numbers [0-based Monday index 0, x). */
function weekdaysBefore(x: number): number {
  const full = Math.floor(x / 7);
  const rem = x - full * 7;
  return full * 5 + Math.min(rem, 5);
}

/** Holidays (weekday ones) with day number <= n. */
function holidaysUpTo(h: Int32Array, n: number): number {
  let lo = 0;
  let hi = h.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((h[mid] as number) <= n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Signed days from day `a` to day `b`: calendar, or working days in (a, b]. */
export function _daysBetween(counter: _DayCounter, a: number, b: number): number {
  if (!counter.working) return b - a;
  if (a === b) return 0;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (counter.region !== undefined && (lo < counter.from || hi >= counter.to)) cover(counter, lo, hi);
  // 1970-01-05 (day 4) was a Monday.
  const weekdays = weekdaysBefore(hi + 1 - 4) - weekdaysBefore(lo + 1 - 4);
  const hols = holidaysUpTo(counter.holidays, hi) - holidaysUpTo(counter.holidays, lo);
  const n = weekdays - hols;
  // 0 - n, not -n: no working day between two dates is 0 days either way, not -0 (which toLocaleString shows as "-0").
  return b > a ? n : 0 - n;
}

/** The due date of a timescale as judged at `ref`: the current period counts. */
export interface _Due {
  due: string | null;
  start: string | null;
  period: string | null;
  reason: string | null;
}

export function _dueOf(ts: Timescale | undefined, ref: string, out: _Due): _Due {
  out.due = null;
  out.start = null;
  out.period = null;
  out.reason = null;
  if (!ts) {
    out.reason = 'no timescale given';
    return out;
  }
  const periods = ts.periods;
  if (periods && periods.length > 0) {
    let chosen: (typeof periods)[number] | undefined;
    let last: (typeof periods)[number] | undefined;
    for (const p of periods) {
      if (!p.end) continue;
      if (!last || p.end > (last.end as string)) last = p;
      if (p.end >= ref && (!chosen || p.end < (chosen.end as string))) chosen = p;
    }
    const p = chosen ?? last;
    if (p) {
      out.due = p.end ?? null;
      out.start = p.start ?? null;
      out.period = p.label ?? p.text;
      return out;
    }
  }
  if (ts.end) {
    out.due = ts.end;
    out.start = ts.start ?? null;
    return out;
  }
  switch (ts.kind) {
    case 'ongoing':
      out.reason = `ongoing ("${ts.text}"), no due date`;
      break;
    case 'event':
      out.reason = `due on an event ("${ts.event ?? ts.text}"), no date`;
      break;
    case 'invalid':
      out.reason = `"${ts.text}" is not a real date`;
      break;
    case 'relative':
      out.reason = `"${ts.text}" is relative to an unknown date`;
      break;
    default:
      out.reason = ts.text ? `no due date in "${ts.text}"` : 'no due date given';
  }
  return out;
}

/** State of an item at a date, from its fields and its update history. */
export interface _State {
  status: Status | null;
  rag: RuleFigures['rag'];
  percentComplete: number | null;
  complete: boolean;
  completedOn: string | null;
  lastUpdate: string | null;
  current: Timescale | undefined;
  baseline: Timescale | undefined;
}

/** Whether a status is left out of progress roll-ups. */
export function _isExcludedStatus(s: string | null | undefined): boolean {
  return s === 'cancelled' || s === 'deferred' || s === 'superseded';
}

export function _stateAt(item: TrackedItem, asOf: string, out: _State): _State {
  let status: Status | null = null;
  let statusDate = '';
  let rag: RuleFigures['rag'] = null;
  let ragDate = '';
  let pc: number | null = null;
  let pcDate = '';
  let lastUpdate: string | null = null;
  let maxUpdate = '';
  let firstComplete: string | null = null;
  let revised: Timescale | undefined;
  let revisedDate = '';
  let hasRevisions = false;
  const updates: readonly ProgressUpdate[] | undefined = item.updates;
  if (updates) {
    for (let i = 0; i < updates.length; i++) {
      const u = updates[i] as ProgressUpdate;
      const d = u.date;
      if (d > maxUpdate) maxUpdate = d;
      if (u.revisedTimescale) hasRevisions = true;
      if (d > asOf) continue;
      if (lastUpdate === null || d > lastUpdate) lastUpdate = d;
      if (u.status !== undefined && d >= statusDate) {
        status = u.status;
        statusDate = d;
      }
      if ((u.status === 'complete' || u.rag === 'blue' || (u.percentComplete ?? 0) >= 100) && (firstComplete === null || d < firstComplete)) firstComplete = d;
      if (u.rag !== undefined && d >= ragDate) {
        rag = u.rag;
        ragDate = d;
      }
      if (u.percentComplete !== undefined && d >= pcDate) {
        pc = u.percentComplete;
        pcDate = d;
      }
      if (u.revisedTimescale && d >= revisedDate) {
        revised = u.revisedTimescale;
        revisedDate = d;
      }
    }
  }
  // The item's own fields are its latest state: they count once asOf is on or
  // after its latest update (always, when it has none).
  if (asOf >= maxUpdate) {
    if (item.status !== undefined) status = item.status;
    if (item.rag !== undefined) rag = item.rag;
    if (item.percentComplete !== undefined) pc = item.percentComplete;
    if (item.done === true && status === null) status = 'complete';
  }
  // Complete is complete whichever field says it: a reported RAG of blue (the
  // colour of finished work) or 100% progress finish an item as a status does,
  // unless a later status withdrew it (cancelled, deferred, superseded).
  if (status !== 'complete' && !_isExcludedStatus(status) && (rag === 'blue' || (pc !== null && pc >= 100))) status = 'complete';
  let completedOn: string | null = null;
  if (item.completedOn !== undefined) {
    if (item.completedOn <= asOf) {
      completedOn = item.completedOn;
      if (status === null || status === 'in-progress' || status === 'not-started') status = 'complete';
    } else if (status === 'complete') {
      status = 'in-progress';
    }
  }
  const complete = status === 'complete';
  if (complete && completedOn === null) completedOn = firstComplete;
  if (hasRevisions) {
    const original = item.baselineTimescale ?? item.timescale;
    out.current = revised ?? original;
    out.baseline = revised ? original : undefined;
  } else {
    out.current = item.timescale;
    // A timescale that records its own revision carries its baseline.
    out.baseline = item.baselineTimescale ?? item.timescale?.baseline;
  }
  out.status = status;
  out.rag = rag;
  out.percentComplete = complete ? 100 : pc ?? (status === 'not-started' ? 0 : null);
  out.complete = complete;
  out.completedOn = completedOn;
  out.lastUpdate = lastUpdate;
  return out;
}

export function _newFigures(asOf: string): RuleFigures {
  return {
    asOf,
    unit: 'calendar',
    status: null,
    rag: null,
    complete: false,
    completedOn: null,
    hasDeadline: false,
    due: null,
    period: null,
    start: null,
    slippageDays: null,
    baselineDue: null,
    baselineSlippageDays: null,
    daysToDeadline: null,
    percentComplete: null,
    percentTimeElapsed: null,
    schedulePerformance: null,
    lastUpdate: null,
    daysSinceUpdate: null,
    milestonesMissed: 0,
    noDeadlineReason: null,
  };
}

export function _newState(): _State {
  return {
    status: null,
    rag: null,
    percentComplete: null,
    complete: false,
    completedOn: null,
    lastUpdate: null,
    current: undefined,
    baseline: undefined,
  };
}

export function _newDue(): _Due {
  return { due: null, start: null, period: null, reason: null };
}

/** Scratch objects for {@link _measure}, reusable across items. */
export interface _Scratch {
  state: _State;
  due: _Due;
  mdue: _Due;
  /** Day numbers of the last measured item's due date and start (NaN when none). */
  dueDay: number;
  startDay: number;
}

export function _newScratch(): _Scratch {
  return { state: _newState(), due: _newDue(), mdue: _newDue(), dueDay: Number.NaN, startDay: Number.NaN };
}

/** Fills `f` with the figures of `item` at `asOf` (day number `asOfDay`). */
export function _measure(
  item: TrackedItem,
  asOf: string,
  asOfDay: number,
  counter: _DayCounter,
  scratch: _Scratch,
  f: RuleFigures,
): RuleFigures {
  const st = _stateAt(item, asOf, scratch.state);
  f.asOf = asOf;
  f.unit = counter.working ? 'working' : 'calendar';
  f.status = st.status;
  f.rag = st.rag;
  f.complete = st.complete;
  f.completedOn = st.completedOn;
  f.percentComplete = st.percentComplete;
  f.lastUpdate = st.lastUpdate;
  f.daysSinceUpdate = st.lastUpdate === null ? null : asOfDay - _day(st.lastUpdate);
  const ref = st.completedOn ?? asOf;
  const refDay = st.completedOn === null ? asOfDay : _day(st.completedOn);
  const d = _dueOf(st.current, ref, scratch.due);
  f.due = d.due;
  f.start = d.start;
  f.period = d.period;
  f.noDeadlineReason = d.reason;
  f.hasDeadline = d.due !== null;
  scratch.dueDay = Number.NaN;
  scratch.startDay = Number.NaN;
  if (d.due !== null) {
    const dueDay = _day(d.due);
    scratch.dueDay = dueDay;
    // Complete with no known completion date: how late it was cannot be known.
    f.slippageDays = st.complete && st.completedOn === null ? null : _daysBetween(counter, dueDay, refDay);
    f.daysToDeadline = _daysBetween(counter, asOfDay, dueDay);
    const startIso = d.start ?? item.startedOn ?? null;
    if (startIso !== null) {
      const startDay = _day(startIso);
      scratch.startDay = startDay;
      const span = dueDay - startDay;
      let el: number;
      if (span <= 0) el = asOfDay >= dueDay ? 100 : 0;
      else el = ((asOfDay - startDay) / span) * 100;
      el = el < 0 ? 0 : el > 100 ? 100 : el;
      f.percentTimeElapsed = el;
      f.schedulePerformance = st.percentComplete !== null && el > 0 ? (st.percentComplete / el) * 100 : null;
    } else {
      f.percentTimeElapsed = null;
      f.schedulePerformance = null;
    }
  } else {
    f.slippageDays = null;
    f.daysToDeadline = null;
    f.percentTimeElapsed = null;
    f.schedulePerformance = null;
  }
  f.baselineDue = null;
  f.baselineSlippageDays = null;
  if (st.baseline) {
    const b = _dueOf(st.baseline, ref, scratch.mdue);
    if (b.due !== null) {
      f.baselineDue = b.due;
      f.baselineSlippageDays = st.complete && st.completedOn === null ? null : _daysBetween(counter, _day(b.due), refDay);
    }
  }
  let missed = 0;
  const ms = item.milestones;
  if (ms) {
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i];
      if (!m || m.done === true || (m.completedOn !== undefined && m.completedOn <= asOf)) continue;
      const md = _dueOf(m.timescale, asOf, scratch.mdue);
      if (md.due !== null && md.due < asOf) missed++;
    }
  }
  f.milestonesMissed = missed;
  return f;
}
