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
  /** For numbers: the value of the digits; otherwise -1 (a small integer, so the field never needs a boxed double). */
  value: number;
  /** Word classes of the reader (`C_…` bits of `_read.ts`), looked up once; 0 for none. */
  cls: number;
  /** For month names: the month number; else 0. */
  month: number;
  /** For season names: the first month; else 0. */
  season: number;
  /** Index of the `(` token this token sits inside, or -1. */
  paren: number;
  /** For an opening bracket: index of its closing bracket (or the last token); else -1. */
  close: number;
}

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

import { WORD_CLASS } from './_read.js';
import { MONTHS, SEASONS, VOCABULARY } from './_words.js';

/** Class bits, month (bits 16–19) and season (bits 20–23) of each word the reader knows. */
const WORD_INFO: ReadonlyMap<string, number> = wordInfo();

function wordInfo(): Map<string, number> {
  const map = new Map<string, number>(WORD_CLASS);
  for (const [w, m] of MONTHS) map.set(w, (map.get(w) ?? 0) | (m << 16));
  for (const [w, m] of SEASONS) map.set(w, (map.get(w) ?? 0) | (m << 20));
  return map;
}

/**
 * The known words in an open-addressing table keyed by a hash of their
 * lower-cased letters, so an ASCII word is found from its character codes
 * while it is scanned, without making a lower-cased copy first.
 */
const TABLE_BITS = 11;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** Which (first letter, last letter, length) triples the table's words have: most other words are ruled out without hashing. */
const TABLE_SHAPES: Uint8Array = new Uint8Array(26 * 26 * 16);
const TABLE_WORDS: string[] = [];
const TABLE_INFO: number[] = [];
/** Slot → entry index + 1 (0 = empty). */
const TABLE: Int32Array = buildTable();

/** Hash of a lower-cased word from its first two letters, its last letter and its length: no per-letter work. */
function keyHash(first: number, second: number, last: number, length: number): number {
  return (((first * 31 + second) * 31 + last) * 31 + length) | 0;
}

function slotOf(h: number): number {
  return (h ^ (h >>> TABLE_BITS)) & TABLE_MASK;
}


function tableShape(first: number, last: number, length: number): number {
  return (((first | 32) - 97) * 26 + ((last | 32) - 97)) * 16 + length;
}

function buildTable(): Int32Array {
  const table = new Int32Array(1 << TABLE_BITS);
  // "constructor" is also a key of every object: kept as written, as it always was.
  const words = new Set<string>([...VOCABULARY, ...WORD_INFO.keys(), 'constructor']);
  for (const w of words) {
    let ascii = true;
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      if (c < 97 || c > 122) ascii = false;
    }
    if (!ascii) continue;
    const h = keyHash(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.charCodeAt(w.length - 1), w.length);
    if (w.length < 16) TABLE_SHAPES[tableShape(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length)] = 1;
    let slot = slotOf(h);
    while (table[slot] !== 0) slot = (slot + 1) & TABLE_MASK;
    TABLE_WORDS.push(w);
    TABLE_INFO.push(WORD_INFO.get(w) ?? 0);
    table[slot] = TABLE_WORDS.length;
  }
  return table;
}

/** Entry index of the ASCII letters text[from, to) in the table (any case), or -1. */
function findWord(text: string, from: number, to: number): number {
  const length = to - from;
  const h = keyHash(text.charCodeAt(from) | 32, length > 1 ? text.charCodeAt(from + 1) | 32 : 0, text.charCodeAt(to - 1) | 32, length);
  for (let slot = slotOf(h); ; slot = (slot + 1) & TABLE_MASK) {
    const e = (TABLE[slot] as number) - 1;
    if (e < 0) return -1;
    const w = TABLE_WORDS[e] as string;
    if (w.length !== length) continue;
    let k = 0;
    while (k < length && (text.charCodeAt(from + k) | 32) === w.charCodeAt(k)) k++;
    if (k === length) return e;
  }
}


