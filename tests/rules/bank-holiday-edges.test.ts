/**
 * Edges of src/rules/bank-holidays.ts found by mutation testing
 * (bench/results/mutation.md): Easter outside 2000–2100 (the century terms
 * of the algorithm, checked on the earliest and latest Easters on record),
 * the years bankHolidays accepts, and its misuse messages.
 */
import { describe, expect, it } from 'vitest';
import { bankHolidays, easterSunday } from '../../src/index.js';

describe('Easter outside the published tables', () => {
  it('gives the earliest and latest possible Easters of other centuries', () => {
    // 22 March (earliest) in 1818 and 2285; 25 April (latest) in 1886 and 1943.
    expect(['1818', '1886', '1943', '2285'].map((y) => easterSunday(Number(y)))).toEqual(['1818-03-22', '1886-04-25', '1943-04-25', '2285-03-22']);
    // Good Friday and Easter Monday follow it.
    expect(bankHolidays(1886)).toEqual(expect.arrayContaining(['1886-04-23', '1886-04-26']));
  });
});

describe('the years bankHolidays accepts', () => {
  it('from 1583 to 9999, whole numbers only, saying what it was given', () => {
    expect(bankHolidays(1583).length).toBeGreaterThan(0);
    expect(bankHolidays(9999).length).toBeGreaterThan(0);
    for (const year of [1582, 10000, 2000.5, Number.NaN]) {
      expect(() => bankHolidays(year), String(year)).toThrow(new RangeError(`bankHolidays: unexpected year \`${String(year)}\`, expected a whole number from 1583 to 9999`));
    }
  });

  it('names an unknown region, or its type when it is not a string, and lists the regions', () => {
    const regions = 'expected england-and-wales, scotland, northern-ireland';
    expect(() => bankHolidays(2020, 'wales' as never)).toThrow(new RangeError(`bankHolidays: unexpected holiday region \`wales\`, ${regions}`));
    expect(() => bankHolidays(2020, 5 as never)).toThrow(new RangeError(`bankHolidays: unexpected holiday region \`number\`, ${regions}`));
  });
});
