/**
 * Issue 18: the rules and roll-up functions given arbitrary JSON — items,
 * indicators, rules, policies, groupings — never throw; what they cannot read
 * they name in a diagnostic, and what they can they judge as usual.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROGRESS_RULES,
  documentItems,
  explainChange,
  indicatorStatus,
  ragStatus,
  rollUp,
  rollUpMatrix,
  slippage,
  statusTrend,
} from '../../src/index.js';
import type { Indicator, RollUpItem, TrackedItem } from '../../src/index.js';

const asOf = '2007-01-01';
const SCALE = new Set(DEFAULT_PROGRESS_RULES.scale.map((s) => s.id));

/** A value a JSON user might put in any field: well-formed ones, near misses, and anything at all. */
const value = fc.oneof(
  fc.constantFrom('2006-03-31', '2008-02-29', '31/03/2006', '2006-02-30', 20060331, 'complete', 'in-progress', 'amber', 'blue', 50, 100, 140, -1, true, null, '', [], {}),
  fc.jsonValue({ maxDepth: 2 }),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

const period = fc.oneof(fc.record({ text: maybe(value), label: maybe(value), start: maybe(value), end: maybe(value) }, { requiredKeys: [] }), value);
const timescale = fc.oneof(
  fc.record(
    { text: maybe(value), kind: maybe(fc.constantFrom('date', 'range', 'financial-year', 'ongoing', 'event')), start: maybe(value), end: maybe(value), periods: maybe(fc.oneof(fc.array(period, { maxLength: 3 }), value)), baseline: maybe(period) },
    { requiredKeys: [] },
  ),
  value,
);
const update = fc.oneof(
  fc.record({ date: maybe(value), status: maybe(value), rag: maybe(value), percentComplete: maybe(value), revisedTimescale: maybe(timescale) }, { requiredKeys: [] }),
  value,
);
const milestone = fc.oneof(fc.record({ text: maybe(value), done: maybe(value), completedOn: maybe(value), timescale: maybe(timescale) }, { requiredKeys: [] }), value);

/** Item-shaped JSON, each field well-formed or not, or any JSON value at all. */
const item: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.record(
    {
      id: maybe(value),
      status: maybe(value),
      rag: maybe(value),
      percentComplete: maybe(value),
      done: maybe(value),
      startedOn: maybe(value),
      completedOn: maybe(value),
      timescale: maybe(timescale),
      baselineTimescale: maybe(timescale),
      updates: maybe(fc.oneof(fc.array(update, { maxLength: 4 }), value)),
      milestones: maybe(fc.oneof(fc.array(milestone, { maxLength: 3 }), value)),
      leads: maybe(fc.oneof(fc.array(fc.string(), { maxLength: 2 }), value)),
      themeIds: maybe(value),
    },
    { requiredKeys: [] },
  ) },
  { weight: 1, arbitrary: fc.jsonValue() },
);

const RUNS = { numRuns: 1500 };

