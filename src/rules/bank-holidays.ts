import { civilOf, dayNumberOf, isoOf } from '../_lib/iso-date.js';

/**
 * Bank holidays in England and Wales from 2000 to 2030, as published, as ISO
 * dates: the fixed and Easter-based holidays, the substitute days when a
 * holiday falls at a weekend, and the one-off changes (the 2002, 2012 and
 * 2022 jubilees, the royal wedding of 29 April 2011, the state funeral of 19
 * September 2022, the coronation of 8 May 2023, and the early May holiday
 * moved to 8 May in 2020). Any year, and Scotland's and Northern Ireland's,
 * come from {@link bankHolidays}, which working-day counts use by default
 * (the `holidayRegion` option picks the region); pass your own list as the
 * `holidays` option to replace them.
 *
 * @example
 * ```ts
 * ENGLAND_AND_WALES_BANK_HOLIDAYS.includes('2006-04-14') //=> true (Good Friday)
 * ENGLAND_AND_WALES_BANK_HOLIDAYS.includes('2004-12-27') //=> true (substitute day)
 * ```
 * @category Rules
 */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly string[] = /* @__PURE__ */ Object.freeze([
  '2000-01-03', '2000-04-21', '2000-04-24', '2000-05-01', '2000-05-29', '2000-08-28', '2000-12-25', '2000-12-26',
  '2001-01-01', '2001-04-13', '2001-04-16', '2001-05-07', '2001-05-28', '2001-08-27', '2001-12-25', '2001-12-26',
  '2002-01-01', '2002-03-29', '2002-04-01', '2002-05-06', '2002-06-03', '2002-06-04', '2002-08-26', '2002-12-25', '2002-12-26',
  '2003-01-01', '2003-04-18', '2003-04-21', '2003-05-05', '2003-05-26', '2003-08-25', '2003-12-25', '2003-12-26',
  '2004-01-01', '2004-04-09', '2004-04-12', '2004-05-03', '2004-05-31', '2004-08-30', '2004-12-27', '2004-12-28',
  '2005-01-03', '2005-03-25', '2005-03-28', '2005-05-02', '2005-05-30', '2005-08-29', '2005-12-26', '2005-12-27',
  '2006-01-02', '2006-04-14', '2006-04-17', '2006-05-01', '2006-05-29', '2006-08-28', '2006-12-25', '2006-12-26',
  '2007-01-01', '2007-04-06', '2007-04-09', '2007-05-07', '2007-05-28', '2007-08-27', '2007-12-25', '2007-12-26',
  '2008-01-01', '2008-03-21', '2008-03-24', '2008-05-05', '2008-05-26', '2008-08-25', '2008-12-25', '2008-12-26',
  '2009-01-01', '2009-04-10', '2009-04-13', '2009-05-04', '2009-05-25', '2009-08-31', '2009-12-25', '2009-12-28',
  '2010-01-01', '2010-04-02', '2010-04-05', '2010-05-03', '2010-05-31', '2010-08-30', '2010-12-27', '2010-12-28',
  '2011-01-03', '2011-04-22', '2011-04-25', '2011-04-29', '2011-05-02', '2011-05-30', '2011-08-29', '2011-12-26', '2011-12-27',
  '2012-01-02', '2012-04-06', '2012-04-09', '2012-05-07', '2012-06-04', '2012-06-05', '2012-08-27', '2012-12-25', '2012-12-26',
  '2013-01-01', '2013-03-29', '2013-04-01', '2013-05-06', '2013-05-27', '2013-08-26', '2013-12-25', '2013-12-26',
  '2014-01-01', '2014-04-18', '2014-04-21', '2014-05-05', '2014-05-26', '2014-08-25', '2014-12-25', '2014-12-26',
  '2015-01-01', '2015-04-03', '2015-04-06', '2015-05-04', '2015-05-25', '2015-08-31', '2015-12-25', '2015-12-28',
  '2016-01-01', '2016-03-25', '2016-03-28', '2016-05-02', '2016-05-30', '2016-08-29', '2016-12-26', '2016-12-27',
  '2017-01-02', '2017-04-14', '2017-04-17', '2017-05-01', '2017-05-29', '2017-08-28', '2017-12-25', '2017-12-26',
  '2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-08-27', '2018-12-25', '2018-12-26',
  '2019-01-01', '2019-04-19', '2019-04-22', '2019-05-06', '2019-05-27', '2019-08-26', '2019-12-25', '2019-12-26',
  '2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28',
  '2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28',
  '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
  '2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26',
  '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26',
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
  '2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26',
  '2029-01-01', '2029-03-30', '2029-04-02', '2029-05-07', '2029-05-28', '2029-08-27', '2029-12-25', '2029-12-26',
  '2030-01-01', '2030-04-19', '2030-04-22', '2030-05-06', '2030-05-27', '2030-08-26', '2030-12-25', '2030-12-26',
]);

