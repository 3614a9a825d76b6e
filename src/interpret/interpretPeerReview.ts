import type { Diagnostic, ParseResult } from '../model/diagnostic.js';
import { PeerReviewSchema, type PeerReview } from '../model/plan.js';
import type { SourceDocument } from '../read/types.js';
import { fold } from './_table/normalize.js';
import { buildPeerReviewAreas } from './_table/peerReview.js';
import type { InterpretOptions } from './types.js';
import { toSections } from './_prose/sections.js';
import { readNodes } from './_structure/nodes.js';
import { readOutline } from './_structure/outline.js';
import { readRecommendations } from './_structure/recommendations.js';
import { documentDate, keyValues, metadataOf } from './_structure/documentFacts.js';

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
    const areas = buildPeerReviewAreas(doc, options, diagnostics);
    // The prose, before, between and after the tables: decisions on the review, strengths,
    // areas for improvement and the framework's areas under their lead-ins.
    const nodes = readNodes(doc);
    const prose = nodes.filter((n) => n.type !== 'table');
    // A title comes before the tables: prose after the first is left in the body.
    const firstTable = nodes.findIndex((n) => n.type === 'table');
    const beforeTables = new Set(firstTable < 0 ? nodes : nodes.slice(0, firstTable));
    const pairs = keyValues(prose);
    const dated = documentDate(prose, pairs);
    const context = options.context ?? (dated === undefined ? undefined : { anchor: dated.date });
    const found = readRecommendations(prose, { context, source: options.source }, diagnostics);
    const rest = prose.filter((n) => !found.used.has(n));
    const outline = readOutline(rest, { context, source: options.source, vocabulary: options.vocabulary }, diagnostics);
    for (const theme of outline.themes) {
      if (theme.parentId !== undefined) continue;
      const area: PeerReview['areas'][number] = { ref: theme.ref ?? '', title: theme.title, strengths: [], improvements: [], actions: [] };
      if (theme.source !== undefined) area.source = theme.source;
      areas.push(area);
    }
    if (outline.strengths.length > 0 || outline.improvements.length > 0) {
      areas.push({ ref: '', title: 'Findings', strengths: outline.strengths, improvements: outline.improvements, actions: outline.actions });
    } else if (outline.actions.length > 0) {
      areas.push({ ref: '', title: 'Actions', strengths: [], improvements: [], actions: outline.actions });
    }
    const unused = rest.filter((n) => !outline.used.has(n));
    const first = unused.find((n) => fold(n.text) !== '' && beforeTables.has(n));
    const review: Record<string, unknown> = { kind: 'peer-review', areas, recommendations: found.recommendations };
    if (first !== undefined) review['title'] = fold(first.text);
    if (dated !== undefined) review['date'] = dated.date;
    review['metadata'] = metadataOf(pairs);
    review['body'] = toSections(unused.filter((n) => n !== first), { document: options.source });
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
