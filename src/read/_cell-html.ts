/**
 * Internal: the HTML found inside a table cell (sample 001), read with
 * htmlparser2 into plain text, paragraphs and nested list items.
 *
 * - `<p>` (and text outside any list) gives paragraphs;
 * - `<li>` gives an item; inside `<ul>`/`<ol>`, a run of text split on `•`
 *   gives one item per bullet; in a nested list (or a list without `•`),
 *   segments starting with `- ` are items;
 * - a nested list after an item holds that item's children;
 * - entities are decoded and white space folded.
 */
import { Parser } from 'htmlparser2';
import type { Diagnostic } from '../model/diagnostic.js';
import { _fold, _firstNonSpace, type _Pos, _pushAll } from './_lines.js';
import type { SourceListItem, TextSpan } from './types.js';

interface Piece {
  /** Offset in the raw HTML of this piece of decoded text. */
  rawStart: number;
  /** Length of the raw source of this piece. */
  rawLength: number;
  text: string;
}

/** Internal: decoded text with its raw pieces. */
export interface _TextNode {
  kind: 'text';
  pieces: Piece[];
}

/** Internal: an element with its raw start (and end, once closed). */
export interface _ElementNode {
  kind: 'element';
  name: string;
  attribs: Record<string, string>;
  start: number;
  end: number;
  children: _Node[];
}

/** Internal: a node of the light HTML tree. */
export type _Node = _TextNode | _ElementNode;
type Node = _Node;
type ElementNode = _ElementNode;

/** What the cell HTML reads to. */
export interface _CellContent {
  text: string;
  paragraphs: TextSpan[];
  items: SourceListItem[];
}

