const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for use in HTML content or a quoted attribute value. Every
 * writer in this library passes document text through it.
 *
 * @param text - Untrusted text.
 * @returns The text with `& < > " '` escaped.
 * @example
 * ```ts
 * escapeHtml('<script>alert("x")</script>') //=> '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 * ```
 * @category Reports
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
