import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAY_REGIONS, bankHolidays, easterSunday, ENGLAND_AND_WALES_BANK_HOLIDAYS, rollUp, slippage } from '../../src/index.js';
import type { Action, BankHolidayRegion, TrackedItem } from '../../src/index.js';
import { _byRule } from '../../src/rules/bank-holidays.js';

/**
 * Easter Sunday, 2000–2100, month-day, ten years a row: the table of the
 * Astronomical Society of South Australia's Easter Dating Method
 * ("Easter Sunday dates 2000 to 2099", assa.org.au/edm), and 28 March 2100.
 */
const EASTER: Record<number, string> = {
  2000: '04-23 04-15 03-31 04-20 04-11 03-27 04-16 04-08 03-23 04-12',
  2010: '04-04 04-24 04-08 03-31 04-20 04-05 03-27 04-16 04-01 04-21',
  2020: '04-12 04-04 04-17 04-09 03-31 04-20 04-05 03-28 04-16 04-01',
  2030: '04-21 04-13 03-28 04-17 04-09 03-25 04-13 04-05 04-25 04-10',
  2040: '04-01 04-21 04-06 03-29 04-17 04-09 03-25 04-14 04-05 04-18',
  2050: '04-10 04-02 04-21 04-06 03-29 04-18 04-02 04-22 04-14 03-30',
  2060: '04-18 04-10 03-26 04-15 04-06 03-29 04-11 04-03 04-22 04-14',
  2070: '03-30 04-19 04-10 03-26 04-15 04-07 04-19 04-11 04-03 04-23',
  2080: '04-07 03-30 04-19 04-04 03-26 04-15 03-31 04-20 04-11 04-03',
  2090: '04-16 04-08 03-30 04-12 04-04 04-24 04-15 03-31 04-20 04-12',
  2100: '03-28',
};
const easterOf = (year: number): string => `${year}-${EASTER[year - (year % 10)]!.split(' ')[year % 10]!}`;

// The test's own calendar, by the platform's UTC dates (independent of the library's day arithmetic).
const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const plus = (date: string, days: number): string => iso(new Date(utc(date).getTime() + days * 86_400_000));
const dow = (date: string): number => utc(date).getUTCDay();
const pad = (n: number): string => String(n).padStart(2, '0');
/** The Monday among seven days from `month`-`first`. */
const mondayIn = (year: number, month: number, first: number): string => {
  for (let d = first; d < first + 7; d++) if (dow(`${year}-${pad(month)}-${pad(d)}`) === 1) return `${year}-${pad(month)}-${pad(d)}`;
  throw new Error('no Monday');
};
/** A one-day fixed holiday and its substitute: the day itself on a weekday, else the Monday after. */
const single = (date: string): string => (dow(date) === 6 ? plus(date, 2) : dow(date) === 0 ? plus(date, 1) : date);
/** Two consecutive fixed holidays (25–26 December, 1–2 January in Scotland), as the published substitutes go. */
const pair = (first: string): string[] => {
  const d = dow(first);
  if (d === 5) return [first, plus(first, 3)]; // Fri, Sat → Fri, Mon
  if (d === 6) return [plus(first, 2), plus(first, 3)]; // Sat, Sun → Mon, Tue
  if (d === 0) return [plus(first, 1), plus(first, 2)]; // Sun, Mon → Mon, Tue
  return [first, plus(first, 1)];
};

/** The holidays of a year as each region's rules state them, written out one by one. */
function expected(year: number, region: BankHolidayRegion): string[] {
  const easter = easterOf(year);
  const out = [plus(easter, -2), mondayIn(year, 5, 1), mondayIn(year, 5, 25), ...pair(`${year}-12-25`)];
  if (region === 'scotland') out.push(...pair(`${year}-01-01`), mondayIn(year, 8, 1), single(`${year}-11-30`));
  else out.push(single(`${year}-01-01`), plus(easter, 1), mondayIn(year, 8, 25));
  if (region === 'northern-ireland') out.push(single(`${year}-03-17`), single(`${year}-07-12`));
  return out.sort();
}

