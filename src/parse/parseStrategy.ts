import type { Strategy } from '../model/plan.js';
import type { ParseResult } from '../model/diagnostic.js';
import type { ParseDocumentOptions } from './parseDocument.js';
import { run } from './_run.js';

/**
 * Options of {@link parseStrategy}: those of `parseDocument` except `kind`.
 *
 * @example
 * ```ts
 * const o: ParseStrategyOptions = { source: 'strategy.md' };
 * ```
 * @category Parse
 */
export type ParseStrategyOptions = Omit<ParseDocumentOptions, 'kind'>;

/**
 * Parses a document that should be a strategy (themes, cross-cutting priorities, principles): like `parseDocument` with `kind:
 * 'strategy'`. If the text is plainly another kind of document, the answer is an
 * empty strategy and a `kind-mismatch` error. Never throws.
 *
 * @param text - The document text.
 * @param options - Format, vocabulary, date context, document name.
 * @returns The strategy and its diagnostics.
 * @example
 * ```ts
 * parseStrategy('| 2 thematic areas | 1 cross cutting priority |\n|--|--|\n| Jobs. Health. | Data. |\n').data.themes.length //=> 2
 * ```
 * @category Parse
 */
export function parseStrategy(text: string, options?: ParseStrategyOptions): ParseResult<Strategy> {
  const { data, diagnostics } = run(text, options, 'strategy');
  return { data: data as Strategy, diagnostics };
}
