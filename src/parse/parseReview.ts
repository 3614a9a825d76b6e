import type { Review } from '../model/review.js';
import type { ParseResult } from '../model/diagnostic.js';
import type { ParseDocumentOptions } from './parseDocument.js';
import { run } from './_run.js';

/**
 * Options of {@link parseReview}: those of `parseDocument` except `kind`.
 *
 * @example
 * ```ts
 * const o: ParseReviewOptions = { source: 'review.md' };
 * ```
 * @category Parse
 */
export type ParseReviewOptions = Omit<ParseDocumentOptions, 'kind'>;

/**
 * Parses a document that should be a review with recommendations: like `parseDocument` with `kind:
 * 'review'`. If the text is plainly another kind of document, the answer is an
 * empty review and a `kind-mismatch` error. Never throws.
 *
 * @param text - The document text.
 * @param options - Format, vocabulary, date context, document name.
 * @returns The review and its diagnostics.
 * @example
 * ```ts
 * parseReview('- R1 That the Council publish a plan.\n- R2 That partners meet.').data.recommendations.length //=> 2
 * parseReview('Actions required\n\nHold a summit').diagnostics[0]?.code //=> 'kind-mismatch'
 * ```
 * @category Parse
 */
export function parseReview(text: string, options?: ParseReviewOptions): ParseResult<Review> {
  const { data, diagnostics } = run(text, options, 'review');
  return { data: data as Review, diagnostics };
}
