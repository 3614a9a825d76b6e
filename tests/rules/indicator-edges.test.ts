/**
 * Edges of indicatorStatus that tests/rules/indicatorStatus.test.ts leaves
 * open, found by mutation testing (bench/results/mutation.md): which actual
 * is the latest, which one counts as "a year earlier" (within 45 days of a
 * year before), the tolerance and due-date boundaries, a target of 0,
 * lower-is-better wording, and the messages of an invalid indicator or rule.
 * Each test asserts the status and the sentence a reader is shown.
 */
import { describe, expect, it } from 'vitest';
import { indicatorStatus } from '../../src/index.js';
import type { Indicator, IndicatorStatusResult } from '../../src/index.js';
import { deepFreeze } from './fixtures.js';

type Actual = Indicator['actuals'][number];

/** A higher-is-better indicator with a target of 10 and the given actuals. */
const indicator = (actuals: Actual[], extra: Partial<Indicator> = {}): Indicator =>
  deepFreeze({ id: 'i', title: 'Indicator', direction: 'higher', target: 10, actuals, ...extra });
const judge = (i: Indicator, asOf: string, rule?: { tolerancePercent?: number; amberWhenImproved?: boolean }): IndicatorStatusResult =>
  indicatorStatus(i, rule === undefined ? { asOf } : { asOf, rule });

describe('the latest actual', () => {
  it('is the one with the latest date on or before asOf, in any order', () => {
    const i = indicator([
      { period: '2008/09', date: '2009-03-31', value: 10 },
      { period: '2006/07', date: '2007-03-31', value: 2 },
      { period: '2007/08', date: '2008-03-31', value: 5 },
    ]);
    expect(judge(i, '2009-03-31').figures).toMatchObject({ actual: 10, period: '2008/09' });
    expect(judge(i, '2009-03-30').figures).toMatchObject({ actual: 5, period: '2007/08' });
    expect(judge(i, '2008-03-31').figures).toMatchObject({ actual: 5, period: '2007/08' });
  });

  it('is a dated one over an undated one listed before it', () => {
    const i = indicator([
      { period: 'undated', value: 1 },
      { period: '2008/09', date: '2009-03-31', value: 10 },
    ]);
    expect(judge(i, '2009-04-01')).toMatchObject({ status: 'green', rule: 'on-target', figures: { actual: 10, period: '2008/09' } });
  });

  it('of two on the same date, is the one listed later', () => {
    const i = indicator([
      { period: 'first', date: '2009-03-31', value: 1 },
      { period: 'corrected', date: '2009-03-31', value: 10 },
    ]);
    expect(judge(i, '2009-04-01')).toMatchObject({ status: 'green', rule: 'on-target', figures: { actual: 10, period: 'corrected' } });
  });

  it('counts an undated actual at any date, before any dated one', () => {
    const i = indicator([
      { period: 'dated', date: '2009-03-31', value: 10 },
      { period: 'undated', value: 3 },
    ]);
    expect(judge(i, '2009-04-01').figures.period).toBe('dated');
    expect(judge(i, '1990-01-01').figures.period).toBe('undated');
  });
});

