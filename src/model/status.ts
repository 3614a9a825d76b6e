import { z } from 'zod';

/**
 * Progress status as councils write it, normalised. `cancelled`, `deferred`
 * and `superseded` items are left out of progress roll-ups and counted apart.
 *
 * @example
 * ```ts
 * StatusSchema.parse('on-hold') //=> 'on-hold'
 * ```
 * @category Model
 */
export const StatusSchema = z.enum([
  'not-started',
  'in-progress',
  'complete',
  'ongoing',
  'deferred',
  'on-hold',
  'pending',
  'cancelled',
  'superseded',
]);

/**
 * A normalised progress status; see {@link StatusSchema}.
 *
 * @example
 * ```ts
 * const s: Status = 'in-progress';
 * ```
 * @category Model
 */
export type Status = z.infer<typeof StatusSchema>;

/**
 * A RAG rating as reported in a document (not as judged by rules): three
 * colours, the five-point Delivery Confidence scale, and blue for complete.
 *
 * @example
 * ```ts
 * ReportedRagSchema.parse('amber-green') //=> 'amber-green'
 * ```
 * @category Model
 */
export const ReportedRagSchema = z.enum(['red', 'amber-red', 'amber', 'amber-green', 'green', 'blue']);

/**
 * A reported RAG; see {@link ReportedRagSchema}.
 *
 * @example
 * ```ts
 * const r: ReportedRag = 'amber';
 * ```
 * @category Model
 */
export type ReportedRag = z.infer<typeof ReportedRagSchema>;

/**
 * Response to a review recommendation.
 *
 * @example
 * ```ts
 * ResponseSchema.parse('partially-accepted') //=> 'partially-accepted'
 * ```
 * @category Model
 */
export const ResponseSchema = z.enum(['accepted', 'partially-accepted', 'rejected', 'noted']);

/**
 * A recommendation response; see {@link ResponseSchema}.
 *
 * @example
 * ```ts
 * const r: RecommendationResponse = 'accepted';
 * ```
 * @category Model
 */
export type RecommendationResponse = z.infer<typeof ResponseSchema>;

/**
 * The nine protected characteristics of the Equality Act 2010, as ids.
 * Councils often add their own (carers, socio-economic status); the model
 * accepts any string, these are the recommended spellings.
 *
 * @example
 * ```ts
 * PROTECTED_CHARACTERISTICS.includes('race') //=> true
 * ```
 * @category Model
 */
export const PROTECTED_CHARACTERISTICS = /* @__PURE__ */ Object.freeze([
  'age',
  'disability',
  'gender-reassignment',
  'marriage-civil-partnership',
  'pregnancy-maternity',
  'race',
  'religion-belief',
  'sex',
  'sexual-orientation',
] as const);
