import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, civilOf, dayNumberOf, diffDays, fromDayNumber, toDayNumber, weekdayOf } from '../src/_lib/iso-date.js';

describe('iso-date arithmetic', () => {
  it('knows fixed points', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(diffDays('2006-03-31', '2006-06-30')).toBe(91);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addMonths('2006-01-31', 1)).toBe('2006-02-28');
    expect(addMonths('2006-01-15', -13)).toBe('2004-12-15');
    expect(weekdayOf('2026-11-23')).toBe(1); // a Monday
  });

  it('round-trips every day number, agreeing with UTC Date arithmetic', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const iso = fromDayNumber(n);
        expect(toDayNumber(iso)).toBe(n);
        const { year, month, day } = civilOf(n);
        expect(dayNumberOf(year, month, day)).toBe(n);
        if (year >= 1000) expect(new Date(n * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
      }),
    );
  });
});
