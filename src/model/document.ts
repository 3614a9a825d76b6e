import { z } from 'zod';
import { ActionPlanSchema, PeerReviewSchema, StrategySchema } from './plan.js';
import { ReviewSchema } from './review.js';

/**
 * Any equality document, told apart by `kind`: `review`, `action-plan`,
 * `strategy` or `peer-review`.
 *
 * @example
 * ```ts
 * EqualityDocumentSchema.parse({ kind: 'strategy', title: 'Strategy' }).kind //=> 'strategy'
 * ```
 * @category Model
 */
export const EqualityDocumentSchema = z
  .discriminatedUnion('kind', [ReviewSchema, ActionPlanSchema, StrategySchema, PeerReviewSchema])
  .meta({ id: 'EqualityDocument' });

/**
 * An equality document; see {@link EqualityDocumentSchema}.
 *
 * @example
 * ```ts
 * function title(doc: EqualityDocument) { return doc.kind === 'peer-review' ? doc.title ?? '' : doc.title; }
 * ```
 * @category Model
 */
export type EqualityDocument = z.infer<typeof EqualityDocumentSchema>;

/**
 * The kind of an {@link EqualityDocument}.
 *
 * @example
 * ```ts
 * const k: DocumentKind = 'action-plan';
 * ```
 * @category Model
 */
export type DocumentKind = EqualityDocument['kind'];
