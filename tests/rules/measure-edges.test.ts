/**
 * Edges of src/rules/_measure.ts that the other rules tests left open, found
 * by mutation testing (bench/results/mutation.md): each test here fails on at
 * least one mutant that survived them. Through the public functions where
 * they show the figure (slippage, ragStatus's figures), and through the
 * internal exports where only a caller that reuses objects across items
 * (rollUp) can see the difference.
 */
import { describe, expect, it } from 'vitest';
import { ragStatus, slippage } from '../../src/index.js';
import type { MeasureOptions, RuleFigures, Timescale, TrackedItem } from '../../src/index.js';
import { toDayNumber } from '../../src/_lib/iso-date.js';
import { _dayCounter, _daysBetween, _measure, _newFigures, _newScratch } from '../../src/rules/_measure.js';
import { deepFreeze } from './fixtures.js';

const by = (end: string, text = `by ${end}`): Timescale => ({ text, kind: 'date', end });
const figures = (item: TrackedItem, asOf: string, options: Omit<MeasureOptions, 'asOf'> = {}): RuleFigures => ragStatus(deepFreeze(item), { asOf, ...options }).figures;
const days = (item: TrackedItem, asOf: string, options: Omit<MeasureOptions, 'asOf'> = {}): number | null => slippage(deepFreeze(item), { asOf, ...options }).days;
/** Working days late on `asOf` of an item due on `due`. */
const workingLate = (due: string, asOf: string, options: Omit<MeasureOptions, 'asOf' | 'workingDays'> = {}): number | null => days({ timescale: by(due) }, asOf, { workingDays: true, ...options });

describe('misuse messages show the value given', () => {
  it('names the asOf it was given, even one String() throws on', () => {
    expect(() => slippage({}, { asOf: '2024-02-30' })).toThrow('slippage: unexpected asOf `2024-02-30`, expected a real calendar date as YYYY-MM-DD');
    // An object without a prototype has no toString: the message still says what it was.
    const bare: unknown = Object.create(null);
    expect(() => ragStatus({}, { asOf: bare as string })).toThrow(new RangeError('ragStatus: unexpected asOf `[object Object]`, expected a real calendar date as YYYY-MM-DD'));
  });

  it('names the option when the holiday region is unknown', () => {
    expect(() => slippage({}, { asOf: '2024-01-01', workingDays: true, holidayRegion: 'mars' as never })).toThrow(/^holidayRegion: unexpected holiday region `mars`/);
  });
});

