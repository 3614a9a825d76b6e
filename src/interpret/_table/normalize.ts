/**
 * Internal: text keys for forgiving comparisons (case, spacing, punctuation,
 * accents and look-alike letters from the Cyrillic and Greek alphabets).
 */

// eslint-disable-next-line no-control-regex -- the ASCII range, to skip work on plain text
const NON_ASCII = /[^\u0000-\u007f]/u;

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
  const folded = (NON_ASCII.test(text) ? foldHomoglyphs(text.normalize('NFKD')) : text).toLowerCase();
  let out = '';
  for (const ch of folded) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out += ch;
    else if (ch === '%') out += 'percent';
  }
  return out;
}

/** Words of a text, split on white space. */
export function words(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w !== '');
}

/** Folds runs of white space to one space and trims. */
export function fold(text: string): string {
  return words(text).join(' ');
}
