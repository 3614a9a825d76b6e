/**
 * Edges of the timescale reader (src/timescale/_read.ts) found by mutation
 * testing of its lines 569–1055 (bench/results/mutation-read2.md, chunk read2):
 * numeric dates and where a reference number is not one, spans of calendar
 * years written with a dash (and the context's `yearSpans`), runs of days,
 * a day or month with "of" or an abbreviation's full stop, a season of a
 * financial year, financial- and academic-year words, and a part word with no
 * date after it; and, from the full re-run of its lines 934–1086 at 042ba04,
 * a plan year's kind, "not"/"no" before words other than "later than",
 * "with", and "or"/"at the" after a date. Each asserts what `parseTimescale`
 * reads: kind, dates and diagnostics.
 */
import { describe, expect, it } from 'vitest';
import { parseTimescale, type TimescaleContext } from '../../src/timescale/index.js';

const read = (text: string, context?: TimescaleContext) => {
  const t = parseTimescale(text, context ? { context } : undefined);
  return { kind: t.kind, start: t.start, end: t.end };
};
const codes = (text: string, context?: TimescaleContext) => parseTimescale(text, context ? { context } : undefined).diagnostics?.map((d) => d.code);
const texts = (text: string) => parseTimescale(text).periods?.map((p) => p.text);

describe('a part word with no date after it', () => {
  it('is no date, not a failure ("early", "by early", "from the")', () => {
    for (const text of ['early', 'by early', 'from the']) {
      expect(read(text), text).toEqual({ kind: 'unknown', start: undefined, end: undefined });
      expect(codes(text), text).toEqual(['no-date']);
    }
  });

  it('"earlier" is "early"', () => {
    expect(read('earlier 2009')).toEqual({ kind: 'range', start: '2009-01-01', end: '2009-04-30' });
  });
});

describe('numeric dates', () => {
  it('year first with slashes; not with two different separators or a month 13', () => {
    expect(read('2006/03/31')).toEqual({ kind: 'date', start: '2006-03-31', end: '2006-03-31' });
    expect(read('2006-03/31').kind).not.toBe('date');
    expect(read('2006-13-01').kind).not.toBe('date');
  });

  it('day first, and month first with a warning naming the date read', () => {
    expect(read('13/12/2006')).toEqual({ kind: 'date', start: '2006-12-13', end: '2006-12-13' });
    expect(parseTimescale('12/13/2006').diagnostics).toEqual([
      {
        code: 'month-first',
        severity: 'warning',
        message: 'Unexpected month-first date `12/13/2006`, expected day first; read as 2006-12-13',
        line: 1,
        column: 1,
        text: '12/13/2006',
        source: 'timescale',
      },
    ]);
    // Neither part can be the month.
    expect(read('31/31/2006').kind).not.toBe('date');
  });

  it('with a two-digit year: a note naming the whole date', () => {
    expect(parseTimescale('31.03.06').diagnostics).toEqual([
      { code: 'two-digit-year', severity: 'info', message: 'Two-digit year in `31.03.06` read as 2006', line: 1, column: 1, text: '31.03.06', source: 'timescale' },
    ]);
  });

  it('at the end of a sentence, before its full stop', () => {
    expect(read('Complete by 31.03.2006.')).toEqual({ kind: 'date', start: undefined, end: '2006-03-31' });
  });

  it('are not read from a reference number: more numbers after a touching separator, an ordinal, four parts', () => {
    for (const text of ['31/03/2006/7', '31/03/2006.5', '31/03/2006-7', '1st/03/2006']) expect(read(text).kind, text).not.toBe('date');
    expect(read('1.2.3.4').kind).toBe('unknown');
  });
});

describe('spans of calendar years with a dash', () => {
  it('are one span, so "by" keeps only the end, up to twenty years', () => {
    expect(read('by 2021-2024')).toEqual({ kind: 'range', start: undefined, end: '2024-12-31' });
    expect(read('by 2021-2041')).toEqual({ kind: 'range', start: undefined, end: '2041-12-31' });
  });

  it('two consecutive years are calendar years in a calendar context, one span', () => {
    expect(read('by 2021-2022', { yearSpans: 'calendar' })).toEqual({ kind: 'range', start: undefined, end: '2022-12-31' });
  });

  it('written backwards, are swapped with a warning (calendar context)', () => {
    expect(read('2024-2021', { yearSpans: 'calendar' })).toEqual({ kind: 'range', start: '2021-01-01', end: '2024-12-31' });
    expect(codes('2024-2021', { yearSpans: 'calendar' })).toEqual(['range-reversed']);
  });

  it('over twenty years in a financial context run 1 April to 31 March', () => {
    expect(read('2021-2042', { yearSpans: 'financial' })).toEqual({ kind: 'range', start: '2021-04-01', end: '2042-03-31' });
  });
});

