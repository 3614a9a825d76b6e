import { _deepFreeze } from '../_lib/freeze.js';
import type { ProgressRule, ProgressRules, RuleStatus } from '../model/progress-rules.js';

// Presets are plain JSON literals, so they can be copied into a council's own
// rules file. Each exported one is deeply frozen (a caller cannot change it for
// every other caller, and `ragStatus` can validate and compile it once); the
// calls are marked pure, so unused presets still tree-shake.

const COMPLETE: RuleStatus = { id: 'complete', label: 'Complete', color: 'blue', rank: 0, score: 0, complete: true };
const NOT_STARTED: RuleStatus = { id: 'not-started', label: 'Not started', color: 'grey', rank: 1 };
const NO_DEADLINE: RuleStatus = { id: 'no-deadline', label: 'No deadline', color: 'grey', rank: 1 };

const RULE_COMPLETE: ProgressRule = { id: 'complete', when: { status: ['complete'] }, status: 'complete' };
const RULE_NO_DEADLINE: ProgressRule = { id: 'no-deadline', when: { hasDeadline: false }, status: 'no-deadline' };
const RULE_NOT_STARTED: ProgressRule = {
  id: 'not-started-yet',
  when: {
    all: [
      { status: ['not-started'] },
      { any: [{ metric: 'percentTimeElapsed', op: 'missing' }, { metric: 'percentTimeElapsed', op: 'lte', value: 0 }] },
    ],
  },
  status: 'not-started',
};

/** The red, amber, green scale (of the default and the reported-RAG presets): a constant, so each preset tree-shakes on its own. */
const RAG_SCALE: RuleStatus[] = [
  COMPLETE,
  NOT_STARTED,
  NO_DEADLINE,
  { id: 'green', label: 'Green', color: 'green', rank: 2, score: 0 },
  { id: 'amber', label: 'Amber', color: 'amber', rank: 3, score: 50 },
  { id: 'red', label: 'Red', color: 'red', rank: 4, score: 100 },
];

// The default rules on the evidence, each a constant listed in full where it is used (no
// spread: a bundler keeps a spread, and with it the preset, even when the preset is unused).
const RULE_OVERDUE: ProgressRule = { id: 'overdue', when: { metric: 'slippageDays', op: 'gt', value: 0 }, status: 'red' };
const RULE_OFF_TRACK: ProgressRule = { id: 'off-track', when: { metric: 'schedulePerformance', op: 'lt', value: 'offTrack' }, status: 'red' };
const RULE_MILESTONES_MISSED: ProgressRule = { id: 'milestones-missed', when: { metric: 'milestonesMissed', op: 'gte', value: 1 }, status: 'amber' };
const RULE_BEHIND: ProgressRule = { id: 'behind', when: { metric: 'schedulePerformance', op: 'lt', value: 'onTrack' }, status: 'amber' };
const RULE_STALE: ProgressRule = { id: 'stale', when: { metric: 'daysSinceUpdate', op: 'gt', value: 'staleAfterDays' }, status: 'amber' };

/**
 * The default three-colour rules. In order: complete → `complete`; no due
 * date → `no-deadline`; past the due date → `red`; not started and not yet
 * in its window → `not-started`; schedule performance (percent complete ÷
 * percent of time elapsed × 100) below `offTrack` (70) → `red`; a milestone
 * missed → `amber`; schedule performance below `onTrack` (90) → `amber`; no
 * update for more than `staleAfterDays` (90) → `amber`; otherwise `green`.
 * The worst colours are tested first, so the status never improves as an
 * item slips further.
 *
 * @example
 * ```ts
 * ragStatus(r4, { asOf: '2006-06-30', rules: DEFAULT_PROGRESS_RULES }).status //=> 'red'
 * ```
 * @category Rules
 */
export const DEFAULT_PROGRESS_RULES: ProgressRules = /* @__PURE__ */ _deepFreeze({
  id: 'default',
  name: 'Red, amber, green',
  description: 'Late is red; behind schedule is amber or red by schedule performance; stale updates are amber.',
  scale: RAG_SCALE,
  rules: [
    RULE_COMPLETE,
    RULE_NO_DEADLINE,
    RULE_OVERDUE,
    RULE_NOT_STARTED,
    RULE_OFF_TRACK,
    RULE_MILESTONES_MISSED,
    RULE_BEHIND,
    RULE_STALE,
  ],
  default: { status: 'green' },
  thresholds: { onTrack: 90, offTrack: 70, staleAfterDays: 90 },
});

