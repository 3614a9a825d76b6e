/**
 * Internal: text keys for forgiving comparisons (case, spacing, punctuation,
 * accents and look-alike letters from the Cyrillic and Greek alphabets).
 */
import { fold, isSpace } from '../../_lib/white-space.js';

export { fold, isBlank, isSpace } from '../../_lib/white-space.js';

// eslint-disable-next-line no-control-regex -- the ASCII range, to skip work on plain text
const NON_ASCII = /[^\u0000-\u007f]/u;
/** What a key drops from lower-case ASCII: all but letters, digits and `%`. */
const NOT_KEY = /[^a-z0-9%]+/gu;

/** Cyrillic and Greek letters that look like Latin ones, mapped to them. */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  // Cyrillic capitals
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', І: 'I', Ј: 'J', К: 'K', М: 'M', О: 'O', Р: 'P', Ѕ: 'S', Т: 'T', Х: 'X', У: 'Y',
  // Cyrillic small letters
  а: 'a', в: 'b', с: 'c', е: 'e', һ: 'h', і: 'i', ј: 'j', к: 'k', м: 'm', о: 'o', р: 'p', ѕ: 's', т: 't', х: 'x', у: 'y', ԁ: 'd', ԝ: 'w', ѡ: 'w',
  // Greek capitals
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  // Greek small letters
  α: 'a', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};

/**
 * Replaces look-alike Cyrillic and Greek letters with the Latin letters they
 * resemble ("Ву" → "By").
 */
export function foldHomoglyphs(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  let out = '';
  for (const ch of text) out += HOMOGLYPHS[ch] ?? ch;
  return out;
}

/**
 * The comparison key of a header or label: look-alikes folded, accents
 * removed, lower case, letters and digits only ("Ву / Whom" → "bywhom").
 */
export function headerKey(text: string): string {
  if (!NON_ASCII.test(text)) {
    // Plain ASCII (nearly every header): two replaces, not a string built a character at a time.
    const key = text.toLowerCase().replace(NOT_KEY, '');
    return key.includes('%') ? key.replaceAll('%', 'percent') : key;
  }
  const folded = foldHomoglyphs(text.normalize('NFKD')).toLowerCase();
  let out = '';
  for (const ch of folded) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out += ch;
    else if (ch === '%') out += 'percent';
  }
  return out;
}

/** Where the last `n` words of `text` start (0 when it has no more than `n`). */
export function tailStart(text: string, n: number): number {
  let i = text.length;
  let count = 0;
  for (;;) {
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    if (i === 0) return 0;
    while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
    count++;
    if (count === n) return i;
    if (i === 0) return 0;
  }
}

/**
 * Where the words of `text` from offset `from` on start and end, as
 * `[start, end, start, end, …]`: the words `words(text.slice(from))` gives,
 * found in place (no word is copied).
 */
export function wordBounds(text: string, from: number): number[] {
  const out: number[] = [];
  let i = from;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i === text.length) return out;
    out.push(i);
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    out.push(i);
  }
}

/** Words of a text, split on white space (as `text.split(/\s+/)` without empty words). */
export function words(text: string): string[] {
  const folded = fold(text);
  return folded === '' ? [] : folded.split(' ');
}