describe('working days with a holidays list', () => {
  it('counts the weekdays of an empty list, 1 January 1970 (day 0) included', () => {
    // Wed 31 Dec 1969 → Fri 2 Jan 1970: Thursday and Friday.
    expect(workingLate('1969-12-31', '1970-01-02', { holidays: [] })).toBe(2);
    expect(workingLate('1969-12-31', '1970-03-06', { holidays: [] })).toBe(47);
  });

  it('leaves out entries that are not real dates, rather than rolling them over', () => {
    // 30 February 1970 would roll over to Monday 2 March; 'not a date' would read as day 0.
    expect(workingLate('1969-12-31', '1970-03-06', { holidays: ['1970-02-30', 'not a date', ''] })).toBe(47);
  });

  it('ignores holidays at a weekend, and leaves out one on a weekday', () => {
    // Fri 1 March 2024 → Mon 4 March: one working day.
    expect(workingLate('2024-03-01', '2024-03-04', { holidays: ['2024-03-02', '2024-03-03'] })).toBe(1);
    expect(workingLate('2024-03-01', '2024-03-05', { holidays: ['2024-03-02'] })).toBe(2);
    expect(workingLate('2024-03-01', '2024-03-05', { holidays: ['2024-03-03'] })).toBe(2);
    // Every day of a week: only the five weekdays come off.
    const week = ['2024-03-02', '2024-03-03', '2024-03-04', '2024-03-05', '2024-03-06', '2024-03-07', '2024-03-08'];
    expect(workingLate('2024-03-01', '2024-03-11', { holidays: week })).toBe(1);
    expect(workingLate('2024-03-01', '2024-03-04', { holidays: ['2024-03-04'] })).toBe(0);
    expect(workingLate('2024-03-01', '2024-03-08', { holidays: ['2024-03-08'] })).toBe(4);
  });

  it('takes the list in any order, and a date given twice once', () => {
    const list = ['2024-12-26', '2024-12-25', '2024-05-27', '2024-01-01', '2024-01-01', '2024-12-25'];
    // Fri 29 Dec 2023 → Wed 3 Jan 2024: 1, 2 and 3 January less New Year's Day.
    expect(workingLate('2023-12-29', '2024-01-03', { holidays: list })).toBe(2);
    // Mon 20 May → Fri 31 May 2024: 9 weekdays less 27 May.
    expect(workingLate('2024-05-20', '2024-05-31', { holidays: list })).toBe(8);
    // The whole of 2024: 262 weekdays less the four distinct holidays.
    expect(workingLate('2023-12-31', '2024-12-31', { holidays: list })).toBe(258);
    expect(workingLate('2023-12-31', '2024-12-31', { holidays: ['2024-01-01', '2024-01-01', '2024-01-01'] })).toBe(261);
  });

  it('counts a holiday on the due date as before it, and one on asOf as within', () => {
    // (Wed 25 Dec, Fri 27 Dec]: Boxing Day is a holiday, Friday is not.
    expect(workingLate('2024-12-25', '2024-12-27', { holidays: ['2024-12-25', '2024-12-26'] })).toBe(1);
    expect(workingLate('2024-12-24', '2024-12-26', { holidays: ['2024-12-25', '2024-12-26'] })).toBe(0);
    expect(workingLate('2024-12-27', '2024-12-24', { holidays: ['2024-12-25', '2024-12-26'] })).toBe(-1);
  });

  it('gives 0, not -0, on the due date itself', () => {
    expect(Object.is(workingLate('2024-03-04', '2024-03-04', { holidays: [] }), 0)).toBe(true);
    expect(Object.is(workingLate('2024-12-25', '2024-12-25'), 0)).toBe(true);
    expect(Object.is(figures({ timescale: by('2024-03-04') }, '2024-03-04', { workingDays: true }).daysToDeadline, 0)).toBe(true);
  });

  it('gives 0, not -0, when no working day lies between the due date and asOf', () => {
    // Due on Sunday 3 March 2024, judged on the Saturday before: no working day to spare.
    expect(Object.is(workingLate('2024-03-03', '2024-03-02'), 0)).toBe(true);
    expect(Object.is(figures({ timescale: by('2024-03-03') }, '2024-03-02', { workingDays: true }).daysToDeadline, 0)).toBe(true);
    // Due on Wednesday 1 January 2025, a bank holiday, judged on the Tuesday before.
    expect(Object.is(workingLate('2025-01-01', '2024-12-31'), 0)).toBe(true);
    expect(Object.is(_daysBetween(_dayCounter({ workingDays: true }), toDayNumber('2025-01-01'), toDayNumber('2024-12-31')), 0)).toBe(true);
    // One working day to spare is -1, as before.
    expect(workingLate('2024-03-04', '2024-03-02')).toBe(-1);
  });

  it('uses the list given, never the region’s bank holidays', () => {
    // Christmas 2024 with an empty list: every weekday counts.
    expect(workingLate('2024-12-20', '2024-12-31', { holidays: [] })).toBe(7);
    expect(workingLate('2024-12-20', '2024-12-31', { holidays: [], holidayRegion: 'scotland' })).toBe(7);
  });
});

