import type { Diagnostic, ParseResult } from '../model/diagnostic.js';
import { PeerReviewSchema, type PeerReview } from '../model/plan.js';
import type { SourceDocument } from '../read/types.js';
import { fold } from './_table/normalize.js';
import { buildPeerReviewAreas } from './_table/peerReview.js';
import type { InterpretOptions } from './types.js';

/**
 * Options of {@link interpretPeerReview}.
 *
 * @example
 * ```ts
 * const o: InterpretPeerReviewOptions = { source: 'peer-review.tsv' };
 * ```
 * @category Interpreters
 */
export type InterpretPeerReviewOptions = InterpretOptions;

/**
 * Reads a peer review's action plan from a document's tables: the areas
 * examined ("1.1 Leadership and corporate commitment") with their
 * strengths, areas for improvement and actions (owners kept as written,
 * deadlines read as timescales). Copes with what PDF extraction leaves:
 * header rows split over two rows or spelt with look-alike letters, areas
 * given in a header cell or a section row, rows continued across pages,
 * cells holding several actions and several deadlines (split when the counts
 * agree, `count-mismatch` when they do not) and shifted columns
 * (`columns-shifted`). No text is dropped: what cannot be placed is kept in
 * a diagnostic's `text`. Never throws.
 *
 * @param doc - A document as read by a reader (`readTsvHtml` …).
 * @param options - Extra vocabulary, date context and source name.
 * @returns The peer review and the diagnostics.
 * @example
 * ```ts
 * const doc = readCsv('Area examined,Strengths,Areas for Improvement,Actions,By Whom,By When\n1.1 Leadership,,,,,\n,Strong commitment.,Be more visible.,Attend the forum,FS/ HP,Sept 09\n').data;
 * const [area] = interpretPeerReview(doc).data.areas;
 * area?.title //=> 'Leadership'
 * area?.strengths //=> ['Strong commitment.']
 * area?.actions[0]?.leads //=> ['FS/ HP']
 * area?.actions[0]?.timescale?.end //=> '2009-09-30'
 * ```
 * @category Interpreters
 */
export function interpretPeerReview(doc: SourceDocument, options: InterpretPeerReviewOptions = {}): ParseResult<PeerReview> {
  const diagnostics: Diagnostic[] = [];
  try {
    const texts: string[] = [];
    for (const block of doc.blocks) {
      if (block.type === 'table') break;
      if (block.type === 'heading' || block.type === 'paragraph') texts.push(fold(block.text));
    }
    const areas = buildPeerReviewAreas(doc, options, diagnostics);
    const review: Record<string, unknown> = { kind: 'peer-review', areas };
    const title = texts.find((t) => t !== '');
    if (title !== undefined) review['title'] = title;
    const rest = texts.filter((t) => t !== '' && t !== title);
    if (rest.length > 0) review['metadata'] = { preface: rest.join(' ') };
    if (options.source !== undefined) review['source'] = { document: options.source };
    return { data: PeerReviewSchema.parse(review), diagnostics };
  } catch (error) {
    diagnostics.push({
      code: 'internal-error',
      severity: 'error',
      message: `Unexpected failure while reading the peer review, expected to read it: ${error instanceof Error ? error.message : String(error)}`,
      source: 'interpret/peer-review',
    });
    return { data: PeerReviewSchema.parse({ kind: 'peer-review' }), diagnostics };
  }
}
