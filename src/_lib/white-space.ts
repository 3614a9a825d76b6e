/**
 * Internal: the library's one idea of white space, shared by the readers and
 * the interpreters so that both agree on what a blank cell is, where a word
 * starts and what folded text looks like.
 *
 * White space is what `\s` (and `String.prototype.trim`) reads as white
 * space, plus the zero-width space U+200B, which word processors and PDF
 * extraction leave between words as often as a real space.
 */

/** Whether a UTF-16 code unit is white space (`\s`, or the zero-width space U+200B). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether a text is empty or white space only, without trimming. Fails on a
 * value that is not a string (a malformed document's), as `trim` would.
 */
export function isBlank(text: string): boolean {
  if (typeof text !== 'string') throw new TypeError(`Unexpected text of type ${typeof text}, expected a string`);
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Runs of white space `fold` changes: two or more, or one that is not the
 * ASCII space (single spaces between words stay as they are, so folded text
 * is not copied). The class is `isSpace`'s. Linear: each alternative is one
 * class.
 */
const FOLD_RUNS = /[\s\u200b]{2,}|[^\S ]|\u200b/gu;

/**
 * Folds each run of white space into one space and trims: the words joined
 * by one space. The regex engine does the scanning; text that is already
 * folded comes back as it is (not copied).
 */
export function fold(text: string): string {
  const folded = text.replace(FOLD_RUNS, ' ');
  const from = folded.charCodeAt(0) === 32 ? 1 : 0;
  const to = folded.length > from && folded.charCodeAt(folded.length - 1) === 32 ? folded.length - 1 : folded.length;
  return from === 0 && to === folded.length ? folded : folded.slice(from, to);
}

/** `FOLD_RUNS` without `g`, for a test that keeps no `lastIndex`. */
const HAS_FOLD_RUNS = new RegExp(FOLD_RUNS.source, 'u');

/**
 * Whether `fold` would change `text` anywhere but at its ends. When not,
 * `fold(text)` is `text` less at most one ASCII space at each end, and a
 * substring folds the same way: readers then slice rather than fold.
 */
export function hasFoldRuns(text: string): boolean {
  return HAS_FOLD_RUNS.test(text);
}

/**
 * How many words (runs of characters that are not white space) `text` holds,
 * counted without splitting it (no array per call: the text readers ask this
 * of every short line).
 */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Index of the first character of `text` that is not white space, or 0 when there is none. */
export function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return i;
  return 0;
}
