import { describe, expect, it } from 'vitest';
import { indicatorStatus } from '../../src/index.js';
import type { Indicator } from '../../src/index.js';
import { deepFreeze, LEARNING_EVENTS } from './fixtures.js';

const events = (values: { date: string; value: number }[]): Indicator =>
  deepFreeze({ ...LEARNING_EVENTS, actuals: values.map((v) => ({ period: '2008/09', ...v })) });

describe('indicatorStatus', () => {
  it('seed 001 action 9: "Four learning opportunities/events by March 2009" is a target of 4 due 2009-03-31', () => {
    expect(indicatorStatus(LEARNING_EVENTS, { asOf: '2008-10-01' })).toMatchObject({ status: 'not-due', rule: 'not-due' });
    expect(indicatorStatus(LEARNING_EVENTS, { asOf: '2009-04-30' })).toMatchObject({ status: 'no-data' });
    // Two held by December: short, but not yet due.
    const two = events([{ date: '2008-12-31', value: 2 }]);
    expect(indicatorStatus(two, { asOf: '2009-01-15' })).toMatchObject({ status: 'not-due', reason: '2 against a target of 4 (50% short) so far; due 2009-03-31' });
    // Four by March: green.
    const four = events([{ date: '2009-03-31', value: 4 }]);
    expect(indicatorStatus(four, { asOf: '2009-04-30' })).toMatchObject({ status: 'green', rule: 'on-target' });
    // Three by March: 25% short, nothing earlier to compare → red.
    const three = events([{ date: '2009-03-31', value: 3 }]);
    expect(indicatorStatus(three, { asOf: '2009-04-30' })).toMatchObject({
      status: 'red',
      rule: 'off-target',
      reason: '3 against a target of 4 (25% short) for 2008/09, no earlier figure to compare',
    });
    // An actual dated after asOf does not count.
    expect(indicatorStatus(four, { asOf: '2009-03-30' }).status).toBe('not-due');
  });

  it('within 10% is green; further off but improved on the same period last year is amber', () => {
    const rate: Indicator = deepFreeze({
      id: 'bme-staff',
      title: 'BME staff, % of workforce',
      unit: '%',
      direction: 'higher',
      baseline: 8,
      actuals: [
        { period: '2007/08', date: '2008-03-31', value: 8.2 },
        { period: '2008/09', date: '2009-03-31', value: 9.5 },
      ],
      targets: [
        { period: '2007/08', value: 9 },
        { period: '2008/09', value: 12 },
      ],
    });
    expect(indicatorStatus(rate, { asOf: '2008-06-30' })).toMatchObject({ status: 'green', rule: 'within-tolerance' });
    const r = indicatorStatus(rate, { asOf: '2009-06-30' });
    expect(r).toMatchObject({ status: 'amber', rule: 'improved' });
    expect(r.figures).toMatchObject({ actual: 9.5, target: 12, previous: 8.2, previousSource: 'last-year' });
    expect(indicatorStatus(rate, { asOf: '2009-06-30', rule: { amberWhenImproved: false } }).status).toBe('red');
    expect(indicatorStatus(rate, { asOf: '2009-06-30', rule: { tolerancePercent: 25 } }).status).toBe('green');
  });

  it('handles lower-is-better indicators and the baseline fallback', () => {
    const complaints: Indicator = deepFreeze({
      id: 'complaints',
      title: 'Discrimination complaints',
      direction: 'lower',
      baseline: 30,
      target: 10,
      actuals: [{ period: '2009/10', date: '2010-03-31', value: 20 }],
    });
    expect(indicatorStatus(complaints, { asOf: '2010-04-30' })).toMatchObject({ status: 'amber', rule: 'improved' });
    expect(indicatorStatus(complaints, { asOf: '2010-04-30' }).reason).toBe('20 against a target of 10 (100% over) for 2009/10, improved on the baseline of 30');
  });

  it('gives no-target and invalid-rule results instead of throwing', () => {
    expect(indicatorStatus({ id: 'x', title: 'x', direction: 'higher', actuals: [{ period: 'Q1', value: 3 }] }, { asOf: '2009-01-01' }).status).toBe('no-target');
    const bad = indicatorStatus(LEARNING_EVENTS, { asOf: '2009-01-01', rule: { tolerancePercent: -5 } });
    expect(bad.status).toBe('invalid-rule');
    expect(bad.diagnostics[0]?.code).toBe('invalid-indicator-rule');
    expect(() => indicatorStatus(LEARNING_EVENTS, { asOf: 'March 2009' })).toThrow(RangeError);
  });
});