describe('working days with a region: bank holidays computed as far as needed', () => {
  const day = toDayNumber;

  it('defaults to England and Wales', () => {
    // Easter Monday 2024 (1 April) is a bank holiday in England and Wales, not in Scotland.
    expect(workingLate('2024-03-29', '2024-04-02')).toBe(1);
    expect(workingLate('2024-03-29', '2024-04-02', { holidayRegion: 'scotland' })).toBe(2);
  });

  it('counts years before 1970 (negative day numbers) and 1970 like any other', () => {
    // New Year's Day 1969 (a Wednesday) and 1970 (a Thursday) by today's rules.
    expect(workingLate('1968-12-31', '1969-01-03')).toBe(2);
    expect(workingLate('1969-12-31', '1970-01-02')).toBe(1);
    expect(workingLate('1969-12-24', '1969-12-31')).toBe(3);
    // New Year's Day 1967 was a Sunday: Monday 2 January was the bank holiday, counted from 1 January.
    expect(workingLate('1967-01-01', '1967-01-06')).toBe(4);
    expect(workingLate('1967-01-01', '1967-01-02')).toBe(0);
  });

  it('extends the years it covers, forwards and backwards, on a counter kept across calls', () => {
    const counter = _dayCounter({ workingDays: true });
    // Covers 2024: Christmas and Boxing Day off.
    expect(_daysBetween(counter, day('2024-12-20'), day('2024-12-31'))).toBe(5);
    // To exactly 1 January 2025, a Wednesday and a bank holiday: the first day of a year not yet covered.
    expect(_daysBetween(counter, day('2024-12-31'), day('2025-01-01'))).toBe(0);
    // Further into 2025: Good Friday and Easter Monday (18 and 21 April).
    expect(_daysBetween(counter, day('2024-12-31'), day('2025-04-22'))).toBe(77);
    // Back into 2023: Christmas and Boxing Day 2023, New Year's Day 2024.
    expect(_daysBetween(counter, day('2023-12-22'), day('2024-01-02'))).toBe(4);
    // And everything covered so far still counts.
    expect(_daysBetween(counter, day('2023-12-22'), day('2025-04-22'))).toBe(334);
  });

  it('covers a year not yet covered when a call starts exactly at the end of what is covered', () => {
    const counter = _dayCounter({ workingDays: true });
    expect(_daysBetween(counter, day('2024-06-03'), day('2024-06-07'))).toBe(4);
    expect(_daysBetween(counter, day('2025-01-01'), day('2025-01-03'))).toBe(2);
    expect(_daysBetween(counter, day('2024-12-31'), day('2025-01-02'))).toBe(1);
    const fresh = _dayCounter({ workingDays: true });
    expect(_daysBetween(fresh, day('2024-12-31'), day('2025-01-02'))).toBe(1);
  });

  it('reaches the years of every figure of one item: slippage, days to deadline and baseline', () => {
    // Completed in 2024 against a 2024 date; asked in 2025 (its days to the deadline cross New Year).
    const item: TrackedItem = { timescale: by('2024-12-20'), status: 'complete', completedOn: '2024-12-31', baselineTimescale: by('2024-12-02') };
    const f = figures(item, '2025-01-03', { workingDays: true });
    expect(f.slippageDays).toBe(5);
    expect(f.daysToDeadline).toBe(-7);
    expect(f.baselineSlippageDays).toBe(19);
  });
});

