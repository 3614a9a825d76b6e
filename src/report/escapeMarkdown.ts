/** A bare web address, as GitHub-flavoured markdown autolinks it; it is left as written. */
const URL = /(?:https?:\/\/|www\.)[^\s<>`|\\*[\]]+/giy;
/** Characters that can start markdown inline syntax anywhere in a line. */
const INLINE = /[\\`*_[\]|~]/;
/** An HTML entity reference, which markdown would decode (`&copy;` → ©). */
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/iy;

/**
 * Escapes text for a markdown table cell or inline text so that it renders
 * as itself and nothing more: markdown punctuation and pipes are
 * backslash-escaped, every line break (CRLF, LF, a lone CR, U+2028/U+2029)
 * becomes `<br>` so no cell can start a new table row, `<` and `>` become
 * entities so raw HTML cannot reach a rendered report, and a block marker at
 * the start (`#`, `-`, `+`, `=`, `1.`) is escaped. Ordinary text is left
 * alone: `EDI-01`, `2024-03-31`, `Q&A` and bare web addresses (which GitHub
 * autolinks) come out as written.
 *
 * @param text - Untrusted text.
 * @returns Text that renders as itself.
 * @example
 * ```ts
 * escapeMarkdown('A | B *bold* <b>') //=> 'A \\| B \\*bold\\* &lt;b&gt;'
 * escapeMarkdown('EDI-01 due 2024-03-31 & after') //=> 'EDI-01 due 2024-03-31 & after'
 * ```
 * @category Reports
 */
export function escapeMarkdown(text: string): string {
  const flat = text.replace(/\r\n|[\r\n\u2028\u2029]/g, '\n');
  let out = '';
  let i = 0;
  while (i < flat.length) {
    URL.lastIndex = i;
    const url = URL.exec(flat);
    if (url && (i === 0 || /[\s(]/.test(flat[i - 1]!))) {
      out += url[0];
      i += url[0].length;
      continue;
    }
    const c = flat[i]!;
    ENTITY.lastIndex = i;
    if (c === '\n') out += '<br>';
    else if (c === '<') out += '&lt;';
    else if (c === '>') out += '&gt;';
    else if (c === '&' && ENTITY.test(flat)) out += '\\&';
    else if (INLINE.test(c)) out += `\\${c}`;
    else out += c;
    i += 1;
  }
  // A block marker only matters where the text starts a line: ATX heading,
  // list item, setext underline, ordered list.
  return out.replace(/^(\s*)(?:([#+=-])|(\d+)([.)])(?=\s|$))/, (_m, ws: string, mark?: string, n?: string, dot?: string) => (mark ? `${ws}\\${mark}` : `${ws}${n}\\${dot}`));
}
