/**
 * Internal: markdown that marked reads in more than linear time, found in
 * one pass before the lexer sees it. marked's list items re-read their lazy
 * continuation lines, its nested lists re-read their indented lines, and
 * its emphasis search re-scans a long run of `*` and `_`: each is quadratic
 * (a 4 MB file of deepening indentation runs out of memory). Such text is
 * read as a plain outline instead (with a diagnostic); nothing else needs
 * the lexer.
 */

/** An indent this deep (in columns) is nesting no plan needs. */
const MAX_INDENT = 64;
/** Continuation lines one list item may have. */
const MAX_LAZY = 200;
/** Inline markup characters (`*` `_` `<` `[` `` ` ``) one line may hold. */
const MAX_MARKUP = 256;

/** Internal: why `text` should not go to marked, or undefined when it can. */
export function _hostileMarkdown(text: string): string | undefined {
  let lazy = -1;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let indent = 0;
    let i = start;
    for (; i < end; i++) {
      const c = text[i];
      if (c === ' ') indent++;
      else if (c === '\t') indent += 4 - (indent % 4);
      else break;
    }
    if (i < end) {
      if (indent >= MAX_INDENT) return `a line indented ${indent} columns (line nesting deeper than ${MAX_INDENT / 2} levels)`;
      const c = text[i] ?? '';
      const next = text[i + 1] ?? '';
      let marker = (c === '-' || c === '*' || c === '+') && (next === ' ' || next === '\t');
      if (!marker && c >= '0' && c <= '9') {
        let j = i;
        while (j < end && j - i < 10 && (text[j] ?? '') >= '0' && (text[j] ?? '') <= '9') j++;
        marker = (text[j] === '.' || text[j] === ')') && (text[j + 1] === ' ' || j + 1 === end);
      }
      if (marker) lazy = 0;
      else if (lazy >= 0 && c !== '|' && ++lazy > MAX_LAZY) return `a list item continued over more than ${MAX_LAZY} lines`;
      let markup = 0;
      for (let k = i; k < end; k++) {
        const m = text[k];
        if ((m === '*' || m === '_' || m === '<' || m === '[' || m === '`') && ++markup > MAX_MARKUP) return `a line with more than ${MAX_MARKUP} inline markup characters`;
      }
    } else lazy = -1;
    start = end + 1;
  }
  return undefined;
}
