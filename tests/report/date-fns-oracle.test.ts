/**
 * date-fns as an oracle for the core's own calendar arithmetic (which the
 * core keeps: it is faster and has no time zone), over every day from
 * 1900-01-01 to 2100-12-31.
 */
import { addDays as fnsAddDays } from 'date-fns/addDays';
import { addMonths as fnsAddMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endOfMonth } from 'date-fns/endOfMonth';
import { format } from 'date-fns/format';
import { getDay } from 'date-fns/getDay';
import { describe, expect, it } from 'vitest';
import { addMonths, diffDays, endOfMonthIso, fromDayNumber, toDayNumber, weekdayOf } from '../../src/_lib/iso-date.js';
import { _day } from '../../src/rules/_measure.js';

const FIRST = new Date(1900, 0, 1, 12);
const iso = (d: Date) => format(d, 'yyyy-MM-dd');

describe('the core calendar agrees with date-fns on every day 1900–2100', () => {
  it('day numbers, weekdays, month ends and whole months', () => {
    const base = toDayNumber('1900-01-01');
    const mismatches: string[] = [];
    let days = 0;
    // Noon local time, so no daylight-saving change can move the calendar day.
    for (let d = FIRST; d.getFullYear() <= 2100; d = fnsAddDays(d, 1), days++) {
      const want = iso(d);
      const n = base + differenceInCalendarDays(d, FIRST);
      const got = fromDayNumber(n);
      if (got !== want || toDayNumber(want) !== n || _day(want) !== n || weekdayOf(want) !== getDay(d) || diffDays('1900-01-01', want) !== n - base) mismatches.push(want);
      if (endOfMonthIso(d.getFullYear(), d.getMonth() + 1) !== iso(endOfMonth(d))) mismatches.push(`end of month of ${want}`);
      for (const k of [1, -1, 13, -25]) if (addMonths(want, k) !== iso(fnsAddMonths(d, k))) mismatches.push(`${want} + ${k} months`);
    }
    expect(days).toBe(73_414);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
