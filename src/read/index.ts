export type * from './types.js';
export { READERS } from './readers.js';
export { detectReaderFormat } from './detectReaderFormat.js';
export type { DetectedReaderFormat, DetectReaderFormatOptions } from './detectReaderFormat.js';
export { readTsvHtml } from './tsv-html/readTsvHtml.js';
export type { ReadTsvHtmlOptions } from './tsv-html/readTsvHtml.js';
