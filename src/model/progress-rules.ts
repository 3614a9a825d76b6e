import { z } from 'zod';
import { ReportedRagSchema, StatusSchema } from './status.js';

/**
 * A figure the progress rules can test. Days are calendar days unless the
 * caller asks for working days.
 *
 * - `slippageDays`: days late against the current due date (negative = days to spare);
 * - `baselineSlippageDays`: the same against the original (baseline) due date;
 * - `daysToDeadline`: days from `asOf` to the due date;
 * - `percentComplete`: as reported; `percentTimeElapsed`: share of the timescale gone by;
 * - `schedulePerformance`: percent complete ÷ percent of time elapsed × 100;
 * - `daysSinceUpdate`: age of the last progress update;
 * - `milestonesMissed`: milestones past due and not done.
 *
 * @example
 * ```ts
 * RuleMetricSchema.parse('schedulePerformance') //=> 'schedulePerformance'
 * ```
 * @category Rules
 */
export const RuleMetricSchema = z.enum([
  'slippageDays',
  'baselineSlippageDays',
  'daysToDeadline',
  'percentComplete',
  'percentTimeElapsed',
  'schedulePerformance',
  'daysSinceUpdate',
  'milestonesMissed',
]);

/**
 * A metric name; see {@link RuleMetricSchema}.
 *
 * @example
 * ```ts
 * const m: RuleMetric = 'slippageDays';
 * ```
 * @category Rules
 */
export type RuleMetric = z.infer<typeof RuleMetricSchema>;

/**
 * The name of a threshold of {@link ProgressRules} that a condition can use
 * as its `value` (`"value": "onTrack"`), so a council changes a threshold in
 * one place: `onTrack` and `offTrack` (schedule performance, defaults 90 and
 * 70) and `staleAfterDays` (age of the last update, default 90).
 *
 * @example
 * ```ts
 * RuleThresholdSchema.parse('offTrack') //=> 'offTrack'
 * ```
 * @category Rules
 */
export const RuleThresholdSchema = z.enum(['onTrack', 'offTrack', 'staleAfterDays']);

/**
 * A threshold name; see {@link RuleThresholdSchema}.
 *
 * @example
 * ```ts
 * const t: RuleThreshold = 'onTrack';
 * ```
 * @category Rules
 */
export type RuleThreshold = z.infer<typeof RuleThresholdSchema>;

/**
 * A condition of a progress rule: a comparison on a metric, a test of the
 * reported status or RAG, whether there is a deadline, or `all`/`any`/`not`
 * of other conditions. Plain JSON, so a council can write its own.
 *
 * @example
 * ```ts
 * const c: RuleCondition = { all: [{ metric: 'slippageDays', op: 'gt', value: 0 }, { status: ['in-progress'] }] };
 * ```
 * @category Rules
 */
export type RuleCondition =
  | { metric: RuleMetric; op: 'lt' | 'lte' | 'gt' | 'gte' | 'eq' | 'ne'; value: number | RuleThreshold }
  | { metric: RuleMetric; op: 'present' | 'missing' }
  | { status: z.infer<typeof StatusSchema>[] }
  | { rag: z.infer<typeof ReportedRagSchema>[] }
  | { hasDeadline: boolean }
  | { all: RuleCondition[] }
  | { any: RuleCondition[] }
  | { not: RuleCondition };

/**
 * Schema of a {@link RuleCondition}; recursive.
 *
 * @example
 * ```ts
 * RuleConditionSchema.parse({ metric: 'slippageDays', op: 'gt', value: 90 }) //=> { metric: 'slippageDays', op: 'gt', value: 90 }
 * ```
 * @category Rules
 */
export const RuleConditionSchema: z.ZodType<RuleCondition> = z
  .union([
    z.strictObject({
      metric: RuleMetricSchema,
      op: z.enum(['lt', 'lte', 'gt', 'gte', 'eq', 'ne']),
      value: z.union([z.number(), RuleThresholdSchema]),
    }),
    z.strictObject({ metric: RuleMetricSchema, op: z.enum(['present', 'missing']) }),
    z.strictObject({ status: z.array(StatusSchema) }),
    z.strictObject({ rag: z.array(ReportedRagSchema) }),
    z.strictObject({ hasDeadline: z.boolean() }),
    z.strictObject({
      get all() {
        return z.array(RuleConditionSchema);
      },
    }),
    z.strictObject({
      get any() {
        return z.array(RuleConditionSchema);
      },
    }),
    z.strictObject({
      get not() {
        return RuleConditionSchema;
      },
    }),
  ])
  .meta({ id: 'RuleCondition' });

/**
 * One rule: when its condition holds, the item gets `status`. `reason` is a
 * template; `{due}`, `{slippageDays}`, `{daysSinceUpdate}` and the other
 * metric names are filled in.
 *
 * @example
 * ```ts
 * ProgressRuleSchema.parse({ id: 'late', when: { metric: 'slippageDays', op: 'gt', value: 0 }, status: 'red' }).status //=> 'red'
 * ```
 * @category Rules
 */
