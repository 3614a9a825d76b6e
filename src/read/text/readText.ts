import type { ParseResult } from '../../model/diagnostic.js';
import { _splitLines } from '../_lines.js';
import { pushAll } from '../../_lib/push-all.js';
import { _safeRead, type _ReadContext } from '../_result.js';
import type { ReadOptions, SourceDocument, TableRow } from '../types.js';
import { _readOutline } from './_outline.js';
import { _chunks } from './_prose.js';
import { _pipeTable, _splitPipeRuns } from './_pipeRows.js';
import { _fixedWidthTable } from './_fixedWidth.js';
import { _splitFlatTables } from './_flatRows.js';
import { _reportRaggedRows } from '../_table.js';

/**
 * Options of {@link readText}.
 *
 * @example
 * ```ts
 * const o: ReadTextOptions = { source: 'objective-3.txt' };
 * ```
 * @category Readers
 */
export type ReadTextOptions = ReadOptions;

/**
 * Reads a plain-text outline: blank lines separate blocks; a short line
 * without final punctuation that has text after it is a heading; lines
 * starting with list markers (`R1`, `1.`, `1.1`, `(1)`, `(a)`, `i.`, `1)`,
 * `-`, `•`) are list items, nested by marker kind and indent; the rest are
 * paragraphs (wrapped lines are joined). Never throws.
 *
 * @param text - The text.
 * @param options - Reading options ({@link ReadTextOptions}).
 * @returns Headings, paragraphs and lists with their positions.
 * @example
 * ```ts
 * const { data } = readText('Actions required\n\nThe panel agreed to:\n(a) Meet monthly\n(b) Report yearly.');
 * data.blocks.map((b) => b.type) //=> ['heading', 'paragraph', 'list']
 * ```
 * @category Readers
 */
export function readText(text: string, options?: ReadTextOptions): ParseResult<SourceDocument> {
  return _safeRead('text', text, options, readBody);
}

function readBody(text: string, ctx: _ReadContext): void {
  for (const run of _splitPipeRuns(_splitLines(text))) {
    if (run.fixed === true) {
      const block = run.block?.type === 'table' ? run.block : _fixedWidthTable(run.lines);
      ctx.report({
        code: 'table-rebuilt',
        severity: 'info',
        message: `Unexpected table without its grid (columns aligned by spaces), expected cells in a grid; read as ${block.rows[0]?.cells.length ?? 0} columns under the header`,
        line: block.line,
        column: block.column,
      });
      ctx.blocks.push(block);
    }
    else if (run.table) {
      ctx.blocks.push(_pipeTable(run.lines, ctx));
      _reportRaggedRows((ctx.blocks[ctx.blocks.length - 1] as { rows: TableRow[] }).rows, ctx);
    } else {
      for (const part of _splitFlatTables(run.lines, ctx)) {
        if (part.block !== undefined) {
          ctx.blocks.push(part.block);
          if (part.block.type === 'table') _reportRaggedRows(part.block.rows, ctx);
        }
        else pushAll(ctx.blocks, _readOutline(_chunks(part.lines)));
      }
    }
  }
}
