import type { ParseResult } from '../model/diagnostic.js';
import type { EqualityDocument } from '../model/document.js';
import type { SourceDocument } from '../read/types.js';
import { _convertDocx } from './_docx.js';
import { _parse, _read, _toHtml, type _Converters, type OfficeBytes, type ParseOfficeOptions, type ReadOfficeOptions } from './_office.js';
import { _convertPdf } from './_pdf.js';
import { _convertXlsx } from './_xlsx.js';

export { detectOfficeFormat } from './_office.js';
export type { OfficeBytes, OfficeFormat, ParseOfficeOptions, ReadOfficeOptions } from './_office.js';

/** Every format, each read by its own optional peer dependency. */
const ALL: _Converters = { docx: _convertDocx, xlsx: _convertXlsx, pdf: _convertPdf };

/**
 * Turns a Word document, an Excel workbook or a PDF into HTML that the
 * library's HTML reader reads: Word's headings, paragraphs, lists and tables
 * through mammoth; each sheet's title rows and tables (merged cells
 * resolved) through exceljs; a PDF's text, placed by position into lines,
 * columns and rows (headers repeated on each page dropped, rows broken over
 * a page joined), through unpdf. Each library is an optional peer
 * dependency, loaded only for its format; a missing one is a
 * `missing-dependency` error naming it. Never throws: a damaged or
 * password-protected file gives `unreadable-file`.
 *
 * @param bytes - The whole file.
 * @param options - The file's name and format ({@link ReadOfficeOptions}).
 * @returns The HTML, one block or table row a line.
 * @example
 * ```ts
 * const { data, diagnostics } = await officeToHtml(new Uint8Array([1, 2, 3]));
 * data //=> ''
 * diagnostics[0]?.code //=> 'unreadable-file'
 * ```
 * @category Office
 */
export async function officeToHtml(bytes: OfficeBytes, options?: ReadOfficeOptions): Promise<ParseResult<string>> {
  const { data, diagnostics } = await _toHtml(bytes, options, ALL);
  return { data: data.html, diagnostics };
}

/**
 * Reads a Word document, an Excel workbook or a PDF into the neutral
 * {@link SourceDocument} (headings, paragraphs, lists, tables) that every
 * text reader gives, by way of {@link officeToHtml} and `readHtml`; its
 * positions are lines of that HTML. Never throws.
 *
 * @param bytes - The whole file.
 * @param options - The file's name and format ({@link ReadOfficeOptions}).
 * @returns The blocks and what went wrong.
 * @example
 * ```ts
 * const bytes = await readFile('plan.xlsx');
 * const { data } = await readOffice(bytes);
 * data.blocks.filter((b) => b.type === 'table').length //=> 1
 * ```
 * @category Office
 */
export async function readOffice(bytes: OfficeBytes, options?: ReadOfficeOptions): Promise<ParseResult<SourceDocument>> {
  return _read(bytes, options, ALL);
}

/**
 * Parses a Word document, an Excel workbook or a PDF as `parseDocument`
 * parses text: the file is turned into HTML ({@link officeToHtml}) and read
 * and interpreted by the same readers and interpreters, so a plan typed in
 * Word, kept in Excel or exported to PDF gives the same actions as its
 * text. Diagnostics keep the file's own place (a sheet and row, a page) in
 * `note`. Never throws.
 *
 * @param bytes - The whole file.
 * @param options - Those of `parseDocument`, with an office `format`.
 * @returns The document and its diagnostics.
 * @example
 * ```ts
 * const bytes = await readFile('action-plan.pdf');
 * const { data } = await parseOffice(bytes, { source: 'action-plan.pdf' });
 * data.kind //=> 'action-plan'
 * ```
 * @category Office
 */
export async function parseOffice(bytes: OfficeBytes, options?: ParseOfficeOptions): Promise<ParseResult<EqualityDocument>> {
  return _parse(bytes, options, ALL);
}