/**
 * The five-point Delivery Confidence scale used across UK government:
 * `green`, `amber-green`, `amber`, `amber-red`, `red`. More than 90 days late
 * → `red`; late → `amber-red`; schedule performance below `offTrack` or a
 * milestone missed → `amber`; below `onTrack`, due within 30 days with less
 * than 75% done, or a stale update → `amber-green`; otherwise `green`.
 *
 * @example
 * ```ts
 * ragStatus(r4, { asOf: '2006-04-30', rules: DELIVERY_CONFIDENCE_RULES }).status //=> 'amber-red'
 * ```
 * @category Rules
 */
export const DELIVERY_CONFIDENCE_RULES: ProgressRules = /* @__PURE__ */ _deepFreeze({
  id: 'delivery-confidence',
  name: 'Delivery Confidence (five-point)',
  scale: [
    COMPLETE,
    NOT_STARTED,
    NO_DEADLINE,
    { id: 'green', label: 'Green', color: 'green', rank: 2, score: 0 },
    { id: 'amber-green', label: 'Amber/Green', color: 'amber-green', rank: 3, score: 25 },
    { id: 'amber', label: 'Amber', color: 'amber', rank: 4, score: 50 },
    { id: 'amber-red', label: 'Amber/Red', color: 'amber-red', rank: 5, score: 75 },
    { id: 'red', label: 'Red', color: 'red', rank: 6, score: 100 },
  ],
  rules: [
    RULE_COMPLETE,
    RULE_NO_DEADLINE,
    { id: 'overdue-long', when: { metric: 'slippageDays', op: 'gt', value: 90 }, status: 'red' },
    { id: 'overdue', when: { metric: 'slippageDays', op: 'gt', value: 0 }, status: 'amber-red' },
    RULE_NOT_STARTED,
    { id: 'off-track', when: { metric: 'schedulePerformance', op: 'lt', value: 'offTrack' }, status: 'amber' },
    { id: 'milestones-missed', when: { metric: 'milestonesMissed', op: 'gte', value: 1 }, status: 'amber' },
    { id: 'behind', when: { metric: 'schedulePerformance', op: 'lt', value: 'onTrack' }, status: 'amber-green' },
    {
      id: 'due-soon',
      when: { all: [{ metric: 'daysToDeadline', op: 'lte', value: 30 }, { metric: 'percentComplete', op: 'lt', value: 75 }] },
      status: 'amber-green',
    },
    { id: 'stale', when: { metric: 'daysSinceUpdate', op: 'gt', value: 'staleAfterDays' }, status: 'amber-green' },
  ],
  default: { status: 'green' },
  thresholds: { onTrack: 90, offTrack: 70, staleAfterDays: 90 },
});

/**
 * How the five-point Delivery Confidence statuses fold into three colours:
 * amber/green becomes amber (doubt is never rounded up to green) and
 * amber/red becomes red (as {@link DEFAULT_PROGRESS_RULES} treats lateness).
 * Statuses not listed (complete, no-deadline …) keep their id.
 *
 * @example
 * ```ts
 * DELIVERY_CONFIDENCE_THREE_POINT['amber-red'] //=> 'red'
 * ```
 * @category Rules
 */
export const DELIVERY_CONFIDENCE_THREE_POINT: Readonly<Record<string, 'green' | 'amber' | 'red'>> = /* @__PURE__ */ _deepFreeze({
  green: 'green',
  'amber-green': 'amber',
  amber: 'amber',
  'amber-red': 'red',
  red: 'red',
});

/**
 * The three-point form of {@link DELIVERY_CONFIDENCE_RULES}: the same rules,
 * their statuses mapped by {@link DELIVERY_CONFIDENCE_THREE_POINT}.
 *
 * @example
 * ```ts
 * ragStatus(r4, { asOf: '2006-04-30', rules: DELIVERY_CONFIDENCE_THREE_POINT_RULES }).status //=> 'red'
 * ```
 * @category Rules
 */
