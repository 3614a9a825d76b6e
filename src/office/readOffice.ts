import type { Diagnostic, ParseResult } from '../model/diagnostic.js';
import type { EqualityDocument } from '../model/document.js';
import { parseDocument, type ParseDocumentOptions } from '../parse/parseDocument.js';
import { readHtml } from '../read/html/readHtml.js';
import type { SourceDocument } from '../read/types.js';
import { _blocksHtml } from './_html.js';
import { _load, _PACKAGE } from './_load.js';
import { _pdfBlocks, type _Unpdf } from './_pdf.js';
import { _sheetsBlocks, type _Exceljs } from './_xlsx.js';

/**
 * A file format the `equality-plans/office` entry reads: a Word document
 * (`.docx`), an Excel workbook (`.xlsx`) or a PDF.
 *
 * @example
 * ```ts
 * const f: OfficeFormat = 'pdf';
 * ```
 * @category Office
 */
export type OfficeFormat = 'docx' | 'xlsx' | 'pdf';

/**
 * The bytes of a file, as `fs.readFile`, `fetch(…).arrayBuffer()` or a
 * browser's `File.arrayBuffer()` give them.
 *
 * @example
 * ```ts
 * const bytes: OfficeBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
 * ```
 * @category Office
 */
export type OfficeBytes = Uint8Array | ArrayBuffer;

/**
 * Options of {@link officeToHtml} and {@link readOffice}.
 *
 * @example
 * ```ts
 * const o: ReadOfficeOptions = { source: 'action-plan.pdf', format: 'pdf' };
 * ```
 * @category Office
 */
export interface ReadOfficeOptions {
  /** Name of the file, copied into diagnostics' `file`. */
  source?: string;
  /** The format; found from the file's first bytes (its signature) when missing. */
  format?: OfficeFormat;
}

/**
 * Options of {@link parseOffice}: those of `parseDocument` (kind,
 * vocabulary, date context, document name) with an office `format` instead
 * of a text one.
 *
 * @example
 * ```ts
 * const o: ParseOfficeOptions = { source: 'plan.xlsx', kind: 'action-plan', context: { year: 2009 } };
 * ```
 * @category Office
 */
export interface ParseOfficeOptions extends Omit<ParseDocumentOptions, 'format' | 'delimiter'> {
  /** The format; found from the file's first bytes (its signature) when missing. */
  format?: OfficeFormat;
}

function bytesOf(input: unknown): Uint8Array | undefined {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return undefined;
}

/** Whether `bytes` holds `needle` (ASCII) anywhere from `from`. */
function holds(bytes: Uint8Array, needle: string, from = 0): boolean {
  const first = needle.charCodeAt(0);
  const last = bytes.length - needle.length;
  for (let i = bytes.indexOf(first, from); i >= 0 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle.charCodeAt(j)) j++;
    if (j === needle.length) return true;
  }
  return false;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The office format of a file from its bytes (its signature, whatever its
 * name): a PDF starts `%PDF-` (within its first kilobyte, as readers
 * allow); a `.docx` or `.xlsx` is a ZIP archive holding `word/document.xml`
 * or `xl/workbook.xml`. Anything else, a password-protected Office file (an
 * OLE2 container) included, gives `undefined`. Never throws.
 *
 * @param bytes - The whole file.
 * @returns `'docx'`, `'xlsx'`, `'pdf'` or `undefined`.
 * @example
 * ```ts
 * detectOfficeFormat(new TextEncoder().encode('%PDF-1.7\n…')) //=> 'pdf'
 * detectOfficeFormat(new TextEncoder().encode('Action\tLead\n')) //=> undefined
 * ```
 * @category Office
 */
export function detectOfficeFormat(bytes: OfficeBytes): OfficeFormat | undefined {
  const b = bytesOf(bytes);
  if (b === undefined || b.length < 4) return undefined;
  if (holds(b.subarray(0, 1024), '%PDF-')) return 'pdf';
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
    if (holds(b, 'word/document')) return 'docx';
    if (holds(b, 'xl/workbook')) return 'xlsx';
  }
  return undefined;
}

/** Why bytes that are no office format cannot be read, in words. */
function notOffice(b: Uint8Array): string {
  if (OLE2.every((x, i) => b[i] === x)) {
    return holds(b, 'EncryptedPackage') || holds(b, 'E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e')
      ? 'Unexpected password-protected Office file, expected one without a password (save a copy without it)'
      : 'Unexpected old Office file (.doc or .xls), expected .docx, .xlsx or PDF (save it in the newer format)';
  }
  if (b[0] === 0x50 && b[1] === 0x4b) return 'Unexpected ZIP archive that is neither a Word nor an Excel file, expected .docx, .xlsx or PDF';
  return 'Unexpected file that is not a Word, Excel or PDF file, expected .docx, .xlsx or PDF';
}

interface Mammoth {
  convertToHtml(input: { buffer: Uint8Array }): Promise<{ value: string; messages: { type: string; message: string }[] }>;
}

