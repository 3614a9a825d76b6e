import type { PeerReview } from '../model/plan.js';
import type { ParseResult } from '../model/diagnostic.js';
import type { ParseDocumentOptions } from './parseDocument.js';
import { run } from './_run.js';

/**
 * Options of {@link parsePeerReview}: those of `parseDocument` except `kind`.
 *
 * @example
 * ```ts
 * const o: ParsePeerReviewOptions = { source: 'peer-review.tsv' };
 * ```
 * @category Parse
 */
export type ParsePeerReviewOptions = Omit<ParseDocumentOptions, 'kind'>;

/**
 * Parses a document that should be a peer review (strengths, areas for improvement, actions by area): like `parseDocument` with `kind:
 * 'peer-review'`. If the text is plainly another kind of document, the answer is an
 * empty peer-review and a `kind-mismatch` error. Never throws.
 *
 * @param text - The document text.
 * @param options - Format, vocabulary, date context, document name.
 * @returns The peer-review and its diagnostics.
 * @example
 * ```ts
 * parsePeerReview('Area examined\tStrengths\tAreas for Improvement\tActions\tBy Whom\tBy When\n1.1 Leadership\t\t\t\t\t\n').data.kind //=> 'peer-review'
 * ```
 * @category Parse
 */
export function parsePeerReview(text: string, options?: ParsePeerReviewOptions): ParseResult<PeerReview> {
  const { data, diagnostics } = run(text, options, 'peer-review');
  return { data: data as PeerReview, diagnostics };
}
