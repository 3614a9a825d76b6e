import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is an ISO `YYYY-MM-DD` string naming a real calendar date
 * (no time, no time zone). Leap years are honoured.
 *
 * @param value - Any value.
 * @returns `true` for a real calendar date.
 * @example
 * ```ts
 * isIsoDate('2006-03-31') //=> true
 * isIsoDate('2006-06-31') //=> false (June has 30 days)
 * isIsoDate('2024-02-29') //=> true
 * ```
 * @category Model
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * Number of days in a month of the proleptic Gregorian calendar.
 *
 * @param year - Four-digit year.
 * @param month - Month, 1 to 12.
 * @returns 28 to 31.
 * @example
 * ```ts
 * daysInMonth(2024, 2) //=> 29
 * daysInMonth(2006, 6) //=> 30
 * ```
 * @category Model
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A calendar date as an ISO `YYYY-MM-DD` string, validated as a real date
 * ("2006-06-31" fails). Calendar dates carry no time zone, so they never drift.
 * Its JSON Schema has `format: "date"` and the same check as a `pattern`, so a
 * validator that ignores formats still refuses `"hello"` or `"2023-02-29"`.
 *
 * @example
 * ```ts
 * IsoDateSchema.parse('2006-03-31') //=> '2006-03-31'
 * IsoDateSchema.safeParse('2006-06-31').success //=> false
 * ```
 * @category Model
 */
export const IsoDateSchema = z
  // zod's ISO date checks the real calendar (leap years too) by a pattern, which the JSON Schema carries beside `format: date`.
  .iso.date({ message: 'Expected a real calendar date as YYYY-MM-DD' })
  .meta({ id: 'IsoDate', description: 'A real calendar date, YYYY-MM-DD' });

/**
 * An ISO `YYYY-MM-DD` calendar date.
 *
 * @example
 * ```ts
 * const due: IsoDate = '2006-03-31';
 * ```
 * @category Model
 */
export type IsoDate = z.infer<typeof IsoDateSchema>;
