/**
 * Edges of the timescale reader (src/timescale/_read.ts) found by mutation
 * testing (bench/results/mutation-read3.md, lines 1056–1393: the date
 * expression, open ends, counts, relative phrases, repeating phrases and the
 * phrase loop): plan-year labels ("March 2009 (Year 3)"), the year a range
 * end borrows from the other, reversed and invalid ranges, calendar years in
 * a plan of financial years, roles on a date whose year is unknown, open ends
 * after a connector ("to on-going"). Each asserts what `parseTimescale`
 * reads: kind, dates, periods and diagnostics.
 */
import { describe, expect, it } from 'vitest';
import { parseTimescale, type TimescaleContext } from '../../src/timescale/index.js';

const read = (text: string, context?: TimescaleContext) => {
  const t = parseTimescale(text, context ? { context } : undefined);
  return { kind: t.kind, start: t.start, end: t.end };
};

const codes = (text: string, context?: TimescaleContext) =>
  (parseTimescale(text, context ? { context } : undefined).diagnostics ?? []).map((d) => `${d.code} ${d.severity} ${d.text ?? ''}`);

const texts = (text: string, context?: TimescaleContext) => parseTimescale(text, context ? { context } : undefined).periods?.map((p) => p.text);

describe('plan-year labels', () => {
  it('"(Year 3)", "[Year 3]" or "for Year 3" after a date names it, and is no date of its own', () => {
    for (const text of ['March 2009 (Year 3)', 'March 2009 [Year 3]', 'March 2009 for Year 3']) {
      expect(parseTimescale(text)).toEqual({ text, kind: 'month', start: '2009-03-01', end: '2009-03-31' });
    }
  });

  it('"due for Year 3" is a deadline, not a label', () => {
    for (const text of ['due for Year 3', 'Review due for Year 3']) {
      expect(read(text, { start: '2008-04-01' })).toEqual({ kind: 'financial-year', start: undefined, end: '2011-03-31' });
    }
  });

  it('"Year 2 [2023/24]" names the dates in brackets after it', () => {
    expect(parseTimescale('Year 2 [2023/24]')).toEqual({ text: 'Year 2 [2023/24]', kind: 'financial-year', start: '2023-04-01', end: '2024-03-31' });
  });

  it('a date in brackets after a date that is not a plan year is a second period', () => {
    expect(texts('March 2009 (June 2009)')).toEqual(['March 2009', '(June 2009)']);
    expect(read('March 2009 (June 2009)')).toEqual({ kind: 'range', start: '2009-03-01', end: '2009-06-30' });
  });

  it('is not the end of a range: "Year 1 - Year 3" is two periods', () => {
    expect(texts('Year 1 - Year 3', { start: '2008-04-01' })).toEqual(['Year 1', 'Year 3']);
    expect(texts('Year 1 - Year 3')).toEqual(['Year 1', 'Year 3']);
  });
});

describe('open ends after a range connector', () => {
  it('"to on-going" and "- continuing" leave the date open-ended, as one period', () => {
    expect(parseTimescale('April 2009 to on-going')).toEqual({ text: 'April 2009 to on-going', kind: 'ongoing', start: '2009-04-01' });
    expect(parseTimescale('April 2009 - continuing')).toEqual({ text: 'April 2009 - continuing', kind: 'ongoing', start: '2009-04-01' });
  });

  it('"going" two words after the connector is prose ("April 2009 - work is going well")', () => {
    expect(read('April 2009 - work is going well')).toEqual({ kind: 'month', start: '2009-04-01', end: '2009-04-30' });
  });
});

describe('a range end without a year borrows one from the other end', () => {
  it('the end from the start ("March 2009 to June", "November 2009 to February")', () => {
    expect(parseTimescale('March 2009 to June')).toEqual({ text: 'March 2009 to June', kind: 'range', start: '2009-03-01', end: '2009-06-30' });
    expect(parseTimescale('November 2009 to February')).toEqual({ text: 'November 2009 to February', kind: 'range', start: '2009-11-01', end: '2010-02-28' });
  });

  it('with neither year, the start takes the context year and the end follows it', () => {
    expect(parseTimescale('November to February', { context: { year: 2009 } })).toMatchObject({
      kind: 'range',
      start: '2009-11-01',
      end: '2010-02-28',
      yearAssumed: true,
      diagnostics: [{ code: 'year-assumed', text: 'November' }],
    });
    expect(codes('March to June', { year: 2009 })).toEqual(['year-assumed info March']);
  });

  it('with no year anywhere: unknown, a year-unknown warning for each end', () => {
    expect(parseTimescale('March to June')).toMatchObject({ kind: 'unknown' });
    expect(codes('March to June')).toEqual(['year-unknown warning March', 'year-unknown warning June']);
  });

  it('an unknown end makes the range unknown, with no year assumed', () => {
    const t = parseTimescale('Year 1 to March', { context: { anchor: '2009-01-15' } });
    expect(t.kind).toBe('unknown');
    expect(t.yearAssumed).toBeUndefined();
  });
});

describe('reversed and invalid ranges', () => {
  it('"June 2009 to March 2009" spans March to June, with a range-reversed warning', () => {
    expect(read('June 2009 to March 2009')).toEqual({ kind: 'range', start: '2009-03-01', end: '2009-06-30' });
    expect(codes('June 2009 to March 2009')).toEqual(['range-reversed warning June 2009 to March 2009']);
  });

  it('a range from a day to the same day is not reversed', () => {
    expect(parseTimescale('31 March 2009 to 31 March 2009')).toEqual({ text: '31 March 2009 to 31 March 2009', kind: 'range', start: '2009-03-31', end: '2009-03-31' });
  });

  it('is invalid when either end is not a real date', () => {
    expect(read('31 February 2009 to March 2009')).toEqual({ kind: 'invalid', start: '2009-02-28', end: '2009-03-31' });
    expect(read('March 2009 to 31 February 2010')).toEqual({ kind: 'invalid', start: '2009-03-01', end: '2010-02-28' });
  });
});

describe('calendar years in a plan of financial years', () => {
  const financial: TimescaleContext = { yearSpans: 'financial' };

  it('only a span of two years is read as financial years: a month or a later end keep their own dates', () => {
    expect(read('2024 to 2027', financial)).toEqual({ kind: 'range', start: '2024-04-01', end: '2027-03-31' });
    expect(read('March 2024 to 2027', financial).start).toBe('2024-03-01');
    expect(read('2024 to June 2027', financial).end).toBe('2027-06-30');
  });

  it('"2024 to 2024" is not reversed', () => {
    expect(codes('2024 to 2024', financial)).toEqual([]);
  });
});

describe('a role on a date whose year is unknown', () => {
  it('"from", "before", "after", "by" a month without a year: unknown, with year-unknown', () => {
    for (const [text, at] of [['from March', 6], ['before March', 8], ['after March', 7], ['by March', 4]] as const) {
      expect(parseTimescale(text)).toEqual({
        text,
        kind: 'unknown',
        diagnostics: [expect.objectContaining({ code: 'year-unknown', severity: 'warning', text: 'March', line: 1, column: at })],
      });
    }
  });
});
