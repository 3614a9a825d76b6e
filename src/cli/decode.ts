/**
 * Turning a file's bytes into text for the `equality-plans` command, and
 * refusing binary files (a gzip, an executable, random bytes) instead of
 * reading them as a plan whose title is raw bytes.
 *
 * The rule, written out in the README and `--help`:
 *
 * - A file that starts with a UTF-16 byte-order mark (`FF FE` or `FE FF`, as
 *   Excel's "Unicode Text" writes) is decoded as UTF-16, as ripgrep does;
 *   any other file as UTF-8. The byte-order mark is kept as U+FEFF, as it
 *   always was for UTF-8, so both read the same.
 * - The file is binary when its first {@link SAMPLE_BYTES} bytes decode to
 *   text holding a NUL character (git's test: `buffer_is_binary` looks for a
 *   NUL byte in the first 8000 bytes; GNU grep starts from the same test), or
 *   when more than a quarter of the characters they decode to are U+FFFD,
 *   the replacement for bytes that are not UTF-8. GNU grep calls a file
 *   binary at the first byte that is not valid in the locale's encoding; the
 *   quarter lets a Windows-1252 plan with a few `£` or curly quotes through
 *   (a few percent of its characters are U+FFFD) while random or compressed
 *   bytes give about 40%.
 * - A file that is not binary but not valid UTF-8 either is read as
 *   Windows-1252, the encoding of older Windows documents, and the command
 *   warns where the first such byte is (`encoding-assumed`).
 * - Excel, Word and PDF files are refused by their first bytes with a hint
 *   to save them as CSV or text, until they can be read.
 */

/** How many bytes from the start of a file are looked at (git looks at 8000). */
export const SAMPLE_BYTES = 8000;

/** The share of U+FFFD in the sample above which a file is binary. */
export const MAX_UNDECODABLE = 0.25;

/** The encoding of a file: UTF-16 when it starts with that byte-order mark, else UTF-8. */
export function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Whether decoded text (a file's first {@link SAMPLE_BYTES} bytes) looks binary. */
export function looksBinary(sample: string): boolean {
  if (sample.includes('\0')) return true;
  let characters = 0;
  let undecodable = 0;
  for (const c of sample) {
    characters += 1;
    if (c === '\uFFFD') undecodable += 1;
  }
  return undecodable > characters * MAX_UNDECODABLE;
}

/** The largest file read, 512 MiB: a plan is a few megabytes, and a bigger file is read whole into memory. */
export const MAX_BYTES = 512 * 2 ** 20;

/** Where a text starts: its line and column, 1-based, at a character offset. */
function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/**
 * The characters of bytes 0x80–0x9F in Windows-1252 (the WHATWG table; the
 * five bytes it leaves undefined stay C1 controls). Node 20's TextDecoder
 * decodes `windows-1252` as ISO-8859-1, which turns curly quotes and `€`
 * into C1 controls, so the table is applied here.
 */
const WINDOWS_1252_80_9F = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Bytes as Windows-1252: each byte one character. */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_80_9F.charCodeAt(b - 0x80) : b)));
  }
  return text;
}

/** A file's text, the encoding it was read in, and where the first byte that is not UTF-8 is (Windows-1252 only). */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Line and column (1-based, in the text) of the first byte that is not UTF-8. */
  notUtf8?: { line: number; column: number };
}

/**
 * A file's text, or `null` when the file is binary by the rule above. A file
 * without a UTF-16 byte-order mark that is not valid UTF-8 is read as
 * Windows-1252 (every byte is a character there), rather than with U+FFFD in
 * place of its `£` signs and curly quotes; `notUtf8` then says where the
 * first such byte was, for the warning.
 *
 * @param bytes - The whole file.
 */
export function decodeText(bytes: Uint8Array): Decoded | null {
  const encoding = encodingOf(bytes);
  // `ignoreBOM` keeps the byte-order mark in the text, as `readFileSync(file, 'utf8')` did.
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  if (looksBinary(decoder.decode(bytes.subarray(0, SAMPLE_BYTES)))) return null;
  if (encoding !== 'utf-8') return { text: decoder.decode(bytes), encoding };
  try {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes), encoding };
  } catch {
    const lossy = decoder.decode(bytes);
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', notUtf8: placeOf(lossy, lossy.indexOf('\uFFFD')) };
  }
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * What an office file or PDF is, from its first bytes (whatever its name), as
 * the sentence that refuses it; `null` for anything else. An `.xlsx` or
 * `.docx` is a ZIP archive whose first entries name `xl/` or `word/`.
 *
 * @param bytes - The start of the file (the first {@link SAMPLE_BYTES} are enough).
 */
export function officeFile(bytes: Uint8Array): string | null {
  const hint = 'which is not read yet; save it as CSV (a spreadsheet) or as text (a document) and pass that';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'a PDF file, which is not read yet; copy its text into a .txt file (or its tables into a .csv file) and pass that';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return `an old Office file (.xls or .doc), ${hint}`;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = new TextDecoder('latin1').decode(bytes.subarray(0, SAMPLE_BYTES));
    if (names.includes('xl/')) return `an Excel workbook (.xlsx), ${hint}`;
    if (names.includes('word/')) return `a Word document (.docx), ${hint}`;
    if (names.includes('opendocument')) return `an OpenDocument file (.ods or .odt), ${hint}`;
  }
  return null;
}