/** A `where` for each line, as the note of diagnostics placed on that line. */
function placed(diagnostics: readonly Diagnostic[], where: readonly (string | undefined)[]): Diagnostic[] {
  return diagnostics.map((d) => {
    const at = d.line === undefined ? undefined : where[d.line - 1];
    return at === undefined ? d : { ...d, note: d.note === undefined ? at : `${at}; ${d.note}` };
  });
}

/** HTML and the place of each of its lines. */
interface Html {
  html: string;
  where: (string | undefined)[];
}

async function toHtml(input: unknown, options: ReadOfficeOptions | undefined): Promise<ParseResult<Html>> {
  const diagnostics: Diagnostic[] = [];
  const file = typeof options?.source === 'string' ? options.source : undefined;
  const done = (html: Html): ParseResult<Html> => ({ data: html, diagnostics: file === undefined ? diagnostics : diagnostics.map((d) => ({ ...d, file })) });
  const none: Html = { html: '', where: [] };
  const b = bytesOf(input);
  if (b === undefined) {
    diagnostics.push({ code: 'invalid-input', severity: 'error', message: `Unexpected input of type ${input === null ? 'null' : typeof input}, expected the file's bytes (a Uint8Array or an ArrayBuffer)`, source: 'read/office' });
    return done(none);
  }
  if (b.length === 0) {
    diagnostics.push({ code: 'empty-input', severity: 'error', message: 'Unexpected empty file, expected a document', source: 'read/office' });
    return done(none);
  }
  const asked = options?.format;
  const format = asked === 'docx' || asked === 'xlsx' || asked === 'pdf' ? asked : detectOfficeFormat(b);
  if (asked !== undefined && asked !== format) {
    diagnostics.push({ code: 'invalid-option', severity: 'error', message: `Unexpected \`${String(asked)}\` for option \`format\`, expected one of docx, xlsx, pdf`, path: ['format'], source: 'read/office' });
  }
  if (format === undefined) {
    diagnostics.push({ code: 'unreadable-file', severity: 'error', message: notOffice(b), source: 'read/office' });
    return done(none);
  }
  const source = `read/${format}`;
  try {
    if (format === 'docx') {
      const loaded = await _load<Mammoth>(_PACKAGE.docx, () => import('mammoth'), source);
      if ('diagnostic' in loaded) return (diagnostics.push(loaded.diagnostic), done(none));
      const result = await loaded.module.convertToHtml({ buffer: b });
      for (const m of result.messages) {
        if (m.type === 'error') diagnostics.push({ code: 'docx-warning', severity: 'warning', message: m.message, source });
      }
      // One paragraph, heading or table row a line, so diagnostics' lines say something.
      const html = result.value.replace(/(<\/(?:p|h[1-6]|tr|table|ul|ol)>)(?!<\/(?:td|th|li)>)/gu, '$1\n');
      return done({ html, where: [] });
    }
    if (format === 'xlsx') {
      const loaded = await _load<_Exceljs>(_PACKAGE.xlsx, () => import('exceljs'), source);
      if ('diagnostic' in loaded) return (diagnostics.push(loaded.diagnostic), done(none));
      const workbook = new loaded.module.Workbook();
      await workbook.xlsx.load(b);
      return done(_blocksHtml(_sheetsBlocks(workbook.worksheets, diagnostics)));
    }
    const loaded = await _load<_Unpdf>(_PACKAGE.pdf, () => import('unpdf'), source);
    if ('diagnostic' in loaded) return (diagnostics.push(loaded.diagnostic), done(none));
    return done(_blocksHtml(await _pdfBlocks(loaded.module, b, diagnostics)));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const password = /password/iu.test(`${(error as { name?: string } | null)?.name ?? ''} ${message}`);
    diagnostics.push({
      code: 'unreadable-file',
      severity: 'error',
      message: password
        ? `Unexpected password-protected ${format === 'pdf' ? 'PDF' : 'file'}, expected one that opens without a password`
        : `Unexpected damaged ${format === 'pdf' ? 'PDF' : format === 'docx' ? 'Word document' : 'Excel workbook'}, expected one that opens`,
      note: message,
      source,
    });
    return done(none);
  }
}

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
  const { data, diagnostics } = await toHtml(bytes, options);
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
  const { data, diagnostics } = await toHtml(bytes, options);
  if (data.html.trim() === '') return { data: { format: 'html', blocks: [] }, diagnostics };
  const read = readHtml(data.html, options?.source === undefined ? {} : { source: options.source });
  return { data: read.data, diagnostics: [...diagnostics, ...placed(read.diagnostics, data.where)] };
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
  const { format, ...rest } = options ?? {};
  const read: ReadOfficeOptions = {};
  if (typeof rest.source === 'string') read.source = rest.source;
  if (format !== undefined) read.format = format;
  const { data, diagnostics } = await toHtml(bytes, read);
  const parsed = parseDocument(data.html, { ...rest, format: 'html' });
  // A file that could not be read already said why: what an empty document lacks would only repeat it.
  if (data.html.trim() === '' && diagnostics.some((d) => d.severity === 'error')) return { data: parsed.data, diagnostics };
  return { data: parsed.data, diagnostics: [...diagnostics, ...placed(parsed.diagnostics, data.where)] };
}