describe('due dates of timescales with periods', () => {
  const range = (text: string, start: string | undefined, end: string | undefined, label?: string) => ({
    text,
    kind: 'range' as const,
    ...(start === undefined ? {} : { start }),
    ...(end === undefined ? {} : { end }),
    ...(label === undefined ? {} : { label }),
  });

  it('skips periods without an end, falling back to the timescale’s own end', () => {
    const item: TrackedItem = { timescale: { text: 'Phase 1, then phase 2 by end 2024', kind: 'range', end: '2024-12-31', periods: [range('Phase 1', '2024-01-01', undefined), range('Phase 2', undefined, undefined)] } };
    expect(slippage(deepFreeze(item), { asOf: '2024-12-01' })).toEqual({ days: -30, due: '2024-12-31', unit: 'calendar', complete: false });
    const noEnd: TrackedItem = { timescale: { text: 'Phase 1 and 2', kind: 'unknown', periods: [range('Phase 1', '2024-01-01', undefined)] } };
    expect(slippage(deepFreeze(noEnd), { asOf: '2024-12-01' })).toEqual({ days: null, reason: 'no due date in "Phase 1 and 2"', unit: 'calendar', complete: false });
  });

  it('skips a period without an end before one that has it', () => {
    const item: TrackedItem = { timescale: { text: 'TBC; Q1 2024', kind: 'range', periods: [range('TBC', undefined, undefined), range('Q1 2024', '2024-01-01', '2024-03-31')] } };
    expect(slippage(deepFreeze(item), { asOf: '2024-06-30' })).toEqual({ days: 91, due: '2024-03-31', period: 'Q1 2024', unit: 'calendar', complete: false });
  });

  it('takes the latest period once all are past, in whatever order they are listed', () => {
    const item: TrackedItem = { timescale: { text: 'Year 2; Year 1', kind: 'range', periods: [range('Aug 2009 – Apr 2010', '2009-08-01', '2010-04-30', 'Year 2'), range('Aug 2008 – Apr 2009', '2008-08-01', '2009-04-30', 'Year 1')] } };
    expect(slippage(deepFreeze(item), { asOf: '2011-01-01' })).toMatchObject({ due: '2010-04-30', period: 'Year 2' });
    // And the soonest one not yet past, in whatever order.
    expect(slippage(deepFreeze(item), { asOf: '2008-10-01' })).toMatchObject({ due: '2009-04-30', period: 'Year 1' });
    expect(slippage(deepFreeze(item), { asOf: '2009-06-01' })).toMatchObject({ due: '2010-04-30', period: 'Year 2' });
  });

  it('counts a period that ends on asOf as the current one', () => {
    const item: TrackedItem = { timescale: { text: 'Q1; Q2', kind: 'quarter', periods: [range('Q1', '2024-01-01', '2024-03-31'), range('Q2', '2024-04-01', '2024-06-30')] } };
    expect(slippage(deepFreeze(item), { asOf: '2024-03-31' })).toMatchObject({ days: 0, due: '2024-03-31', period: 'Q1' });
  });

  it('of periods ending the same day, takes the first listed', () => {
    const item: TrackedItem = { timescale: { text: 'both', kind: 'range', periods: [range('Strand A', '2024-01-01', '2024-06-30', 'A'), range('Strand B', '2024-04-01', '2024-06-30', 'B')] } };
    expect(slippage(deepFreeze(item), { asOf: '2024-05-01' })).toMatchObject({ due: '2024-06-30', period: 'A' });
    expect(slippage(deepFreeze(item), { asOf: '2024-08-01' })).toMatchObject({ due: '2024-06-30', period: 'A' });
    expect(figures(item, '2024-05-01').start).toBe('2024-01-01');
  });

  it('names the period by its label, else its text', () => {
    const labelled: TrackedItem = { timescale: { text: 'x', kind: 'range', periods: [range('Aug 2008 – Apr 2009', '2008-08-01', '2009-04-30', 'Year 3')] } };
    expect(figures(labelled, '2008-10-01').period).toBe('Year 3');
    const unlabelled: TrackedItem = { timescale: { text: 'x', kind: 'range', periods: [range('Aug 2008 – Apr 2009', '2008-08-01', '2009-04-30')] } };
    expect(figures(unlabelled, '2008-10-01').period).toBe('Aug 2008 – Apr 2009');
  });
});

describe('reasons for no due date', () => {
  const reason = (timescale: Timescale) => slippage(deepFreeze({ timescale }), { asOf: '2024-06-30' }).reason;

  it('says which kind of timescale has none', () => {
    expect(reason({ text: 'upon endorsement', kind: 'event', event: 'endorsement of this report' })).toBe('due on an event ("endorsement of this report"), no date');
    expect(reason({ text: 'upon endorsement', kind: 'event' })).toBe('due on an event ("upon endorsement"), no date');
    expect(reason({ text: 'six months after approval', kind: 'relative', relative: { amount: 6, unit: 'month' } })).toBe('"six months after approval" is relative to an unknown date');
    expect(reason({ text: 'Ongoing', kind: 'ongoing' })).toBe('ongoing ("Ongoing"), no due date');
    expect(reason({ text: '31 June 2024', kind: 'invalid' })).toBe('"31 June 2024" is not a real date');
    expect(reason({ text: 'Summer', kind: 'season' })).toBe('no due date in "Summer"');
  });

  it('says no due date was given when the timescale has no words either (from JSON)', () => {
    expect(reason({ kind: 'unknown' } as Timescale)).toBe('no due date given');
    expect(reason({ text: '', kind: 'unknown' })).toBe('no due date given');
  });
});