describe('a year followed by more', () => {
  it('"2024 financial year" is the financial year; "2024 financial" the year', () => {
    expect(read('2024 financial year')).toEqual({ kind: 'financial-year', start: '2024-04-01', end: '2025-03-31' });
    expect(read('2024 fiscal year')).toEqual({ kind: 'financial-year', start: '2024-04-01', end: '2025-03-31' });
    expect(read('2024 financial')).toEqual({ kind: 'year', start: '2024-01-01', end: '2024-12-31' });
  });

  it('a spaced dash before a quarter is a range to that quarter', () => {
    expect(read('2024 - Q1 2025')).toEqual({ kind: 'range', start: '2024-01-01', end: '2025-06-30' });
  });
});

describe('runs of days', () => {
  it('with "to", ordinals and "of"', () => {
    expect(read('1st to 15th March 2006')).toEqual({ kind: 'range', start: '2006-03-01', end: '2006-03-15' });
    expect(read('1 to 15 of March 2006')).toEqual({ kind: 'range', start: '2006-03-01', end: '2006-03-15' });
  });

  it('with an abbreviated month and its full stop', () => {
    expect(read('1-15 Mar. 2006')).toEqual({ kind: 'range', start: '2006-03-01', end: '2006-03-15' });
  });

  it('only forwards: "15-1 March" and "1-1 March" are the one date', () => {
    expect(read('15-1 March 2006')).toEqual({ kind: 'date', start: '2006-03-01', end: '2006-03-01' });
    expect(read('1-1 March 2006')).toEqual({ kind: 'date', start: '2006-03-01', end: '2006-03-01' });
  });

  it('with a two-digit year: a note naming the run', () => {
    expect(parseTimescale('1-15 March 06').diagnostics).toEqual([
      { code: 'two-digit-year', severity: 'info', message: 'Two-digit year in `1-15 March 06` read as 2006', line: 1, column: 1, text: '1-15 March 06', source: 'timescale' },
    ]);
  });

  it('without a year: year-unknown, or the context year', () => {
    expect(codes('1-15 March')).toEqual(['year-unknown']);
    expect(read('1-15 March', { year: 2009 })).toEqual({ kind: 'range', start: '2009-03-01', end: '2009-03-15' });
  });

  it('a two-digit number before the next month is its day, not a year', () => {
    expect(texts('1-3 March 10 April 2009')).toEqual(['1-3 March', '10 April 2009']);
  });
});

describe('a day and a month', () => {
  it('"31st of March 2006" is the day', () => {
    expect(read('31st of March 2006')).toEqual({ kind: 'date', start: '2006-03-31', end: '2006-03-31' });
  });

  it('with an abbreviation\'s full stop, before or after the day', () => {
    expect(read('31 Mar. 06')).toEqual({ kind: 'date', start: '2006-03-31', end: '2006-03-31' });
    expect(read('Mar. 31st 2006')).toEqual({ kind: 'date', start: '2006-03-31', end: '2006-03-31' });
  });

  it('month first, with a year after a space, or the context year', () => {
    expect(read('March 31 2006')).toEqual({ kind: 'date', start: '2006-03-31', end: '2006-03-31' });
    expect(read('March 31st', { year: 2009 })).toEqual({ kind: 'date', start: '2009-03-31', end: '2009-03-31' });
  });

  it('"may" in lower case is not the month', () => {
    expect(codes('by may')).toEqual(['no-date']);
  });
});

describe('seasons and financial years', () => {
  it('winter of a financial year: the whole form is read, so "onwards" applies', () => {
    expect(read('winter 2009/10 onwards')).toEqual({ kind: 'ongoing', start: '2009-12-01', end: undefined });
    expect(read('winter of 2009/10 onwards')).toEqual({ kind: 'ongoing', start: '2009-12-01', end: undefined });
  });

  it('"FY of 2024", "fiscal year of 2008", "financial yr 2009"', () => {
    expect(read('FY of 2024')).toEqual({ kind: 'financial-year', start: '2024-04-01', end: '2025-03-31' });
    expect(read('fiscal year of 2008')).toEqual({ kind: 'financial-year', start: '2008-04-01', end: '2009-03-31' });
    expect(read('financial yr 2009')).toEqual({ kind: 'financial-year', start: '2009-04-01', end: '2010-03-31' });
  });

  it('an academic year in short form; with a single year, that year', () => {
    expect(read('academic year 09/10')).toEqual({ kind: 'range', start: '2009-09-01', end: '2010-08-31' });
    expect(read('academic year 2009')).toEqual({ kind: 'year', start: '2009-01-01', end: '2009-12-31' });
  });

  it('"Year 3rd" is no plan year', () => {
    expect(codes('Year 3rd', { start: '2008-04-01' })).toEqual(['no-date']);
  });
});

