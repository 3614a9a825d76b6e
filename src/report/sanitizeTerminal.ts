/**
 * Removes terminal control sequences and control characters from untrusted
 * text before it is printed, so a document cannot move the cursor, recolour,
 * retitle or rewrite a terminal, nor reorder what is shown. Whole sequences
 * go, not only their escape character: CSI (`ESC [` or U+009B, then
 * parameters and a final byte, e.g. `ESC [2J`), OSC, DCS, SOS, PM and APC
 * strings (`ESC ]` or U+009D … up to BEL or ST, e.g. a window title or a
 * hyperlink; an unterminated one ends at the line's end, so it cannot hide
 * the rest of a document, or where a terminal would cancel it, at CAN or SUB) and two-character escapes (`ESC c`). Then every other C0
 * control but tab and line feed, DEL, the C1 controls, and the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
 * can make `late` display as `etal`.
 *
 * @param text - Untrusted text.
 * @returns The text without control sequences or control characters.
 * @example
 * ```ts
 * sanitizeTerminal('late\u001b[2J\u0007') //=> 'late'
 * sanitizeTerminal('\u001b]0;owned\u0007due \u202Eetal') //=> 'due etal'
 * ```
 * @category Reports
 */
export function sanitizeTerminal(text: string): string {
  return (
    text
      // String sequences: OSC, DCS, SOS, PM, APC (7-bit and C1 introducers) up to BEL or ST, or to the end of the line, CAN or SUB when unterminated.
      // eslint-disable-next-line no-control-regex
      .replace(/(?:\u001B[\]PX^_]|[\u0090\u0098\u009D-\u009F])[^\u0007\u0018\u001A\u001B\u009C\n]*(?:\u0007|\u001B\\|\u009C)?/g, '')
      // CSI: parameter bytes, intermediate bytes, one final byte.
      // eslint-disable-next-line no-control-regex
      .replace(/(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?/g, '')
      // Other escapes: ESC, intermediates, one final byte (`ESC c`, `ESC (B`).
      // eslint-disable-next-line no-control-regex
      .replace(/\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g, '')
      // C0 controls except \t and \n, DEL, C1 controls, bidi embeddings, overrides and isolates.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '')
  );
}
