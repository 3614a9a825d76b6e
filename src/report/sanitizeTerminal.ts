/**
 * Removes terminal control sequences and control characters (ANSI escapes,
 * bell, backspace, carriage return …) from untrusted text before it is
 * printed, so a document cannot move the cursor, recolour or rewrite a
 * terminal. Tabs and line feeds are kept.
 *
 * @param text - Untrusted text.
 * @returns The text without control characters.
 * @example
 * ```ts
 * sanitizeTerminal('late\u001b[2J\u0007') //=> 'late[2J'
 * ```
 * @category Reports
 */
export function sanitizeTerminal(text: string): string {
  // C0 controls except \t and \n, DEL, and C1 controls (which include CSI).
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
}