/**
 * The parts of the United Kingdom with their own bank holidays:
 * `england-and-wales` (the default wherever holidays are used), `scotland`
 * and `northern-ireland`.
 *
 * @example
 * ```ts
 * const region: BankHolidayRegion = 'scotland';
 * ```
 * @category Rules
 */
export type BankHolidayRegion = 'england-and-wales' | 'scotland' | 'northern-ireland';

/**
 * Every {@link BankHolidayRegion}, England and Wales first.
 *
 * @example
 * ```ts
 * BANK_HOLIDAY_REGIONS.includes('northern-ireland') //=> true
 * ```
 * @category Rules
 */
export const BANK_HOLIDAY_REGIONS: readonly BankHolidayRegion[] = /* @__PURE__ */ Object.freeze(['england-and-wales', 'scotland', 'northern-ireland']);

/**
 * One-off changes to the bank holidays, as proclaimed, UK-wide: a holiday
 * moved (`from` → `to`) or added (`to` alone). Internal; {@link bankHolidays}
 * applies them to the rules.
 */
export const _ONE_OFFS: readonly { readonly from?: string; readonly to: string; readonly why: string }[] = /* @__PURE__ */ Object.freeze([
  { to: '1981-07-29', why: 'royal wedding' },
  { from: '1995-05-01', to: '1995-05-08', why: 'early May holiday moved for the 50th anniversary of VE Day' },
  { to: '1999-12-31', why: 'millennium' },
  { from: '2002-05-27', to: '2002-06-04', why: 'spring holiday moved for the golden jubilee' },
  { to: '2002-06-03', why: 'golden jubilee' },
  { to: '2011-04-29', why: 'royal wedding' },
  { from: '2012-05-28', to: '2012-06-04', why: 'spring holiday moved for the diamond jubilee' },
  { to: '2012-06-05', why: 'diamond jubilee' },
  { from: '2020-05-04', to: '2020-05-08', why: 'early May holiday moved for the 75th anniversary of VE Day' },
  { from: '2022-05-30', to: '2022-06-02', why: 'spring holiday moved for the platinum jubilee' },
  { to: '2022-06-03', why: 'platinum jubilee' },
  { to: '2022-09-19', why: 'state funeral of Queen Elizabeth II' },
  { to: '2023-05-08', why: 'coronation of King Charles III' },
]);

/**
 * Easter Sunday of a year of the Gregorian calendar, by the anonymous
 * Gregorian algorithm (Meeus/Jones/Butcher).
 *
 * @param year - A year from 1583 on.
 * @returns The date, `YYYY-MM-DD`.
 * @example
 * ```ts
 * easterSunday(2006) //=> '2006-04-16'
 * easterSunday(2038) //=> '2038-04-25'
 * ```
 * @category Rules
 */
export function easterSunday(year: number): string {
  const { month, day } = civilOf(easterDay(year));
  return isoOf(year, month, day);
}

function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return dayNumberOf(year, Math.floor(n / 31), (n % 31) + 1);
}

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
const weekday = (n: number): number => (((n + 4) % 7) + 7) % 7;

/** The first Monday on or after a day. */
const mondayFrom = (n: number): number => n + ((8 - weekday(n)) % 7);

/**
 * Day numbers of a year's bank holidays by the standing rules alone (no
 * one-off changes), sorted. Internal.
 */
