import type { DocumentKind } from '../model/document.js';
import type { ColumnMapping } from '../model/framework.js';
import type { SourceDocument } from '../read/types.js';
import { bestKind, kindSignals } from './_kindSignals.js';

/**
 * Options of {@link detectKind}.
 *
 * @example
 * ```ts
 * const o: DetectKindOptions = { vocabulary: [{ field: 'leads', headers: ['Officer'] }] };
 * ```
 * @category Parse
 */
export interface DetectKindOptions {
  /** Extra column mappings, tried before the built-in vocabulary when reading table headers. */
  vocabulary?: ColumnMapping[];
}

/**
 * Tells which kind of document a source document is, from its structure:
 * items numbered R1, R2… (or "Recommendation 1") → `review`; a table whose
 * header names strengths and areas for improvement → `peer-review` (headers are
 * matched with the tables' column vocabulary: `matchHeader` and `detectTableKind`); a table
 * or text naming thematic areas with cross-cutting priorities and guiding
 * principles → `strategy`; a table whose header reads like an action plan
 * (action, timescale, lead, outputs, outcomes…) or an outline with "Actions
 * required" → `action-plan`. With no signal at all it answers
 * `action-plan`. Never throws.
 *
 * @param doc - A source document from a reader.
 * @param options - Extra column vocabulary for table headers.
 * @returns The document kind.
 * @example
 * ```ts
 * detectKind({ format: 'text', blocks: [
 *   { type: 'paragraph', text: 'R1 That the Council publish a plan.', line: 1, column: 1 },
 *   { type: 'paragraph', text: 'R2 That partners meet.', line: 2, column: 1 },
 * ] }) //=> 'review'
 * ```
 * @category Parse
 */
export function detectKind(doc: SourceDocument, options?: DetectKindOptions): DocumentKind {
  try {
    return bestKind(kindSignals(doc, options?.vocabulary));
  } catch {
    return 'action-plan';
  }
}
