import type { ParseResult } from '../model/diagnostic.js';

/**
 * The id of a source format, as given to the `format` option: TSV whose cells
 * hold HTML, CSV (RFC 4180), an HTML page with tables, markdown (GFM pipe
 * tables, lists, headings) or plain text (outlines and numbered lists).
 *
 * @example
 * ```ts
 * const f: FormatId = 'tsv-html';
 * ```
 * @category Readers
 */
export type FormatId = 'tsv-html' | 'csv' | 'html' | 'markdown' | 'text';

/**
 * A piece of source text and the 1-based line and column of its first
 * character.
 *
 * @example
 * ```ts
 * const s: TextSpan = { text: 'Lead Member: John Hall', line: 6, column: 400 };
 * ```
 * @category Readers
 */
export interface TextSpan {
  /** The text, with markup removed and white space folded. */
  text: string;
  /** 1-based line of the first character in the source. */
  line: number;
  /** 1-based column of the first character in the source. */
  column: number;
}

/**
 * An item of a list found inside a cell or a document, nested as written.
 *
 * @example
 * ```ts
 * const i: SourceListItem = { text: 'Set up a working-group', line: 9, column: 40, children: [] };
 * ```
 * @category Readers
 */
export interface SourceListItem extends TextSpan {
  /** The marker as written (`•`, `-`, `1.`, `R4`, `(a)`), if any. */
  marker?: string;
  /** Nested items. */
  children: SourceListItem[];
}

/**
 * One cell of a table. `text` is the whole cell as plain text; `paragraphs`
 * and `items` are its structure where the source has one (HTML `<p>`,
 * `<ul>`, `•` bullets).
 *
 * @example
 * ```ts
 * const c: TableCell = { text: 'April 2008 – December 2008 Lead Member: John Hall', line: 6, column: 420, paragraphs: [], items: [] };
 * ```
 * @category Readers
 */
export interface TableCell extends TextSpan {
  /** Paragraphs of the cell, in order, as plain text. */
  paragraphs: TextSpan[];
  /** List items of the cell, nested as written. */
  items: SourceListItem[];
  /** The cell exactly as it stands in the source (HTML, quotes and all). */
  raw?: string;
}

/**
 * A row of a table.
 *
 * @example
 * ```ts
 * const r: TableRow = { line: 5, cells: [] };
 * ```
 * @category Readers
 */
export interface TableRow {
  /** 1-based line the row starts on. */
  line: number;
  /** The row's cells, left to right. Empty cells are present with `text: ''`. */
  cells: TableCell[];
}

/**
 * A neutral block of a source document: what a reader sees, before any
 * meaning is given to it. Header rows are not picked out here: that is the
 * interpreters' job, driven by the column vocabulary.
 *
 * @example
 * ```ts
 * const b: SourceBlock = { type: 'heading', text: 'Background', line: 7, column: 1, depth: 2 };
 * ```
 * @category Readers
 */
export type SourceBlock =
  | ({ type: 'heading'; depth: number } & TextSpan)
  | ({ type: 'paragraph' } & TextSpan)
  | ({ type: 'list'; items: SourceListItem[] } & Omit<TextSpan, 'text'>)
  | ({ type: 'table'; rows: TableRow[] } & Omit<TextSpan, 'text'>);

/**
 * What a reader gives: the format it read and the document's blocks in
 * order.
 *
 * @example
 * ```ts
 * const d: SourceDocument = { format: 'text', blocks: [] };
 * ```
 * @category Readers
 */
export interface SourceDocument {
  /** The format that was read. */
  format: FormatId;
  /** Blocks in source order. */
  blocks: SourceBlock[];
  /**
   * True when the reader vouches that the `text` of every table cell, cell
   * paragraph and cell list item is already folded (white space being what
   * `\s` matches, plus the zero-width space U+200B: no runs, no other spaces,
   * trimmed), so interpreters need not fold it again. Absent means nothing is
   * promised.
   */
  folded?: boolean;
}

/**
 * A field delimiter the CSV reader accepts as its `delimiter` option: comma,
 * semicolon (Excel's export in locales whose decimal mark is a comma), pipe,
 * or tab. One character; quoting is RFC 4180's (`"`) whichever is used.
 *
 * @example
 * ```ts
 * const d: CsvDelimiter = ';';
 * ```
 * @category Readers
 */
export type CsvDelimiter = ',' | ';' | '|' | '\t';

/**
 * Options every reader takes. Every reader has this one signature (so that
 * {@link FormatReader} can hold any of them); an option meant for one
 * format, such as `delimiter`, is ignored by the others.
 *
 * @example
 * ```ts
 * const o: ReadOptions = { source: 'action-plan.tsv' };
 * const csv: ReadOptions = { source: 'actions.csv', delimiter: ';' };
 * ```
 * @category Readers
 */
export interface ReadOptions {
  /** Name of the document, copied into diagnostics' `source`. */
  source?: string;
  /**
   * CSV only: the field delimiter ({@link CsvDelimiter}: `,` `;` `|` or a
   * tab). Without it the CSV reader finds `,` `;` or `|` from the text (a
   * tab only when asked for). Any other value is reported as
   * `invalid-option` (error) and the delimiter is found from the text
   * instead. Other readers ignore it.
   */
  delimiter?: CsvDelimiter;
}

/**
 * A format reader: syntax only, text → {@link SourceDocument}. Typed like a
 * date-fns locale, so the compiler names any missing part. `detect` returns
 * a confidence from 0 (not this format) to 1 (certainly this format).
 *
 * @example
 * ```ts
 * const reader: FormatReader = { id: 'text', detect: () => 0.1, read: (text) => ({ data: { format: 'text', blocks: [] }, diagnostics: [] }) };
 * ```
 * @category Readers
 */
export interface FormatReader {
  /** The format id. */
  id: FormatId;
  /** Confidence, 0 to 1, that `text` is in this format. Never throws. */
  detect(text: string): number;
  /** Reads `text`. Never throws. */
  read(text: string, options?: ReadOptions): ParseResult<SourceDocument>;
}
