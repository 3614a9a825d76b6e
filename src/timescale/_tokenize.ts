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
  ordinal: boolean;
  /** For numbers: the value of the digits; otherwise NaN. */
  value: number;
  /** Index of the `(` token this token sits inside, or -1. */
  paren: number;
  /** For an opening bracket: index of its closing bracket (or the last token); else -1. */
  close: number;
}

const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D']);
/** Which (first letter, length) pairs vocabulary words have, lengths up to 15. */
const VOCABULARY_SHAPES: Uint8Array = vocabularyShapes();

function vocabularyShapes(): Uint8Array {
  const shapes = new Uint8Array(26 * 16);
  for (const w of VOCABULARY) {
    const c = w.charCodeAt(0) - 97;
    if (c >= 0 && c < 26 && w.length < 16) shapes[c * 16 + w.length] = 1;
  }
  return shapes;
}

import { VOCABULARY } from './_words.js';

const ORDINALS = new Set(['st', 'nd', 'rd', 'th']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128 || (c >= 0x2000 && c <= 0x206f)) return false; // ASCII non-letters, dashes and quotes
  const ch = text.charAt(i);
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
    if (c === 32 || isSpace(c)) {
      i++;
      continue;
    }
    const paren = parens.length > 0 ? (parens[parens.length - 1] as number) : -1;
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      const digits = text.slice(i, j);
      const token: Token = { type: 'num', text: digits, norm: digits, start: i, end: j, ordinal: false, value: Number(digits), paren, close: -1 };
      // An ordinal suffix written straight after the digits: "31st".
      if (j + 1 < n && isLetterAt(text, j) && isLetterAt(text, j + 1) && !(j + 2 < n && isLetterAt(text, j + 2))) {
        const suffix = text.slice(j, j + 2).toLowerCase();
        if (ORDINALS.has(suffix)) {
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
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && isLetterAt(text, i))) {
      let j = i + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90)) continue;
        if (d < 128 || !isLetterAt(text, j)) break;
      }
      const length = j - i;
      if (c < 128 && (length >= 16 || VOCABULARY_SHAPES[((c | 32) - 97) * 16 + length] === 0)) {
        // No vocabulary word has this first letter and length: keep only its place,
        // and let a run of such words share one token (a barrier like any other word).
        const last = tokens[tokens.length - 1];
        if (last !== undefined && last.type === 'word' && last.norm === '' && last.paren === paren) last.end = j;
        else tokens.push({ type: 'word', text: '', norm: '', start: i, end: j, ordinal: false, value: Number.NaN, paren, close: -1 });
      } else {
        const word = text.slice(i, j);
        tokens.push({ type: 'word', text: word, norm: word.toLowerCase(), start: i, end: j, ordinal: false, value: Number.NaN, paren, close: -1 });
      }
      i = j;
      continue;
    }
    // Other symbols: one token per UTF-16 unit.
    const ch = text.charAt(i);
    const norm = DASHES.has(ch) ? '-' : ch === '\u2019' || ch === '\u2018' ? "'" : ch;
    const token: Token = { type: 'sym', text: ch, norm, start: i, end: i + 1, ordinal: false, value: Number.NaN, paren, close: -1 };
    if (c === 40 || c === 91) {
      tokens.push(token);
      parens.push(tokens.length - 1);
    } else if (c === 41 || c === 93) {
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
