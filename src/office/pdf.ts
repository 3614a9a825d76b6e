import type { ParseResult } from '../model/diagnostic.js';
import type { EqualityDocument } from '../model/document.js';
import type { SourceDocument } from '../read/types.js';
import { _only, _parse, _read, type _Converters, type OfficeBytes, type ParseOfficeOptions, type ReadOfficeOptions } from './_office.js';
import { _convertPdf } from './_pdf.js';

const PDF: _Converters = { pdf: _convertPdf };

/**
 * Reads a PDF into the neutral {@link SourceDocument} (headings,
 * paragraphs, lists, tables) from the position of every piece of its text:
 * lines, then columns by the gaps no text crosses, then rows; a header row
 * repeated on each page dropped, a row the page break cut joined, words cut
 * at line ends re-joined where the document writes them whole. Needs the
 * optional peer dependency `unpdf` (a `missing-dependency` error names it
 * when missing). Never throws: a damaged or password-protected PDF gives
 * `unreadable-file`; a Word or Excel file gives `unreadable-file` naming
 * the entry that reads it.
 *
 * @param bytes - The whole file.
 * @param options - The file's name, copied into diagnostics' `file`.
 * @returns The blocks, and what went wrong with each block's page at the start of its `note`.
 * @example
 * ```ts
 * import { readPdf } from 'equality-plans/pdf';
 * const { data } = await readPdf(await readFile('action-plan.pdf'));
 * data.blocks.filter((b) => b.type === 'table').length //=> 1
 * ```
 * @category Office
 */
export function readPdf(bytes: OfficeBytes, options?: Omit<ReadOfficeOptions, 'format'>): Promise<ParseResult<SourceDocument>> {
  return _read(bytes, _only(options), PDF);
}

/**
 * Parses a PDF as `parseDocument` parses text ({@link readPdf}, then the
 * same interpreters), so a plan exported to PDF gives the same actions as
 * its text. Diagnostics carry the page (`page 3`) at the start of `note`.
 * Never throws.
 *
 * @param bytes - The whole file.
 * @param options - Those of `parseDocument` (kind, vocabulary, date context, name).
 * @returns The document and its diagnostics.
 * @example
 * ```ts
 * import { parsePdf } from 'equality-plans/pdf';
 * const { data } = await parsePdf(await readFile('action-plan.pdf'), { source: 'action-plan.pdf' });
 * data.kind //=> 'action-plan'
 * ```
 * @category Office
 */
export function parsePdf(bytes: OfficeBytes, options?: Omit<ParseOfficeOptions, 'format'>): Promise<ParseResult<EqualityDocument>> {
  return _parse(bytes, _only(options), PDF);
}
