import type { DocumentKind } from '../model/document.js';
import type { SourceDocument } from '../read/types.js';
import { bestKind, kindSignals } from './_kindSignals.js';

/**
 * Options of {@link detectKind}. None yet; kept so the signature follows
 * `(input, options?)`.
 *
 * @example
 * ```ts
 * const o: DetectKindOptions = {};
 * ```
 * @category Parse
 */
export type DetectKindOptions = Record<string, never>;

/**
 * Tells which kind of document a source document is, from its structure:
 * items numbered R1, R2… (or "Recommendation 1") → `review`; a table whose
 * header names strengths and areas for improvement → `peer-review`; a table
 * or text naming thematic areas with cross-cutting priorities and guiding
 * principles → `strategy`; a table whose header reads like an action plan
 * (action, timescale, lead, outputs, outcomes…) or an outline with "Actions
 * required" → `action-plan`. With no signal at all it answers
 * `action-plan`. Never throws.
 *
 * @param doc - A source document from a reader.
 * @param _options - Reserved.
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
export function detectKind(doc: SourceDocument, _options?: DetectKindOptions): DocumentKind {
  try {
    return bestKind(kindSignals(doc));
  } catch {
    return 'action-plan';
  }
}
