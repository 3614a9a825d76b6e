import type { ParseResult } from '../../model/diagnostic.js';
import { _looksLikeHtml, _readCellHtml } from '../_cell-html.js';
import { _fold, _firstNonSpace, _locator, _splitLines } from '../_lines.js';
import { _safeRead, type _ReadContext } from '../_result.js';
import { _reportRaggedRows } from '../_table.js';
import type { ReadOptions, SourceDocument, TableCell, TableRow } from '../types.js';

/**
 * Options of {@link readTsvHtml}.
 *
 * @example
 * ```ts
 * const o: ReadTsvHtmlOptions = { source: 'action-plan.tsv' };
 * ```
 * @category Readers
 */
export type ReadTsvHtmlOptions = ReadOptions;

/**
 * Reads tab-separated values whose cells may hold HTML (`<p>`, `<ul>` with
 * `•` bullets, nested lists, entities) or plain text. Every line with a tab
 * is a table row; a blank line ends the table, so each page of a plan gives
 * its own `table` block; a line without a tab is a `paragraph`. Header rows
 * are not picked out. Never throws.
 *
 * @param text - The TSV text.
 * @param options - Reading options ({@link ReadTsvHtmlOptions}).
 * @returns The blocks read, and diagnostics (`ragged-row`, `unclosed-tag`,
 *   `empty-input`).
 * @example
 * ```ts
 * const { data } = readTsvHtml('Action\tLead\n<p>Set up a group</p>\t<ul> • Ann • Bob</ul>');
 * data.blocks[0].type //=> 'table'
 * data.blocks[0].rows[1].cells[1].items.map((i) => i.text) //=> ['Ann', 'Bob']
 * ```
 * @category Readers
 */
export function readTsvHtml(text: string, options?: ReadTsvHtmlOptions): ParseResult<SourceDocument> {
  return _safeRead('tsv-html', text, options, readBody);
}

function readBody(text: string, ctx: _ReadContext): void {
  const at = _locator(text);
  let rows: TableRow[] | undefined;
  const endTable = (): void => {
    if (rows !== undefined) _reportRaggedRows(rows, ctx);
    rows = undefined;
  };
  for (const line of _splitLines(text)) {
    if (line.text.trim() === '') {
      endTable();
      continue;
    }
    if (!line.text.includes('\t')) {
      endTable();
      const start = _firstNonSpace(line.text);
      if (_looksLikeHtml(line.text)) {
        const cell = _readCellHtml(line.text, line.offset, at, (d) => ctx.report(d));
        if (cell.text !== '') ctx.blocks.push({ type: 'paragraph', text: cell.text, line: line.line, column: start + 1 });
      } else {
        ctx.blocks.push({ type: 'paragraph', text: _fold(line.text), line: line.line, column: start + 1 });
      }
      continue;
    }
    if (rows === undefined) {
      rows = [];
      ctx.blocks.push({ type: 'table', rows, line: line.line, column: 1 });
    }
    const cells: TableCell[] = [];
    let offset = 0;
    for (const raw of line.text.split('\t')) {
      cells.push(readCell(raw, line.offset + offset, line.line, offset + 1, at, ctx));
      offset += raw.length + 1;
    }
    rows.push({ line: line.line, cells });
  }
  endTable();
}

function readCell(
  raw: string,
  base: number,
  line: number,
  column: number,
  at: ReturnType<typeof _locator>,
  ctx: _ReadContext,
): TableCell {
  if (_looksLikeHtml(raw)) {
    const c = _readCellHtml(raw, base, at, (d) => ctx.report(d));
    return { text: c.text, line, column, paragraphs: c.paragraphs, items: c.items, raw };
  }
  return { text: _fold(raw), line, column, paragraphs: [], items: [], raw };
}