describe('rules and roll-ups on arbitrary JSON', () => {
  it('ragStatus and slippage never throw: invalid-item with its diagnostic, or a status on the scale and none', () => {
    let invalid = 0;
    let judged = 0;
    fc.assert(
      fc.property(item, (x) => {
        const r = ragStatus(x as TrackedItem, { asOf });
        const s = slippage(x as TrackedItem, { asOf, workingDays: true });
        if (r.status === 'invalid-item') {
          invalid++;
          expect(r.diagnostics).toHaveLength(1);
          expect(r.diagnostics[0]?.code).toBe('invalid-item');
          expect(r.excluded).toBe(true);
          expect(s.days).toBeNull();
          expect(s.diagnostics?.[0]?.message).toBe(r.diagnostics[0]?.message);
        } else {
          judged++;
          expect(SCALE.has(r.status)).toBe(true);
          expect(r.diagnostics).toEqual([]);
          expect(s.diagnostics).toBeUndefined();
          expect(s.days === null || Number.isInteger(s.days)).toBe(true);
          for (const k of ['slippageDays', 'daysToDeadline', 'daysSinceUpdate'] as const) {
            const v = r.figures[k];
            expect(v === null || Number.isInteger(v)).toBe(true);
          }
        }
      }),
      RUNS,
    );
    // Both outcomes were exercised, or the property says little. (Each is about a tenth of
    // the runs or more; a floor of 30 of 1,500 keeps the check from failing on the draw.)
    expect(invalid).toBeGreaterThan(30);
    expect(judged).toBeGreaterThan(30);
  });

  it('statusTrend and explainChange never throw on odd items', () => {
    fc.assert(
      fc.property(item, (x) => {
        const trend = statusTrend(x as TrackedItem, ['2006-01-01', asOf]);
        expect(trend).toHaveLength(2);
        const change = explainChange(x as TrackedItem, '2006-01-01', asOf);
        expect(typeof change.explanation).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  it('rollUp and rollUpMatrix never throw, and lose no item without a diagnostic', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), fc.constantFrom<'lead' | 'theme'>('lead', 'theme'), (xs, by) => {
        const r = rollUp(xs as RollUpItem[], { by, asOf });
        const named = r.diagnostics.filter((d) => d.code === 'invalid-item');
        expect(named).toHaveLength(r.diagnostics.length);
        expect(r.all.total + named.length).toBe(xs.length);
        expect(new Set(named.map((d) => d.path?.[0])).size).toBe(named.length);
        const m = rollUpMatrix(xs as RollUpItem[], { rows: by, columns: 'plan', asOf });
        expect(m.diagnostics).toEqual(r.diagnostics);
      }),
      { numRuns: 600 },
    );
  });

  it('rollUp given any JSON as items, rules, policy or grouping answers with diagnostics', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (items, rules, policy, by) => {
        const r = rollUp(items as never, { by: by as never, asOf, rules: rules as never, policy: policy as never });
        expect(Array.isArray(r.groups)).toBe(true);
        if (!Array.isArray(items)) expect(r.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 600 },
    );
  });

  it('ragStatus given any JSON as rules gives invalid-rules with diagnostics, or a status on those rules', () => {
    fc.assert(
      fc.property(item, fc.jsonValue(), (x, rules) => {
        const r = ragStatus(x as TrackedItem, { asOf, rules: rules as never });
        if (r.status === 'invalid-rules' || r.status === 'invalid-item') expect(r.diagnostics.length).toBeGreaterThan(0);
        else expect(r.diagnostics).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });

  it('indicatorStatus never throws: invalid-indicator with diagnostics, or a judgement', () => {
    const indicator = fc.oneof(
      fc.record(
        {
          id: maybe(fc.oneof(fc.constant('i1'), value)),
          title: maybe(fc.oneof(fc.constant('Events'), value)),
          direction: maybe(fc.oneof(fc.constantFrom('higher', 'lower'), value)),
          target: maybe(value),
          baseline: maybe(value),
          due: maybe(value),
          actuals: maybe(fc.oneof(fc.array(fc.oneof(fc.record({ period: fc.oneof(fc.constant('2008/09'), value), date: maybe(value), value: fc.oneof(fc.integer(), value) }, { requiredKeys: [] }), value), { maxLength: 3 }), value)),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(indicator, fc.option(fc.jsonValue(), { nil: undefined }), (x, rule) => {
        const r = indicatorStatus(x as Indicator, { asOf: '2009-04-30', rule: rule as never });
        if (r.status === 'invalid-indicator' || r.status === 'invalid-rule') expect(r.diagnostics.length).toBeGreaterThan(0);
        else expect(r.diagnostics).toEqual([]);
        expect(typeof r.reason).toBe('string');
      }),
      RUNS,
    );
  });

  it('documentItems never throws on document-shaped JSON', () => {
    const doc = fc.oneof(
      fc.record({ kind: fc.constantFrom('review', 'action-plan', 'strategy', 'peer-review', 'minutes'), recommendations: value, actions: fc.oneof(fc.array(value), value), areas: fc.oneof(fc.array(fc.oneof(fc.record({ ref: value, actions: fc.oneof(fc.array(value), value) }), value)), value) }, { requiredKeys: ['kind'] }),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(doc, (d) => {
        const list = documentItems(d as never);
        expect(Array.isArray(list)).toBe(true);
        rollUp(list, { by: 'lead', asOf });
      }),
      { numRuns: 600 },
    );
  });
});
