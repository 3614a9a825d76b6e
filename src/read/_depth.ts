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
  const blank: [number, number][] = [];
  let gt = -1;
  for (let i = raw.indexOf('<'); i >= 0; i = raw.indexOf('<', i + 1)) {
    if (gt < i) {
      gt = raw.indexOf('>', i);
      if (gt < 0) break;
    }
    const closing = raw[i + 1] === '/';
    const from = closing ? i + 2 : i + 1;
    let j = from;
    while (j < gt && isNameChar(raw.charCodeAt(j))) j++;
    if (j === from) continue;
    const name = raw.slice(from, j).toLowerCase();
    if (uncounted.has(name)) continue;
    if (closing) {
      const extra = excess.get(name) ?? 0;
      if (extra > 0) {
        excess.set(name, extra - 1);
        blank.push([i, gt + 1]);
      } else if (depth > 0) depth--;
    } else if (raw[gt - 1] !== '/') {
      if (depth >= max) {
        excess.set(name, (excess.get(name) ?? 0) + 1);
        blank.push([i, gt + 1]);
      } else depth++;
    }
    i = gt;
  }
  if (blank.length === 0) return { html: raw, first: -1 };
  const out: string[] = [];
  let at = 0;
  for (const [start, end] of blank) {
    out.push(raw.slice(at, start), ' '.repeat(end - start));
    at = end;
  }
  out.push(raw.slice(at));
  return { html: out.join(''), first: blank[0]![0] };
}

/** Whether `c` (a UTF-16 code unit) can be part of a tag name: ASCII letters, digits, `-` and `_`. */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95;
}
