import { firstNonSpace, fold } from '../../_lib/white-space.js';
import { Lexer, type Token, type Tokens } from 'marked';
import type { ParseResult } from '../../model/diagnostic.js';
import { _readCellHtml } from '../_cell-html.js';
import { _locator, _splitLines, type _Line, type _Pos } from '../_lines.js';
import { pushAll } from '../../_lib/push-all.js';
import { _safeRead, type _ReadContext } from '../_result.js';
import { _reportRaggedRows } from '../_table.js';
import { _markerAt } from '../text/_marker.js';
import { _chunks, _looksLikeHeading, _readProse } from '../text/_prose.js';
import { _readOutline } from '../text/_outline.js';
import type { ReadOptions, SourceBlock, SourceDocument, SourceListItem, TableCell, TableRow, TextSpan } from '../types.js';
import { _inlineText } from './_inline.js';
import { _hostileMarkdown } from './_guard.js';

/**
 * Options of {@link readMarkdown}.
 *
 * @example
 * ```ts
 * const o: ReadMarkdownOptions = { source: 'strategy.md' };
 * ```
 * @category Readers
 */
export type ReadMarkdownOptions = ReadOptions;

/**
 * Reads GitHub-flavoured markdown with marked's lexer: headings (and
 * paragraphs that are all bold, read as depth-3 headings), paragraphs,
 * lists (nested by indent, markers as written: `- R1 That …` gives an item
 * whose text starts with `R1`) and pipe tables (the header row is the first
 * row; empty cells kept). Pipe rows without a `|--|` line still give a
 * table, with a `table-without-header` note. Positions come from the
 * tokens' raw text. Never throws.
 *
 * @param text - The markdown.
 * @param options - Reading options ({@link ReadMarkdownOptions}).
 * @returns Headings, paragraphs, lists and tables with their positions.
 * @example
 * ```ts
 * const { data } = readMarkdown('**Recommendations**\n\n- R1 That a body is set up\n- R2 That it meets');
 * data.blocks[0] //=> { type: 'heading', depth: 3, text: 'Recommendations', line: 1, column: 1 }
 * const list = data.blocks[1];
 * if (list.type === 'list') list.items[0].text //=> 'R1 That a body is set up'
 * ```
 * @category Readers
 */
export function readMarkdown(text: string, options?: ReadMarkdownOptions): ParseResult<SourceDocument> {
  return _safeRead('markdown', text, options, readBody);
}

interface Env {
  text: string;
  at: (offset: number) => _Pos;
  lines: _Line[];
  ctx: _ReadContext;
}

function readBody(input: string, ctx: _ReadContext): void {
  // marked normalises line ends; do the same so offsets match (lines and
  // columns are unchanged, as `\r` only ends lines).
  const text = input.replace(/\r\n?/gu, '\n');
  const env: Env = { text, at: _locator(text), lines: _splitLines(text), ctx };
  const hostile = _hostileMarkdown(text);
  if (hostile !== undefined) {
    ctx.report({
      code: 'markdown-fallback',
      severity: 'warning',
      message: `Unexpected markdown that would take the lexer too long (${hostile}), expected ordinary nesting and inline markup; read as plain text`,
      line: 1,
      column: 1,
    });
    pushAll(ctx.blocks, _readOutline(_chunks(env.lines)));
    return;
  }
  let tokens: Token[];
  try {
    // Block tokens only: the reader takes each block's raw text and reads
    // its inline markup itself (_inlineText), so marked's own inline pass
    // over every block, cell and item would be work and memory thrown away.
    tokens = new Lexer({ gfm: true }).blockTokens(text);
  } catch (error) {
    // marked recurses: absurdly deep nesting overflows the stack. Read the
    // text as a plain outline rather than lose it.
    ctx.report({
      code: 'markdown-fallback',
      severity: 'warning',
      message: 'Unexpected markdown the lexer could not read, expected less deeply nested syntax; read as plain text',
      line: 1,
      column: 1,
      note: error instanceof Error ? error.message : String(error),
    });
    pushAll(ctx.blocks, _readOutline(_chunks(env.lines)));
    return;
  }
  let offset = 0;
  for (const token of tokens) {
    const found = token.raw === '' ? -1 : text.indexOf(token.raw, offset);
    const start = found < 0 ? offset : found;
    block(token, start, env);
    if (found >= 0) offset = start + token.raw.length;
  }
}

/** Lines of `text` covering `[start, start + length)`. */
function linesOf(env: Env, start: number, length: number): _Line[] {
  const first = env.at(start).line;
  const last = env.at(Math.max(start, start + length - 1)).line;
  return env.lines.slice(first - 1, last);
}

