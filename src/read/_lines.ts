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

/**
 * Runs of white space `_fold` changes: two or more of its spaces, or one
 * that is not the ASCII space (single spaces between words stay as they
 * are, so folded text is not copied). Linear: each alternative is one class.
 */
const FOLD_RUNS = /[ \t\n\v\f\r\u00a0\u2009\u202f\u200b]{2,}|[\t\n\v\f\r\u00a0\u2009\u202f\u200b]/gu;

/**
 * Folds runs of white space (ASCII spaces, tab, line ends, form feed,
 * vertical tab, no-break, thin and zero-width spaces) into one space and
 * trims. The regex engine does the scanning; text that is already folded
 * comes back as it is.
 */
export function _fold(text: string): string {
  const folded = text.replace(FOLD_RUNS, ' ');
  const from = folded.charCodeAt(0) === 32 ? 1 : 0;
  const to = folded.length > from && folded.charCodeAt(folded.length - 1) === 32 ? folded.length - 1 : folded.length;
  return from === 0 && to === folded.length ? folded : folded.slice(from, to);
}

/** `FOLD_RUNS` without `g`, for a test that keeps no `lastIndex`. */
const HAS_FOLD_RUNS = new RegExp(FOLD_RUNS.source, 'u');

/**
 * Internal: whether `_fold` would change `text` anywhere but at its ends.
 * When not, `_fold(text)` is `text` less at most one ASCII space at each
 * end, and a substring folds the same way: readers then slice rather than
 * fold.
 */
export function _hasFoldRuns(text: string): boolean {
  return HAS_FOLD_RUNS.test(text);
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

/**
 * White space `\s` has and `_fold` leaves alone. Text `_fold` gave without
 * any of these is also folded as `\s` sees it (no runs, no other spaces,
 * trimmed). Non-ASCII only, so the regex engine skips plain text quickly.
 */
const OTHER_SPACES = /[\u1680\u2000-\u2008\u200a\u2028\u2029\u205f\u3000\ufeff]/u;

/**
 * Internal: whether text `_fold` gave (or such texts joined by one space)
 * would come back unchanged from folding with `\s` (see
 * `SourceDocument.folded`).
 */
export function _foldedAsWhiteSpace(text: string): boolean {
  return !OTHER_SPACES.test(text);
}
