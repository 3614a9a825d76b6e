import type { ActionPlan } from '../model/plan.js';
import type { ParseResult } from '../model/diagnostic.js';
import type { ParseDocumentOptions } from './parseDocument.js';
import { run } from './_run.js';

/**
 * Options of {@link parseActionPlan}: those of `parseDocument` except `kind`.
 *
 * @example
 * ```ts
 * const o: ParseActionPlanOptions = { source: 'plan.tsv' };
 * ```
 * @category Parse
 */
export type ParseActionPlanOptions = Omit<ParseDocumentOptions, 'kind'>;

/**
 * Parses a document that should be an action plan (a table of actions, or an outline with "Actions required"): like `parseDocument` with `kind:
 * 'action-plan'`. If the text is plainly another kind of document, the answer is an
 * empty action-plan and a `kind-mismatch` error. Never throws.
 *
 * @param text - The document text.
 * @param options - Format, vocabulary, date context, document name.
 * @returns The action-plan and its diagnostics.
 * @example
 * ```ts
 * parseActionPlan('Plan - Objective 1\n\nSocial Value\n\nDeliver equity\n\nActions required\n\nInclude equality in tenders').data.actions[0]?.title //=> 'Include equality in tenders'
 * ```
 * @category Parse
 */
export function parseActionPlan(text: string, options?: ParseActionPlanOptions): ParseResult<ActionPlan> {
  const { data, diagnostics } = run(text, options, 'action-plan');
  return { data: data as ActionPlan, diagnostics };
}
