/**
 * Internal: bounds the nesting of HTML before htmlparser2 sees it. The
 * parser keeps its stack of open elements with `unshift`, so a document of
 * `<ul><ul><ul>…` costs time quadratic in its depth whatever the tree
 * builder does with the events. Opening tags past `max` open elements (and
 * the closing tags that match them) are replaced by spaces of the same
 * length, so every offset is unchanged and the text between them is kept.
 * Elements whose end tag may be left out (`p`, `li`, `td` …) and void
 * elements are not counted: the parser closes them itself. One pass.
 */
export interface _Bounded {
  /** The HTML with the deepest tags blanked (the same string when nothing was). */
  html: string;
  /** The offset of the first tag blanked, or -1. */
  first: number;
}

/** Internal: `raw` with opening tags past `max` open elements (and their end tags) blanked. */
export function _boundDepth(raw: string, max: number, uncounted: ReadonlySet<string>): _Bounded {
  let depth = 0;
  const excess = new Map<string, number>();
  const out = new _Pieces();
  let first = -1;
  /** End of the text already given to `out`. */
  let at = 0;
  /** The pending blanked range `[blankFrom, at)` of adjacent tags, not yet given to `out`. */
  let blankFrom = -1;
  const blankTag = (i: number, end: number): void => {
    if (first < 0) first = i;
    if (blankFrom >= 0 && at === i) {
      at = end;
      return;
    }
    if (blankFrom >= 0) out.push(' '.repeat(at - blankFrom));
    out.push(raw.slice(at, i));
    blankFrom = i;
    at = end;
  };
  let gt = -1;
  for (let i = raw.indexOf('<'); i >= 0; i = raw.indexOf('<', i + 1)) {
    if (gt < i) {
      gt = raw.indexOf('>', i);
      if (gt < 0) break;
    }
    const closing = raw.charCodeAt(i + 1) === 47; // '/'
    const from = closing ? i + 2 : i + 1;
    let j = from;
    while (j < gt && isNameChar(raw.charCodeAt(j))) j++;
    if (j === from) continue;
    const name = tagName(raw, from, j);
    if (uncounted.has(name)) continue;
    if (closing) {
      const extra = excess.get(name) ?? 0;
      if (extra > 0) {
        excess.set(name, extra - 1);
        blankTag(i, gt + 1);
      } else if (depth > 0) depth--;
    } else if (raw.charCodeAt(gt - 1) !== 47) {
      if (depth >= max) {
        excess.set(name, (excess.get(name) ?? 0) + 1);
        blankTag(i, gt + 1);
      } else depth++;
    }
    i = gt;
  }
  if (first < 0) return { html: raw, first: -1 };
  out.push(' '.repeat(at - blankFrom));
  out.push(raw.slice(at));
  return { html: out.join(), first };
}

/**
 * Internal: a string built from many pieces, joined a thousand at a time so
 * that no array of pieces grows with the text (one piece per blanked tag
 * made `_boundDepth` slower than linear on a long document).
 */
export class _Pieces {
  private readonly chunks: string[] = [];
  private pieces: string[] = [];

  push(piece: string): void {
    this.pieces.push(piece);
    if (this.pieces.length === 1024) {
      this.chunks.push(this.pieces.join(''));
      this.pieces = [];
    }
  }

  join(): string {
    this.chunks.push(this.pieces.join(''));
    this.pieces = [];
    return this.chunks.join('');
  }
}

/** The tag name `raw[from, to)` in lower case (lower-case names are not copied twice). */
function tagName(raw: string, from: number, to: number): string {
  const name = raw.slice(from, to);
  for (let k = from; k < to; k++) {
    const c = raw.charCodeAt(k);
    if (c >= 65 && c <= 90) return name.toLowerCase();
  }
  return name;
}

/** Whether `c` (a UTF-16 code unit) can be part of a tag name: ASCII letters, digits, `-` and `_`. */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95;
}
