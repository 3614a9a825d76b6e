import { fold } from '../../_lib/white-space.js';
import type { ParseResult } from '../../model/diagnostic.js';
import {
  _liItem,
  _listItems,
  _parseHtmlTree,
  _runOf,
  _span,
  _walkCell,
  type _CellContent,
  type _ElementNode,
  type _HtmlCtx,
  type _Node,
} from '../_cell-html.js';
import { _locator } from '../_lines.js';
import { pushAll } from '../../_lib/push-all.js';
import { _safeRead, type _ReadContext } from '../_result.js';
import { _reportRaggedRows } from '../_table.js';
import type { ReadOptions, SourceBlock, SourceDocument, TableCell, TableRow } from '../types.js';

/**
 * Options of {@link readHtml}.
 *
 * @example
 * ```ts
 * const o: ReadHtmlOptions = { source: 'plan.html' };
 * ```
 * @category Readers
 */
export type ReadHtmlOptions = ReadOptions;

/**
 * Reads an HTML page with htmlparser2: `<h1>`–`<h6>` give headings, `<p>`
 * and loose text give paragraphs, `<ul>`/`<ol>` give nested lists (`<li>`
 * or `•`-separated text), `<table>` gives a table (rows from `<thead>`,
 * `<tbody>`, `<tfoot>` or `<tr>`; a cell with `colspan="n"` is followed by
 * n − 1 empty cells, and one with `rowspan="n"` leaves an empty cell in its
 * column in each of the n − 1 rows below, so the cells after it keep their
 * columns, as a merged cell reads in a spreadsheet). `<head>`, `<script>`,
 * `<style>` and `<template>` are skipped. Positions come from htmlparser2's
 * `startIndex`. Never throws.
 *
 * @param text - The HTML.
 * @param options - Reading options ({@link ReadHtmlOptions}).
 * @returns Headings, paragraphs, lists and tables with their positions.
 * @example
 * ```ts
 * const { data } = readHtml('<h2>Actions</h2><table><tr><th>Action</th><th>Lead</th></tr><tr><td>Meet</td><td>Ann</td></tr></table>');
 * data.blocks.map((b) => b.type) //=> ['heading', 'table']
 * const table = data.blocks[1];
 * if (table.type === 'table') table.rows[1].cells.map((c) => c.text) //=> ['Meet', 'Ann']
 * ```
 * @category Readers
 */
export function readHtml(text: string, options?: ReadHtmlOptions): ParseResult<SourceDocument> {
  return _safeRead('html', text, options, readBody);
}

