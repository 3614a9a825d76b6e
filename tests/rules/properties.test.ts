import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNCIL_SLIPPAGE_RULES,
  DEFAULT_PROGRESS_RULES,
  DELIVERY_CONFIDENCE_RULES,
  DELIVERY_CONFIDENCE_THREE_POINT_RULES,
  PROGRESS_RULES_PRESETS,
  ProgressRulesSchema,
  ragStatus,
  rollUp,
  slippage,
} from '../../src/index.js';
import type { RollUpItem, Status, TrackedItem } from '../../src/index.js';
import { addDays, fromDayNumber, toDayNumber } from '../../src/_lib/iso-date.js';
import { deepFreeze } from './fixtures.js';

const day = (from: string, to: string) => fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);

const incompleteStatus = fc.constantFrom<Status | undefined>(undefined, 'not-started', 'in-progress', 'on-hold', 'pending');

/** An incomplete item with a window, perhaps a percentage, milestones and an old update. */
const incompleteItem: fc.Arbitrary<TrackedItem> = fc
  .record({
    start: day('2005-01-01', '2009-12-31'),
    length: fc.integer({ min: 0, max: 900 }),
    pc: fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
    status: incompleteStatus,
    updated: fc.option(day('2000-01-01', '2004-12-31'), { nil: undefined }),
    milestone: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
  })
  .map(({ start, length, pc, status, updated, milestone }) => {
    const end = addDays(start, length);
    const item: TrackedItem = { timescale: { text: `${start} – ${end}`, kind: 'range', start, end } };
    if (pc !== undefined) item.percentComplete = pc;
    if (status !== undefined) item.status = status;
    if (updated !== undefined) item.updates = [{ date: updated, comment: 'update' }];
    if (milestone !== undefined) item.milestones = [{ text: 'step', timescale: { text: 'step', kind: 'date', end: addDays(start, milestone) } }];
    return deepFreeze(item);
  });

const rankOf = (status: string) => DEFAULT_PROGRESS_RULES.scale.find((s) => s.id === status)?.rank ?? -1;

describe('properties', () => {
  it('slippage is monotone in asOf for incomplete items (calendar and working days)', () => {
    fc.assert(
      fc.property(incompleteItem, day('2004-01-01', '2013-12-31'), day('2004-01-01', '2013-12-31'), (item, x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        for (const workingDays of [false, true]) {
          const sa = slippage(item, { asOf: a, workingDays }).days as number;
          const sb = slippage(item, { asOf: b, workingDays }).days as number;
          expect(sb).toBeGreaterThanOrEqual(sa);
        }
        expect(slippage(item, { asOf: b }).days! - slippage(item, { asOf: a }).days!).toBe(toDayNumber(b) - toDayNumber(a));
      }),
      { numRuns: 300 },
    );
  });

  it('RAG never improves as slippage grows (default rules, other things equal)', () => {
    fc.assert(
      fc.property(incompleteItem, day('2005-01-01', '2013-12-31'), day('2005-01-01', '2013-12-31'), (item, x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const ra = ragStatus(item, { asOf: a });
        const rb = ragStatus(item, { asOf: b });
        expect(rb.figures.slippageDays!).toBeGreaterThanOrEqual(ra.figures.slippageDays!);
        expect(rankOf(rb.status)).toBeGreaterThanOrEqual(rankOf(ra.status));
        // The schedule-based presets keep the same promise.
        for (const rules of [DELIVERY_CONFIDENCE_RULES, DELIVERY_CONFIDENCE_THREE_POINT_RULES, COUNCIL_SLIPPAGE_RULES]) {
          expect(ragStatus(item, { asOf: b, rules }).rank).toBeGreaterThanOrEqual(ragStatus(item, { asOf: a, rules }).rank);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('RAG never improves as the due date moves earlier (same asOf, start and progress)', () => {
    fc.assert(
      fc.property(incompleteItem, fc.integer({ min: 1, max: 400 }), day('2005-01-01', '2013-12-31'), (item, shift, asOf) => {
        const ts = item.timescale!;
        const earlier = { ...item, timescale: { ...ts, end: addDays(ts.end!, -shift) } };
        if (earlier.timescale.end! < ts.start!) return;
        const late = ragStatus(earlier, { asOf });
        const now = ragStatus(item, { asOf });
        expect(rankOf(late.status)).toBeGreaterThanOrEqual(rankOf(now.status));
      }),
      { numRuns: 1000 },
    );
  });

  const rollItem: fc.Arbitrary<RollUpItem> = fc
    .record({
      base: incompleteItem,
      status: fc.constantFrom<Status | undefined>(undefined, 'in-progress', 'complete', 'cancelled', 'deferred', 'superseded', 'ongoing'),
      themes: fc.array(fc.constantFrom('a', 'b', 'c', ''), { maxLength: 3 }),
      noDeadline: fc.boolean(),
    })
    .map(({ base, status, themes, noDeadline }) => {
      const item: RollUpItem = { ...base, themeIds: themes };
      if (status !== undefined) item.status = status;
      if (noDeadline) item.timescale = { text: 'Ongoing', kind: 'ongoing' };
      return deepFreeze(item);
    });

  it("a roll-up's counts sum to its input; worst-of is never better than any member", () => {
    fc.assert(
      fc.property(fc.array(rollItem, { maxLength: 40 }), day('2005-01-01', '2012-12-31'), (items, asOf) => {
        const r = rollUp(items, { by: 'theme', asOf });
        const sum = (counts: Record<string, number>) => Object.values(counts).reduce((s, n) => s + n, 0);
        expect(sum(r.all.counts)).toBe(items.length);
        expect(r.all.total).toBe(items.length);
        // Each item counts once per distinct group it is in ('' for none).
        const expected = items.reduce((s, i) => s + Math.max(1, new Set(i.themeIds?.length ? i.themeIds : ['']).size), 0);
        expect(r.groups.reduce((s, g) => s + sum(g.counts), 0)).toBe(expected);
        for (const g of r.groups) {
          expect(sum(g.counts)).toBe(g.total);
          const members = items.filter((i) => (i.themeIds?.length ? i.themeIds.includes(g.key) : g.key === ''));
          expect(members.length).toBe(g.total);
          for (const m of members) {
            const s = ragStatus(m, { asOf });
            if (s.excluded) continue;
            expect(g.status).not.toBeNull();
            expect(rankOf(g.status!)).toBeGreaterThanOrEqual(s.rank);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every preset validates against the schema and survives JSON', () => {
    for (const [id, preset] of Object.entries(PROGRESS_RULES_PRESETS)) {
      expect(preset.id).toBe(id);
      const json = JSON.parse(JSON.stringify(preset));
      const parsed = ProgressRulesSchema.safeParse(json);
      expect(parsed.success, id).toBe(true);
      expect(parsed.data).toEqual(preset);
    }
  });
});
