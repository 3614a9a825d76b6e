import { READERS } from './readers.js';
import { _CSV_MOST_CONFIDENCE, _detectCsv } from './csv/_detect.js';
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
  const readers = options?.readers ?? READERS;
  const sample = readers.every((r) => READERS.includes(r)) ? detectionWindow(text) : text;
  // The detectors are pure, so the order they run in does not matter: those with a known
  // ceiling run last, and not at all when that ceiling cannot beat what the others found.
  const confidences = readers.map((reader) => (CEILINGS.has(reader.detect) ? undefined : confidenceOf(reader, sample)));
  for (let i = 0; i < readers.length; i++) {
    if (confidences[i] !== undefined) continue;
    const reader = readers[i] as FormatReader;
    const ceiling = CEILINGS.get(reader.detect) as number;
    // Known confidences are lower bounds of the rest: a reader wins only above every earlier one and at least as high as every later one.
    let before = 0;
    let after = 0;
    for (let j = 0; j < i; j++) before = Math.max(before, confidences[j] ?? 0);
    for (let j = i + 1; j < readers.length; j++) after = Math.max(after, confidences[j] ?? 0);
    confidences[i] = ceiling <= before || ceiling < after ? 0 : confidenceOf(reader, sample);
  }
  confidences.forEach((confidence = 0, i) => {
    if (confidence > best.confidence) best = { format: (readers[i] as FormatReader).id, confidence };
  });
  return best;
}

/** A reader's confidence in `sample`, 0 to 1 (0 when its `detect` throws or gives no number). */
function confidenceOf(reader: FormatReader, sample: string): number {
  let confidence: number;
  try {
    confidence = reader.detect(sample);
  } catch {
    confidence = 0;
  }
  if (!Number.isFinite(confidence)) confidence = 0;
  return Math.max(0, Math.min(1, confidence));
}

/**
 * The highest confidence some built-in detectors can give: the CSV detector
 * (the costliest: csv-parse over the first lines, once per delimiter) never
 * says more than {@link _CSV_MOST_CONFIDENCE}, so a page that another
 * detector is surer of is not parsed as CSV.
 */
const CEILINGS: ReadonlyMap<FormatReader['detect'], number> = new Map([[_detectCsv, _CSV_MOST_CONFIDENCE]]);

/** Lines and characters the built-in detectors are given, with room to spare (they read 400 lines and 20,000 characters). */
const WINDOW_LINES = 1000;
const WINDOW_CHARS = 64 * 1024;

/**
 * The start of `text` the built-in detectors need: its first
 * {@link WINDOW_LINES} lines, and at least {@link WINDOW_CHARS} characters
 * (the whole text when it is shorter, or when that start is blank, since a
 * blank start says nothing). Each built-in `detect` looks at no more than
 * this, so the answer is the same as for the whole text, found without
 * splitting a long document into lines five times.
 */
function detectionWindow(text: string): string {
  if (text.length <= WINDOW_CHARS) return text;
  let end = -1;
  for (let n = 0; n < WINDOW_LINES; n++) {
    end = text.indexOf('\n', end + 1);
    if (end < 0) return text;
  }
  const sample = text.slice(0, Math.max(end + 1, WINDOW_CHARS));
  return sample.trim() === '' ? text : sample;
}
