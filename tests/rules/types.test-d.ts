import { expectTypeOf, test } from 'vitest';
import { ragStatus, rollUp, slippage } from '../../src/index.js';
import type { Action, Milestone, ProgressRules, RagResult, Recommendation, RollUpGroup, SlippageResult, TrackedItem } from '../../src/index.js';
import { DEFAULT_PROGRESS_RULES } from '../../src/index.js';

test('actions, recommendations and milestones are tracked items', () => {
  expectTypeOf<Action>().toExtend<TrackedItem>();
  expectTypeOf<Recommendation>().toExtend<TrackedItem>();
  expectTypeOf<Milestone>().toExtend<TrackedItem>();
  expectTypeOf(slippage).returns.toEqualTypeOf<SlippageResult>();
  expectTypeOf(ragStatus).returns.toEqualTypeOf<RagResult>();
  expectTypeOf(DEFAULT_PROGRESS_RULES).toEqualTypeOf<ProgressRules>();
});

test('roll-up groups hold the caller’s own item type', () => {
  const actions: Action[] = [];
  const r = rollUp(actions, { by: (a) => a.ref, asOf: '2009-03-31' });
  expectTypeOf(r.groups).toEqualTypeOf<RollUpGroup<Action>[]>();
  expectTypeOf(r.all.overdue).toEqualTypeOf<Action[]>();
  // asOf is required.
  // @ts-expect-error missing asOf
  rollUp(actions, { by: 'theme' });
});
