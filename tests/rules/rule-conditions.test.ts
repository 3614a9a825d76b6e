/**
 * Every kind of condition a council's progress rules can use, found by
 * mutation testing (bench/results/mutation.md) to be checked only through
 * the presets' few `gt`/`lt`/`gte` rules: each comparison on both sides of
 * its boundary and on a figure that is not known, `present`/`missing`, a
 * threshold by name, status and RAG lists, `hasDeadline`, `all`/`any`/`not`
 * (empty lists included), the guards the rules cannot override, and which
 * diagnostic comes back for a bad condition.
 */
import { describe, expect, it } from 'vitest';
import { ragStatus, validateProgressRules } from '../../src/index.js';
import type { ProgressRulesInput, RuleCondition, Timescale, TrackedItem } from '../../src/index.js';
import { deepFreeze } from './fixtures.js';

const by = (end: string): Timescale => ({ text: `by ${end}`, kind: 'date', end });
/** Due 2006-03-31: on 2006-06-30 it is 91 days late; percentComplete is not given (null). */
const LATE: TrackedItem = deepFreeze({ timescale: by('2006-03-31'), status: 'in-progress', rag: 'amber' });
const AS_OF = '2006-06-30';

/** Rules with the one rule `hit` when `when` holds, `miss` otherwise. */
const rulesFor = (when: RuleCondition): ProgressRulesInput => ({
  id: 'one',
  name: 'One rule',
  scale: [
    { id: 'miss', label: 'Miss', rank: 0 },
    { id: 'hit', label: 'Hit', rank: 1 },
  ],
  rules: [{ id: 'r', when, status: 'hit' }],
  default: { status: 'miss' },
});
/** Whether `when` holds for `item` on `asOf`. */
const holds = (when: RuleCondition, item: TrackedItem = LATE, asOf = AS_OF): boolean => {
  const r = ragStatus(item, { asOf, rules: rulesFor(when) });
  expect(r.diagnostics).toEqual([]);
  return r.status === 'hit';
};
const slip = (op: 'lt' | 'lte' | 'gt' | 'gte' | 'eq' | 'ne', value: number | 'onTrack' | 'offTrack' | 'staleAfterDays'): RuleCondition => ({ metric: 'slippageDays', op, value });

describe('comparisons', () => {
  it('compare a figure with a number on either side of it (slippageDays is 91)', () => {
    expect([holds(slip('lt', 92)), holds(slip('lt', 91))]).toEqual([true, false]);
    expect([holds(slip('lte', 91)), holds(slip('lte', 90))]).toEqual([true, false]);
    expect([holds(slip('gt', 90)), holds(slip('gt', 91))]).toEqual([true, false]);
    expect([holds(slip('gte', 91)), holds(slip('gte', 92))]).toEqual([true, false]);
    expect([holds(slip('eq', 91)), holds(slip('eq', 90))]).toEqual([true, false]);
    expect([holds(slip('ne', 90)), holds(slip('ne', 91))]).toEqual([true, false]);
  });

  it('gte and lte hold beyond their value, not only at it', () => {
    expect([holds(slip('gte', 90)), holds(slip('lte', 92))]).toEqual([true, true]);
  });

  it('never hold on a figure that is not known, whatever the comparison', () => {
    for (const op of ['lt', 'lte', 'gt', 'gte', 'eq', 'ne'] as const) {
      expect(holds({ metric: 'percentComplete', op, value: 50 }), op).toBe(false);
      // null would compare as 0 in JavaScript: still not.
      expect(holds({ metric: 'percentComplete', op, value: 0 }), `${op} 0`).toBe(false);
      expect(holds({ metric: 'percentComplete', op, value: -1 }), `${op} -1`).toBe(false);
    }
  });

  it('read a threshold by name (staleAfterDays defaults to 90)', () => {
    expect(holds(slip('gt', 'staleAfterDays'))).toBe(true);
    expect(holds(slip('gt', 'staleAfterDays'), LATE, '2006-06-29')).toBe(false);
  });

  it('present and missing', () => {
    expect(holds({ metric: 'slippageDays', op: 'present' })).toBe(true);
    expect(holds({ metric: 'slippageDays', op: 'missing' })).toBe(false);
    expect(holds({ metric: 'percentComplete', op: 'present' })).toBe(false);
    expect(holds({ metric: 'percentComplete', op: 'missing' })).toBe(true);
  });
});

describe('status, RAG and deadline conditions', () => {
  it('hold when the reported status or RAG is in the list, and not when none is reported', () => {
    expect(holds({ status: ['pending', 'in-progress'] })).toBe(true);
    expect(holds({ status: ['pending'] })).toBe(false);
    expect(holds({ rag: ['red', 'amber'] })).toBe(true);
    expect(holds({ rag: ['red'] })).toBe(false);
    const bare = deepFreeze({ timescale: by('2006-03-31') });
    expect(holds({ status: ['in-progress'] }, bare)).toBe(false);
    expect(holds({ rag: ['amber'] }, bare)).toBe(false);
  });

  it('hasDeadline holds as asked', () => {
    const ongoing: TrackedItem = deepFreeze({ timescale: { text: 'Ongoing', kind: 'ongoing' } });
    expect([holds({ hasDeadline: true }), holds({ hasDeadline: false })]).toEqual([true, false]);
    expect(holds({ hasDeadline: false }, ongoing)).toBe(true);
  });
});