export const ProgressRuleSchema = z
  .object({
    id: z.string().min(1),
    when: RuleConditionSchema,
    status: z.string().min(1),
    reason: z.string().optional(),
  })
  .meta({ id: 'ProgressRule' });

/**
 * A rule; see {@link ProgressRuleSchema}.
 *
 * @example
 * ```ts
 * const r: ProgressRule = { id: 'done', when: { status: ['complete'] }, status: 'complete' };
 * ```
 * @category Rules
 */
export type ProgressRule = z.infer<typeof ProgressRuleSchema>;

/**
 * A status the rules can give, with its place on the scale: `rank` orders
 * from best (0) to worst, `score` (0 best to 100 worst) is used by weighted
 * roll-ups, `excluded` statuses (cancelled, superseded …) are counted apart,
 * and `complete` marks the statuses a complete item may have (a complete item
 * never gets any other).
 *
 * @example
 * ```ts
 * RuleStatusSchema.parse({ id: 'red', label: 'Red', rank: 4 }).rank //=> 4
 * ```
 * @category Rules
 */
export const RuleStatusSchema = z
  .object({
    id: z.string().min(1),
    label: z.string(),
    color: z.string().optional(),
    rank: z.number(),
    score: z.number().optional(),
    excluded: z.boolean().optional(),
    complete: z.boolean().optional(),
  })
  .meta({ id: 'RuleStatus' });

/**
 * A status on a rules scale; see {@link RuleStatusSchema}.
 *
 * @example
 * ```ts
 * const s: RuleStatus = { id: 'green', label: 'Green', rank: 1 };
 * ```
 * @category Rules
 */
export type RuleStatus = z.infer<typeof RuleStatusSchema>;

/**
 * Statuses every set of rules may give without listing them on its scale:
 * `complete`, `no-deadline`, `not-started`, and the excluded `cancelled`,
 * `deferred` and `superseded`. A scale may list them to relabel or re-rank them.
 *
 * @example
 * ```ts
 * BUILT_IN_STATUS_IDS.includes('no-deadline') //=> true
 * ```
 * @category Rules
 */
export const BUILT_IN_STATUS_IDS: readonly string[] = /* @__PURE__ */ Object.freeze(['complete', 'no-deadline', 'not-started', 'cancelled', 'deferred', 'superseded']);

/**
 * How progress is judged: a scale of statuses, an ordered list of rules
 * (first match wins) and a default, with the thresholds conditions can name.
 * Declarative and JSON-serialisable, so a council can define its own without
 * code. Every rule's status must be on the scale (or built in, see
 * {@link BUILT_IN_STATUS_IDS}); ids are unique.
 *
 * @example
 * ```ts
 * ProgressRulesSchema.parse({
 *   id: 'simple',
 *   name: 'Late is red',
 *   scale: [{ id: 'green', label: 'Green', rank: 0 }, { id: 'red', label: 'Red', rank: 1 }],
 *   rules: [{ id: 'late', when: { metric: 'slippageDays', op: 'gt', value: 0 }, status: 'red' }],
 *   default: { status: 'green' },
 * }).rules.length //=> 1
 * ```
 * @category Rules
 */
export const ProgressRulesSchema = z
  .object({
    id: z.string().min(1),
    name: z.string(),
    description: z.string().optional(),
    scale: z.array(RuleStatusSchema).min(1),
    rules: z.array(ProgressRuleSchema),
    default: z.object({ status: z.string().min(1), reason: z.string().optional() }),
    thresholds: z
      .object({
        onTrack: z.number().default(90),
        offTrack: z.number().default(70),
        staleAfterDays: z.number().default(90),
      })
      .prefault({}),
  })
  .superRefine((rules, ctx) => {
    const ids = new Set<string>();
    rules.scale.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['scale', i, 'id'], message: `Status \`${s.id}\` is on the scale twice` });
      ids.add(s.id);
    });
    for (const id of BUILT_IN_STATUS_IDS) ids.add(id);
    const ruleIds = new Set<string>();
    rules.rules.forEach((r, i) => {
      if (ruleIds.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `Rule id \`${r.id}\` is used twice` });
      ruleIds.add(r.id);
      if (!ids.has(r.status))
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'status'], message: `Unexpected status \`${r.status}\`, expected one on the scale` });
    });
    if (!ids.has(rules.default.status))
      ctx.addIssue({ code: 'custom', path: ['default', 'status'], message: `Unexpected status \`${rules.default.status}\`, expected one on the scale` });
  })
  .meta({ id: 'ProgressRules' });

/**
 * Progress rules; see {@link ProgressRulesSchema}.
 *
 * @example
 * ```ts
 * const rules: ProgressRules = ProgressRulesSchema.parse(JSON.parse(councilJson));
 * ```
 * @category Rules
 */
export type ProgressRules = z.infer<typeof ProgressRulesSchema>;
