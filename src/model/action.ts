import { z } from 'zod';
import { IsoDateSchema } from './date.js';
import { ReportedRagSchema, StatusSchema } from './status.js';
import { TimescaleSchema } from './timescale.js';

/**
 * One item of a (possibly nested) list, as written in a methodology or
 * outputs cell.
 *
 * @example
 * ```ts
 * const item: ListItem = { text: 'Set up a working-group', children: [{ text: 'suitable venues' }] };
 * ```
 * @category Model
 */
export interface ListItem {
  /** The item's text. */
  text: string;
  /** Nested items, where the source nests them. */
  children?: ListItem[] | undefined;
}

/**
 * Schema of a {@link ListItem}; recursive.
 *
 * @example
 * ```ts
 * ListItemSchema.parse({ text: 'a', children: [{ text: 'b' }] }).children?.[0]?.text //=> 'b'
 * ```
 * @category Model
 */
export const ListItemSchema: z.ZodType<ListItem> = z
  .object({
    text: z.string(),
    get children() {
      return z.array(ListItemSchema).optional();
    },
  })
  .meta({ id: 'ListItem' });

/**
 * Where a model object came from: the document's name, and the 1-based line
 * and column of its first word.
 *
 * @example
 * ```ts
 * SourceRefSchema.parse({ document: 'action-plan.tsv', line: 5 }).line //=> 5
 * ```
 * @category Model
 */
export const SourceRefSchema = z
  .object({
    document: z.string().optional(),
    line: z.number().int().min(1).optional(),
    column: z.number().int().min(1).optional(),
  })
  .meta({ id: 'SourceRef' });

/**
 * Where an object came from; see {@link SourceRefSchema}.
 *
 * @example
 * ```ts
 * const s: SourceRef = { document: 'review.md', line: 32 };
 * ```
 * @category Model
 */
export type SourceRef = z.infer<typeof SourceRefSchema>;

/**
 * One entry of an item's progress history: what was reported on a date. A
 * `revisedTimescale` records that the item was re-dated (the earlier
 * timescale stays its baseline).
 *
 * @example
 * ```ts
 * ProgressUpdateSchema.parse({ date: '2008-10-01', status: 'in-progress', percentComplete: 40 }).percentComplete //=> 40
 * ```
 * @category Model
 */
export const ProgressUpdateSchema = z
  .object({
    date: IsoDateSchema,
    status: StatusSchema.optional(),
    percentComplete: z.number().min(0).max(100).optional(),
    rag: ReportedRagSchema.optional(),
    comment: z.string().optional(),
    author: z.string().optional(),
    revisedTimescale: TimescaleSchema.optional(),
    reason: z.string().optional(),
  })
  .meta({ id: 'ProgressUpdate' });

/**
 * A progress update; see {@link ProgressUpdateSchema}.
 *
 * @example
 * ```ts
 * const u: ProgressUpdate = { date: '2009-01-15', rag: 'amber', comment: 'Venue not yet booked' };
 * ```
 * @category Model
 */
export type ProgressUpdate = z.infer<typeof ProgressUpdateSchema>;

/**
 * A dated step inside an action ("Costs and funding identified by October").
 *
 * @example
 * ```ts
 * MilestoneSchema.parse({ text: 'Event hosted by April 2009', timescale: { text: 'by April 2009', kind: 'month', end: '2009-04-30' } }).done //=> undefined
 * ```
 * @category Model
 */
export const MilestoneSchema = z
  .object({
    text: z.string(),
    timescale: TimescaleSchema.optional(),
    done: z.boolean().optional(),
    completedOn: IsoDateSchema.optional(),
  })
  .meta({ id: 'Milestone' });

/**
 * A milestone; see {@link MilestoneSchema}.
 *
 * @example
 * ```ts
 * const m: Milestone = { text: 'Working-group set-up by September', done: true };
 * ```
 * @category Model
 */
export type Milestone = z.infer<typeof MilestoneSchema>;

