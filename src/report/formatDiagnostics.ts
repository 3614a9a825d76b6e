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
 * `source:line:column: severity message [code]`, sorted by place; a
 * diagnostic with an `at` (the page of a PDF, the sheet and row of a
 * workbook) gives that place instead: `source: page 3: severity message
 * [code]`. Text is stripped of terminal control characters.
 *
 * @param diagnostics - Diagnostics from any parser.
 * @param options - See {@link FormatDiagnosticsOptions}.
 * @returns The lines joined with `\n` (empty string for none).
 * @example
 * ```ts
 * formatDiagnostics([{ code: 'invalid-date', severity: 'error', message: 'Unexpected `31 June 2006`, expected a real calendar date', line: 36, column: 93 }], { source: 'review.md' })
 * //=> 'review.md:36:93: error Unexpected `31 June 2006`, expected a real calendar date [invalid-date]'
 * ```
 * @example
 * ```ts
 * formatDiagnostics([{ code: 'unplaced-text', severity: 'warning', message: 'Unexpected `Communom`', line: 4, column: 9, at: 'page 1' }], { source: 'plan.pdf' })
 * //=> 'plan.pdf: page 1: warning Unexpected `Communom` [unplaced-text]'
 * ```
 * @category Reports
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: FormatDiagnosticsOptions = {}): string {
  const sorted = [...diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return sorted
    .map((d) => {
      const file = options.source ?? d.file;
      // A place in the file's own terms (`page 3` of a PDF) where one is given, else line and column.
      const place = d.at ?? `${d.line ?? 1}:${d.column ?? 1}`;
      const prefix = file ? `${file}:${d.at === undefined ? '' : ' '}${place}` : place;
      return sanitizeTerminal(`${prefix}: ${d.severity} ${d.message} [${d.code}]`);
    })
    .join('\n');
}
