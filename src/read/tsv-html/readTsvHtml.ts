import { firstNonSpace, fold, isBlank } from '../../_lib/white-space.js';
import type { Diagnostic, ParseResult } from '../../model/diagnostic.js';
import { _looksLikeHtml, _readCellHtml } from '../_cell-html.js';
import { _locator, type _Pos } from '../_lines.js';
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
 * const table = data.blocks[0];
 * table.type //=> 'table'
 * if (table.type === 'table') table.rows[1].cells[1].items.map((i) => i.text) //=> ['Ann', 'Bob']
 * ```
 * @category Readers
 */
export function readTsvHtml(text: string, options?: ReadTsvHtmlOptions): ParseResult<SourceDocument> {
  return _safeRead('tsv-html', text, options, readBody);
}

/**
 * Where offsets of the text are: the line being read answers at once (every
 * cell lies on one line); anything else is looked up among all line starts.
 */
class Locator {
  line = 1;
  start = 0;
  /** Offset where the next line starts. */
  next = 0;
  private slow: ((offset: number) => _Pos) | undefined;

  constructor(private readonly text: string) {}

  readonly at = (offset: number): _Pos => {
    if (offset >= this.start && offset < this.next) return { line: this.line, column: offset - this.start + 1 };
    this.slow ??= _locator(this.text);
    return this.slow(offset);
  };
}

function readBody(text: string, ctx: _ReadContext): void {
  const where = new Locator(text);
  const at = where.at;
  // The cell reader's diagnostics are fresh objects it lets go of: stamped in place.
  const report = (d: Diagnostic): void => ctx.adopt(d);
  let rows: TableRow[] | undefined;
  const hasCr = text.includes('\r');
  let start = 0;
  let lineNo = 1;
  for (;;) {
    // The next line end: `\n`, `\r\n` or `\r`, as `_splitLines` reads them.
    let end = text.indexOf('\n', start);
    if (hasCr) {
      const cr = text.indexOf('\r', start);
      if (cr >= 0 && (end < 0 || cr < end)) end = cr;
    }
    const last = end < 0;
    const lineText = last ? (start === 0 ? text : text.slice(start)) : text.slice(start, end);
    const next = last ? Number.MAX_SAFE_INTEGER : text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    where.line = lineNo;
    where.start = start;
    where.next = next;
    if (isBlank(lineText)) {
      if (rows !== undefined) _reportRaggedRows(rows, ctx);
      rows = undefined;
    } else if (!lineText.includes('\t')) {
      if (rows !== undefined) _reportRaggedRows(rows, ctx);
      rows = undefined;
      const column = firstNonSpace(lineText) + 1;
      if (_looksLikeHtml(lineText)) {
        const cell = _readCellHtml(lineText, start, at, report);
        if (cell.text !== '') ctx.blocks.push({ type: 'paragraph', text: cell.text, line: lineNo, column });
      } else {
        ctx.blocks.push({ type: 'paragraph', text: fold(lineText), line: lineNo, column });
      }
    } else {
      if (rows === undefined) {
        rows = [];
        ctx.blocks.push({ type: 'table', rows, line: lineNo, column: 1 });
      }
      const cells: TableCell[] = [];
      let from = 0;
      for (;;) {
        const tab = lineText.indexOf('\t', from);
        const raw = tab < 0 ? lineText.slice(from) : lineText.slice(from, tab);
        cells.push(readCell(raw, start + from, lineNo, from + 1, at, report));
        if (tab < 0) break;
        from = tab + 1;
      }
      // Cut to size (see `exact` in _cell-html.ts): rows live as long as the document.
      rows.push({ line: lineNo, cells: cells.slice() });
    }
    if (last) break;
    start = next;
    lineNo++;
  }
  if (rows !== undefined) _reportRaggedRows(rows, ctx);
  // Every text above was folded by the interpreters' own `fold` (SourceDocument.folded).
  ctx.folded = true;
}

function readCell(raw: string, base: number, line: number, column: number, at: (offset: number) => _Pos, report: (d: Diagnostic) => void): TableCell {
  if (_looksLikeHtml(raw)) {
    const c = _readCellHtml(raw, base, at, report);
    return { text: c.text, line, column, paragraphs: c.paragraphs, items: c.items, raw };
  }
  return { text: fold(raw), line, column, paragraphs: [], items: [], raw };
}