/**
 * A measured value of an indicator for one period.
 *
 * @example
 * ```ts
 * IndicatorValueSchema.parse({ period: '2008/09', value: 3 }).value //=> 3
 * ```
 * @category Model
 */
export const IndicatorValueSchema = z
  .object({
    period: z.string(),
    date: IsoDateSchema.optional(),
    value: z.number(),
  })
  .meta({ id: 'IndicatorValue' });

/**
 * An indicator value; see {@link IndicatorValueSchema}.
 *
 * @example
 * ```ts
 * const v: IndicatorValue = { period: 'Q3 2023/24', value: 12 };
 * ```
 * @category Model
 */
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

/**
 * A measurable of a plan: baseline, target and actuals, which way is better,
 * and the unit ("Four learning opportunities/events by March 2009" is a target
 * of 4 due 2009-03-31).
 *
 * @example
 * ```ts
 * IndicatorSchema.parse({ id: 'events', title: 'Learning events', direction: 'higher', target: 4, due: '2009-03-31' }).target //=> 4
 * ```
 * @category Model
 */
export const IndicatorSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    unit: z.string().optional(),
    direction: z.enum(['higher', 'lower']).default('higher'),
    baseline: z.number().optional(),
    target: z.number().optional(),
    due: IsoDateSchema.optional(),
    actuals: z.array(IndicatorValueSchema).default([]),
    targets: z.array(IndicatorValueSchema).optional(),
  })
  .meta({ id: 'Indicator' });

/**
 * An indicator; see {@link IndicatorSchema}.
 *
 * @example
 * ```ts
 * const i: Indicator = { id: 'events', title: 'Learning events', direction: 'higher', target: 4, actuals: [] };
 * ```
 * @category Model
 */
export type Indicator = z.infer<typeof IndicatorSchema>;

/**
 * An action of a plan: what will be done, how, by when, by whom, what it
 * should produce and achieve, and how it is going. Array fields default to
 * empty; `extra` keeps columns the reader could not map, keyed by header, so
 * nothing written is lost.
 *
 * @example
 * ```ts
 * const a = ActionSchema.parse({ id: 'a1', ref: '1', title: 'To develop the Future Options for the Partnership' });
 * a.leads //=> []
 * ```
 * @category Model
 */
export const ActionSchema = z
  .object({
    id: z.string().min(1),
    ref: z.string().optional(),
    title: z.string(),
    description: z.string().optional(),
    methods: z.array(ListItemSchema).default([]),
    timescale: TimescaleSchema.optional(),
    baselineTimescale: TimescaleSchema.optional(),
    leads: z.array(z.string()).default([]),
    outputs: z.array(ListItemSchema).default([]),
    milestones: z.array(MilestoneSchema).default([]),
    outcomes: z.array(z.string()).default([]),
    comments: z.array(z.string()).default([]),
    indicators: z.array(IndicatorSchema).default([]),
    themeIds: z.array(z.string()).default([]),
    priorityIds: z.array(z.string()).default([]),
    recommendationIds: z.array(z.string()).default([]),
    characteristics: z.array(z.string()).default([]),
    status: StatusSchema.optional(),
    rag: ReportedRagSchema.optional(),
    percentComplete: z.number().min(0).max(100).optional(),
    startedOn: IsoDateSchema.optional(),
    completedOn: IsoDateSchema.optional(),
    updates: z.array(ProgressUpdateSchema).default([]),
    extra: z.record(z.string(), z.string()).optional(),
    source: SourceRefSchema.optional(),
  })
  .meta({ id: 'Action' });

/**
 * An action as stored (array fields present); see {@link ActionSchema}.
 *
 * @example
 * ```ts
 * const a: Action = ActionSchema.parse({ id: 'a1', title: 'Hold a summit' });
 * ```
 * @category Model
 */
export type Action = z.infer<typeof ActionSchema>;

/**
 * An action as accepted by {@link ActionSchema} (array fields optional).
 *
 * @example
 * ```ts
 * const input: ActionInput = { id: 'a1', title: 'Hold a summit' };
 * ```
 * @category Model
 */
export type ActionInput = z.input<typeof ActionSchema>;
