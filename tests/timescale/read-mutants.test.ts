/**
 * Edges of the timescale reader (src/timescale/_read.ts) found by mutation
 * testing (bench/results/mutation.md, chunk _read.ts:1-568): the years a bare
 * four-digit number may be, two-digit years either side of 1970, quarters
 * (numbers 1–4 only, `qtr`, "quarter one", the year after a comma, "of" or
 * "in", fiscal-year words), financial-year forms that span too long or run
 * into a date, early/mid/late of spans that are not whole months, and a year
 * written after a month with a dash or slash. Each asserts the dates read.
 */
import { describe, expect, it } from 'vitest';
import { parseTimescale } from '../../src/timescale/index.js';

const read = (text: string) => {
  const t = parseTimescale(text);
  return { kind: t.kind, start: t.start, end: t.end };
};

describe('a bare four-digit number is a year only from 1900 to 2099', () => {
  it('reads 1900 and 2099, and not 1899 or 2100', () => {
    expect(read('by 1900')).toEqual({ kind: 'year', start: undefined, end: '1900-12-31' });
    expect(read('by 2099')).toEqual({ kind: 'year', start: undefined, end: '2099-12-31' });
    expect(read('by 1899').kind).toBe('unknown');
    expect(read('by 2100').kind).toBe('unknown');
  });
});

describe('two-digit years', () => {
  it('are 2000–2069 below 70 and 1970–1999 from 70', () => {
    expect(read('by March 69').end).toBe('2069-03-31');
    expect(read('by March 70').end).toBe('1970-03-31');
    expect(read('by March 99').end).toBe('1999-03-31');
  });

  it('follow a month with a touching dash or slash, and not a spaced dash', () => {
    expect(read('Mar-24')).toEqual({ kind: 'month', start: '2024-03-01', end: '2024-03-31' });
    expect(read('Mar/24')).toEqual({ kind: 'month', start: '2024-03-01', end: '2024-03-31' });
    expect(read('Mar - 24').kind).toBe('unknown');
    expect(read('March of 2009')).toEqual({ kind: 'month', start: '2009-03-01', end: '2009-03-31' });
  });

  it('are not read from the day of the next date ("10 March 15 April 2009")', () => {
    expect(parseTimescale('10 March 15 April 2009').periods?.map((p) => p.text)).toEqual(['10 March', '15 April 2009']);
  });

  it('are not read from a time or a fraction after a month ("March 10/11", "March 10.30")', () => {
    expect(read('March 10/11').kind).toBe('unknown');
    expect(read('March 10.30').kind).toBe('unknown');
    expect(read('March 10:30').kind).toBe('unknown');
  });

  it('are read before a slash and the next month, and before a slash at the very end', () => {
    expect(parseTimescale('March 09/April 09').periods?.map((p) => p.text)).toEqual(['March 09', 'April 09']);
    expect(read('by March 10/')).toEqual({ kind: 'month', start: undefined, end: '2010-03-31' });
  });
});

describe('quarters', () => {
  const q1 = { kind: 'quarter', start: '2009-04-01', end: '2009-06-30' };

  it('are numbered 1 to 4: "Q5 2009" is the year alone', () => {
    expect(read('Q4 2009')).toEqual({ kind: 'quarter', start: '2010-01-01', end: '2010-03-31' });
    expect(read('Q5 2009')).toEqual({ kind: 'year', start: '2009-01-01', end: '2009-12-31' });
  });

  it('take their year after a comma, "of" or "in"', () => {
    expect(read('Q1, 2009')).toEqual(q1);
    expect(read('Q1 of 2009')).toEqual(q1);
    expect(read('Q1 in 2009')).toEqual(q1);
  });

  it('are "Q" touching its number, not any word touching one ("Year3 2009" is the year)', () => {
    expect(read('Year3 2009')).toEqual({ kind: 'range', start: '2009-01-01', end: '2009-12-31' });
    expect(parseTimescale('Year3 2009').periods?.map((p) => p.kind)).toEqual(['unknown', 'year']);
  });

  it('without a year: year-unknown, pointing at the quarter alone', () => {
    expect(parseTimescale('by Q1').diagnostics).toEqual([
      { code: 'year-unknown', severity: 'warning', message: 'Unexpected `Q1` without a year, expected a year or a context to take it from', line: 1, column: 4, text: 'Q1', source: 'timescale' },
    ]);
  });

  it('"quarter" with no number after it is no quarter', () => {
    expect(read('by quarter').kind).toBe('unknown');
    expect(read('quarter five 2009')).toEqual({ kind: 'year', start: '2009-01-01', end: '2009-12-31' });
  });

  it('are written "qtr 2" or "quarter one" too', () => {
    expect(read('qtr 2 2009/10')).toEqual({ kind: 'quarter', start: '2009-07-01', end: '2009-09-30' });
    expect(read('quarter one 2009')).toEqual(q1);
  });

  it('take a financial year after "fiscal year", "financial yr" or "FY"', () => {
    expect(read('Q1 fiscal year 2009/10')).toEqual(q1);
    expect(read('Q2 FY 2009/10')).toEqual({ kind: 'quarter', start: '2009-07-01', end: '2009-09-30' });
    expect(read('Q3 financial yr 2009/10')).toEqual({ kind: 'quarter', start: '2009-10-01', end: '2009-12-31' });
  });
});

