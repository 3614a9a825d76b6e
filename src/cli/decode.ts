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

/**
 * A file's text, or `null` when the file is binary by the rule above.
 *
 * @param bytes - The whole file.
 */
export function decodeText(bytes: Uint8Array): string | null {
  const encoding = encodingOf(bytes);
  // `ignoreBOM` keeps the byte-order mark in the text, as `readFileSync(file, 'utf8')` did.
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  if (looksBinary(decoder.decode(bytes.subarray(0, SAMPLE_BYTES)))) return null;
  return decoder.decode(bytes);
}
