/**
 * Tokeniser for timescale phrases: words, numbers and single-character
 * symbols, each with its character offsets. Internal; linear in the input.
 */

/** One token of a phrase. */
export interface Token {
  /** `word` (letters), `num` (digits) or `sym` (any other single character). */
  type: 'word' | 'num' | 'sym';
  /** The source characters. */
  text: string;
  /** Lower-cased text; dashes are normalised to `-`. */
  norm: string;
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** For numbers: written with an ordinal suffix ("31st"). */
  ordinal?: boolean;
  /** Index of the `(` token this token sits inside, or -1. */
  paren: number;
  /** For an opening bracket: index of its closing bracket (or the last token). */
  close?: number;
}

const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D']);
const ORDINALS = new Set(['st', 'nd', 'rd', 'th']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(ch: string, c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x2007 || c === 0xfeff;
}

/**
 * Splits `text` into tokens in one pass.
 *
 * @param text - The phrase.
 * @returns The tokens in order.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const parens: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const ch = text[i] as string;
    const paren = parens.length > 0 ? (parens[parens.length - 1] as number) : -1;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      const token: Token = { type: 'num', text: text.slice(i, j), norm: text.slice(i, j), start: i, end: j, paren };
      // An ordinal suffix written straight after the digits: "31st".
      if (j + 1 < n) {
        const suffix = text.slice(j, j + 2).toLowerCase();
        const after = j + 2 < n ? text.charCodeAt(j + 2) : 32;
        if (ORDINALS.has(suffix) && !isLetter(text[j + 2] ?? ' ', after)) {
          token.ordinal = true;
          token.end = j + 2;
          token.text = text.slice(i, j + 2);
          j += 2;
        }
      }
      tokens.push(token);
      i = j;
      continue;
    }
    if (isLetter(ch, c)) {
      let j = i + 1;
      while (j < n && isLetter(text[j] as string, text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      tokens.push({ type: 'word', text: word, norm: word.toLowerCase(), start: i, end: j, paren });
      i = j;
      continue;
    }
    // Surrogate pairs and other symbols: one token per UTF-16 unit is fine.
    const norm = DASHES.has(ch) ? '-' : ch === '\u2019' || ch === '\u2018' ? "'" : ch;
    const token: Token = { type: 'sym', text: ch, norm, start: i, end: i + 1, paren };
    if (ch === '(' || ch === '[') {
      tokens.push(token);
      parens.push(tokens.length - 1);
    } else if (ch === ')' || ch === ']') {
      const open = parens.pop();
      token.paren = parens.length > 0 ? (parens[parens.length - 1] as number) : -1;
      tokens.push(token);
      if (open !== undefined) (tokens[open] as Token).close = tokens.length - 1;
    } else {
      tokens.push(token);
    }
    i++;
  }
  for (const open of parens) (tokens[open] as Token).close = tokens.length - 1;
  return tokens;
}
