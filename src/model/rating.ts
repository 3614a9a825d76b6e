import { z } from 'zod';
import { SourceRefSchema } from './action.js';

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?$/;

/**
 * Whether `value` is a year, a month or a day written the ISO way
 * (`YYYY`, `YYYY-MM` or a real `YYYY-MM-DD`): a date given as precisely as
 * the source gives it ("In 2009", "in March 2014").
 *
 * @param value - Any value.
 * @returns `true` for `2009`, `2014-03` or a real calendar date.
 * @example
 * ```ts
 * isPartialDate('2014-03') //=> true
 * isPartialDate('2014-13') //=> false
 * isPartialDate('2014-02-30') //=> false
 * ```
 * @category Model
 */
export function isPartialDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = PARTIAL_DATE.exec(value);
  if (m === null) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const days = month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day >= 1 && day <= days;
}

/**
 * A rating of a body against a framework's levels — "in May 2016 the
 * service was rated 'Achieving' against the FRS Equality Framework",
 * "1/Developing" for one outcome of the NHS's EDS 2022 —
 * with the date it was given, as precisely as the source says it, and the
 * words it was read from.
 *
 * - `framework`: the id of a known framework (shipped or passed in), when the
 *   text names one; `frameworkName`: the framework as the text names it.
 * - `level`: the level's id in that framework (`achieving`), `label` as
 *   the framework spells it.
 * - `themeId`: the module, domain or outcome rated, when the rating is for
 *   one part of the framework.
 * - `score`: a number written with the level ("2/Achieving").
 * - `stance`: `given` (the rating was given), `previous` (a rating left
 *   behind: "moved up from 'Developing'"), `sought` (a level aimed at
 *   and not yet given: "working towards 'Excellent'").
 *
 * @example
 * ```ts
 * RatingSchema.parse({ framework: 'frsef-2017', level: 'excellent', label: 'Excellent', date: '2016-05', text: "rated 'Excellent'" }).stance //=> 'given'
 * ```
 * @category Model
 */
export const RatingSchema = z
  .object({
    framework: z.string().min(1).optional(),
    frameworkName: z.string().optional(),
    level: z.string().min(1),
    label: z.string(),
    themeId: z.string().optional(),
    score: z.number().optional(),
    date: z
      .string()
      .refine(isPartialDate, { message: 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD' })
      .optional(),
    stance: z.enum(['given', 'previous', 'sought']).default('given'),
    text: z.string(),
    source: SourceRefSchema.optional(),
  })
  .meta({ id: 'Rating' });

/**
 * A rating; see {@link RatingSchema}.
 *
 * @example
 * ```ts
 * const r: Rating = { level: 'achieving', label: 'Achieving', stance: 'given', text: 'peers confirmed our “achieving” status' };
 * ```
 * @category Model
 */
export type Rating = z.infer<typeof RatingSchema>;