describe('bank holidays', () => {
  it('finds Easter Sunday as the published table has it, 2000–2100', () => {
    for (let year = 2000; year <= 2100; year++) expect(easterSunday(year), String(year)).toBe(easterOf(year));
  });

  it.each(BANK_HOLIDAY_REGIONS)('computes %s for 2031–2100 by the rules', (region) => {
    for (let year = 2031; year <= 2100; year++) expect(bankHolidays(year, region), `${region} ${year}`).toEqual(expected(year, region));
  });

  it('gives the published England and Wales years 2000–2030 exactly, and the rules alone differ only by the proclaimed one-offs', () => {
    const computed: string[] = [];
    const byRule: string[] = [];
    for (let year = 2000; year <= 2030; year++) {
      computed.push(...bankHolidays(year));
      byRule.push(..._byRule(year, 'england-and-wales').map((n) => iso(new Date(n * 86_400_000))));
    }
    expect(computed).toEqual([...ENGLAND_AND_WALES_BANK_HOLIDAYS]);
    // The rules alone, against the published list: the one-offs (GOV.UK's announcements) and nothing else.
    const published = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS);
    const rules = new Set(byRule);
    expect(byRule.filter((d) => !published.has(d))).toEqual(['2002-05-27', '2012-05-28', '2020-05-04', '2022-05-30']); // spring / early May holidays moved
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((d) => !rules.has(d))).toEqual([
      '2002-06-03', // golden jubilee
      '2002-06-04', // spring holiday, moved
      '2011-04-29', // royal wedding
      '2012-06-04', // spring holiday, moved
      '2012-06-05', // diamond jubilee
      '2020-05-08', // early May holiday, moved to VE day
      '2022-06-02', // spring holiday, moved
      '2022-06-03', // platinum jubilee
      '2022-09-19', // state funeral
      '2023-05-08', // coronation
    ]);
    // Each published year also obeys the rules' checks (Easter from the table) once the one-offs are set aside.
    for (let year = 2000; year <= 2030; year++) expect(_byRule(year, 'england-and-wales').map((n) => iso(new Date(n * 86_400_000))), String(year)).toEqual(expected(year, 'england-and-wales'));
  });

  it("gives Scotland's and Northern Ireland's published years", () => {
    // GOV.UK, "UK bank holidays", Scotland and Northern Ireland, 2022, 2025 and 2026.
    expect(bankHolidays(2022, 'scotland')).toEqual(['2022-01-03', '2022-01-04', '2022-04-15', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-01', '2022-09-19', '2022-11-30', '2022-12-26', '2022-12-27']);
    expect(bankHolidays(2025, 'scotland')).toEqual(['2025-01-01', '2025-01-02', '2025-04-18', '2025-05-05', '2025-05-26', '2025-08-04', '2025-12-01', '2025-12-25', '2025-12-26']);
    expect(bankHolidays(2026, 'scotland')).toEqual(['2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25', '2026-08-03', '2026-11-30', '2026-12-25', '2026-12-28']);
    expect(bankHolidays(2025, 'northern-ireland')).toEqual(['2025-01-01', '2025-03-17', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-07-14', '2025-08-25', '2025-12-25', '2025-12-26']);
    expect(bankHolidays(2026, 'northern-ireland')).toEqual(['2026-01-01', '2026-03-17', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-07-13', '2026-08-31', '2026-12-25', '2026-12-28']);
    // St Andrew's Day is a bank holiday from 2007.
    expect(bankHolidays(2006, 'scotland')).not.toContain('2006-11-30');
    expect(bankHolidays(2007, 'scotland')).toContain('2007-11-30');
  });

  it('keeps the exported list frozen and hands out fresh arrays', () => {
    expect(Object.isFrozen(ENGLAND_AND_WALES_BANK_HOLIDAYS)).toBe(true);
    expect(Object.isFrozen(BANK_HOLIDAY_REGIONS)).toBe(true);
    const a = bankHolidays(2040);
    a.length = 0;
    expect(bankHolidays(2040)).toHaveLength(8);
    expect(() => bankHolidays(2040, 'wales' as BankHolidayRegion)).toThrow(RangeError);
    expect(() => bankHolidays(20.5)).toThrow(RangeError);
  });
});

describe('working-day slippage by region', () => {
  const due = (end: string): TrackedItem => ({ timescale: { text: `by ${end}`, kind: 'date', end } }) as TrackedItem;

  it('leaves out bank holidays after 2030 by default', () => {
    // Tue 1 April 2031 → Fri 30 May 2031: 43 weekdays, less Good Friday 11 April, Easter Monday 14 April, 5 May and 26 May.
    const item = due('2031-04-01');
    expect(slippage(item, { asOf: '2031-05-30', workingDays: true, holidays: [] }).days).toBe(43);
    expect(slippage(item, { asOf: '2031-05-30', workingDays: true }).days).toBe(39);
    // Across many years: 2040–2059 hold 160 England and Wales bank holidays, every one on a weekday.
    const long = due('2039-12-31');
    const weekdaysOnly = slippage(long, { asOf: '2059-12-31', workingDays: true, holidays: [] }).days!;
    expect(slippage(long, { asOf: '2059-12-31', workingDays: true }).days).toBe(weekdaysOnly - 160);
  });

  it('uses the region asked for, England and Wales by default', () => {
    // Wed 31 Dec 2031 → Fri 30 April 2032 takes in New Year's Day everywhere, 2 January in Scotland,
    // St Patrick's Day in Northern Ireland, Good Friday 26 March, and Easter Monday 29 March outside Scotland.
    const item = due('2031-12-31');
    const plain = slippage(item, { asOf: '2032-04-30', workingDays: true, holidays: [] }).days!;
    expect(slippage(item, { asOf: '2032-04-30', workingDays: true }).days).toBe(plain - 3);
    expect(slippage(item, { asOf: '2032-04-30', workingDays: true, holidayRegion: 'england-and-wales' }).days).toBe(plain - 3);
    expect(slippage(item, { asOf: '2032-04-30', workingDays: true, holidayRegion: 'scotland' }).days).toBe(plain - 3);
    expect(slippage(item, { asOf: '2032-04-30', workingDays: true, holidayRegion: 'northern-ireland' }).days).toBe(plain - 4);
    // A list given replaces the region's holidays.
    expect(slippage(item, { asOf: '2032-04-30', workingDays: true, holidayRegion: 'scotland', holidays: ['2032-01-05'] }).days).toBe(plain - 1);
    expect(() => slippage(item, { asOf: '2032-04-30', workingDays: true, holidayRegion: 'wales' as BankHolidayRegion })).toThrow(RangeError);
  });

  it('gives the same figures in a roll-up, whichever order the items reach across years', () => {
    // The roll-up computes holidays as far as its items reach: a later item must not lose an earlier year's.
    const actions = [due('2050-01-10'), due('2031-06-02'), due('2090-12-20')].map((a, i) => ({ id: `a${i}`, title: `Action ${i}`, ...a }) as unknown as Action);
    const r = rollUp(actions, { by: 'lead', asOf: '2095-06-30', workingDays: true, holidayRegion: 'scotland' });
    expect(r.diagnostics).toEqual([]);
    const one = actions.map((a) => slippage(a, { asOf: '2095-06-30', workingDays: true, holidayRegion: 'scotland' }).days!);
    expect(r.all.totalSlippage).toBe(one[0]! + one[1]! + one[2]!);
    expect(r.all.maxSlippage).toBe(Math.max(...one));
    const plain = actions.map((a) => slippage(a, { asOf: '2095-06-30', workingDays: true, holidays: [] }).days!);
    // 2032–2094 (63 years of 9) and part of 2031 and 2095: well over 500 Scottish holidays fewer than weekdays alone.
    expect(plain[1]! - one[1]!).toBeGreaterThan(500);
  });
});