describe('the figure a year earlier', () => {
  const latest: Actual = { period: '2008/09', date: '2009-03-31', value: 5 };

  it('is the actual closest to a year before, within 45 days either way', () => {
    // A year before 2009-03-31 is 2008-03-31: 2008-05-15 is 45 days after it, 2008-02-15 45 days before.
    const after = judge(indicator([latest, { period: 'then', date: '2008-05-15', value: 4 }]), '2009-04-01');
    expect(after).toMatchObject({ status: 'amber', rule: 'improved', figures: { previous: 4, previousSource: 'last-year' } });
    expect(after.reason).toBe('5 against a target of 10 (50% short) for 2008/09, improved on 4 a year earlier');
    expect(judge(indicator([latest, { period: 'then', date: '2008-02-15', value: 4 }]), '2009-04-01').figures.previous).toBe(4);
    // The closer of two wins, whichever is listed first.
    const two = [
      { period: 'far', date: '2008-05-01', value: 6 },
      { period: 'near', date: '2008-04-02', value: 4 },
    ];
    expect(judge(indicator([latest, ...two]), '2009-04-01').figures.previous).toBe(4);
    expect(judge(indicator([latest, ...[...two].reverse()]), '2009-04-01').figures.previous).toBe(4);
  });

  it('is not one 46 days off, nor an undated one: then the baseline, or nothing', () => {
    const none = judge(indicator([latest, { period: 'then', date: '2008-05-16', value: 4 }, { period: 'undated', value: 1 }]), '2009-04-01');
    expect(none).toMatchObject({ status: 'red', rule: 'off-target', figures: { previous: null, previousSource: null } });
    expect(none.reason).toBe('5 against a target of 10 (50% short) for 2008/09, no earlier figure to compare');
    const base = judge(indicator([latest, { period: 'then', date: '2008-02-14', value: 4 }], { baseline: 7 }), '2009-04-01');
    expect(base).toMatchObject({ status: 'red', rule: 'off-target', figures: { previous: 7, previousSource: 'baseline' } });
    expect(base.reason).toBe('5 against a target of 10 (50% short) for 2008/09, not improved on the baseline of 7');
  });

  it('is not looked for when the latest actual has no date', () => {
    const r = judge(indicator([{ period: 'undated', value: 5 }, { period: 'then', date: '2008-03-31', value: 4 }]), '1990-01-01');
    expect(r.figures).toMatchObject({ period: 'undated', previous: null });
  });

  it('an equal figure is not an improvement, in either direction', () => {
    const higher = judge(indicator([latest], { baseline: 5 }), '2009-04-01');
    expect(higher).toMatchObject({ status: 'red', rule: 'off-target' });
    expect(higher.reason).toMatch(/, not improved on the baseline of 5$/);
    const lower = judge(indicator([{ ...latest, value: 20 }], { direction: 'lower', baseline: 20 }), '2009-04-01');
    expect(lower).toMatchObject({ status: 'red', rule: 'off-target' });
    // Lower is better: 18 improves on 20, 22 does not.
    expect(judge(indicator([{ ...latest, value: 18 }], { direction: 'lower', baseline: 20 }), '2009-04-01').rule).toBe('improved');
    expect(judge(indicator([{ ...latest, value: 22 }], { direction: 'lower', baseline: 20 }), '2009-04-01').rule).toBe('off-target');
  });
});

describe('on target, within tolerance, off target', () => {
  const at = (value: number, extra: Partial<Indicator> = {}) => indicator([{ period: 'P', date: '2009-03-31', value }], extra);

  it('is green within the tolerance, its boundary included, and says by how much', () => {
    expect(judge(at(9), '2009-04-01')).toMatchObject({ status: 'green', rule: 'within-tolerance', reason: '9 against a target of 10 (10% short) for P, within 10%' });
    expect(judge(at(8.9), '2009-04-01')).toMatchObject({ status: 'red', rule: 'off-target', figures: { offPercent: expect.closeTo(11, 6) } });
    expect(judge(at(8.9), '2009-04-01').reason).toBe('8.9 against a target of 10 (11% short) for P, no earlier figure to compare');
    expect(judge(at(10.5), '2009-04-01')).toMatchObject({ status: 'green', rule: 'on-target', reason: '10.5 against a target of 10 for P, on target', figures: { offPercent: 0 } });
    expect(judge(at(7.75), '2009-04-01', { tolerancePercent: 22.5 }).reason).toBe('7.8 against a target of 10 (22.5% short) for P, within 22.5%');
  });

  it('says "over" where lower is better', () => {
    expect(judge(at(11, { direction: 'lower' }), '2009-04-01').reason).toBe('11 against a target of 10 (10% over) for P, within 10%');
    expect(judge(at(9, { direction: 'lower' }), '2009-04-01')).toMatchObject({ status: 'green', rule: 'on-target' });
  });

  it('measures the shortfall against the size of a negative target', () => {
    // Lower is better, target -10: -8 is 2 over, 20% of 10.
    expect(judge(at(-8, { direction: 'lower', target: -10 }), '2009-04-01')).toMatchObject({ status: 'red', figures: { offPercent: 20 } });
  });

  it('gives any figure above a lower-is-better target of 0 as off target, not a percentage', () => {
    const r = judge(at(3, { direction: 'lower', target: 0 }), '2009-04-01');
    expect(r).toMatchObject({ status: 'red', rule: 'off-target', reason: '3 against a target of 0 (off target) for P, no earlier figure to compare' });
    expect(r.figures.offPercent).toBe(Number.POSITIVE_INFINITY);
    expect(judge(at(0, { direction: 'lower', target: 0 }), '2009-04-01').rule).toBe('on-target');
  });

  it('uses the target for the actual period before the overall one', () => {
    const i = at(9, { target: 20, targets: [{ period: 'P', value: 9 }] });
    expect(judge(i, '2009-04-01')).toMatchObject({ status: 'green', rule: 'on-target', figures: { target: 9 } });
    expect(judge(at(9, { target: undefined, targets: [{ period: 'Q', value: 9 }] }), '2009-04-01')).toMatchObject({
      status: 'no-target',
      reason: '9 for P, but no target',
      figures: { target: null, actual: 9 },
    });
  });
});

