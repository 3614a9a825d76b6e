import { z } from 'zod';
import { RatingSchema } from './rating.js';
import { ActionSchema, SourceRefSchema } from './action.js';
import { IsoDateSchema } from './date.js';
import { RecommendationSchema, SectionSchema } from './review.js';
import { TimescaleSchema } from './timescale.js';

/**
 * A theme of a plan or strategy: a thematic action area, an objective or
 * sub-objective, with its mission or aim and its priorities for action.
 * `timescale` is the objective's own: a repeat its measure of success names
 * ("a biennial tenant census"), or the one timescale all its actions share.
 *
 * @example
 * ```ts
 * ThemeSchema.parse({ id: 'transport', title: 'Transport' }).priorities //=> []
 * ThemeSchema.parse({ id: 'staff', title: 'Staff', timescale: { text: 'Ongoing', kind: 'ongoing' } }).timescale?.kind //=> 'ongoing'
 * ```
 * @category Model
 */
export const ThemeSchema = z
  .object({
    id: z.string().min(1),
    ref: z.string().optional(),
    title: z.string(),
    mission: z.string().optional(),
    aim: z.string().optional(),
    description: z.string().optional(),
    priorities: z.array(z.string()).default([]),
    timescale: TimescaleSchema.optional(),
    parentId: z.string().optional(),
    source: SourceRefSchema.optional(),
  })
  .meta({ id: 'Theme' });

/**
 * A theme; see {@link ThemeSchema}.
 *
 * @example
 * ```ts
 * const t: Theme = ThemeSchema.parse({ id: 'social-value', title: 'Social Value' });
 * ```
 * @category Model
 */
export type Theme = z.infer<typeof ThemeSchema>;

/**
 * A cross-cutting priority or a guiding principle of a strategy.
 *
 * @example
 * ```ts
 * PrioritySchema.parse({ id: 'data', title: 'Improving data and evidence on race inequality' }).id //=> 'data'
 * ```
 * @category Model
 */
export const PrioritySchema = z
  .object({
    id: z.string().min(1),
    title: z.string(),
    description: z.string().optional(),
    priorities: z.array(z.string()).default([]),
    source: SourceRefSchema.optional(),
  })
  .meta({ id: 'Priority' });

/**
 * A cross-cutting priority or principle; see {@link PrioritySchema}.
 *
 * @example
 * ```ts
 * const p: Priority = PrioritySchema.parse({ id: 'leadership', title: 'Advancing diversity in leadership' });
 * ```
 * @category Model
 */
export type Priority = z.infer<typeof PrioritySchema>;

/**
 * An action plan or scheme of objectives: its period, owner body, themes and
 * actions.
 *
 * @example
 * ```ts
 * ActionPlanSchema.parse({ kind: 'action-plan', title: 'Action Plan 2008/10' }).actions //=> []
 * ```
 * @category Model
 */
export const ActionPlanSchema = z
  .object({
    kind: z.literal('action-plan'),
    title: z.string(),
    period: TimescaleSchema.optional(),
    owner: z.string().optional(),
    description: z.string().optional(),
    themes: z.array(ThemeSchema).default([]),
    actions: z.array(ActionSchema).default([]),
    body: z.array(SectionSchema).default([]),
    metadata: z.record(z.string(), z.string()).default({}),
    ratings: z.array(RatingSchema).optional(),
    source: SourceRefSchema.optional(),
  })
  .meta({ id: 'ActionPlan' });

/**
 * An action plan; see {@link ActionPlanSchema}.
 *
 * @example
 * ```ts
 * const p: ActionPlan = ActionPlanSchema.parse({ kind: 'action-plan', title: 'Plan' });
 * ```
 * @category Model
 */
export type ActionPlan = z.infer<typeof ActionPlanSchema>;

/**
 * A strategy: themes with their missions and priorities for action,
 * cross-cutting priorities, guiding principles, and the metadata of the report
 * that carries it (date, portfolio lead …).
 *
 * @example
 * ```ts
 * StrategySchema.parse({ kind: 'strategy', title: 'Race Equalities Taskforce strategy' }).principles //=> []
 * ```
 * @category Model
 */
export const StrategySchema = z
  .object({
    kind: z.literal('strategy'),
    title: z.string(),
    date: IsoDateSchema.optional(),
    period: TimescaleSchema.optional(),
    owner: z.string().optional(),
    themes: z.array(ThemeSchema).default([]),
    crossCuttingPriorities: z.array(PrioritySchema).default([]),
    principles: z.array(PrioritySchema).default([]),
    actions: z.array(ActionSchema).default([]),
    body: z.array(SectionSchema).default([]),
    metadata: z.record(z.string(), z.string()).default({}),
    ratings: z.array(RatingSchema).optional(),
    source: SourceRefSchema.optional(),
  })
  .meta({ id: 'Strategy' });

/**
 * A strategy; see {@link StrategySchema}.
 *
 * @example
 * ```ts
 * const s: Strategy = StrategySchema.parse({ kind: 'strategy', title: 'Strategy' });
 * ```
 * @category Model
 */
export type Strategy = z.infer<typeof StrategySchema>;

/**
 * One area examined by a peer review (e.g. "1.1 Leadership and corporate
 * commitment") with its strengths, areas for improvement and actions.
 *
 * @example
 * ```ts
 * PeerReviewAreaSchema.parse({ ref: '1.1', title: 'Leadership and corporate commitment' }).strengths //=> []
 * ```
 * @category Model
 */
export const PeerReviewAreaSchema = z
  .object({
    ref: z.string(),
    title: z.string(),
    strengths: z.array(z.string()).default([]),
    improvements: z.array(z.string()).default([]),
    actions: z.array(ActionSchema).default([]),
    source: SourceRefSchema.optional(),
  })
  .meta({ id: 'PeerReviewArea' });

/**
 * An area of a peer review; see {@link PeerReviewAreaSchema}.
 *
 * @example
 * ```ts
 * const a: PeerReviewArea = PeerReviewAreaSchema.parse({ ref: '4.1', title: 'Employment and Training' });
 * ```
 * @category Model
 */
export type PeerReviewArea = z.infer<typeof PeerReviewAreaSchema>;

/**
 * Peer-review findings and the action plan answering them; where the
 * document is a body's decision on a peer review ("That the improvement plan
 * answering the assessors be approved"), its recommendations.
 *
 * @example
 * ```ts
 * PeerReviewSchema.parse({ kind: 'peer-review' }).areas //=> []
 * ```
 * @category Model
 */
export const PeerReviewSchema = z
  .object({
    kind: z.literal('peer-review'),
    title: z.string().optional(),
    date: IsoDateSchema.optional(),
    owner: z.string().optional(),
    areas: z.array(PeerReviewAreaSchema).default([]),
    recommendations: z.array(RecommendationSchema).default([]),
    body: z.array(SectionSchema).default([]),
    metadata: z.record(z.string(), z.string()).default({}),
    ratings: z.array(RatingSchema).optional(),
    source: SourceRefSchema.optional(),
  })
  .meta({ id: 'PeerReview' });

/**
 * A peer review; see {@link PeerReviewSchema}.
 *
 * @example
 * ```ts
 * const p: PeerReview = PeerReviewSchema.parse({ kind: 'peer-review', title: 'Equality Standard peer review' });
 * ```
 * @category Model
 */
export type PeerReview = z.infer<typeof PeerReviewSchema>;
