/**
 * Escapes text for a markdown table cell or inline text: backslash-escapes
 * markdown punctuation and pipes, turns line breaks into `<br>`, and escapes
 * `<`/`>` so raw HTML in a document cannot reach a rendered report.
 *
 * @param text - Untrusted text.
 * @returns Text that renders as itself.
 * @example
 * ```ts
 * escapeMarkdown('A | B *bold* <b>') //=> 'A \\| B \\*bold\\* &lt;b&gt;'
 * ```
 * @category Reports
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '<br>');
}