export function _byRule(year: number, region: BankHolidayRegion): number[] {
  const easter = easterDay(year);
  const taken = new Set<number>([easter - 2, mondayFrom(dayNumberOf(year, 5, 1)), mondayFrom(dayNumberOf(year, 5, 25))]);
  if (region !== 'scotland') taken.add(easter + 1);
  taken.add(region === 'scotland' ? mondayFrom(dayNumberOf(year, 8, 1)) : mondayFrom(dayNumberOf(year, 8, 25)));
  // Fixed dates in calendar order; one at a weekend is kept on the next weekday not already a holiday.
  const fixed: [number, number][] = [[1, 1]];
  if (region === 'scotland') fixed.push([1, 2]);
  if (region === 'northern-ireland') fixed.push([3, 17], [7, 12]);
  if (region === 'scotland' && year >= 2007) fixed.push([11, 30]);
  fixed.push([12, 25], [12, 26]);
  const weekend: number[] = [];
  for (const [month, day] of fixed) {
    const n = dayNumberOf(year, month, day);
    const wd = weekday(n);
    if (wd === 0 || wd === 6) weekend.push(n);
    else taken.add(n);
  }
  for (const n of weekend) {
    let sub = n + 1;
    while (weekday(sub) === 0 || weekday(sub) === 6 || taken.has(sub)) sub++;
    taken.add(sub);
  }
  return [...taken].sort((x, y) => x - y);
}

const cache = /* @__PURE__ */ new Map<string, readonly number[]>();

/** Day numbers of a year's bank holidays, one-offs applied, sorted; cached. Internal. */
export function _bankHolidayDays(year: number, region: BankHolidayRegion): readonly number[] {
  const key = `${region}${year}`;
  let days = cache.get(key);
  if (days === undefined) {
    const set = new Set(_byRule(year, region));
    for (const change of _ONE_OFFS) {
      if (Number(change.to.slice(0, 4)) !== year) continue;
      if (change.from !== undefined) set.delete(dayNumberOf(year, Number(change.from.slice(5, 7)), Number(change.from.slice(8, 10))));
      set.add(dayNumberOf(year, Number(change.to.slice(5, 7)), Number(change.to.slice(8, 10))));
    }
    days = Object.freeze([...set].sort((x, y) => x - y));
    cache.set(key, days);
  }
  return days;
}

/**
 * The bank holidays of one year in a part of the UK, as ISO dates in order:
 * New Year's Day (and 2 January in Scotland), St Patrick's Day and the
 * Battle of the Boyne in Northern Ireland, Good Friday, Easter Monday (not
 * in Scotland), the early May and spring holidays (first and last Mondays
 * of May), the summer holiday (first Monday of August in Scotland, last
 * elsewhere), St Andrew's Day in Scotland (from 2007), Christmas Day and
 * Boxing Day, each moved to the next free weekday when it falls at a
 * weekend; then the proclaimed one-off changes (royal weddings, jubilees,
 * VE day anniversaries, the millennium, the 2022 state funeral and the 2023
 * coronation). Any year is computed by these rules, which have stood since
 * 1978; earlier years get today's rules, not those then in force, and a
 * change proclaimed after this version is not known.
 *
 * @param year - The year, e.g. 2031.
 * @param region - Default `england-and-wales`.
 * @returns A new array of `YYYY-MM-DD` dates.
 * @throws RangeError for an unknown region or a year that is not a whole number from 1583 to 9999.
 * @example
 * ```ts
 * bankHolidays(2031)
 * //=> ['2031-01-01', '2031-04-11', '2031-04-14', '2031-05-05', '2031-05-26', '2031-08-25', '2031-12-25', '2031-12-26']
 * bankHolidays(2025, 'scotland').at(-3) //=> '2025-12-01' (St Andrew's Day, substitute)
 * ```
 * @category Rules
 */
export function bankHolidays(year: number, region: BankHolidayRegion = 'england-and-wales'): string[] {
  _checkRegion(region, 'bankHolidays');
  if (!Number.isInteger(year) || year < 1583 || year > 9999) throw new RangeError(`bankHolidays: unexpected year \`${String(year)}\`, expected a whole number from 1583 to 9999`);
  return _bankHolidayDays(year, region).map((n) => {
    const c = civilOf(n);
    return isoOf(c.year, c.month, c.day);
  });
}

/** Throws on programmer misuse: a region that is not one of {@link BANK_HOLIDAY_REGIONS}. Internal. */
export function _checkRegion(region: unknown, fn: string): asserts region is BankHolidayRegion {
  if (!(BANK_HOLIDAY_REGIONS as readonly unknown[]).includes(region)) {
    throw new RangeError(`${fn}: unexpected holiday region \`${typeof region === 'string' ? region : typeof region}\`, expected ${BANK_HOLIDAY_REGIONS.join(', ')}`);
  }
}
