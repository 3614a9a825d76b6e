import type { SourceDocument } from '../read/types.js';
import { keyMapOf } from './_table/header.js';
import { rowEvents } from './_table/rows.js';
import type { InterpretOptions } from './types.js';

/**
 * What a document's tables hold, as told by their header rows: an action
 * plan, a peer review, or neither.
 *
 * @example
 * ```ts
 * const k: TableKind = 'peer-review';
 * ```
 * @category Interpreters
 */
export type TableKind = 'action-plan' | 'peer-review';

/**
 * Options of {@link detectTableKind}: the extra column vocabulary.
 *
 * @example
 * ```ts
 * const o: DetectTableKindOptions = { vocabulary: [{ field: 'leads', headers: ['Officer'] }] };
 * ```
 * @category Interpreters
 */
export type DetectTableKindOptions = Pick<InterpretOptions, 'vocabulary'>;

const PEER_REVIEW_FIELDS = new Set(['strengths', 'improvements', 'area']);
const ACTION_FIELDS = new Set(['timescale', 'leads', 'methods', 'outputs', 'outcomes', 'status', 'rag', 'progress', 'updates', 'completed']);

/**
 * Tells from the header rows of a document's tables (read with the column
 * vocabulary) whether it holds an action plan or a peer review: a header
 * naming strengths, areas for improvement or the area examined makes a peer
 * review; a header naming the action (or its description) and at least one of its timescale,
 * lead, methods, outputs, outcomes or progress makes an action plan. Never
 * throws.
 *
 * @param doc - A document as read by a reader.
 * @param options - Extra column vocabulary.
 * @returns The kind, or `undefined` when no table header says.
 * @example
 * ```ts
 * detectTableKind(readCsv('Action,By When\nHold a summit,June 2009\n').data) //=> 'action-plan'
 * detectTableKind(readCsv('Strengths,Areas for Improvement,Actions\nA,B,C\n').data) //=> 'peer-review'
 * detectTableKind({ format: 'text', blocks: [] }) //=> undefined
 * ```
 * @category Interpreters
 */
export function detectTableKind(doc: SourceDocument, options: DetectTableKindOptions = {}): TableKind | undefined {
  try {
    let actionPlan = false;
    for (const event of rowEvents(doc, keyMapOf(options.vocabulary))) {
      if (event.kind !== 'header') continue;
      const fields = event.columns.flatMap((c) => c.fields);
      if (fields.some((f) => PEER_REVIEW_FIELDS.has(f))) return 'peer-review';
      // The interpreter takes an action's title from the description when the Action column is absent or holds only numbers.
      if ((fields.includes('title') || fields.includes('description')) && fields.some((f) => ACTION_FIELDS.has(f))) actionPlan = true;
    }
    return actionPlan ? 'action-plan' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a document's tables hold an action plan, for dispatching to
 * `interpretActionPlan`; see {@link detectTableKind}.
 *
 * @param doc - A document as read by a reader.
 * @param options - Extra column vocabulary.
 * @returns `true` when a table header names an action and its timescale, lead, outputs …
 * @example
 * ```ts
 * looksLikeActionPlan(readCsv('Action,By When\nHold a summit,June 2009\n').data) //=> true
 * ```
 * @category Interpreters
 */
export function looksLikeActionPlan(doc: SourceDocument, options?: DetectTableKindOptions): boolean {
  return detectTableKind(doc, options) === 'action-plan';
}

/**
 * Whether a document's tables hold a peer review, for dispatching to
 * `interpretPeerReview`; see {@link detectTableKind}.
 *
 * @param doc - A document as read by a reader.
 * @param options - Extra column vocabulary.
 * @returns `true` when a table header names strengths, areas for improvement or the area examined.
 * @example
 * ```ts
 * looksLikePeerReview(readCsv('Strengths,Areas for Improvement,Actions\nA,B,C\n').data) //=> true
 * ```
 * @category Interpreters
 */
export function looksLikePeerReview(doc: SourceDocument, options?: DetectTableKindOptions): boolean {
  return detectTableKind(doc, options) === 'peer-review';
}
