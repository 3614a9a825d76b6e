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
