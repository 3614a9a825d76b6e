/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` strings, by day numbers rather than
 * `Date` objects, so that no time zone can shift a date. Internal.
 */
import { daysInMonth } from '../model/date.js';

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (Howard Hinnant's civil_from_days). */
export function civilOf(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Formats year, month and day as `YYYY-MM-DD`. */
export function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Splits a valid ISO date into numbers. */
export function partsOf(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** Day number of an ISO date. */
export function toDayNumber(iso: string): number {
  const { year, month, day } = partsOf(iso);
  return dayNumberOf(year, month, day);
}

/** ISO date of a day number. */
export function fromDayNumber(dayNumber: number): string {
  const { year, month, day } = civilOf(dayNumber);
  return isoOf(year, month, day);
}

/** `iso` plus `days` (negative goes back). */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function diffDays(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** `iso` plus whole months, the day clamped to the target month's length. */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = partsOf(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return isoOf(y, m, Math.min(day, daysInMonth(y, m)));
}

/** First day of a month. */
export function startOfMonthIso(year: number, month: number): string {
  return isoOf(year, month, 1);
}

/** Last day of a month. */
export function endOfMonthIso(year: number, month: number): string {
  return isoOf(year, month, daysInMonth(year, month));
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(iso) + 4) % 7) + 7) % 7;
}

/** Compares two ISO dates as strings sort: negative, zero or positive. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