describe('all, any and not', () => {
  const yes = slip('gt', 0);
  const no = slip('lt', 0);

  it('all holds when every part holds (an empty list always)', () => {
    expect(holds({ all: [yes, yes] })).toBe(true);
    expect(holds({ all: [yes, no] })).toBe(false);
    expect(holds({ all: [no, yes] })).toBe(false);
    expect(holds({ all: [] })).toBe(true);
  });

  it('any holds when one part holds (an empty list never)', () => {
    expect(holds({ any: [no, yes] })).toBe(true);
    expect(holds({ any: [yes, no] })).toBe(true);
    expect(holds({ any: [no, no] })).toBe(false);
    expect(holds({ any: [] })).toBe(false);
  });

  it('not turns a condition round', () => {
    expect([holds({ not: yes }), holds({ not: no })]).toEqual([false, true]);
  });
});

describe('which rule gives the status', () => {
  const rules: ProgressRulesInput = {
    id: 'two',
    name: 'Two rules',
    scale: [
      { id: 'ok', label: 'OK', rank: 0 },
      { id: 'watch', label: 'Watch', rank: 1 },
      { id: 'late', label: 'Late', rank: 2 },
    ],
    rules: [
      { id: 'very-late', when: slip('gt', 60), status: 'late' },
      { id: 'late-at-all', when: slip('gt', 0), status: 'watch' },
    ],
    default: { status: 'ok' },
  };

  it('the first that holds, or the default', () => {
    expect(ragStatus(LATE, { asOf: AS_OF, rules })).toMatchObject({ status: 'late', rule: 'very-late', label: 'Late', rank: 2 });
    expect(ragStatus(LATE, { asOf: '2006-04-10', rules })).toMatchObject({ status: 'watch', rule: 'late-at-all', label: 'Watch', rank: 1 });
    expect(ragStatus(LATE, { asOf: '2006-03-31', rules })).toMatchObject({ status: 'ok', rule: 'default', rank: 0, excluded: false });
  });

  it('not for an excluded status, a complete item, or (by default) one with no deadline', () => {
    expect(ragStatus({ ...LATE, status: 'cancelled' }, { asOf: AS_OF, rules })).toMatchObject({ status: 'cancelled', rule: 'excluded', excluded: true, rank: -1 });
    expect(ragStatus({ ...LATE, status: 'complete', completedOn: '2006-06-01' }, { asOf: AS_OF, rules })).toMatchObject({ status: 'complete', rule: 'complete', rank: 0 });
    expect(ragStatus({ timescale: { text: 'Ongoing', kind: 'ongoing' } }, { asOf: AS_OF, rules })).toMatchObject({ status: 'no-deadline', rule: 'no-deadline', label: 'No deadline' });
  });

  it('a default of not-started or no-deadline stands for an item with no deadline', () => {
    for (const status of ['not-started', 'no-deadline']) {
      const r = ragStatus({ timescale: { text: 'Ongoing', kind: 'ongoing' } }, { asOf: AS_OF, rules: { ...rules, default: { status } } });
      expect(r).toMatchObject({ status, rule: 'default' });
    }
  });

  it('a scale that defines a built-in status itself keeps its own label and rank', () => {
    const own: ProgressRulesInput = { ...rules, scale: [...rules.scale, { id: 'no-deadline', label: 'Open-ended', rank: 0 }] };
    expect(ragStatus({ timescale: { text: 'Ongoing', kind: 'ongoing' } }, { asOf: AS_OF, rules: own })).toMatchObject({ status: 'no-deadline', rule: 'no-deadline', label: 'Open-ended', rank: 0 });
  });

  it('a complete status of the scale is kept, and a scale without one borrows the built-in', () => {
    const own: ProgressRulesInput = {
      ...rules,
      scale: [...rules.scale, { id: 'done', label: 'Done', rank: 0, complete: true }],
      rules: [{ id: 'finished', when: { status: ['complete'] }, status: 'done' }],
    };
    expect(ragStatus({ ...LATE, status: 'complete', completedOn: '2006-06-01' }, { asOf: AS_OF, rules: own })).toMatchObject({ status: 'done', rule: 'finished', label: 'Done' });
    expect(ragStatus({ ...LATE, status: 'complete', completedOn: '2006-06-01' }, { asOf: AS_OF, rules })).toMatchObject({ label: 'Complete' });
  });
});

describe('a bad condition', () => {
  it('is reported by the branch that came closest, at its path', () => {
    const bad = rulesFor({ metric: 'slippageDays', op: 'gt', value: 'soon' } as never);
    const { data, diagnostics } = validateProgressRules(bad);
    expect(data).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.path).toEqual(['rules', 0, 'when', 'value']);
    expect(diagnostics[0]?.message).toMatch(/ at `rules\.0\.when\.value`$/);
    const r = ragStatus(LATE, { asOf: AS_OF, rules: bad });
    expect(r).toMatchObject({ status: 'invalid-rules', rule: 'invalid-rules', excluded: false, rank: -1, reason: `The progress rules are invalid: ${diagnostics[0]?.message}` });
    // The figures are measured all the same.
    expect(r.figures.slippageDays).toBe(91);
  });

  it('is reported by a later branch when that one came closest (a status not in a list)', () => {
    const { diagnostics } = validateProgressRules(rulesFor({ status: 'in-progress' } as never));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.path).toEqual(['rules', 0, 'when', 'status']);
  });

  it('reports a problem of the whole input without a path', () => {
    const { diagnostics } = validateProgressRules(null);
    expect(diagnostics[0]).toMatchObject({ code: 'invalid-progress-rules', severity: 'error', source: 'rules', path: [] });
    expect(diagnostics[0]?.message).not.toMatch(/ at `/);
  });
});
