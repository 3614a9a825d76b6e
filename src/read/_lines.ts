/**
 * Internal: line bookkeeping shared by the readers. Lines are split on
 * `\n`, `\r\n` or `\r`; columns are 1-based UTF-16 code units.
 */

/** A physical line of the source and where it starts. */
export interface _Line {
  /** The line without its end-of-line characters. */
  text: string;
  /** 1-based line number. */
  line: number;
  /** Offset of the line's first character in the whole text. */
  offset: number;
}

/** 1-based line and column. */
export interface _Pos {
  line: number;
  column: number;
}

/** Splits `text` into physical lines with their offsets. */
export function _splitLines(text: string): _Line[] {
  const lines: _Line[] = [];
  let start = 0;
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ text: text.slice(start, i), line: n++, offset: start });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ text: text.slice(start), line: n, offset: start });
  return lines;
}

/** Returns a function mapping an offset in `text` to its line and column. */
export function _locator(text: string): (offset: number) => _Pos {
  const starts = _splitLines(text).map((l) => l.offset);
  return (offset: number): _Pos => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}

/** White space `_fold` folds: ASCII spaces, tab, line ends, form feed, vertical tab, no-break, thin and zero-width spaces. */
function isFoldSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b;
}

/** White space `_fold` would change: any of its spaces but a single ASCII space between words (the regex engine scans faster than a loop). */
const UNFOLDED = /[\t\n\v\f\r\u00a0\u2009\u202f\u200b]| {2}|^ | $/u;

/**
 * Folds runs of white space (including no-break spaces) into one space and
 * trims. Works on whole slices: the words between single ASCII spaces are
 * copied as they stand, so folded text costs one scan and no string
 * building (text that is already folded comes back as it is).
 */
export function _fold(text: string): string {
  if (!UNFOLDED.test(text)) return text;
  let out = '';
  let started = false;
  // Start of the current clean stretch, and the end of its last non-space character.
  let from = -1;
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    if (isFoldSpace(text.charCodeAt(i))) continue;
    if (from < 0) from = i;
    else if (i !== end && (i !== end + 1 || text.charCodeAt(end) !== 32)) {
      out = started ? `${out} ${text.slice(from, end)}` : text.slice(from, end);
      started = true;
      from = i;
    }
    end = i + 1;
  }
  if (from < 0) return out;
  return started ? `${out} ${text.slice(from, end)}` : from === 0 && end === text.length ? text : text.slice(from, end);
}

/** Index of the first non-white-space character of `text`, or 0. */
export function _firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r' && ch !== '\u00a0') return i;
  }
  return 0;
}

/** Appends `items` to `target` without spreading (a spread of a huge array overflows the call stack). */
export function _pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
