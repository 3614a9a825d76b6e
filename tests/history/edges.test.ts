/** The scrutiny functions on empty and mismatched inputs: answers, never throws. */
import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/coverage/index.js';
import { diffPlans } from '../../src/history/index.js';
import { ActionPlanSchema, ReviewSchema } from '../../src/model/index.js';
import { traceRecommendations } from '../../src/trace/index.js';

const emptyPlan = ActionPlanSchema.parse({ kind: 'action-plan', title: 'Empty' });
const emptyReview = ReviewSchema.parse({ kind: 'review', title: 'Empty' });
const plan = ActionPlanSchema.parse({ kind: 'action-plan', title: 'P', actions: [{ id: 'a1', ref: '1', title: 'Open a changing places toilet in the market hall' }] });

describe('edges', () => {
  it('diffPlans: everything added, everything removed, or nothing', () => {
    expect(diffPlans(emptyPlan, plan).added.map((a) => a.id)).toEqual(['a1']);
    expect(diffPlans(plan, emptyPlan).removed.map((a) => a.id)).toEqual(['a1']);
    expect(diffPlans(emptyReview, emptyPlan).matched).toEqual([]);
    expect(diffPlans([], []).history).toEqual([]);
  });

  it('diffPlans: a re-dating to or from no date has no day count', () => {
    const dated = ActionPlanSchema.parse({ kind: 'action-plan', title: 'P', actions: [{ ...plan.actions[0], timescale: { text: 'March 2026', kind: 'month', end: '2026-03-31' } }] });
    expect(diffPlans(plan, dated).redated).toMatchObject([{ from: null, to: 'March 2026', fromDue: null, toDue: '2026-03-31', days: null }]);
  });

  it('coverage: no items, every characteristic uncovered', () => {
    const r = coverage(emptyPlan);
    expect(r.items).toEqual([]);
    expect(r.none).toHaveLength(9);
    expect(coverage(emptyReview, { extras: true }).none).toHaveLength(12);
  });

  it('traceRecommendations: no recommendations, or no actions to answer them', () => {
    expect(traceRecommendations(emptyReview, plan)).toEqual({ recommendations: [], unanswered: [] });
    const review = ReviewSchema.parse({ kind: 'review', title: 'R', recommendations: [{ id: 'r1', ref: 'R1', text: 'Provide a changing places toilet' }] });
    expect(traceRecommendations(review, [emptyPlan, emptyReview]).unanswered).toEqual(['R1']);
    expect(traceRecommendations(review, []).unanswered).toEqual(['R1']);
    expect(traceRecommendations(review, plan).recommendations[0]!.links.map((l) => l.actionId)).toEqual(['a1']);
  });
});