describe('part words', () => {
  it('"middle of", "close of", "later", "end-"', () => {
    expect(read('middle of 2009')).toEqual({ kind: 'range', start: '2009-05-01', end: '2009-08-31' });
    expect(read('close of 2009')).toEqual({ kind: 'date', start: '2009-12-31', end: '2009-12-31' });
    expect(read('later 2009')).toEqual({ kind: 'range', start: '2009-09-01', end: '2009-12-31' });
    expect(read('end-2009')).toEqual({ kind: 'date', start: '2009-12-31', end: '2009-12-31' });
  });

  it('"start" and "close" without "of" are verbs: "to start in 2009" is the year, not its first day', () => {
    const year2009 = { kind: 'year', start: '2009-01-01', end: '2009-12-31' };
    expect(read('work to start in 2009')).toEqual(year2009);
    expect(read('project to close in 2009')).toEqual(year2009);
  });

  it('a week from its first day: w/b, wc, wb, "wc.", week beginning, week starting', () => {
    const week = { kind: 'range', start: '2009-03-05', end: '2009-03-11' };
    for (const text of ['w/b 5 March 2009', 'wc 5 March 2009', 'wb 5 March 2009', 'wc. 5 March 2009', 'week beginning 5 March 2009', 'week starting 5 March 2009']) {
      expect(read(text), text).toEqual(week);
    }
  });

  it('"w/x" and a bare "week" are no week: the date alone', () => {
    const day = { kind: 'date', start: '2009-03-05', end: '2009-03-05' };
    expect(read('w/x 5 March 2009')).toEqual(day);
    expect(read('week 5 March 2009')).toEqual(day);
  });
});

describe('a range borrowing its missing year from the other end', () => {
  it('the end after the start: "December 2009 to March" ends in 2010, "March 2009 to June" in 2009', () => {
    expect(read('December 2009 to March')).toEqual({ kind: 'range', start: '2009-12-01', end: '2010-03-31' });
    expect(read('from March 2009 to June')).toEqual({ kind: 'range', start: '2009-03-01', end: '2009-06-30' });
  });

  it('the start before the end: "December to March 2010" starts in 2009', () => {
    expect(read('December to March 2010')).toEqual({ kind: 'range', start: '2009-12-01', end: '2010-03-31' });
  });

  it('a one-day range stays in the same year either way', () => {
    expect(read('from 1 June to 1 June 2009')).toEqual({ kind: 'range', start: '2009-06-01', end: '2009-06-01' });
    expect(read('30 June 2009 to 30 June')).toEqual({ kind: 'range', start: '2009-06-30', end: '2009-06-30' });
  });

  it('diagnostics in text order when a plan year is joined to a dated end', () => {
    expect(codes('Year 2 to 31 April 2010')).toEqual(['year-unknown', 'invalid-date']);
  });
});

describe('the year assumed from the context', () => {
  it('from the plan period: the first that ends on or after its start, shown as a financial year for FY and quarters', () => {
    const note = (text: string, context: TimescaleContext) => parseTimescale(text, { context }).diagnostics?.[0];
    const plan = { start: '2008-04-01' };
    expect(note('FY', plan)).toEqual({
      code: 'year-assumed',
      severity: 'info',
      message: 'Year 2008 assumed for `FY` from the plan period starting 2008-04-01',
      line: 1,
      column: 1,
      text: 'FY',
      source: 'timescale',
      expected: '2008/09',
    });
    expect(note('Q1', plan)).toMatchObject({ message: 'Year 2008 assumed for `Q1` from the plan period starting 2008-04-01', expected: '2008/09' });
    expect(note('by March', plan)).toMatchObject({ message: 'Year 2009 assumed for `March` from the plan period starting 2008-04-01', expected: '2009' });
    expect(read('December', { start: '2008-12-31' })).toEqual({ kind: 'month', start: '2008-12-01', end: '2008-12-31' });
  });

  it('from the anchor date, unless a context year is given', () => {
    expect(parseTimescale('March', { context: { anchor: '2008-06-15' } }).diagnostics?.[0]?.message).toBe('Year 2009 assumed for `March` from the anchor date 2008-06-15');
    expect(read('March', { anchor: '2008-06-15', year: 2010 })).toEqual({ kind: 'month', start: '2010-03-01', end: '2010-03-31' });
  });

  it('none: a financial year asks for a financial year', () => {
    expect(parseTimescale('the financial year').diagnostics?.[0]?.message).toBe(
      'Unexpected `the financial year` without a year, expected a financial year or a context to take it from',
    );
  });
});

