import type { Diagnostic } from '../index.js';

/** Code-point order, the same in every locale (`localeCompare` puts `a` before `Z`, code points `Z` first). */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The info diagnostics counted by code, most frequent first, ties in
 * code-point order: "info: 32 unclosed-tag, 12 year-assumed". A 10 MB plan
 * can carry thousands of infos (a `<ul>` left open in every list cell),
 * which would bury its warnings.
 */
export function infoSummary(diagnostics: readonly Diagnostic[]): string {
  const counts = new Map<string, number>();
  for (const d of diagnostics) if (d.severity === 'info') counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0])).map(([code, n]) => `${n} ${code}`);
  return `info: ${parts.join(', ')}`;
}
