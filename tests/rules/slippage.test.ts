import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS, slippage } from '../../src/index.js';
import type { TrackedItem } from '../../src/index.js';
import { deepFreeze, R4, rspe } from './fixtures.js';

describe('slippage', () => {
  it('seed 000 R4 ("by 31 March 2006") is 91 days late on 2006-06-30', () => {
    expect(slippage(R4, { asOf: '2006-06-30' })).toEqual({ days: 91, due: '2006-03-31', unit: 'calendar', complete: false });
  });

  it('counts working days, less England & Wales bank holidays, when asked', () => {
    // 13 weeks of weekdays (65) less Good Friday, Easter Monday, 1 May and 29 May 2006.
    expect(slippage(R4, { asOf: '2006-06-30', workingDays: true }).days).toBe(61);
    // The caller can replace the holidays.
    expect(slippage(R4, { asOf: '2006-06-30', workingDays: true, holidays: [] }).days).toBe(65);
    // Days to spare are negative in working days too: Fri 24 Mar → Fri 31 Mar is 5 working days.
    expect(slippage(R4, { asOf: '2006-03-24', workingDays: true }).days).toBe(-5);
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toContain('2006-04-14');
  });

  it('seed 001 action 1 (April 2008 – December 2008) is not late on 2008-10-01', () => {
    const s = slippage(rspe('1'), { asOf: '2008-10-01' });
    expect(s.due).toBe('2008-12-31');
    expect(s.days).toBe(-91);
  });

  it('action 6 with two periods (Year 3 / Year 4) uses the current period', () => {
    const a6 = rspe('6');
    expect(slippage(a6, { asOf: '2008-10-01' })).toMatchObject({ due: '2009-04-30', period: 'Year 3', days: -211 });
    // Between the two years the next period counts.
    expect(slippage(a6, { asOf: '2009-06-01' })).toMatchObject({ due: '2010-04-30', period: 'Year 4' });
    // After both, the last one.
    expect(slippage(a6, { asOf: '2010-06-01' })).toMatchObject({ due: '2010-04-30', period: 'Year 4', days: 32 });
  });

  it('measures a complete item to its completion date, not asOf', () => {
    const done = deepFreeze({ ...R4, status: 'complete' as const, completedOn: '2006-04-10' });
    expect(slippage(done, { asOf: '2007-01-01' })).toMatchObject({ days: 10, complete: true });
    // Before the completion date it was not yet complete.
    expect(slippage(done, { asOf: '2006-04-05' })).toMatchObject({ days: 5, complete: false });
    // The date of the update that marked it complete serves as its completion date.
    const updated = deepFreeze({ ...R4, updates: [{ date: '2006-03-28', status: 'complete' as const }] });
    expect(slippage(updated, { asOf: '2006-06-30' })).toMatchObject({ days: -3, complete: true });
    // Complete, but when is not known: slippage cannot be known either.
    expect(slippage({ ...R4, status: 'complete' }, { asOf: '2006-06-30' })).toEqual({
      days: null,
      due: '2006-03-31',
      reason: 'complete, but the completion date is not known',
      unit: 'calendar',
      complete: true,
    });
  });

  it('measures a re-dated item against the new date and its original baseline', () => {
    const redated: TrackedItem = deepFreeze({
      timescale: { text: 'by 31 March 2006', kind: 'date', end: '2006-03-31' },
      updates: [
        {
          date: '2006-03-20',
          revisedTimescale: { text: 'by 30 September 2006', kind: 'date', end: '2006-09-30' },
          reason: 'Slipped: new date and reason required',
        },
      ],
    });
    expect(slippage(redated, { asOf: '2006-06-30' })).toMatchObject({ days: -92, due: '2006-09-30', baseline: { due: '2006-03-31', days: 91 } });
    // Before the revision, the original date was the current one.
    expect(slippage(redated, { asOf: '2006-03-10' })).toMatchObject({ days: -21, due: '2006-03-31' });
    expect(slippage(redated, { asOf: '2006-03-10' }).baseline).toBeUndefined();
    // baselineTimescale on the item works too.
    const withBaseline = deepFreeze({ ...R4, timescale: { text: 'by June 2006', kind: 'month' as const, end: '2006-06-30' }, baselineTimescale: R4.timescale });
    expect(slippage(withBaseline, { asOf: '2006-06-30' })).toMatchObject({ days: 0, baseline: { due: '2006-03-31', days: 91 } });
  });

  it('gives null with a reason where there is no due date', () => {
    const ongoing = slippage({ timescale: { text: 'Continuation', kind: 'ongoing' } }, { asOf: '2008-10-01' });
    expect(ongoing).toMatchObject({ days: null, reason: 'ongoing ("Continuation"), no due date' });
    const event = slippage({ timescale: { text: 'upon endorsement of this report', kind: 'event', event: 'endorsement of this report' } }, { asOf: '2006-06-30' });
    expect(event.days).toBeNull();
    expect(event.reason).toContain('endorsement of this report');
    expect(slippage({ timescale: { text: 'TBC', kind: 'unknown' } }, { asOf: '2006-06-30' }).reason).toBe('no due date in "TBC"');
    expect(slippage({ timescale: { text: '31 June 2006', kind: 'invalid' } }, { asOf: '2006-06-30' }).reason).toBe('"31 June 2006" is not a real date');
    expect(slippage({}, { asOf: '2006-06-30' })).toMatchObject({ days: null, reason: 'no timescale given' });
  });

  it('throws only on programmer misuse: an asOf that is not a real date', () => {
    expect(() => slippage(R4, { asOf: '2006-06-31' })).toThrow(RangeError);
    expect(() => slippage(R4, { asOf: '30/06/2006' })).toThrow(/expected a real calendar date/);
  });

  it('gives the same answer under any TZ', () => {
    const before = process.env.TZ;
    const results = ['UTC', 'Europe/London', 'Pacific/Kiritimati', 'America/Los_Angeles'].map((tz) => {
      process.env.TZ = tz;
      return [slippage(R4, { asOf: '2006-06-30', workingDays: true }), slippage(rspe('6'), { asOf: '2009-03-29' })];
    });
    process.env.TZ = before;
    for (const r of results) expect(r).toEqual(results[0]);
  });
});
