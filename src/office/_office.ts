/**
 * Internal: what the office readers share, whichever formats an entry
 * reads. An entry (`equality-plans/office`, `/pdf`, `/docx`, `/xlsx`) gives
 * the converters of its own formats, each in its own module with the one
 * optional peer dependency it loads, so an entry pulls in no other format's
 * library.
 */
import type { Diagnostic, ParseResult } from '../model/diagnostic.js';
import type { EqualityDocument } from '../model/document.js';
import { parseDocument, type ParseDocumentOptions } from '../parse/parseDocument.js';
import { readHtml } from '../read/html/readHtml.js';
import type { SourceDocument } from '../read/types.js';

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

export function _bytesOf(input: unknown): Uint8Array | undefined {
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
  const b = _bytesOf(bytes);
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

/** HTML and the place of each of its lines (`page 3`, `sheet "Plan" row 12`). */
export interface _Html {
  html: string;
  where: (string | undefined)[];
}

/** Turns a file of one format into HTML, adding what it notices to `diagnostics`; may throw (the caller reports it). */
export type _Convert = (bytes: Uint8Array, diagnostics: Diagnostic[]) => Promise<_Html>;

/** The converters an entry reads with, by format. */
export type _Converters = Partial<Record<OfficeFormat, _Convert>>;

const NAMES: Record<OfficeFormat, string> = { pdf: 'PDF', docx: 'Word document', xlsx: 'Excel workbook' };

/** A `where` for each line, as the note of diagnostics placed on that line. */
function placed(diagnostics: readonly Diagnostic[], where: readonly (string | undefined)[]): Diagnostic[] {
  return diagnostics.map((d) => {
    const at = d.line === undefined ? undefined : where[d.line - 1];
    return at === undefined ? d : { ...d, at, note: d.note === undefined ? at : `${at}; ${d.note}` };
  });
}

/** The file's HTML through the converter of its format, or the diagnostics saying why not. Never throws. */
export async function _toHtml(input: unknown, options: ReadOfficeOptions | undefined, converters: _Converters): Promise<ParseResult<_Html>> {
  const diagnostics: Diagnostic[] = [];
  const file = typeof options?.source === 'string' ? options.source : undefined;
  const done = (html: _Html): ParseResult<_Html> => ({ data: html, diagnostics: file === undefined ? diagnostics : diagnostics.map((d) => ({ ...d, file })) });
  const none: _Html = { html: '', where: [] };
  const b = _bytesOf(input);
  if (b === undefined) {
    diagnostics.push({ code: 'invalid-input', severity: 'error', message: `Unexpected input of type ${input === null ? 'null' : typeof input}, expected the file's bytes (a Uint8Array or an ArrayBuffer)`, source: 'read/office' });
    return done(none);
  }
  if (b.length === 0) {
    diagnostics.push({ code: 'empty-input', severity: 'error', message: 'Unexpected empty file, expected a document', source: 'read/office' });
    return done(none);
  }
  const formats = (Object.keys(converters) as OfficeFormat[]).filter((f) => converters[f] !== undefined);
  const asked = options?.format;
  const found = detectOfficeFormat(b);
  const format = asked !== undefined && formats.includes(asked) ? asked : found;
  if (asked !== undefined && asked !== format) {
    diagnostics.push({ code: 'invalid-option', severity: 'error', message: `Unexpected \`${String(asked)}\` for option \`format\`, expected one of ${formats.join(', ')}`, path: ['format'], source: 'read/office' });
  }
  if (format === undefined) {
    diagnostics.push({ code: 'unreadable-file', severity: 'error', message: notOffice(b), source: 'read/office' });
    return done(none);
  }
  const convert = converters[format];
  if (convert === undefined) {
    const wanted = formats.map((f) => NAMES[f]).join(' or ');
    diagnostics.push({
      code: 'unreadable-file',
      severity: 'error',
      message: `Unexpected ${NAMES[format]}, expected a ${wanted} (read it with \`equality-plans/${format}\` or \`equality-plans/office\`)`,
      source: 'read/office',
    });
    return done(none);
  }
  try {
    return done(await convert(b, diagnostics));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const password = /password/iu.test(`${(error as { name?: string } | null)?.name ?? ''} ${message}`);
    diagnostics.push({
      code: 'unreadable-file',
      severity: 'error',
      message: password
        ? `Unexpected password-protected ${format === 'pdf' ? 'PDF' : 'file'}, expected one that opens without a password`
        : `Unexpected damaged ${NAMES[format]}, expected one that opens`,
      note: message,
      source: `read/${format}`,
    });
    return done(none);
  }
}

/** The neutral document of the file's HTML. Never throws. */
export async function _read(bytes: unknown, options: ReadOfficeOptions | undefined, converters: _Converters): Promise<ParseResult<SourceDocument>> {
  const { data, diagnostics } = await _toHtml(bytes, options, converters);
  return _readHtml(data, diagnostics, options?.source);
}

/** The neutral document of HTML already made. */
export function _readHtml(data: _Html, diagnostics: Diagnostic[], source: string | undefined): ParseResult<SourceDocument> {
  if (data.html.trim() === '') return { data: { format: 'html', blocks: [] }, diagnostics };
  const read = readHtml(data.html, source === undefined ? {} : { source });
  return { data: read.data, diagnostics: [...diagnostics, ...placed(read.diagnostics, data.where)] };
}

/** The options of `_toHtml` of parse options. */
export function _readOptions(options: ParseOfficeOptions | undefined): ReadOfficeOptions {
  const read: ReadOfficeOptions = {};
  if (typeof options?.source === 'string') read.source = options.source;
  if (options?.format !== undefined) read.format = options.format;
  return read;
}

/** The document HTML already made gives, interpreted as `parseDocument` does text. */
export function _parseHtml(data: _Html, diagnostics: Diagnostic[], options: ParseOfficeOptions | undefined): ParseResult<EqualityDocument> {
  const { format: _format, ...rest } = options ?? {};
  const parsed = parseDocument(data.html, { ...rest, format: 'html' });
  // A file that could not be read already said why: what an empty document lacks would only repeat it.
  if (data.html.trim() === '' && diagnostics.some((d) => d.severity === 'error')) return { data: parsed.data, diagnostics };
  return { data: parsed.data, diagnostics: [...diagnostics, ...placed(parsed.diagnostics, data.where)] };
}

/** Parses the file as `parseDocument` parses text. Never throws. */
export async function _parse(bytes: unknown, options: ParseOfficeOptions | undefined, converters: _Converters): Promise<ParseResult<EqualityDocument>> {
  const { data, diagnostics } = await _toHtml(bytes, _readOptions(options), converters);
  return _parseHtml(data, diagnostics, options);
}

/** `options` without a `format`: an entry of one format finds the format from the bytes, to name the entry a file of another needs. */
export function _only<T extends object>(options: T | undefined): T | undefined {
  if (options === undefined || options === null || typeof options !== 'object' || !('format' in options)) return options;
  const { format: _format, ...rest } = options as T & { format?: unknown };
  return rest as T;
}
