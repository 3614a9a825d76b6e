/**
 * Internal: list markers at the start of a line of prose, found by a small
 * tokeniser (no regular expressions): bullets (`-`, `*`, `•`), numbers
 * (`1.`, `1)`, `1.1`, `(1)`), letters (`(a)`, `a)`, `b.`), roman numerals
 * (`i.`, `(iv)`, `vi`, `IV.`), capital letters (`A.`, `B)`) and codes
 * (`R1`, `R15`).
 */

/** A marker found at the start of a line. */
export interface _Marker {
  /** The marker as written, without the space after it. */
  marker: string;
  /** Kind, for nesting: items of the same kind are siblings. */
  kind: string;
  /** Offset of the text after the marker and its spaces. */
  textStart: number;
  /** True for bullets and markers that end in `.`/`)`; false for bare `R1`, `1.1`, `vi`. */
  strong: boolean;
}

const BULLETS = new Set(['-', '*', '+', '•', '·', '▪', '◦', '–', '—', '○', '●']);
const ROMAN = new Set(['i', 'v', 'x', 'l', 'c']);

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isLower(c: string | undefined): boolean {
  return c !== undefined && c >= 'a' && c <= 'z';
}
function isUpper(c: string | undefined): boolean {
  return c !== undefined && c >= 'A' && c <= 'Z';
}
function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

function afterSpaces(line: string, i: number): number {
  let j = i;
  while (isSpace(line[j])) j++;
  return j;
}

function isRoman(s: string): boolean {
  if (s.length === 0 || s.length > 6) return false;
  for (const ch of s) if (!ROMAN.has(ch)) return false;
  return true;
}

/** The marker from `start` to `end`, if white space and some text follow it. */
function done(line: string, start: number, end: number, kind: string, strong: boolean): _Marker | undefined {
  if (!isSpace(line[end])) return undefined;
  const textStart = afterSpaces(line, end);
  if (textStart >= line.length) return undefined;
  return { marker: line.slice(start, end), kind, textStart, strong };
}

/**
 * The marker at `start` in `line`, if any. `start` is the offset of the
 * first non-space character. A marker must be followed by white space and
 * some text.
 */
export function _markerAt(line: string, start: number): _Marker | undefined {
  const c = line[start];
  if (c === undefined) return undefined;
  if (BULLETS.has(c)) return done(line, start, start + 1, `bullet${c}`, true);
  if (c === '(') {
    let j = start + 1;
    while (j < line.length && j - start <= 7 && line[j] !== ')') j++;
    if (line[j] !== ')') return undefined;
    const inner = line.slice(start + 1, j);
    if (inner.length === 0) return undefined;
    let kind: string | undefined;
    if ([...inner].every(isDigit)) kind = '(1)';
    else if (isRoman(inner)) kind = inner.length === 1 && inner !== 'i' ? '(a)' : '(i)';
    else if (inner.length === 1 && (isLower(inner) || isUpper(inner))) kind = isUpper(inner) ? '(A)' : '(a)';
    return kind === undefined ? undefined : done(line, start, j + 1, kind, true);
  }
  if (isDigit(c)) {
    let j = start;
    let segments = 0;
    for (;;) {
      const from = j;
      while (isDigit(line[j])) j++;
      // Up to 3 digits a segment; a lone number of up to 6 ending in `.` or `)` (item 1000 of a long list).
      const long = segments === 0 && j - from <= 6 && (line[j] === ')' || (line[j] === '.' && !isDigit(line[j + 1])));
      if (j === from || (j - from > 3 && !long)) return undefined;
      segments++;
      if (line[j] === '.' && isDigit(line[j + 1])) {
        j++;
        continue;
      }
      break;
    }
    if (line[j] === '.' || line[j] === ')') return done(line, start, j + 1, `${line[j] === ')' ? '1)' : '1.'}${segments}`, true);
    // Bare numbers: "1.1 To …" always, "9 Equalities" only before a capital.
    if (segments > 1) return done(line, start, j, `1.${segments}`, false);
    const next = line[afterSpaces(line, j)];
    return j - start <= 2 && isUpper(next) ? done(line, start, j, '1 ', false) : undefined;
  }
  if (isLower(c)) {
    let j = start;
    while (isLower(line[j])) j++;
    const word = line.slice(start, j);
    const punct = line[j];
    if (punct === '.' || punct === ')') {
      if (isRoman(word) && (word.length > 1 || word === 'i')) return done(line, start, j + 1, `i${punct}`, true);
      if (word.length === 1) return done(line, start, j + 1, `a${punct}`, true);
      return undefined;
    }
    if (word.length >= 2 && isRoman(word) && isUpper(line[afterSpaces(line, j)])) return done(line, start, j, 'i ', false);
    return undefined;
  }
  if (isUpper(c)) {
    let j = start;
    while (isUpper(line[j]) && j - start < 6) j++;
    const caps = line.slice(start, j);
    if (line[j] === '.' || line[j] === ')') {
      // "A. Background", "IV) Scope": weak, as "A. Smith" is a name.
      if (/^[IVXLC]+$/u.test(caps) && (caps.length > 1 || caps === 'I')) return done(line, start, j + 1, `I${line[j]}`, false);
      if (caps.length === 1) return done(line, start, j + 1, `A${line[j]}`, false);
      return undefined;
    }
    j = start;
    while (isUpper(line[j]) && j - start < 3) j++;
    if (!isDigit(line[j])) return undefined;
    const letters = j;
    while (isDigit(line[j])) j++;
    if (j - letters > 3) return undefined;
    if (line[j] === '.' || line[j] === ')' || line[j] === ':') return done(line, start, j + 1, `A1${line.slice(start, letters)}`, true);
    return done(line, start, j, `A1${line.slice(start, letters)}`, false);
  }
  return undefined;
}
