import { z } from 'zod';
import { IsoDateSchema } from './date.js';
import { DiagnosticSchema } from './diagnostic.js';

/**
 * What kind of time a timescale phrase names.
 *
 * - `date`: one day ("31 March 2006"); `month`: a calendar month ("Sept 09");
 * - `range`: from one point to another ("April 2008 – December 2008");
 * - `season`, `quarter`, `financial-year`, `year`;
 * - `ongoing`: open-ended or repeating ("Continuation", "annually", "from April 2010");
 * - `event`: tied to something happening ("upon endorsement of this report");
 * - `relative`: counted from an anchor ("within 6 months");
 * - `unknown`: no date could be read (not an error: "TBC");
 * - `invalid`: a date that does not exist ("31 June 2006").
 *
 * @example
 * ```ts
 * TimescaleKindSchema.parse('financial-year') //=> 'financial-year'
 * ```
 * @category Model
 */
export const TimescaleKindSchema = z.enum([
  'date',
  'month',
  'range',
  'season',
  'quarter',
  'financial-year',
  'year',
  'ongoing',
  'event',
  'relative',
  'unknown',
  'invalid',
]);

/**
 * Kind of a {@link Timescale}.
 *
 * @example
 * ```ts
 * const k: TimescaleKind = 'season';
 * ```
 * @category Model
 */
export type TimescaleKind = z.infer<typeof TimescaleKindSchema>;

/**
 * One period of a timescale that names several ("August 2008 – April 2009 (for
 * Year 3) August 2009 – April 2010 (for Year 4)").
 *
 * @example
 * ```ts
 * PeriodSchema.parse({ text: 'August 2008 – April 2009', kind: 'range', start: '2008-08-01', end: '2009-04-30', label: 'Year 3' }).label //=> 'Year 3'
 * ```
 * @category Model
 */
export const PeriodSchema = z
  .object({
    text: z.string(),
    kind: TimescaleKindSchema,
    start: IsoDateSchema.optional(),
    end: IsoDateSchema.optional(),
    label: z.string().optional(),
  })
  .meta({ id: 'Period' });

/**
 * One period of a multi-period {@link Timescale}.
 *
 * @example
 * ```ts
 * const p: Period = { text: '2008/09', kind: 'financial-year', start: '2008-04-01', end: '2009-03-31' };
 * ```
 * @category Model
 */
export type Period = z.infer<typeof PeriodSchema>;

/**
 * A deadline or window as people write it, with the dates it resolves to.
 * `text` is always the original words. `start`/`end` are inclusive ISO
 * dates; either may be missing ("by X" has no start, "from X" no end).
 * `periods` lists each period where a cell names several; `yearAssumed` is
 * set when a year was taken from context ("by October" inside a 2008 plan).
 * `baseline` is the date a revision note says this one replaced ("March 2024
 * (revised from Dec 2023)" ends 2024-03-31 with a baseline ending 2023-12-31).
 *
 * @example
 * ```ts
 * TimescaleSchema.parse({ text: 'by 31 March 2006', kind: 'date', end: '2006-03-31' }).end //=> '2006-03-31'
 * ```
 * @category Model
 */
export const TimescaleSchema = z
  .object({
    text: z.string(),
    kind: TimescaleKindSchema,
    start: IsoDateSchema.optional(),
    end: IsoDateSchema.optional(),
    periods: z.array(PeriodSchema).optional(),
    yearAssumed: z.boolean().optional(),
    event: z.string().optional(),
    relative: z
      .object({
        amount: z.number(),
        unit: z.enum(['day', 'week', 'month', 'year']),
      })
      .optional(),
    recurrence: z.string().optional(),
    baseline: PeriodSchema.optional(),
    diagnostics: z.array(DiagnosticSchema).optional(),
  })
  .meta({ id: 'Timescale' });

/**
 * A parsed timescale; see {@link TimescaleSchema}.
 *
 * @example
 * ```ts
 * const t: Timescale = { text: 'April 2008 – December 2008', kind: 'range', start: '2008-04-01', end: '2008-12-31' };
 * ```
 * @category Model
 */
export type Timescale = z.infer<typeof TimescaleSchema>;