describe('the state of an item from updates in any order', () => {
  it('reads each field from the latest update that has it, whatever the order listed', () => {
    const item: TrackedItem = {
      timescale: by('2024-12-31'),
      updates: [
        { date: '2024-05-01', rag: 'amber' },
        { date: '2024-03-01', status: 'in-progress', rag: 'green', percentComplete: 40 },
        { date: '2024-04-01', percentComplete: 30 },
        { date: '2024-02-01', status: 'not-started', rag: 'red', percentComplete: 0 },
      ],
    };
    const f = figures(item, '2024-06-01');
    expect(f).toMatchObject({ status: 'in-progress', rag: 'amber', percentComplete: 30, lastUpdate: '2024-05-01', daysSinceUpdate: 31 });
    // Updates after asOf do not count.
    expect(figures(item, '2024-03-15')).toMatchObject({ status: 'in-progress', rag: 'green', percentComplete: 40, lastUpdate: '2024-03-01', daysSinceUpdate: 14 });
    expect(figures({ updates: [{ date: '2024-05-01' }, { date: '2024-03-01' }] }, '2024-06-01').lastUpdate).toBe('2024-05-01');
  });

  it('of updates the same day, takes the one listed last', () => {
    const item: TrackedItem = {
      updates: [
        { date: '2024-03-01', status: 'not-started', rag: 'red', percentComplete: 10 },
        { date: '2024-03-01', status: 'in-progress', rag: 'amber', percentComplete: 20 },
      ],
    };
    expect(figures(item, '2024-06-01')).toMatchObject({ status: 'in-progress', rag: 'amber', percentComplete: 20 });
  });

  it('takes the re-dating of the latest update, whatever the order listed', () => {
    const item: TrackedItem = {
      timescale: by('2024-03-31'),
      updates: [
        { date: '2024-05-01', revisedTimescale: by('2024-12-31') },
        { date: '2024-03-20', revisedTimescale: by('2024-06-30') },
        { date: '2024-04-01', status: 'in-progress' },
      ],
    };
    expect(figures(item, '2024-06-01')).toMatchObject({ due: '2024-12-31', baselineDue: '2024-03-31' });
    expect(figures(item, '2024-04-01')).toMatchObject({ due: '2024-06-30', baselineDue: '2024-03-31' });
  });

  it('of two re-datings the same day, takes the one listed last', () => {
    const item: TrackedItem = {
      timescale: by('2024-03-31'),
      updates: [
        { date: '2024-03-20', revisedTimescale: by('2024-06-30') },
        { date: '2024-03-20', revisedTimescale: by('2024-09-30') },
      ],
    };
    expect(figures(item, '2024-04-01')).toMatchObject({ due: '2024-09-30', baselineDue: '2024-03-31' });
  });

  it('with updates that re-date nothing, keeps the item’s timescale and baseline', () => {
    const item: TrackedItem = { timescale: by('2024-06-30'), baselineTimescale: by('2024-03-31'), updates: [{ date: '2024-02-01', status: 'in-progress' }] };
    expect(figures(item, '2024-07-01')).toMatchObject({ due: '2024-06-30', slippageDays: 1, baselineDue: '2024-03-31', baselineSlippageDays: 92 });
  });

  it('counts the item’s own fields only from its latest update on, that day included', () => {
    const item: TrackedItem = {
      status: 'complete',
      rag: 'green',
      percentComplete: 100,
      updates: [
        { date: '2024-06-01', status: 'complete' },
        { date: '2024-01-01', status: 'in-progress', rag: 'amber', percentComplete: 50 },
      ],
    };
    expect(figures(item, '2024-03-01')).toMatchObject({ status: 'in-progress', rag: 'amber', percentComplete: 50, complete: false });
    expect(figures(item, '2024-06-01')).toMatchObject({ status: 'complete', rag: 'green', percentComplete: 100, complete: true });
    const same: TrackedItem = { status: 'complete', updates: [{ date: '2024-06-01', status: 'in-progress' }] };
    expect(figures(same, '2024-06-01').status).toBe('complete');
  });
});

