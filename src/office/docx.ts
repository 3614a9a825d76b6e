import type { ParseResult } from '../model/diagnostic.js';
import type { EqualityDocument } from '../model/document.js';
import type { SourceDocument } from '../read/types.js';
import { _convertDocx } from './_docx.js';
import { _only, _parse, _read, type _Converters, type OfficeBytes, type ParseOfficeOptions, type ReadOfficeOptions } from './_office.js';

const DOCX: _Converters = { docx: _convertDocx };

/**
 * Reads a Word document (.docx) into the neutral {@link SourceDocument}:
 * its headings, paragraphs, lists (numbering and nesting kept) and tables,
 * through mammoth and the library's HTML reader. Needs the optional peer
 * dependency `mammoth` (a `missing-dependency` error names it when
 * missing). Never throws: a damaged or password-protected file gives
 * `unreadable-file`; a PDF or Excel file gives `unreadable-file` naming the
 * entry that reads it.
 *
 * @param bytes - The whole file.
 * @param options - The file's name, copied into diagnostics' `file`.
 * @returns The blocks and what went wrong.
 * @example
 * ```ts
 * import { readDocx } from 'equality-plans/docx';
 * const { data } = await readDocx(await readFile('action-plan.docx'));
 * data.blocks[0]?.type //=> 'heading'
 * ```
 * @category Office
 */
export function readDocx(bytes: OfficeBytes, options?: Omit<ReadOfficeOptions, 'format'>): Promise<ParseResult<SourceDocument>> {
  return _read(bytes, _only(options), DOCX);
}

/**
 * Parses a Word document as `parseDocument` parses text ({@link readDocx},
 * then the same interpreters), so a plan typed in Word gives the same
 * actions as its text. Never throws.
 *
 * @param bytes - The whole file.
 * @param options - Those of `parseDocument` (kind, vocabulary, date context, name).
 * @returns The document and its diagnostics.
 * @example
 * ```ts
 * import { parseDocx } from 'equality-plans/docx';
 * const { data } = await parseDocx(await readFile('review.docx'), { kind: 'review' });
 * data.kind //=> 'review'
 * ```
 * @category Office
 */
export function parseDocx(bytes: OfficeBytes, options?: Omit<ParseOfficeOptions, 'format'>): Promise<ParseResult<EqualityDocument>> {
  return _parse(bytes, _only(options), DOCX);
}