describe('the due date', () => {
  it('with nothing reported: not due up to the due date itself, then no data', () => {
    const i = indicator([], { due: '2009-03-31', target: 4 });
    expect(judge(i, '2009-03-31')).toMatchObject({ status: 'not-due', reason: 'nothing reported yet; target 4 due 2009-03-31', figures: { target: 4, due: '2009-03-31' } });
    expect(judge(i, '2009-04-01')).toMatchObject({ status: 'no-data', reason: 'no actual reported by 2009-04-01', figures: { target: 4 } });
    expect(judge(indicator([], { due: '2009-03-31', target: undefined }), '2009-01-01').reason).toBe('nothing reported yet; target unknown due 2009-03-31');
    expect(judge(indicator([]), '2009-01-01')).toMatchObject({ status: 'no-data', figures: { target: 10, due: null } });
  });

  it('with an actual off target: not due before the due date, judged on it', () => {
    const i = indicator([{ period: 'so far', date: '2009-01-31', value: 2 }], { due: '2009-03-31' });
    expect(judge(i, '2009-03-30').status).toBe('not-due');
    expect(judge(i, '2009-03-31')).toMatchObject({ status: 'red', rule: 'off-target' });
  });

  it('is not waited for when the actual period has its own target', () => {
    const i = indicator([{ period: 'Q1', date: '2009-01-31', value: 2 }], { due: '2009-03-31', targets: [{ period: 'Q1', value: 4 }] });
    expect(judge(i, '2009-02-01')).toMatchObject({ status: 'red', rule: 'off-target', reason: '2 against a target of 4 (50% short) for Q1, no earlier figure to compare' });
  });
});

describe('an invalid indicator or rule', () => {
  it('names the field of the indicator, and leaves the figures empty', () => {
    const r = indicatorStatus({ id: 'i', title: 'I', actuals: [{ period: 'Q1', value: '3' }] } as never, { asOf: '2009-01-01' });
    expect(r.status).toBe('invalid-indicator');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'invalid-indicator', severity: 'error', source: 'rules', path: ['actuals', 0, 'value'] });
    expect(r.diagnostics[0]?.message).toMatch(/ at `actuals\.0\.value`$/);
    expect(r.reason).toBe(`The indicator is invalid: ${r.diagnostics[0]?.message}`);
    expect(r.figures).toEqual({ actual: null, target: null, period: null, due: null, offPercent: null, previous: null, previousSource: null });
  });

  it('says nothing of a place when the indicator itself is not an object', () => {
    const r = indicatorStatus(null as never, { asOf: '2009-01-01' });
    expect(r.diagnostics[0]).toMatchObject({ code: 'invalid-indicator', path: [] });
    expect(r.diagnostics[0]?.message).not.toMatch(/ at `/);
    expect(r.reason).toBe(`The indicator is invalid: ${r.diagnostics[0]?.message}`);
  });

  it('names the field of the rule', () => {
    const r = judge(indicator([]), '2009-01-01', { tolerancePercent: -1 });
    expect(r).toMatchObject({ status: 'invalid-rule', rule: 'invalid-rule' });
    expect(r.diagnostics[0]).toMatchObject({ code: 'invalid-indicator-rule', severity: 'error', source: 'rules', path: ['tolerancePercent'] });
    expect(r.diagnostics[0]?.message).toMatch(/ at `tolerancePercent`$/);
    expect(r.reason).toBe(`The indicator rule is invalid: ${r.diagnostics[0]?.message}`);
  });
});