describe('completion', () => {
  it('dates completion by the first update that says so: status, blue or 100%', () => {
    const due = by('2024-03-31');
    expect(figures({ timescale: due, updates: [{ date: '2024-03-20', status: 'complete' }] }, '2024-06-30')).toMatchObject({ complete: true, completedOn: '2024-03-20', slippageDays: -11 });
    expect(figures({ timescale: due, updates: [{ date: '2024-03-21', rag: 'blue' }] }, '2024-06-30')).toMatchObject({ complete: true, completedOn: '2024-03-21', slippageDays: -10 });
    expect(figures({ timescale: due, updates: [{ date: '2024-03-22', percentComplete: 100 }] }, '2024-06-30')).toMatchObject({ complete: true, completedOn: '2024-03-22', slippageDays: -9 });
    // 99% does not finish it; an update without a status, RAG or percentage does not date it.
    expect(figures({ timescale: due, status: 'complete', updates: [{ date: '2024-03-01', percentComplete: 99 }, { date: '2024-03-02' }] }, '2024-06-30')).toMatchObject({
      complete: true,
      completedOn: null,
      slippageDays: null,
    });
    // Several say so: the first, in whatever order listed.
    const twice: TrackedItem = { timescale: due, updates: [{ date: '2024-04-10', status: 'complete' }, { date: '2024-04-02', rag: 'blue' }, { date: '2024-04-05', percentComplete: 100 }] };
    expect(figures(twice, '2024-06-30')).toMatchObject({ complete: true, completedOn: '2024-04-02', slippageDays: 2 });
  });

  it('takes done: true as complete when no status says otherwise', () => {
    expect(figures({ timescale: by('2024-03-31'), done: true }, '2024-06-30')).toMatchObject({ status: 'complete', complete: true, percentComplete: 100 });
    expect(figures({ timescale: by('2024-03-31'), done: false }, '2024-06-30')).toMatchObject({ status: null, complete: false, percentComplete: null });
    expect(figures({ timescale: by('2024-03-31'), done: true, status: 'in-progress' }, '2024-06-30')).toMatchObject({ status: 'in-progress', complete: false });
    // Until its latest update, the update's word counts.
    expect(figures({ done: true, updates: [{ date: '2024-05-01', status: 'in-progress' }] }, '2024-04-01')).toMatchObject({ status: null, complete: false });
  });

  it('completes an item on its completedOn, that day included, unless withdrawn', () => {
    const due = by('2024-03-31');
    for (const status of [undefined, 'in-progress', 'not-started'] as const) {
      const item: TrackedItem = { timescale: due, completedOn: '2024-04-10', ...(status === undefined ? {} : { status }) };
      expect(figures(item, '2024-04-10')).toMatchObject({ status: 'complete', complete: true, completedOn: '2024-04-10', slippageDays: 10 });
    }
    for (const status of ['cancelled', 'deferred', 'superseded', 'on-hold', 'pending', 'ongoing'] as const) {
      expect(figures({ timescale: due, completedOn: '2024-04-10', status }, '2024-06-30')).toMatchObject({ status, complete: false, completedOn: '2024-04-10' });
    }
    expect(figures({ timescale: due, completedOn: '2024-04-10', status: 'complete' }, '2024-04-10')).toMatchObject({ status: 'complete', complete: true });
  });

  it('before its completedOn, a complete item is in progress, and another status stays', () => {
    const due = by('2024-03-31');
    expect(figures({ timescale: due, completedOn: '2024-04-10', status: 'complete' }, '2024-04-09')).toMatchObject({ status: 'in-progress', complete: false, completedOn: null, slippageDays: 9 });
    expect(figures({ timescale: due, completedOn: '2024-04-10', status: 'cancelled' }, '2024-04-09')).toMatchObject({ status: 'cancelled', complete: false });
    expect(figures({ timescale: due, completedOn: '2024-04-10', status: 'not-started' }, '2024-04-09')).toMatchObject({ status: 'not-started', complete: false, percentComplete: 0 });
    expect(figures({ timescale: due, completedOn: '2024-04-10' }, '2024-04-09')).toMatchObject({ status: null, complete: false });
  });

  it('has no baseline slippage when complete on an unknown date', () => {
    const item: TrackedItem = { timescale: by('2024-06-30'), baselineTimescale: by('2024-03-31'), status: 'complete' };
    expect(figures(item, '2024-07-31')).toMatchObject({ complete: true, baselineDue: '2024-03-31', baselineSlippageDays: null, slippageDays: null });
    expect(slippage(deepFreeze(item), { asOf: '2024-07-31' }).baseline).toBeUndefined();
  });

  it('has no baseline due date when the baseline has none', () => {
    const item: TrackedItem = { timescale: by('2024-06-30'), baselineTimescale: { text: 'Ongoing', kind: 'ongoing' } };
    expect(figures(item, '2024-07-31')).toMatchObject({ baselineDue: null, baselineSlippageDays: null, slippageDays: 31 });
  });
});