function firstPos(env: Env, start: number, raw: string): _Pos {
  return env.at(start + firstNonSpace(raw));
}

function block(token: Token, start: number, env: Env): void {
  const { ctx } = env;
  switch (token.type) {
    case 'space':
    case 'hr':
    case 'def':
      return;
    case 'heading': {
      const t = token as Tokens.Heading;
      const p = firstPos(env, start, t.raw);
      ctx.blocks.push({ type: 'heading', depth: t.depth, text: fold(_inlineText(t.text)), line: p.line, column: p.column });
      return;
    }
    case 'paragraph':
    case 'text':
      paragraph(token.raw, start, env);
      return;
    case 'list':
      list(token.raw, start, env);
      return;
    case 'table':
      table(token.raw, start, env, false);
      return;
    case 'html': {
      const cell = _readCellHtml(token.raw, start, env.at, (d) => ctx.report(d));
      for (const p of cell.paragraphs) ctx.blocks.push({ type: 'paragraph', ...p });
      if (cell.items.length > 0) {
        const first = cell.items[0]!;
        ctx.blocks.push({ type: 'list', items: cell.items, line: first.line, column: first.column });
      }
      return;
    }
    case 'code': {
      const p = firstPos(env, start, token.raw);
      const t = token as Tokens.Code;
      const text = fold(t.text);
      if (text !== '') ctx.blocks.push({ type: 'paragraph', text, line: p.line, column: p.column });
      return;
    }
    case 'blockquote': {
      // Read the quoted lines as prose, with the `>` markers blanked out.
      const lines = linesOf(env, start, token.raw.length).map((l) => ({ ...l, text: l.text.replace(/^(\s*)>/u, '$1 ') }));
      pushAll(ctx.blocks, proseBlocks(lines));
      return;
    }
    default: {
      const p = firstPos(env, start, token.raw);
      const text = fold(_inlineText(token.raw));
      if (text !== '') ctx.blocks.push({ type: 'paragraph', text, line: p.line, column: p.column });
    }
  }
}

/** Plain-text lines (inline markdown removed) read as prose. */
function proseBlocks(lines: readonly _Line[]): SourceBlock[] {
  return _readProse(lines.map((l) => ({ ...l, text: plainLine(l.text) })));
}

/** A line with inline markdown removed, keeping its leading white space. */
function plainLine(line: string): string {
  const lead = firstNonSpace(line);
  return line.slice(0, lead) + _inlineText(line.slice(lead).replace(/ {2}$/u, ''));
}

function isPipeRow(line: string): boolean {
  return line.trimStart().startsWith('|');
}

function isBoldOnly(raw: string): string | undefined {
  const t = raw.trim();
  for (const mark of ['**', '__']) {
    if (t.length > 4 && t.startsWith(mark) && t.endsWith(mark) && !t.slice(2, -2).includes(mark)) {
      return fold(_inlineText(t));
    }
  }
  return undefined;
}

function paragraph(raw: string, start: number, env: Env): void {
  const { ctx } = env;
  const lines = linesOf(env, start, raw.trimEnd().length).filter((l) => l.text.trim() !== '');
  if (lines.length > 0 && lines.every((l) => isPipeRow(l.text))) {
    const first = lines[0]!;
    ctx.report({
      code: 'table-without-header',
      severity: 'info',
      message: 'Unexpected pipe rows without a `|--|` line, expected a header separator; read as a table whose rows are all data',
      line: first.line,
      column: firstNonSpace(first.text) + 1,
    });
    table(raw, start, env, true);
    return;
  }
  const p = firstPos(env, start, raw);
  const bold = isBoldOnly(raw);
  if (bold !== undefined && bold !== '') {
    ctx.blocks.push({ type: 'heading', depth: 3, text: bold, line: p.line, column: p.column });
    return;
  }
  // A numbered section line on its own ("9 Equalities implications").
  if (lines.length === 1) {
    const line = lines[0]!;
    const lead = firstNonSpace(line.text);
    const m = _markerAt(line.text, lead);
    const text = fold(plainLine(line.text));
    if (m !== undefined && !m.kind.startsWith('bullet') && _looksLikeHeading(text)) {
      ctx.blocks.push({ type: 'heading', depth: 2, text, line: line.line, column: lead + 1 });
      return;
    }
  }
  pushAll(ctx.blocks, proseBlocks(lines));
}

/** Splits a pipe row into cells with their offsets in the line. */
function splitPipeRow(line: string): { raw: string; offset: number }[] {
  const cells: { raw: string; offset: number }[] = [];
  let i = firstNonSpace(line);
  if (line[i] === '|') i++;
  let from = i;
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '|') {
      cells.push({ raw: line.slice(from, i), offset: from });
      from = i + 1;
    }
  }
  const rest = line.slice(from);
  if (rest.trim() !== '' || cells.length === 0) cells.push({ raw: rest, offset: from });
  return cells;
}