describe('financial-year forms', () => {
  it('span at most ten years: "2008/2018" is one span, "2008/2020" two years', () => {
    expect(read('2008/2018')).toEqual({ kind: 'financial-year', start: '2008-04-01', end: '2018-03-31' });
    expect(read('2008/2020')).toEqual({ kind: 'range', start: '2008-01-01', end: '2020-12-31' });
    expect(parseTimescale('2008/2020').periods?.map((p) => p.kind)).toEqual(['year', 'year']);
    expect(parseTimescale('2009/2008').periods?.map((p) => p.kind)).toEqual(['year', 'year']);
    expect(read('2008/2008')).toEqual({ kind: 'year', start: '2008-01-01', end: '2008-12-31' });
  });

  it('are not read where a third part makes a date, and run into a second year with another separator', () => {
    expect(read('2008-09-15')).toEqual({ kind: 'date', start: '2008-09-15', end: '2008-09-15' });
    expect(read('2008/09 - 2010/11')).toEqual({ kind: 'range', start: '2008-04-01', end: '2011-03-31' });
    // After "FY" the short form is allowed, but 08/09/10 is still a date (8 September 2010).
    expect(read('FY 08/09/10').end).toBe('2010-09-08');
    expect(read('FY 08-09-10').end).toBe('2010-09-08');
  });

  it('after a season, only in full: "winter 2008/09" is read, "winter 08/09" not', () => {
    expect(read('winter 2008/09')).toEqual({ kind: 'season', start: '2008-12-01', end: '2009-02-28' });
    expect(read('winter 08/09').kind).toBe('unknown');
  });

  it('are not read where a month follows: "2008/09 March 2010" ends on 9 March 2010', () => {
    expect(read('2008/09 March 2010').end).toBe('2010-03-09');
  });
});

describe('early, mid and late', () => {
  it('of a year: four months each', () => {
    expect(read('early 1998')).toEqual({ kind: 'range', start: '1998-01-01', end: '1998-04-30' });
    expect(read('mid 1998')).toEqual({ kind: 'range', start: '1998-05-01', end: '1998-08-31' });
    expect(read('late 1998')).toEqual({ kind: 'range', start: '1998-09-01', end: '1998-12-31' });
    // A financial year across 2000.
    expect(read('early 1999/00')).toEqual({ kind: 'range', start: '1999-04-01', end: '1999-07-31' });
    // And one of 365 days, whose thirds by days would end on 30 July.
    expect(read('early 2009/10')).toEqual({ kind: 'range', start: '2009-04-01', end: '2009-07-31' });
  });

  it('of a run of days: thirds by days, the last third taking what is left', () => {
    expect(read('early 1-20 March 2009')).toEqual({ kind: 'range', start: '2009-03-01', end: '2009-03-06' });
    expect(read('late 1-30 March 2009')).toEqual({ kind: 'range', start: '2009-03-21', end: '2009-03-30' });
    expect(read('mid 1-30 March 2009')).toEqual({ kind: 'range', start: '2009-03-11', end: '2009-03-20' });
    // Ending on the month's last day but not starting on the 1st: still by days (22 days, thirds of 7).
    expect(read('late 10-31 March 2009')).toEqual({ kind: 'range', start: '2009-03-24', end: '2009-03-31' });
    // Two days have no thirds: the whole run.
    expect(read('early 1-2 March 2009')).toEqual({ kind: 'range', start: '2009-03-01', end: '2009-03-02' });
    // A third of three days is one day: a date.
    expect(read('early 1 - 3 March 2009')).toEqual({ kind: 'date', start: '2009-03-01', end: '2009-03-01' });
  });

  it('of a season in a year before 1000 (from the context): one month', () => {
    const inYear999 = (text: string) => {
      const t = parseTimescale(text, { context: { year: 999 } });
      return { kind: t.kind, start: t.start, end: t.end };
    };
    expect(inYear999('early summer')).toEqual({ kind: 'month', start: '0999-06-01', end: '0999-06-30' });
    expect(inYear999('mid summer')).toEqual({ kind: 'month', start: '0999-07-01', end: '0999-07-31' });
    expect(inYear999('late summer')).toEqual({ kind: 'month', start: '0999-08-01', end: '0999-08-31' });
  });

  it('of a quarter or a season: one month', () => {
    expect(read('mid Q1 2009')).toEqual({ kind: 'month', start: '2009-05-01', end: '2009-05-31' });
    expect(read('late summer 2009')).toEqual({ kind: 'month', start: '2009-08-01', end: '2009-08-31' });
  });
});

describe('a span of whole months', () => {
  it('is a month only within one year', () => {
    expect(read('March 2008 - March 2009')).toEqual({ kind: 'range', start: '2008-03-01', end: '2009-03-31' });
  });
});

describe('words and symbols late in a list', () => {
  it('"thru" ends a range; "continuing", "continuous" and "now" leave it open', () => {
    expect(read('from March 2009 thru June 2009')).toEqual({ kind: 'range', start: '2009-03-01', end: '2009-06-30' });
    for (const word of ['continuing', 'continuous', 'now']) {
      expect(read(`June 2009 - ${word}`), word).toEqual({ kind: 'ongoing', start: '2009-06-01', end: undefined });
    }
  });

  it('a date with full stops', () => {
    expect(read('2006.03.31')).toEqual({ kind: 'date', start: '2006-03-31', end: '2006-03-31' });
  });
});

describe('where a diagnostic points', () => {
  it('at the first word of a second line: line 2, column 1', () => {
    const t = parseTimescale('by March 2009\nJune');
    expect(t.diagnostics).toEqual([
      { code: 'year-unknown', severity: 'warning', message: 'Unexpected `June` without a year, expected a year or a context to take it from', line: 2, column: 1, text: 'June', source: 'timescale' },
    ]);
  });

  it('after a phrase that opens with a line break: line 2, column 1', () => {
    expect(parseTimescale('\nJune').diagnostics?.[0]).toMatchObject({ code: 'year-unknown', line: 2, column: 1, text: 'June' });
  });
});