/** Lower-cased letter codes of an ordinal suffix: st, nd, rd, th. */
function isOrdinalSuffix(a: number, b: number): boolean {
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

function isDash(c: number): boolean {
  return c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
}

/** Class bits of each ASCII symbol (the reader's sets hold ",", "-", ";", "/", "&"). */
const SYM_CLASS: Int32Array = symClasses();

function symClasses(): Int32Array {
  const classes = new Int32Array(128);
  for (let c = 0; c < 128; c++) classes[c] = WORD_CLASS.get(String.fromCharCode(c)) ?? 0;
  return classes;
}

/**
 * The strings of digit runs up to four long ("09", "2008"), made once each:
 * sharing them across calls changes no result, only saves a copy per number.
 */
const NUMBER_TEXT: (string | undefined)[] = new Array<string | undefined>(11110).fill(undefined);
const NUMBER_OFFSET = [0, 0, 10, 110, 1110];

function numberText(text: string, from: number, to: number, value: number): string {
  const length = to - from;
  if (length > 4) return text.slice(from, to);
  const k = (NUMBER_OFFSET[length] as number) + value;
  let s = NUMBER_TEXT[k];
  if (s === undefined) {
    s = text.slice(from, to);
    NUMBER_TEXT[k] = s;
  }
  return s;
}

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
  // Open brackets, innermost last; made on the first bracket. `top` is the innermost or -1.
  let parens: number[] | undefined;
  let top = -1;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || isSpace(c)) {
      i++;
      continue;
    }
    const paren = top;
    if (isDigit(c)) {
      let j = i + 1;
      let value = c - 48;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d < 48 || d > 57) break;
        value = value * 10 + (d - 48);
      }
      const digits = numberText(text, i, j, value);
      const token: Token = { type: 'num', text: digits, norm: digits, start: i, end: j, ordinal: false, value: j - i <= 15 ? value : Number(digits), cls: 0, month: 0, season: 0, paren, close: -1 };
      // An ordinal suffix written straight after the digits: "31st".
      if (j + 1 < n && isLetterAt(text, j) && isLetterAt(text, j + 1) && !(j + 2 < n && isLetterAt(text, j + 2))) {
        if (isOrdinalSuffix(text.charCodeAt(j) | 32, text.charCodeAt(j + 1) | 32)) {
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
      // Whether all letters are ASCII, and whether any is upper case.
      let ascii = c < 128;
      let upper = c < 97;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d >= 97 && d <= 122) continue;
        if (d >= 65 && d <= 90) upper = true;
        else {
          if (d < 128 || !isLetterAt(text, j)) break;
          ascii = false;
        }
      }
      const length = j - i;
      if (c < 128 && (length >= 16 || VOCABULARY_SHAPES[((c | 32) - 97) * 16 + length] === 0)) {
        // No vocabulary word has this first letter and length: keep only its place,
        // and let a run of such words share one token (a barrier like any other word).
        const last = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
        if (last !== undefined && last.type === 'word' && last.norm === '' && last.paren === paren) last.end = j;
        else tokens.push({ type: 'word', text: '', norm: '', start: i, end: j, ordinal: false, value: -1, cls: 0, month: 0, season: 0, paren, close: -1 });
      } else {
        // (Here an ASCII word is shorter than 16 letters: longer ones were set aside above.)
        const e = ascii && TABLE_SHAPES[tableShape(c, text.charCodeAt(j - 1), length)] === 1 ? findWord(text, i, j) : -1;
        let word: string;
        let norm: string;
        let info: number;
        if (e >= 0) {
          norm = TABLE_WORDS[e] as string;
          word = upper ? text.slice(i, j) : norm;
          info = TABLE_INFO[e] as number;
        } else if (ascii) {
          // Not a word the reader compares (the vocabulary test keeps every quoted word in
          // the table): it only holds its place, so it needs no copy of its letters. A space
          // can be no word's text, and it keeps the token apart from its neighbours as before.
          word = ' ';
          norm = ' ';
          info = 0;
        } else {
          word = text.slice(i, j);
          norm = word.toLowerCase();
          info = ascii ? 0 : (WORD_INFO.get(norm) ?? 0);
        }
        tokens.push({ type: 'word', text: word, norm, start: i, end: j, ordinal: false, value: -1, cls: info & 0xffff, month: (info >> 16) & 15, season: (info >> 20) & 15, paren, close: -1 });
      }
      i = j;
      continue;
    }
    // Other symbols: one token per UTF-16 unit.
    const ch = text.charAt(i);
    const dash = c === 45 || (c >= 128 && isDash(c));
    const norm = dash ? '-' : c === 0x2019 || c === 0x2018 ? "'" : ch;
    const cls = c < 128 ? (SYM_CLASS[c] as number) : dash ? (SYM_CLASS[45] as number) : 0;
    const token: Token = { type: 'sym', text: ch, norm, start: i, end: i + 1, ordinal: false, value: -1, cls, month: 0, season: 0, paren, close: -1 };
    if (c === 40 || c === 91) {
      tokens.push(token);
      top = tokens.length - 1;
      (parens ??= []).push(top);
    } else if (c === 41 || c === 93) {
      const open = parens?.pop();
      top = parens !== undefined && parens.length > 0 ? (parens[parens.length - 1] as number) : -1;
      token.paren = top;
      tokens.push(token);
      if (open !== undefined) (tokens[open] as Token).close = tokens.length - 1;
    } else {
      tokens.push(token);
    }
    i++;
  }
  if (parens !== undefined) for (const open of parens) (tokens[open] as Token).close = tokens.length - 1;
  return tokens;
}