describe('a part of a date without a year', () => {
  it('is year-unknown, not a failure', () => {
    for (const text of ['early March', 'end of March', 'start of March', 'w/c 2 March']) {
      expect(read(text), text).toEqual({ kind: 'unknown', start: undefined, end: undefined });
      expect(codes(text), text).toEqual(['year-unknown']);
    }
  });
});

describe('invalid dates', () => {
  it('name the nearest real date, in its month', () => {
    const message = (text: string) => parseTimescale(text).diagnostics?.[0]?.message;
    const nearest = (text: string, date: string) => `Unexpected \`${text}\`, expected a real calendar date; read as the nearest real date, ${date}`;
    for (const [text, date] of [
      ['30 February 2009', '28 February 2009'],
      ['31 April 2009', '30 April 2009'],
      ['31 June 2009', '30 June 2009'],
      ['31 September 2009', '30 September 2009'],
      ['31 November 2009', '30 November 2009'],
    ] as const) {
      expect(message(text), text).toBe(nearest(text, date));
    }
  });

  it('of a run of days: the last day, which is the one past the month\'s end', () => {
    expect(parseTimescale('25-31 April 2009').diagnostics?.[0]?.message).toBe(
      'Unexpected `25-31 April 2009`, expected a real calendar date; read as the nearest real date, 30 April 2009',
    );
  });
});

describe('a plan year before an unclosed bracket', () => {
  it('"Year 2 (" is year-unknown, not a failure', () => {
    expect(codes('Year 2 (')).toEqual(['year-unknown']);
  });
});

describe('role words are part of the period they introduce', () => {
  const first = (role: string) => {
    const p = parseTimescale(`${role} 5 March 2009 and June 2009`).periods?.[0];
    return { text: p?.text, kind: p?.kind, start: p?.start, end: p?.end };
  };
  const by = ['by no later than', 'by not later than', 'no later than', 'not later than', 'not after', 'up to', 'up until', 'until', 'till', 'til'];
  const due = ['deadline', 'due', 'due date', 'due date:', 'due by', 'due in', 'due for', 'due on'];
  const from = ['from', 'since', 'starting', 'starting from', 'starting in', 'starting on', 'commencing', 'commencing on', 'effective', 'effective from', 'effective on'];
  const from2 = ['beginning', 'beginning in', 'beginning on', 'as of', 'as from', 'with effect from', 'not before'];
  const whole = ['during', 'in', 'throughout', 'within', 'over', 'for', 'at', 'of', 'on'];

  it('deadlines: the end only', () => {
    for (const role of [...by, ...due]) expect(first(role), role).toEqual({ text: `${role} 5 March 2009`, kind: 'date', start: undefined, end: '2009-03-05' });
  });

  it('before, prior to, ahead of: the day before', () => {
    for (const role of ['before', 'prior to', 'ahead of']) expect(first(role), role).toEqual({ text: `${role} 5 March 2009`, kind: 'date', start: undefined, end: '2009-03-04' });
  });

  it('starts: open-ended from the date', () => {
    for (const role of [...from, ...from2]) expect(first(role), role).toEqual({ text: `${role} 5 March 2009`, kind: 'ongoing', start: '2009-03-05', end: undefined });
  });

  it('after, following: open-ended from the next day', () => {
    for (const role of ['after', 'following']) expect(first(role), role).toEqual({ text: `${role} 5 March 2009`, kind: 'ongoing', start: '2009-03-06', end: undefined });
  });

  it('the whole date', () => {
    for (const role of whole) expect(first(role), role).toEqual({ text: `${role} 5 March 2009`, kind: 'date', start: '2009-03-05', end: '2009-03-05' });
  });
});