export const DELIVERY_CONFIDENCE_THREE_POINT_RULES: ProgressRules = /* @__PURE__ */ _deepFreeze({
  id: 'delivery-confidence-3',
  name: 'Delivery Confidence (three-point)',
  scale: [
    COMPLETE,
    NOT_STARTED,
    NO_DEADLINE,
    { id: 'green', label: 'Green', color: 'green', rank: 2, score: 0 },
    { id: 'amber', label: 'Amber', color: 'amber', rank: 3, score: 50 },
    { id: 'red', label: 'Red', color: 'red', rank: 4, score: 100 },
  ],
  rules: [
    RULE_COMPLETE,
    RULE_NO_DEADLINE,
    { id: 'overdue-long', when: { metric: 'slippageDays', op: 'gt', value: 90 }, status: 'red' },
    { id: 'overdue', when: { metric: 'slippageDays', op: 'gt', value: 0 }, status: 'red' },
    RULE_NOT_STARTED,
    { id: 'off-track', when: { metric: 'schedulePerformance', op: 'lt', value: 'offTrack' }, status: 'amber' },
    { id: 'milestones-missed', when: { metric: 'milestonesMissed', op: 'gte', value: 1 }, status: 'amber' },
    { id: 'behind', when: { metric: 'schedulePerformance', op: 'lt', value: 'onTrack' }, status: 'amber' },
    {
      id: 'due-soon',
      when: { all: [{ metric: 'daysToDeadline', op: 'lte', value: 30 }, { metric: 'percentComplete', op: 'lt', value: 75 }] },
      status: 'amber',
    },
    { id: 'stale', when: { metric: 'daysSinceUpdate', op: 'gt', value: 'staleAfterDays' }, status: 'amber' },
  ],
  default: { status: 'green' },
  thresholds: { onTrack: 90, offTrack: 70, staleAfterDays: 90 },
});

/**
 * The slippage bands many councils report: complete; on track; delayed by
 * less than 3 months (late by up to 90 days, or schedule performance below
 * `offTrack`); will not be met within 3 months (more than 90 days late).
 *
 * @example
 * ```ts
 * ragStatus(r4, { asOf: '2006-06-30', rules: COUNCIL_SLIPPAGE_RULES }).status //=> 'not-met-within-3-months'
 * ```
 * @category Rules
 */
export const COUNCIL_SLIPPAGE_RULES: ProgressRules = /* @__PURE__ */ _deepFreeze({
  id: 'council-slippage',
  name: 'Slippage bands',
  scale: [
    COMPLETE,
    NOT_STARTED,
    NO_DEADLINE,
    { id: 'on-track', label: 'On track', color: 'green', rank: 2, score: 0 },
    { id: 'delayed-under-3-months', label: 'Delayed by less than 3 months', color: 'amber', rank: 3, score: 50 },
    { id: 'not-met-within-3-months', label: 'Will not be met within 3 months', color: 'red', rank: 4, score: 100 },
  ],
  rules: [
    RULE_COMPLETE,
    RULE_NO_DEADLINE,
    { id: 'overdue-long', when: { metric: 'slippageDays', op: 'gt', value: 90 }, status: 'not-met-within-3-months' },
    { id: 'overdue', when: { metric: 'slippageDays', op: 'gt', value: 0 }, status: 'delayed-under-3-months' },
    RULE_NOT_STARTED,
    { id: 'off-track', when: { metric: 'schedulePerformance', op: 'lt', value: 'offTrack' }, status: 'delayed-under-3-months' },
  ],
  default: { status: 'on-track' },
  thresholds: { onTrack: 90, offTrack: 70, staleAfterDays: 90 },
});

/**
 * A scrutiny panel's recommendation tracker: achieved within timescale (or
 * outside it); on track, not yet due; slipped (re-dated: past its original
 * date, the new one not yet passed); not achieved (past its current date).
 *
 * @example
 * ```ts
 * ragStatus(r4, { asOf: '2006-06-30', rules: RECOMMENDATION_TRACKER_RULES }).status //=> 'not-achieved'
 * ```
 * @category Rules
 */