const SKIP = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'meta', 'link']);
const INLINE_BREAK = new Set(['br', 'hr']);
const CONTAINERS = new Set(['html', 'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'blockquote', 'figure', 'figcaption', 'form', 'fieldset', 'details', 'summary', 'center', 'dl', 'dd', 'dt', 'address', 'caption', '#root']);

interface Env {
  text: string;
  ctx: _HtmlCtx;
  read: _ReadContext;
}

function readBody(text: string, read: _ReadContext): void {
  const at = _locator(text);
  const root = _parseHtmlTree(text, at, (d) => read.report(d), 'document');
  const env: Env = { text, ctx: { at, base: 0 }, read };
  blocks(root.children, env);
}

function blocks(nodes: readonly _Node[], env: Env): void {
  let loose: _Node[] = [];
  const flush = (): void => {
    if (loose.length === 0) return;
    const run = _runOf(loose);
    loose = [];
    const s = _span(run, 0, run.text.length, env.ctx);
    if (s !== undefined) env.read.blocks.push({ type: 'paragraph', ...s });
  };
  for (const n of nodes) {
    if (n.kind === 'text') {
      loose.push(n);
      continue;
    }
    if (SKIP.has(n.name)) continue;
    const heading = headingDepth(n.name);
    if (heading !== undefined) {
      flush();
      const run = _runOf(n.children);
      const s = _span(run, 0, run.text.length, env.ctx);
      if (s !== undefined) env.read.blocks.push({ type: 'heading', depth: heading, ...s });
    } else if (n.name === 'p') {
      flush();
      const out: _CellContent = { text: '', paragraphs: [], items: [] };
      _walkCell([n], env.ctx, out);
      pushCellContent(out, env);
    } else if (n.name === 'ul' || n.name === 'ol' || n.name === 'li') {
      flush();
      const items = n.name === 'li' ? [_liItem(n, 1, env.ctx)] : _listItems(n, 1, env.ctx);
      const first = items[0];
      if (first !== undefined) env.read.blocks.push({ type: 'list', items, line: first.line, column: first.column });
    } else if (n.name === 'table') {
      flush();
      table(n, env);
    } else if (INLINE_BREAK.has(n.name)) {
      flush();
    } else if (CONTAINERS.has(n.name) || n.children.some(isBlockish)) {
      flush();
      blocks(n.children, env);
    } else {
      loose.push(n);
    }
  }
  flush();
}

function isBlockish(n: _Node): boolean {
  return n.kind === 'element' && (headingDepth(n.name) !== undefined || ['p', 'ul', 'ol', 'table', 'div', 'section', 'li', 'blockquote'].includes(n.name));
}

function headingDepth(name: string): number | undefined {
  if (name.length === 2 && name[0] === 'h') {
    const d = Number(name[1]);
    if (d >= 1 && d <= 6) return d;
  }
  return undefined;
}

function pushCellContent(out: _CellContent, env: Env): void {
  const ordered: SourceBlock[] = out.paragraphs.map((p) => ({ type: 'paragraph', ...p }));
  const first = out.items[0];
  if (first !== undefined) ordered.push({ type: 'list', items: out.items, line: first.line, column: first.column });
  ordered.sort((a, b) => a.line - b.line || a.column - b.column);
  pushAll(env.read.blocks, ordered);
}

function rowsOf(el: _ElementNode): _ElementNode[] {
  const rows: _ElementNode[] = [];
  for (const c of el.children) {
    if (c.kind !== 'element') continue;
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') pushAll(rows, rowsOf(c));
  }
  return rows;
}

/** Most rows or columns one cell may span (a bigger span is taken as this). */
const MAX_SPAN = 1000;

/** A cell's `rowspan` or `colspan`: 1 when missing or not a number; `rowspan="0"` (to the end) as the most. */
function spanOf(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10);
  if (!Number.isFinite(n) || n < 0) return 1;
  return n === 0 ? MAX_SPAN : Math.min(n, MAX_SPAN);
}

/** The empty cell a spanning cell leaves in a row below it, at the spanning cell's place. */
function spanned(from: TableCell): TableCell {
  return { text: '', line: from.line, column: from.column, paragraphs: [], items: [] };
}

function table(el: _ElementNode, env: Env): void {
  const { at } = env.ctx;
  const rows: TableRow[] = [];
  // Cells spanning down from rows above, by column: the cell and how many more rows it covers.
  const above: ({ cell: TableCell; left: number } | undefined)[] = [];
  for (const tr of rowsOf(el)) {
    const cells: TableCell[] = [];
    // Columns a cell from above covers in this row keep their place with an empty cell.
    const fillAbove = (): void => {
      for (let down = above[cells.length]; down !== undefined && down.left > 0; down = above[cells.length]) {
        down.left--;
        cells.push(spanned(down.cell));
      }
    };
    for (const td of tr.children) {
      if (td.kind !== 'element' || (td.name !== 'td' && td.name !== 'th')) continue;
      fillAbove();
      const out: _CellContent = { text: fold(_runOf(td.children).text), paragraphs: [], items: [] };
      _walkCell(td.children, env.ctx, out);
      const p = at(td.start);
      const cell: TableCell = { text: out.text, line: p.line, column: p.column, paragraphs: out.paragraphs, items: out.items, raw: env.text.slice(td.start, td.end) };
      // Plain cells carry no structure, as in the other readers.
      if (out.items.length === 0 && out.paragraphs.length === 1 && out.paragraphs[0]?.text === out.text) cell.paragraphs = [];
      const across = spanOf(td.attribs['colspan']);
      const down = spanOf(td.attribs['rowspan']);
      for (let i = 0; i < across; i++) {
        above[cells.length] = down > 1 ? { cell, left: down - 1 } : undefined;
        cells.push(i === 0 ? cell : spanned(cell));
      }
    }
    // Cells from above at the row's end (the row's own cells stop before them).
    const last = above.findLastIndex((d) => d !== undefined && d.left > 0);
    while (cells.length <= last) {
      const down = above[cells.length];
      if (down !== undefined && down.left > 0) fillAbove();
      else cells.push({ text: '', line: at(tr.start).line, column: at(tr.start).column, paragraphs: [], items: [] });
    }
    const p = at(tr.start);
    rows.push({ line: p.line, cells });
  }
  // Text written in the table outside any cell (e.g. a caption) is kept.
  for (const c of el.children) {
    if (c.kind === 'element' && c.name === 'caption') blocks([c], env);
  }
  const p = at(el.start);
  env.read.blocks.push({ type: 'table', rows, line: p.line, column: p.column });
  _reportRaggedRows(rows, env.read);
  // Nested tables in cells are read too (their text is already in the cell).
}