describe('unit and the figures of an invalid item', () => {
  it('says working when counting working days', () => {
    expect(figures({ timescale: by('2024-03-31') }, '2024-04-05', { workingDays: true }).unit).toBe('working');
    expect(figures({}, '2024-04-05', { workingDays: true }).unit).toBe('working');
    expect(figures({}, '2024-04-05').unit).toBe('calendar');
  });

  it('gives an invalid item empty figures at asOf', () => {
    const r = ragStatus({ timescale: { text: 'x', kind: 'date', end: '31/03/2024' } }, { asOf: '2024-04-05' });
    expect(r.status).toBe('invalid-item');
    // The same figures as a measured item, all empty (null) but these.
    expect(Object.keys(r.figures).sort()).toEqual(Object.keys(figures({}, '2024-04-05')).sort());
    const set = Object.fromEntries(Object.entries(r.figures).filter(([, v]) => v !== null));
    expect(set).toEqual({ asOf: '2024-04-05', unit: 'calendar', complete: false, hasDeadline: false, milestonesMissed: 0 });
  });
});

describe('time elapsed and schedule performance', () => {
  const window = (start: string, end: string): Timescale => ({ text: `${start} – ${end}`, kind: 'range', start, end });

  it('is the share of the window gone, held to 0–100', () => {
    expect(figures({ timescale: window('2024-01-01', '2024-01-31'), percentComplete: 25 }, '2024-01-16')).toMatchObject({ percentTimeElapsed: 50, schedulePerformance: 50 });
    expect(figures({ timescale: window('2024-01-01', '2024-01-31'), percentComplete: 25 }, '2023-12-01')).toMatchObject({ percentTimeElapsed: 0, schedulePerformance: null });
    expect(figures({ timescale: window('2024-01-01', '2024-01-31'), percentComplete: 25 }, '2024-01-01')).toMatchObject({ percentTimeElapsed: 0, schedulePerformance: null });
    expect(figures({ timescale: window('2024-01-01', '2024-01-31'), percentComplete: 25 }, '2024-03-01')).toMatchObject({ percentTimeElapsed: 100, schedulePerformance: 25 });
    // With no percentage reported there is no schedule performance.
    expect(figures({ timescale: window('2024-01-01', '2024-01-31') }, '2024-01-16')).toMatchObject({ percentTimeElapsed: 50, schedulePerformance: null });
    // The start may come from startedOn.
    expect(figures({ timescale: by('2024-01-31'), startedOn: '2024-01-01', percentComplete: 10 }, '2024-01-07')).toMatchObject({ percentTimeElapsed: 20, schedulePerformance: 50 });
  });

  it('is all or nothing when the window has no length: 100 from the due date on', () => {
    const oneDay: TrackedItem = { timescale: window('2024-01-31', '2024-01-31'), percentComplete: 50 };
    expect(figures(oneDay, '2024-01-31')).toMatchObject({ percentTimeElapsed: 100, schedulePerformance: 50 });
    expect(figures(oneDay, '2024-01-30')).toMatchObject({ percentTimeElapsed: 0, schedulePerformance: null });
    expect(figures(oneDay, '2024-02-01')).toMatchObject({ percentTimeElapsed: 100 });
    // Started after the due date.
    const late: TrackedItem = { timescale: by('2024-01-31'), startedOn: '2024-02-10', percentComplete: 50 };
    expect(figures(late, '2024-01-20')).toMatchObject({ percentTimeElapsed: 0, schedulePerformance: null });
    expect(figures(late, '2024-01-31')).toMatchObject({ percentTimeElapsed: 100 });
    expect(figures(late, '2024-02-05')).toMatchObject({ percentTimeElapsed: 100 });
  });

  it('is cleared for an item without a start when the figures object is reused (as rollUp does)', () => {
    const scratch = _newScratch();
    const f = _newFigures('2024-01-16');
    const counter = _dayCounter({});
    const asOfDay = toDayNumber('2024-01-16');
    _measure(deepFreeze({ timescale: window('2024-01-01', '2024-01-31'), percentComplete: 25 }), '2024-01-16', asOfDay, counter, scratch, f);
    expect(f).toMatchObject({ percentTimeElapsed: 50, schedulePerformance: 50 });
    expect(scratch.startDay).toBe(toDayNumber('2024-01-01'));
    _measure(deepFreeze({ timescale: by('2024-01-31'), percentComplete: 25 }), '2024-01-16', asOfDay, counter, scratch, f);
    expect(f).toMatchObject({ due: '2024-01-31', percentTimeElapsed: null, schedulePerformance: null });
    expect(scratch.startDay).toBeNaN();
    _measure(deepFreeze({ timescale: window('2024-01-01', '2024-01-31'), percentComplete: 25 }), '2024-01-16', asOfDay, counter, scratch, f);
    _measure(deepFreeze({ timescale: { text: 'Ongoing', kind: 'ongoing' } }), '2024-01-16', asOfDay, counter, scratch, f);
    expect(f).toMatchObject({ due: null, slippageDays: null, daysToDeadline: null, percentTimeElapsed: null, schedulePerformance: null });
  });
});

