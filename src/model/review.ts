import { z } from 'zod';
import { RatingSchema } from './rating.js';
import { SourceRefSchema, ProgressUpdateSchema } from './action.js';
import { IsoDateSchema } from './date.js';
import { ResponseSchema, StatusSchema } from './status.js';
import { TimescaleSchema } from './timescale.js';

/**
 * A numbered recommendation of a scrutiny review ("R4 That Regional Concordat
 * partners nominate … by 31 March 2006"), with the owners named in it, its
 * deadline, the response to it and the actions that answer it.
 *
 * @example
 * ```ts
 * RecommendationSchema.parse({ id: 'R4', text: 'That partners nominate a champion by 31 March 2006.' }).owners //=> []
 * ```
 * @category Model
 */
export const RecommendationSchema = z
  .object({
    id: z.string().min(1),
    ref: z.string().optional(),
    text: z.string(),
    owners: z.array(z.string()).default([]),
    timescale: TimescaleSchema.optional(),
    baselineTimescale: TimescaleSchema.optional(),
    response: ResponseSchema.optional(),
    actionIds: z.array(z.string()).default([]),
    status: StatusSchema.optional(),
    percentComplete: z.number().min(0).max(100).optional(),
    completedOn: IsoDateSchema.optional(),
    updates: z.array(ProgressUpdateSchema).default([]),
    themeIds: z.array(z.string()).default([]),
    source: SourceRefSchema.optional(),
  })
  .meta({ id: 'Recommendation' });

/**
 * A recommendation; see {@link RecommendationSchema}.
 *
 * @example
 * ```ts
 * const r: Recommendation = RecommendationSchema.parse({ id: 'R4', text: 'That …' });
 * ```
 * @category Model
 */
export type Recommendation = z.infer<typeof RecommendationSchema>;

/**
 * A titled part of a document's prose, kept so nothing written is lost.
 *
 * @example
 * ```ts
 * SectionSchema.parse({ heading: 'Background', paragraphs: ['The aim …'] }).heading //=> 'Background'
 * ```
 * @category Model
 */
export const SectionSchema = z
  .object({
    heading: z.string(),
    paragraphs: z.array(z.string()).default([]),
    source: SourceRefSchema.optional(),
  })
  .meta({ id: 'Section' });

/**
 * A prose section; see {@link SectionSchema}.
 *
 * @example
 * ```ts
 * const s: Section = { heading: 'Background', paragraphs: [] };
 * ```
 * @category Model
 */
export type Section = z.infer<typeof SectionSchema>;

/**
 * A scrutiny review: its title, prose, dates, panel and recommendations.
 *
 * @example
 * ```ts
 * ReviewSchema.parse({ kind: 'review', title: 'Strategic Review of Equalities and Diversity' }).recommendations //=> []
 * ```
 * @category Model
 */
export const ReviewSchema = z
  .object({
    kind: z.literal('review'),
    title: z.string(),
    owner: z.string().optional(),
    date: IsoDateSchema.optional(),
    period: TimescaleSchema.optional(),
    body: z.array(SectionSchema).default([]),
    panel: z.array(z.string()).default([]),
    contact: z.array(z.string()).default([]),
    recommendations: z.array(RecommendationSchema).default([]),
    metadata: z.record(z.string(), z.string()).default({}),
    ratings: z.array(RatingSchema).optional(),
    source: SourceRefSchema.optional(),
  })
  .meta({ id: 'Review' });

/**
 * A review; see {@link ReviewSchema}.
 *
 * @example
 * ```ts
 * const r: Review = ReviewSchema.parse({ kind: 'review', title: 'Review' });
 * ```
 * @category Model
 */
export type Review = z.infer<typeof ReviewSchema>;