describe('words after a date', () => {
  it('leave it open-ended', () => {
    const open = ['onwards', 'onward', 'thereafter', 'ongoing', ', onwards', '- onwards', '; ongoing', 'on-going', 'on-wards', 'on going', 'on wards'];
    const joined = ['and onwards', 'then onward', 'and thereafter', 'then ongoing', 'and beyond', '& beyond', 'and continuing', 'then on-going', '& on-going', 'to date', 'to present'];
    // After a dash, comma or semicolon, "to date" is no range to a date: a suffix.
    open.push('- to date', ', to date', '; to present');
    for (const words of [...open, ...joined]) {
      expect(read(`March 2009 ${words}`), words).toEqual({ kind: 'ongoing', start: '2009-03-01', end: undefined });
      // One period, the suffix read with its date (not the date, then an "ongoing" of its own).
      expect(parseTimescale(`March 2009 ${words}`).periods, words).toBeUndefined();
    }
  });

  it('make it a deadline', () => {
    for (const words of ['at the latest', ', at the latest', 'or earlier', 'or sooner', 'or before']) {
      expect(read(`March 2009 ${words}`), words).toEqual({ kind: 'month', start: undefined, end: '2009-03-31' });
      expect(parseTimescale(`March 2009 ${words}`).periods, words).toBeUndefined();
    }
  });

  it('"on" before another word is no suffix: "March 2009 on site" is the month', () => {
    expect(read('March 2009 on site')).toEqual({ kind: 'month', start: '2009-03-01', end: '2009-03-31' });
  });
});

describe('range connectors', () => {
  it('a dash, "to", "until", "till", "through", "thru": one range', () => {
    for (const joint of ['-', 'to', 'until', 'till', 'through', 'thru']) {
      const text = `March 2009 ${joint} June 2009`;
      expect(read(text), text).toEqual({ kind: 'range', start: '2009-03-01', end: '2009-06-30' });
      expect(parseTimescale(text).periods, text).toBeUndefined();
    }
  });

  it('a slash joins months or seasons written without a year, not a month with its year', () => {
    expect(read('March/April 2009')).toEqual({ kind: 'range', start: '2009-03-01', end: '2009-04-30' });
    expect(read('summer/autumn 2009')).toEqual({ kind: 'range', start: '2009-06-01', end: '2009-11-30' });
    expect(texts('March 2009/April')).toEqual(['March 2009', 'April']);
  });

  it('"&" joins a range only after "between"', () => {
    for (const text of ['between March & June 2009', 'between March and June 2009']) {
      expect(read(text), text).toEqual({ kind: 'range', start: '2009-03-01', end: '2009-06-30' });
      expect(parseTimescale(text).periods, text).toBeUndefined();
    }
    expect(texts('March & June 2009')).toEqual(['March', 'June 2009']);
  });
});

describe('a plan year', () => {
  it('is a financial year when the plan starts on 1 April, a year on 1 January, a range otherwise', () => {
    expect(read('Year 2', { start: '2008-04-01' })).toEqual({ kind: 'financial-year', start: '2009-04-01', end: '2010-03-31' });
    expect(read('Year 2', { start: '2008-01-01' })).toEqual({ kind: 'year', start: '2009-01-01', end: '2009-12-31' });
    expect(read('Year 2', { start: '2008-06-01' })).toEqual({ kind: 'range', start: '2009-06-01', end: '2010-05-31' });
  });
});

describe('"not" and "no" before words other than "later than"', () => {
  it('"not after" is a deadline: the end only', () => {
    expect(read('not after March 2009')).toEqual({ kind: 'month', start: undefined, end: '2009-03-31' });
  });

  it('a "not" before no role word is skipped: "not only March 2009 but also June 2009" is both months', () => {
    const periods = parseTimescale('not only March 2009 but also June 2009').periods?.map((p) => ({ text: p.text, start: p.start, end: p.end }));
    expect(periods).toEqual([
      { text: 'March 2009', start: '2009-03-01', end: '2009-03-31' },
      { text: 'June 2009', start: '2009-06-01', end: '2009-06-30' },
    ]);
  });

  it('"no earlier than", "no sooner than" are no deadline: the period starts on the date', () => {
    for (const text of ['no earlier than March 2009', 'no sooner than March 2009', 'not earlier than March 2009']) expect(read(text).start, text).toBe('2009-03-01');
  });
});

describe('"with" is a role only in "with effect from"', () => {
  it('"with 1 April 2009 guidance" is the date; "with funding from" leaves "with funding" out of the period', () => {
    expect(read('Complies with 1 April 2009 guidance')).toEqual({ kind: 'date', start: '2009-04-01', end: '2009-04-01' });
    expect(texts('with funding from April 2009 and June 2009')).toEqual(['from April 2009', 'June 2009']);
  });
});

describe('"or" after a date', () => {
  it('"or later", "or beyond" make no deadline: the period starts on the date', () => {
    for (const words of ['or later', 'or beyond']) expect(read(`March 2009 ${words}`).start, words).toBe('2009-03-01');
  });
});

describe('"at the" after a date', () => {
  it('is a deadline only before "latest": "March 2009 at the board meeting" is the month', () => {
    expect(read('March 2009 at the board meeting')).toEqual({ kind: 'month', start: '2009-03-01', end: '2009-03-31' });
  });
});
