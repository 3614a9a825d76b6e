import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';

/** The calendar day of an ISO date as a local `Date` (formatting never shifts it by a time zone). */
export function _localDate(iso: string): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** Dates already written by {@link _humanDate}: a plan's items share few due dates, and date-fns's `format` is most of a report item's cost. */
const written = new Map<string, string>();
/** Dates kept in {@link written} at most; past that it starts again. */
const MOST_WRITTEN = 4096;

/** `2024-03-31` → `31 Mar 2024` (British English). */
export function _humanDate(iso: string | null | undefined): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '';
  let text = written.get(iso);
  if (text === undefined) {
    text = format(_localDate(iso), 'd MMM yyyy', { locale: enGB });
    if (written.size >= MOST_WRITTEN) written.clear();
    written.set(iso, text);
  }
  return text;
}

/**
 * Days late as words: `2 years late`, `3 months late`, `12 days late`, `on time`, `5 days to go`.
 * Months are whole calendar months between the due date and the as-of date.
 */
export function _humanLateness(days: number | null, due: string | null, asOf: string): string {
  if (days === null || !due) return '';
  if (days === 0) return 'due today';
  const n = Math.abs(days);
  const months = Math.abs(differenceInCalendarMonths(_localDate(asOf), _localDate(due)));
  const years = Math.floor(months / 12);
  const amount = n >= 60 && months >= 24 ? `${years} years` : n >= 60 && months >= 2 ? `${months} months` : `${n} day${n === 1 ? '' : 's'}`;
  return days > 0 ? `${amount} late` : `${amount} to go`;
}