function isSeparatorRow(line: string): boolean {
  const cells = splitPipeRow(line);
  return cells.length > 0 && cells.every((c) => {
    const t = c.raw.trim();
    if (t === '' || !t.includes('-')) return false;
    for (const ch of t) if (ch !== '-' && ch !== ':') return false;
    return true;
  });
}

const CELL_BREAK = /<br\s*\/?>/giu;

/**
 * The lines of a cell written with `<br>` between them (the way markdown
 * tables hold a line break), as paragraphs — each a role of several leads,
 * or a dated update — or none when the cell is one line.
 */
function cellLines(cellRaw: string, line: number, offset: number): TextSpan[] {
  if (!/<br\b/iu.test(cellRaw)) return [];
  const out: TextSpan[] = [];
  let from = 0;
  const add = (to: number): void => {
    const piece = cellRaw.slice(from, to);
    const text = fold(_inlineText(piece.trim().replace(/\\\|/gu, '|')));
    if (text !== '') out.push({ text, line, column: offset + from + (piece.length - piece.trimStart().length) + 1 });
  };
  for (const m of cellRaw.matchAll(CELL_BREAK)) {
    add(m.index);
    from = m.index + m[0].length;
  }
  add(cellRaw.length);
  return out.length > 1 ? out : [];
}

function table(raw: string, start: number, env: Env, headerless: boolean): void {
  const lines = linesOf(env, start, raw.trimEnd().length);
  const rows: TableRow[] = [];
  for (const line of lines) {
    if (line.text.trim() === '' || (!headerless && isSeparatorRow(line.text))) continue;
    const cells: TableCell[] = splitPipeRow(line.text).map(({ raw: cellRaw, offset }) => {
      const lead = cellRaw.trim() === '' ? 0 : firstNonSpace(cellRaw);
      const text = fold(_inlineText(cellRaw.trim().replace(/\\\|/gu, '|')));
      return { text, line: line.line, column: offset + lead + 1, paragraphs: cellLines(cellRaw, line.line, offset), items: [], raw: cellRaw };
    });
    rows.push({ line: line.line, cells });
  }
  if (rows.length === 0) return;
  const first = lines[0]!;
  env.ctx.blocks.push({ type: 'table', rows, line: first.line, column: firstNonSpace(first.text) + 1 });
  _reportRaggedRows(rows, env.ctx);
}

interface OpenItem {
  item: SourceListItem;
  indent: number;
}

function isMarkdownMarker(marker: string): boolean {
  if (marker === '-' || marker === '*' || marker === '+') return true;
  const last = marker[marker.length - 1];
  if (last !== '.' && last !== ')') return false;
  const digits = marker.slice(0, -1);
  return digits.length > 0 && digits.length <= 9 && [...digits].every((c) => c >= '0' && c <= '9');
}

/** A list read from its raw lines: items nested by indent, markers as written. */
function list(raw: string, start: number, env: Env): void {
  const lines = linesOf(env, start, raw.trimEnd().length);
  const items: SourceListItem[] = [];
  let stack: OpenItem[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    const indent = firstNonSpace(line.text);
    const m = _markerAt(line.text, indent);
    if (m !== undefined && isMarkdownMarker(m.marker)) {
      const item: SourceListItem = { text: fold(plainLine(line.text.slice(m.textStart))), line: line.line, column: indent + 1, marker: m.marker, children: [] };
      stack = stack.filter((o) => o.indent < indent);
      const parent = stack[stack.length - 1];
      if (parent === undefined) items.push(item);
      else parent.item.children.push(item);
      stack.push({ item, indent });
      continue;
    }
    const last = stack[stack.length - 1];
    const more = fold(plainLine(line.text));
    if (last === undefined) {
      items.push({ text: more, line: line.line, column: indent + 1, children: [] });
      continue;
    }
    last.item.text = last.item.text === '' ? more : `${last.item.text} ${more}`;
  }
  if (items.length === 0) return;
  // A one-item numbered list that reads as a title ("1. Purpose") is a
  // numbered section heading.
  const only = items[0]!;
  if (items.length === 1 && only.children.length === 0 && only.marker !== undefined && !isBullet(only.marker) && _looksLikeHeading(only.text)) {
    env.ctx.blocks.push({ type: 'heading', depth: 2, text: `${only.marker} ${only.text}`, line: only.line, column: only.column });
    return;
  }
  env.ctx.blocks.push({ type: 'list', items, line: only.line, column: only.column });
}

function isBullet(marker: string): boolean {
  return marker === '-' || marker === '*' || marker === '+';
}
