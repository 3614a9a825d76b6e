import type { Diagnostic, ParseResult } from '../model/diagnostic.js';
import type { FormatId, ReadOptions, SourceBlock, SourceDocument } from './types.js';

/** Internal: what a reader body fills in; kept even when it throws. */
export interface _ReadContext {
  blocks: SourceBlock[];
  diagnostics: Diagnostic[];
  /** Set when the reader vouches for `SourceDocument.folded`. */
  folded?: boolean;
  /** Adds a diagnostic, stamping `source` (the reader) and `file` (the document's name, when given). */
  report(d: Diagnostic): void;
  /**
   * `report` for a diagnostic made just for it, without `source` or `file`,
   * that the caller keeps no reference to: stamped in place rather than
   * copied (the same keys in the same order).
   */
  adopt(d: Diagnostic): void;
}

/**
 * Internal: runs a reader body so that it never throws. Empty input gives an
 * `empty-input` error; an unexpected exception gives `internal-error` plus
 * whatever blocks were read before it.
 */
export function _safeRead(
  format: FormatId,
  text: unknown,
  options: ReadOptions | undefined,
  body: (text: string, ctx: _ReadContext) => void,
): ParseResult<SourceDocument> {
  const file = typeof options?.source === 'string' ? options.source : undefined;
  const reader = `read/${format}`;
  const ctx: _ReadContext = {
    blocks: [],
    diagnostics: [],
    report(d) {
      ctx.diagnostics.push(file === undefined ? { ...d, source: reader } : { ...d, source: reader, file });
    },
    adopt(d) {
      d.source = reader;
      if (file !== undefined) d.file = file;
      ctx.diagnostics.push(d);
    },
  };
  try {
    if (typeof text !== 'string') {
      ctx.report({ code: 'invalid-input', severity: 'error', message: `Unexpected ${typeof text} input, expected a string` });
      return { data: { format, blocks: [] }, diagnostics: ctx.diagnostics };
    }
    if (text.trim() === '') {
      ctx.report({ code: 'empty-input', severity: 'error', message: 'Unexpected empty input, expected a document', line: 1, column: 1 });
      return { data: { format, blocks: [] }, diagnostics: ctx.diagnostics };
    }
    body(text, ctx);
  } catch (error) {
    ctx.report({
      code: 'internal-error',
      severity: 'error',
      message: `Unexpected internal error in ${reader}, the document may be read only in part`,
      note: error instanceof Error ? error.message : String(error),
    });
  }
  const data: SourceDocument = { format, blocks: ctx.blocks };
  if (ctx.folded === true && ctx.blocks.length > 0) data.folded = true;
  return { data, diagnostics: byPosition(ctx.diagnostics) };
}

/** Sorts diagnostics by line and column (stable); those without a place go last. */
function byPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic): number => (d.line === undefined ? Number.MAX_SAFE_INTEGER : d.line * 1e6 + (d.column ?? 0));
  // Readers report mostly in source order: when already sorted, a stable sort changes nothing.
  let sorted = true;
  for (let i = 1; i < diagnostics.length && sorted; i++) sorted = key(diagnostics[i - 1] as Diagnostic) <= key(diagnostics[i] as Diagnostic);
  if (sorted) return diagnostics;
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => key(a.d) - key(b.d) || a.i - b.i)
    .map(({ d }) => d);
}
