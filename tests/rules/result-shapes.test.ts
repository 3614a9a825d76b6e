/**
 * Whole results of the rules' early returns, found by mutation testing
 * (bench/results/mutation.md: survivors of src/rules). Each early return of
 * indicatorStatus and ragStatus (invalid input, no data, not due, no target)
 * is checked field by field, `diagnostics: []` included, as a caller reads it.
 */
import { describe, expect, it } from 'vitest';
import { indicatorStatus, ragStatus } from '../../src/index.js';
import type { Indicator, TrackedItem } from '../../src/index.js';
import { deepFreeze } from './fixtures.js';

const NO_FIGURES = { actual: null, target: null, period: null, due: null, offPercent: null, previous: null, previousSource: null };
type Actual = Indicator['actuals'][number];
const indicator = (actuals: Actual[], extra: Partial<Indicator> = {}): Indicator =>
  deepFreeze({ id: 'i', title: 'Indicator', direction: 'higher', target: 10, actuals, ...extra });

describe('indicatorStatus: the whole result of each early return', () => {
  it('an indicator that is not an object: no path, and no " at " in the message', () => {
    const message = 'Invalid input: expected object, received number';
    expect(indicatorStatus(42 as never, { asOf: '2009-04-01' })).toEqual({
      status: 'invalid-indicator',
      rule: 'invalid-indicator',
      reason: `The indicator is invalid: ${message}`,
      figures: NO_FIGURES,
      diagnostics: [{ code: 'invalid-indicator', severity: 'error', message, source: 'rules', path: [] }],
    });
  });

  it('a rule that is not an object: no path, and no " at " in the message', () => {
    const message = 'Invalid input: expected object, received number';
    expect(indicatorStatus(indicator([]), { asOf: '2009-04-01', rule: 5 as never })).toEqual({
      status: 'invalid-rule',
      rule: 'invalid-rule',
      reason: `The indicator rule is invalid: ${message}`,
      figures: NO_FIGURES,
      diagnostics: [{ code: 'invalid-indicator-rule', severity: 'error', message, source: 'rules', path: [] }],
    });
  });

  it('nothing reported: no-data, or not-due up to the due date itself', () => {
    expect(indicatorStatus(indicator([]), { asOf: '2009-04-01' })).toEqual({
      status: 'no-data',
      rule: 'no-data',
      reason: 'no actual reported by 2009-04-01',
      figures: { ...NO_FIGURES, target: 10 },
      diagnostics: [],
    });
    expect(indicatorStatus(indicator([], { target: undefined }), { asOf: '2009-04-01' }).figures).toStrictEqual(NO_FIGURES);
    expect(indicatorStatus(indicator([], { due: '2009-03-31' }), { asOf: '2009-03-31' })).toEqual({
      status: 'not-due',
      rule: 'not-due',
      reason: 'nothing reported yet; target 10 due 2009-03-31',
      figures: { ...NO_FIGURES, target: 10, due: '2009-03-31' },
      diagnostics: [],
    });
  });

  it('an actual with no target, and one short of a target not yet due', () => {
    const one = [{ period: '2008/09', date: '2009-03-31', value: 3 }];
    expect(indicatorStatus(indicator(one, { target: undefined }), { asOf: '2009-04-01' })).toEqual({
      status: 'no-target',
      rule: 'no-target',
      reason: '3 for 2008/09, but no target',
      figures: { ...NO_FIGURES, actual: 3, period: '2008/09' },
      diagnostics: [],
    });
    const early = [{ period: '2008/09', date: '2008-12-31', value: 3 }];
    expect(indicatorStatus(indicator(early, { due: '2009-03-31' }), { asOf: '2009-01-01' })).toEqual({
      status: 'not-due',
      rule: 'not-due',
      reason: '3 against a target of 10 (70% short) so far; due 2009-03-31',
      figures: { ...NO_FIGURES, actual: 3, target: 10, period: '2008/09', due: '2009-03-31', offPercent: 70 },
      diagnostics: [],
    });
  });

  it('judged results carry no diagnostics', () => {
    const i = indicator([
      { period: '2007/08', date: '2008-03-31', value: 2 },
      { period: '2008/09', date: '2009-03-31', value: 5 },
    ]);
    const asOf = '2009-04-01';
    expect(indicatorStatus(i, { asOf, rule: { amberWhenImproved: false } })).toMatchObject({ status: 'red', rule: 'off-target', diagnostics: [] });
    expect(indicatorStatus(i, { asOf, rule: { amberWhenImproved: true } })).toMatchObject({ status: 'amber', rule: 'improved', diagnostics: [] });
    expect(indicatorStatus(i, { asOf, rule: { tolerancePercent: 50 } })).toMatchObject({ status: 'green', rule: 'within-tolerance', diagnostics: [] });
    expect(indicatorStatus(indicator([{ period: '2008/09', date: '2009-03-31', value: 10 }]), { asOf })).toMatchObject({ status: 'green', rule: 'on-target', diagnostics: [] });
  });
});

describe('ragStatus: the invalid results', () => {
  const item: TrackedItem = deepFreeze({ timescale: { text: 'by March 2006', kind: 'date', end: '2006-03-31' }, status: 'in-progress' });

  it('invalid rules: label, rank, excluded and the measured figures', () => {
    const r = ragStatus(item, { asOf: '2006-06-30', rules: 42 as never });
    expect(r).toMatchObject({
      status: 'invalid-rules',
      label: 'Invalid rules',
      rank: -1,
      rule: 'invalid-rules',
      reason: 'The progress rules are invalid: Invalid input: expected object, received number',
      excluded: false,
      diagnostics: [{ code: 'invalid-progress-rules', severity: 'error', source: 'rules', path: [] }],
    });
    expect(r.figures).toMatchObject({ due: '2006-03-31', slippageDays: 91 });
  });

  it('invalid item: label, rank, excluded and empty figures', () => {
    const r = ragStatus(42 as never, { asOf: '2006-06-30' });
    expect(r).toMatchObject({
      status: 'invalid-item',
      label: 'Invalid item',
      rank: -1,
      rule: 'invalid-item',
      reason: 'The item is invalid: Unexpected `42` at the item, expected an item (an object)',
      excluded: true,
      diagnostics: [{ code: 'invalid-item', severity: 'error', source: 'rules', path: [] }],
    });
    expect(r.figures).toMatchObject({ asOf: '2006-06-30', due: null, slippageDays: null });
  });

  it('a date that is an array of ten characters is an invalid item, not a throw', () => {
    const end = ['2', '0', '0', '6', '-', '0', '3', '-', '3', '1'];
    const r = ragStatus({ timescale: { text: 'x', kind: 'date', end } } as never, { asOf: '2006-06-30' });
    expect(r).toMatchObject({ status: 'invalid-item', diagnostics: [{ code: 'invalid-item', path: ['timescale', 'end'] }] });
  });
});
