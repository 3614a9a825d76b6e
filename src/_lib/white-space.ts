/**
 * Internal: white space as `\s` and `String.prototype.trim` read it, tested
 * code unit by code unit (no regex, no trimmed copy). Shared by the readers
 * and the interpreters so both agree on what a blank cell is.
 */

/** Whether a UTF-16 code unit is white space as `\s` (and `String.prototype.trim`) reads it. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether a text is empty or white space only (`text.trim() === ''`,
 * without trimming). Like `trim`, fails on a value that is not a string (a
 * malformed document's).
 */
export function isBlank(text: string): boolean {
  if (typeof text !== 'string') throw new TypeError(`Unexpected text of type ${typeof text}, expected a string`);
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
