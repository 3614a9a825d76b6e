import type { Diagnostic } from '../model/diagnostic.js';
import { sanitizeTerminal } from './sanitizeTerminal.js';

/**
 * Options of {@link formatDiagnostics}.
 *
 * @example
 * ```ts
 * const o: FormatDiagnosticsOptions = { source: 'review.md' };
 * ```
 * @category Reports
 */
export interface FormatDiagnosticsOptions {
  /** File name to put before each line (default: each diagnostic's `file`, if any). */
  source?: string;
}

/**
 * Formats diagnostics one a line, as compilers and linters do:
 * `source:line:column: severity message [code]`, sorted by place. Text is
 * stripped of terminal control characters.
 *
 * @param diagnostics - Diagnostics from any parser.
 * @param options - See {@link FormatDiagnosticsOptions}.
 * @returns The lines joined with `\n` (empty string for none).
 * @example
 * ```ts
 * formatDiagnostics([{ code: 'invalid-date', severity: 'error', message: 'Unexpected `31 June 2006`, expected a real calendar date', line: 36, column: 93 }], { source: 'review.md' })
 * //=> 'review.md:36:93: error Unexpected `31 June 2006`, expected a real calendar date [invalid-date]'
 * ```
 * @category Reports
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: FormatDiagnosticsOptions = {}): string {
  const sorted = [...diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return sorted
    .map((d) => {
      const place = `${d.line ?? 1}:${d.column ?? 1}`;
      const file = options.source ?? d.file;
      const prefix = file ? `${file}:${place}` : place;
      return sanitizeTerminal(`${prefix}: ${d.severity} ${d.message} [${d.code}]`);
    })
    .join('\n');
}
