import type { ColumnMapping } from '../model/framework.js';
import { matchHeaderDetail } from './_table/header.js';

export { DEFAULT_VOCABULARY } from './_table/defaultVocabulary.js';


/**
 * The fields a column header names, by the column vocabulary. Matching
 * forgives case, spacing, punctuation, accents and look-alike Cyrillic or
 * Greek letters ("Ву Whom" with a Cyrillic "Ву" is "By Whom"). A header made
 * of several headers ("Timescale [Lead Member]", "Outcomes [Review
 * Comments]") names each of their fields in order. Entries of `vocabulary`
 * are tried before the built-in `DEFAULT_VOCABULARY`.
 *
 * @param text - The header text as written.
 * @param vocabulary - Extra column mappings, tried first.
 * @returns The fields, in order; empty when the header is not known.
 * @example
 * ```ts
 * matchHeader('Timescale [Lead Member]') //=> ['timescale', 'leads']
 * matchHeader('BY  when') //=> ['timescale']
 * matchHeader('Officer', [{ field: 'leads', headers: ['Officer'] }]) //=> ['leads']
 * matchHeader('Budget') //=> []
 * ```
 * @category Interpreters
 */
export function matchHeader(text: string, vocabulary?: readonly ColumnMapping[]): string[] {
  return matchHeaderDetail(text, vocabulary, false)?.fields ?? [];
}
