/**
 * Internal: plain text is the fallback format: any non-blank text gets a
 * low confidence that the other readers beat when they recognise their
 * syntax.
 */
export function _detectText(text: string): number {
  return text.trim() === '' ? 0 : 0.3;
}
