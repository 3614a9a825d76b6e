import { detectReaderFormat } from '../read/detectReaderFormat.js';
import type { FormatId } from '../read/types.js';

/**
 * Options of {@link detectFormat}. None yet; kept so the signature follows
 * `(input, options?)`.
 *
 * @example
 * ```ts
 * const o: DetectFormatOptions = {};
 * ```
 * @category Parse
 */
export type DetectFormatOptions = Record<string, never>;

/**
 * Guesses the format of a document's text by asking each reader of
 * `READERS` how sure it is; the most confident wins (ties go to the earlier
 * reader) and plain `text` is the fallback. Returns only the id; use
 * `detectReaderFormat` for the confidence too. Never throws.
 *
 * @param text - The document text.
 * @param _options - Reserved.
 * @returns The format id, as taken by `parseDocument`'s `format` option.
 * @example
 * ```ts
 * detectFormat('Action\tLead\n<p>Set up a group</p>\tAnn') //=> 'tsv-html'
 * detectFormat('Just a sentence.') //=> 'text'
 * ```
 * @category Parse
 */
export function detectFormat(text: string, _options?: DetectFormatOptions): FormatId {
  try {
    return detectReaderFormat(typeof text === 'string' ? text : '').format;
  } catch {
    return 'text';
  }
}
