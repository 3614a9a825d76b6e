/** Internal: the never-throw boundary of the prose interpreters. */
import type { Diagnostic, ParseResult } from '../../model/diagnostic.js';

/** Runs `body`; an unexpected exception becomes an `internal-error` and `empty()`. */
export function safely<T>(source: string, body: () => ParseResult<T>, empty: () => T): ParseResult<T> {
  try {
    return body();
  } catch (error) {
    const diagnostic: Diagnostic = {
      code: 'internal-error',
      severity: 'error',
      message: 'Unexpected internal error while interpreting, expected none; the document is returned empty',
      note: error instanceof Error ? error.message : String(error),
      source,
    };
    return { data: empty(), diagnostics: [diagnostic] };
  }
}