const BLOCK = new Set(['p', 'div', 'ul', 'ol', 'li', 'br', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header', 'footer', 'dl', 'dt', 'dd', 'hr']);
const SKIP = new Set(['script', 'style', 'template', 'head', 'title', 'noscript']);

/** True when `raw` holds an HTML tag (`<p>`, `</u>`, `<br/>`, `<!-- -->`). */
export function _looksLikeHtml(raw: string): boolean {
  for (let i = raw.indexOf('<'); i >= 0 && i < raw.length - 1; i = raw.indexOf('<', i + 1)) {
    const c = raw[i + 1] ?? '';
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '/' || c === '!') {
      if (raw.indexOf('>', i) > i) return true;
    }
  }
  return false;
}

/** Internal: parses `raw` into a light tree. Unclosed tags are reported. */
export function _parseHtmlTree(raw: string, at: (offset: number) => _Pos, report: (d: Diagnostic) => void, where = 'cell'): ElementNode {
  const root: ElementNode = { kind: 'element', name: '#root', attribs: {}, start: 0, end: raw.length, children: [] };
  const stack: ElementNode[] = [root];
  let tooDeep = false;
  // How far the parser's events have reached into `raw`.
  let consumed = 0;
  const mark = (): void => {
    consumed = Math.max(consumed, parser.endIndex + 1);
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        mark();
        if (stack.length > MAX_DEPTH) {
          // Deeper elements are flattened into the deepest one kept, so the
          // tree walks cannot overflow the call stack; their text is kept.
          if (!tooDeep) {
            tooDeep = true;
            const p = at(parser.startIndex);
            report({
              code: 'nesting-too-deep',
              severity: 'warning',
              message: `Unexpected nesting deeper than ${MAX_DEPTH} elements in the ${where}, expected a shallower tree; deeper tags are ignored, their text kept`,
              line: p.line,
              column: p.column,
            });
          }
          return;
        }
        const el: ElementNode = { kind: 'element', name, attribs, start: parser.startIndex, end: raw.length, children: [] };
        (stack[stack.length - 1] ?? root).children.push(el);
        stack.push(el);
      },
      onclosetag(name, isImplied) {
        if (!isImplied) mark();
        // Pop up to the element being closed.
        for (let i = stack.length - 1; i > 0; i--) {
          const el = stack[i];
          if (el?.name === name) {
            el.end = isImplied ? parser.startIndex : parser.endIndex + 1;
            if (isImplied && !OPTIONAL_END.has(name) && !VOID.has(name)) {
              const p = at(el.start);
              report({
                code: 'unclosed-tag',
                severity: 'info',
                message: `Unexpected \`<${name}>\` left open in the ${where}, expected \`</${name}>\``,
                line: p.line,
                column: p.column,
                text: `<${name}>`,
              });
            }
            stack.length = i;
            break;
          }
        }
      },
      oncomment() {
        mark();
      },
      onprocessinginstruction() {
        mark();
      },
      oncdataend() {
        mark();
      },
      ontext(data) {
        mark();
        const parent = stack[stack.length - 1] ?? root;
        const last = parent.children[parent.children.length - 1];
        const piece: Piece = { rawStart: parser.startIndex, rawLength: parser.endIndex - parser.startIndex + 1, text: data };
        if (last?.kind === 'text') last.pieces.push(piece);
        else parent.children.push({ kind: 'text', pieces: [piece] });
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(raw);
  parser.end();
  // htmlparser2 drops a tag cut off by the end of the text (say, an
  // attribute value whose quote is never closed): keep its words in a
  // diagnostic.
  const rest = raw.slice(consumed);
  if (rest.trim() !== '') {
    const lead = consumed + (rest.length - rest.trimStart().length);
    const p = at(lead);
    report({
      code: 'truncated-tag',
      severity: 'warning',
      message: `Unexpected end of the ${where} inside a tag, expected \`>\``,
      line: p.line,
      column: p.column,
      text: raw.slice(lead),
    });
  }
  return root;
}

/** Deepest element nesting kept (the tree walks are recursive). */
const MAX_DEPTH = 200;

/** Elements whose end tag HTML lets one leave out. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'html', 'head', 'body', 'colgroup', 'caption', 'rb', 'rt', 'rp']);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'col', 'area', 'base', 'embed', 'source', 'track', 'param']);

/** A run of decoded text with a way back to raw offsets. */
/** Internal: a run of decoded text. */
export class _Run {
  text = '';
  private readonly map: { at: number; piece: Piece }[] = [];

  add(piece: Piece): void {
    this.map.push({ at: this.text.length, piece });
    this.text += piece.text;
  }

  /** Raw offset of decoded index `i`. */
  rawOffset(i: number): number {
    // Binary search for the last piece starting at or before `i`.
    let lo = 0;
    let hi = this.map.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.map[mid]?.at ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    const found = this.map[lo];
    if (found === undefined) return 0;
    const { piece } = found;
    const inside = i - found.at;
    return piece.rawLength === piece.text.length ? piece.rawStart + inside : piece.rawStart;
  }
}

/** Internal: how offsets in the parsed HTML map to positions. */
export interface _HtmlCtx {
  at: (offset: number) => _Pos;
  base: number;
}
type Ctx = _HtmlCtx;
type Run = _Run;
const Run = _Run;

/** Internal: a folded span of a run. */
export function _span(run: Run, from: number, to: number, ctx: Ctx): TextSpan | undefined {
  const slice = run.text.slice(from, to);
  const text = _fold(slice);
  if (text === '') return undefined;
  const p = ctx.at(ctx.base + run.rawOffset(from + _firstNonSpace(slice)));
  return { text, line: p.line, column: p.column };
}

/** Flattens an element's text into a run (block elements give a space). */
function collect(node: Node, run: Run): void {
  if (node.kind === 'text') {
    for (const p of node.pieces) run.add(p);
    return;
  }
  if (SKIP.has(node.name)) return;
  const block = BLOCK.has(node.name);
  if (block) run.add({ rawStart: node.start, rawLength: 0, text: ' ' });
  for (const c of node.children) collect(c, run);
  if (block) run.add({ rawStart: node.start, rawLength: 0, text: ' ' });
}

/** Internal: the text run of nodes. */
export function _runOf(nodes: Node[]): Run {
  const run = new Run();
  for (const n of nodes) collect(n, run);
  return run;
}

function isList(n: Node): boolean {
  return n.kind === 'element' && (n.name === 'ul' || n.name === 'ol');
}

/** Splits a run into `[start, end, marker]` segments at bullets. */
function segments(text: string, dashes: boolean): { from: number; to: number; marker?: string }[] {
  const out: { from: number; to: number; marker?: string }[] = [];
  let from = 0;
  let marker: string | undefined;
  const push = (to: number): void => {
    out.push(marker === undefined ? { from, to } : { from, to, marker });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    let isBullet = ch === '•' || ch === '·' || ch === '▪' || ch === '◦';
    if (!isBullet && dashes && ch === '-') {
      const before = i === 0 ? ' ' : text[i - 1];
      const after = text[i + 1];
      // Only a dash set off by spaces ("- brief media") starts an item;
      // "set-up" and "–" do not.
      isBullet = (before === ' ' || before === '\u00a0' || before === '\n' || before === '\t') && (after === ' ' || after === '\u00a0');
    }
    if (isBullet) {
      push(i);
      from = i + 1;
      marker = ch;
    }
  }
  push(text.length);
  return out;
}

/** Reads the items of a `<ul>`/`<ol>` element. */
export function _listItems(list: ElementNode, depth: number, ctx: Ctx): SourceListItem[] {
  const items: SourceListItem[] = [];
  const plain = _runOf(list.children.filter((c) => c.kind === 'text')).text;
  const hasBullets = plain.includes('•');
  const dashes = depth > 1 || (!hasBullets && plain.trimStart().startsWith('- '));
  let current: SourceListItem | undefined;
  const pendingText: Node[] = [];
  // `<ol>` items are numbered from `start` (default 1), as a browser shows them.
  const start = Number.parseInt(list.attribs['start'] ?? '1', 10);
  let number = Number.isSafeInteger(start) ? start : 1;

  const flushText = (): void => {
    if (pendingText.length === 0) return;
    const run = _runOf(pendingText);
    pendingText.length = 0;
    for (const seg of segments(run.text, dashes)) {
      const s = _span(run, seg.from, seg.to, ctx);
      if (seg.marker === undefined) {
        if (s === undefined) continue;
        if (current !== undefined) {
          current.text = current.text === '' ? s.text : `${current.text} ${s.text}`;
          continue;
        }
        current = { text: s.text, line: s.line, column: s.column, children: [] };
        items.push(current);
      } else {
        const p = ctx.at(ctx.base + run.rawOffset(seg.from - 1));
        current = { text: s?.text ?? '', line: s?.line ?? p.line, column: s?.column ?? p.column, marker: seg.marker, children: [] };
        items.push(current);
      }
    }
  };

  for (const child of list.children) {
    if (child.kind === 'element' && child.name === 'li') {
      flushText();
      current = _liItem(child, depth, ctx);
      if (list.name === 'ol') current.marker = `${number++}.`;
      items.push(current);
    } else if (child.kind === 'element' && isList(child)) {
      flushText();
      const nested = _listItems(child, depth + 1, ctx);
      if (current === undefined) _pushAll(items, nested);
      else _pushAll(current.children, nested);
    } else {
      pendingText.push(child);
    }
  }
  flushText();
  return items.filter((i) => i.text !== '' || i.children.length > 0);
}

export function _liItem(li: ElementNode, depth: number, ctx: Ctx): SourceListItem {
  const own = li.children.filter((c) => !isList(c));
  const run = _runOf(own);
  const s = _span(run, 0, run.text.length, ctx);
  const p = ctx.at(ctx.base + li.start);
  const item: SourceListItem = { text: s?.text ?? '', line: s?.line ?? p.line, column: s?.column ?? p.column, children: [] };
  for (const c of li.children) if (c.kind === 'element' && isList(c)) _pushAll(item.children, _listItems(c, depth + 1, ctx));
  return item;
}

/** Walks block structure: paragraphs from `<p>` and loose text, lists. */
export function _walkCell(nodes: Node[], ctx: Ctx, out: _CellContent): void {
  let loose: Node[] = [];
  const flushLoose = (): void => {
    if (loose.length === 0) return;
    const run = _runOf(loose);
    loose = [];
    const s = _span(run, 0, run.text.length, ctx);
    if (s !== undefined) out.paragraphs.push(s);
  };
  for (const n of nodes) {
    if (n.kind === 'element' && SKIP.has(n.name)) continue;
    if (n.kind === 'element' && isList(n)) {
      flushLoose();
      _pushAll(out.items, _listItems(n, 1, ctx));
    } else if (n.kind === 'element' && n.name === 'li') {
      flushLoose();
      out.items.push(_liItem(n, 1, ctx));
    } else if (n.kind === 'element' && (n.name === 'p' || /^h[1-6]$/.test(n.name))) {
      flushLoose();
      if (n.children.some((c) => isList(c))) {
        _walkCell(n.children, ctx, out);
      } else {
        const run = _runOf(n.children);
        const s = _span(run, 0, run.text.length, ctx);
        if (s !== undefined) out.paragraphs.push(s);
      }
    } else if (n.kind === 'element' && (n.name === 'div' || n.name === 'section' || n.name === 'blockquote' || n.name === 'td' || n.name === 'th' || n.name === 'tr' || n.name === 'table' || n.name === 'tbody')) {
      flushLoose();
      _walkCell(n.children, ctx, out);
    } else if (n.kind === 'element' && n.name === 'br') {
      flushLoose();
    } else {
      loose.push(n);
    }
  }
  flushLoose();
}

/**
 * Reads the HTML of one cell. `base` is the offset of `raw` in the text
 * `at` locates in.
 */
export function _readCellHtml(
  raw: string,
  base: number,
  at: (offset: number) => _Pos,
  report: (d: Diagnostic) => void,
): _CellContent {
  const root = _parseHtmlTree(raw, (o) => at(base + o), report);
  const ctx: Ctx = { at, base };
  const out: _CellContent = { text: _fold(_runOf(root.children).text), paragraphs: [], items: [] };
  _walkCell(root.children, ctx, out);
  return out;
}