export const RECOMMENDATION_TRACKER_RULES: ProgressRules = /* @__PURE__ */ _deepFreeze({
  id: 'recommendation-tracker',
  name: 'Recommendation tracker',
  scale: [
    { id: 'achieved', label: 'Achieved within timescale', color: 'blue', rank: 0, score: 0, complete: true },
    { id: 'achieved-late', label: 'Achieved outside timescale', color: 'blue', rank: 1, score: 25, complete: true },
    NO_DEADLINE,
    NOT_STARTED,
    { id: 'on-track', label: 'On track, not yet due', color: 'green', rank: 2, score: 0 },
    { id: 'slipped', label: 'Slipped', color: 'amber', rank: 3, score: 50 },
    { id: 'not-achieved', label: 'Not achieved', color: 'red', rank: 4, score: 100 },
  ],
  rules: [
    {
      id: 'achieved',
      when: { all: [{ status: ['complete'] }, { not: { metric: 'slippageDays', op: 'gt', value: 0 } }] },
      status: 'achieved',
    },
    { id: 'achieved-late', when: { status: ['complete'] }, status: 'achieved-late' },
    RULE_NO_DEADLINE,
    { id: 'not-achieved', when: { metric: 'slippageDays', op: 'gt', value: 0 }, status: 'not-achieved' },
    { id: 'slipped', when: { metric: 'baselineSlippageDays', op: 'gt', value: 0 }, status: 'slipped' },
  ],
  default: { status: 'on-track' },
  thresholds: { onTrack: 90, offTrack: 70, staleAfterDays: 90 },
});

/**
 * "Reported RAG wins unless the evidence contradicts it": the RAG an officer
 * reported stands, except that a reported green or amber on a late item
 * becomes red, and a reported green under `offTrack` schedule performance
 * becomes amber. Items with no reported RAG get the default rules.
 *
 * @example
 * ```ts
 * ragStatus({ ...r4, rag: 'green' }, { asOf: '2006-06-30', rules: REPORTED_RAG_RULES }).rule //=> 'contradicted-late'
 * ```
 * @category Rules
 */
export const REPORTED_RAG_RULES: ProgressRules = /* @__PURE__ */ _deepFreeze({
  id: 'reported-rag',
  name: 'Reported RAG unless contradicted',
  scale: RAG_SCALE,
  rules: [
    RULE_COMPLETE,
    {
      id: 'contradicted-late',
      when: { all: [{ rag: ['green', 'amber-green', 'amber', 'blue'] }, { metric: 'slippageDays', op: 'gt', value: 0 }] },
      status: 'red',
      reason: 'contradicted by the evidence: {summary}',
    },
    {
      id: 'contradicted-off-track',
      when: { all: [{ rag: ['green', 'amber-green', 'blue'] }, { metric: 'schedulePerformance', op: 'lt', value: 'offTrack' }] },
      status: 'amber',
      reason: 'contradicted by the evidence: {summary}',
    },
    { id: 'reported-red', when: { rag: ['red', 'amber-red'] }, status: 'red' },
    { id: 'reported-amber', when: { rag: ['amber', 'amber-green'] }, status: 'amber' },
    { id: 'reported-green', when: { rag: ['green', 'blue'] }, status: 'green' },
    RULE_NO_DEADLINE,
    RULE_OVERDUE,
    RULE_NOT_STARTED,
    RULE_OFF_TRACK,
    RULE_MILESTONES_MISSED,
    RULE_BEHIND,
    RULE_STALE,
  ],
  default: { status: 'green' },
  thresholds: { onTrack: 90, offTrack: 70, staleAfterDays: 90 },
});

/**
 * Every preset, keyed by id, for pickers and tests.
 *
 * @example
 * ```ts
 * Object.keys(PROGRESS_RULES_PRESETS).length //=> 6
 * ```
 * @category Rules
 */
export const PROGRESS_RULES_PRESETS: Readonly<Record<string, ProgressRules>> = /* @__PURE__ */ _deepFreeze({
  default: DEFAULT_PROGRESS_RULES,
  'delivery-confidence': DELIVERY_CONFIDENCE_RULES,
  'delivery-confidence-3': DELIVERY_CONFIDENCE_THREE_POINT_RULES,
  'council-slippage': COUNCIL_SLIPPAGE_RULES,
  'recommendation-tracker': RECOMMENDATION_TRACKER_RULES,
  'reported-rag': REPORTED_RAG_RULES,
});