describe('milestones missed', () => {
  const ms = (text: string, end: string | undefined, more: { done?: boolean; completedOn?: string } = {}) => ({ text, ...(end === undefined ? {} : { timescale: by(end) }), ...more });

  it('counts those past due and not done by asOf', () => {
    const item: TrackedItem = {
      milestones: [
        ms('past, open', '2024-03-31'),
        ms('past, done', '2024-03-31', { done: true }),
        ms('past, done flag false', '2024-03-31', { done: false }),
        ms('past, completed before asOf', '2024-03-31', { completedOn: '2024-04-20' }),
        ms('past, completed on asOf', '2024-03-31', { completedOn: '2024-05-01' }),
        ms('past, completed after asOf', '2024-03-31', { completedOn: '2024-05-02' }),
        ms('due on asOf', '2024-05-01'),
        ms('due later', '2024-06-30'),
        ms('no date', undefined),
      ],
    };
    // Open, done: false, and completed after asOf.
    expect(figures(item, '2024-05-01').milestonesMissed).toBe(3);
    expect(figures(item, '2024-05-02').milestonesMissed).toBe(3);
    expect(figures(item, '2024-05-03').milestonesMissed).toBe(3);
    expect(figures(item, '2024-03-31').milestonesMissed).toBe(0);
  });

  it('does not count a past milestone marked done, nor miss one whose done flag is false', () => {
    // Each flag on its own, so swapping which flag counts as done changes the figure.
    expect(figures({ milestones: [ms('a', '2024-03-31', { done: true }), ms('b', '2024-02-29', { done: true })] }, '2024-05-01').milestonesMissed).toBe(0);
    expect(figures({ milestones: [ms('a', '2024-03-31', { done: false }), ms('b', '2024-02-29', { done: false })] }, '2024-05-01').milestonesMissed).toBe(2);
  });
});
