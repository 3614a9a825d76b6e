import { _detectCsv } from './csv/_detect.js';
import { readCsv } from './csv/readCsv.js';
import { _detectHtml } from './html/_detect.js';
import { readHtml } from './html/readHtml.js';
import { _detectMarkdown } from './markdown/_detect.js';
import { readMarkdown } from './markdown/readMarkdown.js';
import { _detectText } from './text/_detect.js';
import { readText } from './text/readText.js';
import { _detectTsvHtml } from './tsv-html/_detect.js';
import { readTsvHtml } from './tsv-html/readTsvHtml.js';
import type { FormatReader } from './types.js';

/**
 * The format readers, tried in order by {@link detectReaderFormat} (and by
 * `detectFormat`): data, not a `switch`. Each has an `id`, a `detect`
 * confidence from 0 to 1 and a `read` that never throws. Plain text comes
 * last: it is the fallback.
 *
 * @example
 * ```ts
 * READERS.map((r) => r.id) //=> ['tsv-html', 'csv', 'html', 'markdown', 'text']
 * ```
 * @category Readers
 */
export const READERS: readonly FormatReader[] = Object.freeze([
  Object.freeze({ id: 'tsv-html', detect: _detectTsvHtml, read: readTsvHtml }),
  Object.freeze({ id: 'csv', detect: _detectCsv, read: readCsv }),
  Object.freeze({ id: 'html', detect: _detectHtml, read: readHtml }),
  Object.freeze({ id: 'markdown', detect: _detectMarkdown, read: readMarkdown }),
  Object.freeze({ id: 'text', detect: _detectText, read: readText }),
] satisfies FormatReader[]);
