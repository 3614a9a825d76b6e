import { READERS } from './readers.js';
import type { FormatId, FormatReader } from './types.js';

/**
 * The format {@link detectReaderFormat} found and how sure it is.
 *
 * @example
 * ```ts
 * const d: DetectedReaderFormat = { format: 'markdown', confidence: 0.8 };
 * ```
 * @category Readers
 */
export interface DetectedReaderFormat {
  /** The id of the reader with the highest confidence. */
  format: FormatId;
  /** Its confidence, 0 to 1. */
  confidence: number;
}

/**
 * Options of {@link detectReaderFormat}.
 *
 * @example
 * ```ts
 * const o: DetectReaderFormatOptions = { readers: READERS };
 * ```
 * @category Readers
 */
export interface DetectReaderFormatOptions {
  /** The readers to try, in order; defaults to {@link READERS}. */
  readers?: readonly FormatReader[];
}

/**
 * Guesses the format of `text` by asking each reader's `detect`, in order;
 * the first highest confidence wins. Plain text is the fallback. Never
 * throws.
 *
 * @param text - The document text.
 * @param options - The readers to try ({@link DetectReaderFormatOptions}).
 * @returns The best format and its confidence.
 * @example
 * ```ts
 * detectReaderFormat('Action\tLead\n<p>Set up a group</p>\tAnn') //=> { format: 'tsv-html', confidence: 1 }
 * ```
 * @category Readers
 */
export function detectReaderFormat(text: string, options?: DetectReaderFormatOptions): DetectedReaderFormat {
  let best: DetectedReaderFormat = { format: 'text', confidence: 0 };
  if (typeof text !== 'string') return best;
  for (const reader of options?.readers ?? READERS) {
    let confidence: number;
    try {
      confidence = reader.detect(text);
    } catch {
      confidence = 0;
    }
    if (!Number.isFinite(confidence)) confidence = 0;
    confidence = Math.max(0, Math.min(1, confidence));
    if (confidence > best.confidence) best = { format: reader.id, confidence };
  }
  return best;
}
