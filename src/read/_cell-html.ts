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
import { firstNonSpace, fold, hasFoldRuns, isSpace } from '../_lib/white-space.js';
import { Parser } from 'htmlparser2';
import type { Diagnostic } from '../model/diagnostic.js';
import { type _Pos } from './_lines.js';
import { pushAll } from '../_lib/push-all.js';
import { _boundDepth } from './_depth.js';
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
  /** Set when `text` is the paragraphs' texts joined by single spaces (so a check of them covers it). */
  joined?: boolean;
}

const BLOCK = new Set(['p', 'div', 'ul', 'ol', 'li', 'br', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header', 'footer', 'dl', 'dt', 'dd', 'hr']);
const SKIP = new Set(['script', 'style', 'template', 'head', 'title', 'noscript']);

/** True when `raw` holds an HTML tag (`<p>`, `</u>`, `<br/>`, `<!-- -->`). */
export function _looksLikeHtml(raw: string): boolean {
  // Linear: a tag needs a `>` after its `<`, so only the `<`s before the last `>` count
  // (searching for `>` from every `<` was quadratic on `<a<a<a…`).
  const last = raw.lastIndexOf('>');
  for (let i = raw.indexOf('<'); i >= 0 && i < last; i = raw.indexOf('<', i + 1)) {
    const c = raw[i + 1] ?? '';
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '/' || c === '!') return true;
  }
  return false;
}

const EMPTY_ROOT: ElementNode = { kind: 'element', name: '#root', attribs: {}, start: 0, end: 0, children: [] };
const NOWHERE = (): _Pos => ({ line: 1, column: 1 });
const IGNORE = (): void => undefined;

/**
 * Builds the light tree from htmlparser2's events. One builder and its
 * parser serve every parse (`reset()` between them): a parser per cell cost
 * more than the parse itself.
 */
class TreeBuilder {
  readonly parser: Parser;
  root: ElementNode = EMPTY_ROOT;
  stack: ElementNode[] = [];
  tooDeep = false;
  /** How far the parser's events have reached into `raw`. */
  consumed = 0;
  rawLength = 0;
  base = 0;
  where = 'cell';
  at: (offset: number) => _Pos = NOWHERE;
  report: (d: Diagnostic) => void = IGNORE;
  busy = false;
  /** Whether the parser is reset and ready. */
  clean = false;

  constructor() {
    this.parser = new Parser(this, { decodeEntities: true, lowerCaseTags: true });
  }

  private mark(): void {
    const reached = this.parser.endIndex + 1;
    if (reached > this.consumed) this.consumed = reached;
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    this.mark();
    const stack = this.stack;
    if (stack.length > MAX_DEPTH) {
      // Deeper elements are flattened into the deepest one kept, so the
      // tree walks cannot overflow the call stack; their text is kept.
      this.tooDeepAt(this.parser.startIndex);
      return;
    }
    const el: ElementNode = { kind: 'element', name, attribs, start: this.parser.startIndex, end: this.rawLength, children: [] };
    (stack[stack.length - 1] ?? this.root).children.push(el);
    stack.push(el);
  }

  /** Reports, once a parse, nesting deeper than {@link MAX_DEPTH} at `offset` of the raw HTML. */
  private tooDeepAt(offset: number): void {
    if (this.tooDeep) return;
    this.tooDeep = true;
    const p = this.at(this.base + offset);
    this.report({
      code: 'nesting-too-deep',
      severity: 'warning',
      message: `Unexpected nesting deeper than ${MAX_DEPTH} elements in the ${this.where}, expected a shallower tree; deeper tags are ignored, their text kept`,
      line: p.line,
      column: p.column,
    });
  }

  onclosetag(name: string, isImplied: boolean): void {
    if (!isImplied) this.mark();
    const stack = this.stack;
    // Pop up to the element being closed.
    for (let i = stack.length - 1; i > 0; i--) {
      const el = stack[i];
      if (el?.name === name) {
        el.end = isImplied ? this.parser.startIndex : this.parser.endIndex + 1;
        if (isImplied && !OPTIONAL_END.has(name) && !VOID.has(name)) {
          const p = this.at(this.base + el.start);
          // The same few tags go unclosed in cell after cell: their words are built once.
          const key = `${this.where}\t${name}`;
          let words = unclosedWords.get(key);
          if (words === undefined) {
            words = { message: `Unexpected \`<${name}>\` left open in the ${this.where}, expected \`</${name}>\``, text: `<${name}>` };
            if (unclosedWords.size >= 64) unclosedWords.clear();
            unclosedWords.set(key, words);
          }
          this.report({
            code: 'unclosed-tag',
            severity: 'info',
            message: words.message,
            line: p.line,
            column: p.column,
            text: words.text,
          });
        }
        stack.length = i;
        break;
      }
    }
  }

  oncomment(): void {
    this.mark();
  }

  onprocessinginstruction(): void {
    this.mark();
  }

  oncdataend(): void {
    this.mark();
  }

  ontext(data: string): void {
    this.mark();
    const parent = this.stack[this.stack.length - 1] ?? this.root;
    const last = parent.children[parent.children.length - 1];
    const start = this.parser.startIndex;
    const piece: Piece = { rawStart: start, rawLength: this.parser.endIndex - start + 1, text: data };
    if (last?.kind === 'text') last.pieces.push(piece);
    else parent.children.push({ kind: 'text', pieces: [piece] });
  }

  /** Parses `raw` into a fresh tree. */
  build(raw: string, at: (offset: number) => _Pos, report: (d: Diagnostic) => void, where: string, base: number): ElementNode {
    const root: ElementNode = { kind: 'element', name: '#root', attribs: {}, start: 0, end: raw.length, children: [] };
    this.root = root;
    this.stack = [root];
    this.tooDeep = false;
    this.consumed = 0;
    this.rawLength = raw.length;
    this.base = base;
    this.where = where;
    this.at = at;
    this.report = report;
    const parser = this.parser;
    // Reset at the end of the last parse, unless that parse never got there.
    if (!this.clean) parser.reset();
    this.clean = false;
    const bounded = _boundDepth(raw, MAX_DEPTH, UNCOUNTED);
    if (bounded.first >= 0) this.tooDeepAt(bounded.first);
    parser.write(bounded.html);
    parser.end();
    // htmlparser2 drops a tag cut off by the end of the text (say, an
    // attribute value whose quote is never closed): keep its words in a
    // diagnostic.
    const consumed = this.consumed;
    if (consumed < raw.length) {
      const rest = raw.slice(consumed);
      if (rest.trim() !== '') {
        const lead = consumed + (rest.length - rest.trimStart().length);
        const p = at(base + lead);
        report({
          code: 'truncated-tag',
          severity: 'warning',
          message: `Unexpected end of the ${where} inside a tag, expected \`>\``,
          line: p.line,
          column: p.column,
          text: raw.slice(lead),
        });
      }
    }
    // Let go of this parse's text, tree and callbacks (a cell's text is a slice that keeps the
    // whole document alive, and the parser would hold it until the next parse).
    parser.reset();
    this.clean = true;
    this.stack = [];
    this.root = EMPTY_ROOT;
    this.at = NOWHERE;
    this.report = IGNORE;
    return root;
  }
}

let sharedBuilder: TreeBuilder | undefined;

/**
 * Message and text of `unclosed-tag` by place and tag name: constant strings
 * (the same for every document), so sharing them changes nothing but the
 * allocations. Kept small (emptied at 64 entries): tag names come from documents.
 */
const unclosedWords = new Map<string, { message: string; text: string }>();

/**
 * Internal: parses `raw` into a light tree. Unclosed tags are reported.
 * Positions given to `at` are `base` plus offsets in `raw`.
 */
export function _parseHtmlTree(raw: string, at: (offset: number) => _Pos, report: (d: Diagnostic) => void, where = 'cell', base = 0): ElementNode {
  sharedBuilder ??= new TreeBuilder();
  // A parse inside a parse (never done today) gets a builder of its own.
  const builder = sharedBuilder.busy ? new TreeBuilder() : sharedBuilder;
  builder.busy = true;
  try {
    return builder.build(raw, at, report, where, base);
  } finally {
    builder.busy = false;
  }
}

/** Deepest element nesting kept (the tree walks are recursive). */
const MAX_DEPTH = 200;

/** Elements whose end tag HTML lets one leave out. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'html', 'head', 'body', 'colgroup', 'caption', 'rb', 'rt', 'rp']);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'col', 'area', 'base', 'embed', 'source', 'track', 'param']);
/** Tags `_boundDepth` does not count: the parser closes them itself. */
const UNCOUNTED: ReadonlySet<string> = new Set([...OPTIONAL_END, ...VOID]);

/** Internal: a run of decoded text, with a way back to raw offsets. */
export class _Run {
  text = '';
  /** Decoded offset where each piece starts, and the pieces. */
  private readonly ats: number[] = [];
  private readonly pieces: Piece[] = [];

  add(piece: Piece): void {
    this.ats.push(this.text.length);
    this.pieces.push(piece);
    this.text += piece.text;
  }

  /** Raw offset of decoded index `i`. */
  rawOffset(i: number): number {
    // Binary search for the last piece starting at or before `i`.
    const ats = this.ats;
    let lo = 0;
    let hi = ats.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((ats[mid] ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    const piece = this.pieces[lo];
    if (piece === undefined) return 0;
    const inside = i - (ats[lo] ?? 0);
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
  const slice = from === 0 && to === run.text.length ? run.text : run.text.slice(from, to);
  const text = fold(slice);
  if (text === '') return undefined;
  const p = ctx.at(ctx.base + run.rawOffset(from + firstNonSpace(slice)));
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

/** The text `_runOf(nodes).text` would give, without the run's bookkeeping. */
function textOf(nodes: readonly Node[], text: string): string {
  for (const node of nodes) {
    if (node.kind === 'text') {
      for (const p of node.pieces) text += p.text;
      continue;
    }
    if (SKIP.has(node.name)) continue;
    const block = BLOCK.has(node.name);
    if (block) text += ' ';
    text = textOf(node.children, text);
    if (block) text += ' ';
  }
  return text;
}

/** Where decoded index `target` of some nodes' text lies in the raw HTML, found as `_Run.rawOffset` finds it. */
class RawFinder {
  target = 0;
  /** Decoded offset reached. */
  at = 0;
  /** Raw offset of the target by the last piece starting at or before it. */
  rawStart = 0;

  visit(nodes: readonly Node[]): boolean {
    for (const node of nodes) {
      if (node.kind === 'text') {
        for (const p of node.pieces) if (this.piece(p.rawStart, p.rawLength, p.text.length)) return true;
        continue;
      }
      if (SKIP.has(node.name)) continue;
      const block = BLOCK.has(node.name);
      if (block && this.piece(node.start, 0, 1)) return true;
      if (this.visit(node.children)) return true;
      if (block && this.piece(node.start, 0, 1)) return true;
    }
    return false;
  }

  /** Takes a piece; true once pieces start past the target (the answer is known). */
  private piece(rawStart: number, rawLength: number, length: number): boolean {
    if (this.at > this.target) return true;
    this.rawStart = rawLength === length ? rawStart + (this.target - this.at) : rawStart;
    this.at += length;
    return false;
  }
}

const finder = new RawFinder();

/**
 * `_span(_runOf(nodes), 0, length, ctx)` without building the run: the text
 * is joined, folded, and only the first word's raw offset is looked up.
 */
function spanOf(nodes: readonly Node[], ctx: Ctx): TextSpan | undefined {
  const one = nodes.length === 1 ? nodes[0] : undefined;
  if (one?.kind === 'text' && one.pieces.length === 1) return pieceSpan(one.pieces[0] as Piece, ctx);
  const whole = textOf(nodes, '');
  const text = fold(whole);
  if (text === '') return undefined;
  finder.target = firstNonSpace(whole);
  finder.at = 0;
  finder.rawStart = 0;
  finder.visit(nodes);
  const p = ctx.at(ctx.base + finder.rawStart);
  return { text, line: p.line, column: p.column };
}

/** `spanOf` of one piece of text: its decoded text folded, placed at its first word. */
function pieceSpan(piece: Piece, ctx: Ctx): TextSpan | undefined {
  const text = fold(piece.text);
  if (text === '') return undefined;
  const lead = firstNonSpace(piece.text);
  const p = ctx.at(ctx.base + (piece.rawLength === piece.text.length ? piece.rawStart + lead : piece.rawStart));
  return { text, line: p.line, column: p.column };
}

/** Internal: the text run of nodes. */
export function _runOf(nodes: readonly Node[]): Run {
  const run = new Run();
  for (const n of nodes) collect(n, run);
  return run;
}

function isList(n: Node): boolean {
  return n.kind === 'element' && (n.name === 'ul' || n.name === 'ol');
}

/** `h1` … `h6`. */
function isHeading(name: string): boolean {
  if (name.length !== 2 || name.charCodeAt(0) !== 104) return false;
  const d = name.charCodeAt(1);
  return d >= 49 && d <= 54;
}

/** Bullets: • · ▪ ◦. */
const BULLETS = /[\u2022\u00b7\u25aa\u25e6]/gu;
/**
 * Bullets, or a dash set off by spaces ("- brief media": a space, no-break
 * space, line end or tab before it, or the start; a space or no-break space
 * after it). "set-up" and "–" are not bullets. Linear: one character and
 * one-character look-arounds.
 */
const BULLETS_OR_DASHES = /[\u2022\u00b7\u25aa\u25e6]|(?<![^\t\n \u00a0])-(?=[ \u00a0])/gu;

/** The text of a list's own text children, as `_runOf` would join it. */
function ownText(children: readonly Node[]): string {
  let text = '';
  for (const c of children) if (c.kind === 'text') for (const p of c.pieces) text += p.text;
  return text;
}

/**
 * Reads the loose text of a list into items (one per bullet), appending to
 * `items` and to `current`; returns the item now current.
 */
function flushListText(
  pendingText: Node[],
  dashes: boolean,
  ctx: Ctx,
  items: SourceListItem[],
  current: SourceListItem | undefined,
  whole?: Folder,
): SourceListItem | undefined {
  if (pendingText.length === 0) return current;
  const run = _runOf(pendingText);
  pendingText.length = 0;
  const text = run.text;
  // Segments between bullets, each read as it is found: `[from, to)` and the
  // bullet before it (none for the first). Only the reader's own regexes run
  // in between, never this one, so its `lastIndex` is safe.
  const re = dashes ? BULLETS_OR_DASHES : BULLETS;
  re.lastIndex = 0;
  let from = 0;
  let marker: string | undefined;
  for (;;) {
    const m = re.exec(text);
    const to = m === null ? text.length : m.index;
    const slice = from === 0 && to === text.length ? text : text.slice(from, to);
    const folded = fold(slice);
    if (whole !== undefined) {
      if (marker !== undefined) whole.add(marker, false, false);
      if (slice !== '') whole.add(folded, isSpace(slice.charCodeAt(0)), isSpace(slice.charCodeAt(slice.length - 1)));
    }
    if (marker === undefined) {
      if (folded !== '') {
        if (current !== undefined) {
          current.text = current.text === '' ? folded : `${current.text} ${folded}`;
        } else {
          const p = ctx.at(ctx.base + run.rawOffset(from + firstNonSpace(slice)));
          current = { text: folded, line: p.line, column: p.column, children: [] };
          items.push(current);
        }
      }
    } else {
      // An empty item sits at its bullet.
      const p = ctx.at(ctx.base + run.rawOffset(folded === '' ? from - 1 : from + firstNonSpace(slice)));
      current = { text: folded, line: p.line, column: p.column, marker, children: [] };
      items.push(current);
    }
    if (m === null) break;
    from = m.index + 1;
    marker = m[0];
  }
  return current;
}

/** Reads the items of a `<ul>`/`<ol>` element. */
export function _listItems(list: ElementNode, depth: number, ctx: Ctx, whole?: Folder): SourceListItem[] {
  const items: SourceListItem[] = [];
  const plain = ownText(list.children);
  const hasBullets = plain.includes('•');
  const dashes = depth > 1 || (!hasBullets && plain.trimStart().startsWith('- '));
  let current: SourceListItem | undefined;
  const pendingText: Node[] = [];
  // `<ol>` items are numbered from `start` (default 1), as a browser shows them.
  const start = Number.parseInt(list.attribs['start'] ?? '1', 10);
  let number = Number.isSafeInteger(start) ? start : 1;

  for (const child of list.children) {
    if (child.kind === 'element' && child.name === 'li') {
      flushListText(pendingText, dashes, ctx, items, current);
      current = _liItem(child, depth, ctx);
      if (list.name === 'ol') current.marker = `${number++}.`;
      items.push(current);
    } else if (child.kind === 'element' && isList(child)) {
      current = flushListText(pendingText, dashes, ctx, items, current);
      const nested = _listItems(child, depth + 1, ctx);
      if (current === undefined) pushAll(items, nested);
      else pushAll(current.children, nested);
    } else {
      pendingText.push(child);
    }
  }
  flushListText(pendingText, dashes, ctx, items, current, whole);
  let kept = 0;
  for (const i of items) if (i.text !== '' || i.children.length > 0) kept++;
  return kept === items.length ? items : items.filter((i) => i.text !== '' || i.children.length > 0);
}

export function _liItem(li: ElementNode, depth: number, ctx: Ctx): SourceListItem {
  let hasList = false;
  for (const c of li.children) if (isList(c)) hasList = true;
  const s = spanOf(hasList ? li.children.filter((c) => !isList(c)) : li.children, ctx);
  const p = ctx.at(ctx.base + li.start);
  const item: SourceListItem = { text: s?.text ?? '', line: s?.line ?? p.line, column: s?.column ?? p.column, children: [] };
  if (hasList) for (const c of li.children) if (c.kind === 'element' && isList(c)) pushAll(item.children, _listItems(c, depth + 1, ctx));
  return item;
}

/** Paragraph of loose nodes, if they hold any text; empties `loose`. */
function flushLoose(loose: Node[], ctx: Ctx, out: _CellContent): void {
  if (loose.length === 0) return;
  const s = spanOf(loose, ctx);
  loose.length = 0;
  if (s !== undefined) out.paragraphs.push(s);
}

function isBreak(n: Node): boolean {
  return n.kind === 'element' && n.name === 'br';
}

/** Nodes parted at each `<br>` among them (the breaks dropped). */
function linesOf(nodes: readonly Node[]): Node[][] {
  const lines: Node[][] = [[]];
  for (const n of nodes) {
    if (isBreak(n)) lines.push([]);
    else lines[lines.length - 1]!.push(n);
  }
  return lines;
}

/** Elements whose children are walked as blocks of their own. */
const CONTAINERS = new Set(['div', 'section', 'blockquote', 'td', 'th', 'tr', 'table', 'tbody']);

/** Walks block structure: paragraphs from `<p>` and loose text, lists. */
export function _walkCell(nodes: readonly Node[], ctx: Ctx, out: _CellContent): void {
  const loose: Node[] = [];
  for (const n of nodes) {
    if (n.kind !== 'element') {
      loose.push(n);
      continue;
    }
    const name = n.name;
    if (SKIP.has(name)) continue;
    if (name === 'ul' || name === 'ol') {
      flushLoose(loose, ctx, out);
      pushAll(out.items, _listItems(n, 1, ctx));
    } else if (name === 'li') {
      flushLoose(loose, ctx, out);
      out.items.push(_liItem(n, 1, ctx));
    } else if (name === 'p' || isHeading(name)) {
      flushLoose(loose, ctx, out);
      if (n.children.some(isList)) {
        _walkCell(n.children, ctx, out);
      } else if (name === 'p' && n.children.some(isBreak)) {
        // Lines parted by `<br>` in one paragraph (a soft line break: a role
        // of several leads, a dated update): a paragraph each, as loose lines
        // parted by `<br>` and a markdown cell's `<br>` lines are.
        for (const line of linesOf(n.children)) {
          const s = spanOf(line, ctx);
          if (s !== undefined) out.paragraphs.push(s);
        }
      } else {
        const s = spanOf(n.children, ctx);
        if (s !== undefined) out.paragraphs.push(s);
      }
    } else if (CONTAINERS.has(name)) {
      flushLoose(loose, ctx, out);
      _walkCell(n.children, ctx, out);
    } else if (name === 'br') {
      flushLoose(loose, ctx, out);
    } else {
      loose.push(n);
    }
  }
  flushLoose(loose, ctx, out);
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
  const root = _parseHtmlTree(raw, at, report, 'cell', base);
  const ctx: Ctx = { at, base };
  const out: _CellContent = { text: '', paragraphs: [], items: [] };
  const only = root.children.length === 1 ? root.children[0] : undefined;
  if (only !== undefined && only.kind === 'element' && only.name === 'ul' && only.children.every((c) => c.kind === 'text')) {
    // A bare `<ul>` of text (sample 001's lists): what `_walkCell` does, with the cell's
    // folded text gathered from the segments the items are read from.
    const piece = only.children.length === 1 ? (only.children[0] as _TextNode).pieces : undefined;
    if (piece?.length === 1 && plainList(piece[0] as Piece, ctx, out)) return exact(out);
    const whole = new Folder();
    pushAll(out.items, _listItems(only, 1, ctx, whole));
    out.text = whole.text;
    return exact(out);
  }
  _walkCell(root.children, ctx, out);
  if (onlyParagraphs(root.children)) {
    out.text = joined(out.paragraphs);
    out.joined = true;
  } else out.text = fold(textOf(root.children, ''));
  return exact(out);
}

/**
 * `_listItems` of a bare `<ul>` holding one piece of text written as it
 * reads (no entities) with no white space to fold inside it — sample 001's
 * lists. Each item's text is then its segment less one space at each end,
 * sliced rather than folded, and the cell's text is the piece less one
 * space at each end. Returns false (and leaves `out` alone) otherwise.
 */
function plainList(piece: Piece, ctx: Ctx, out: _CellContent): boolean {
  const text = piece.text;
  if (piece.rawLength !== text.length || hasFoldRuns(text)) return false;
  const dashes = !text.includes('•') && text.trimStart().startsWith('- ');
  const re = dashes ? BULLETS_OR_DASHES : BULLETS;
  re.lastIndex = 0;
  const raw = ctx.base + piece.rawStart;
  const items = out.items;
  let from = 0;
  let marker: string | undefined;
  for (;;) {
    const m = re.exec(text);
    const to = m === null ? text.length : m.index;
    // The segment less one space at each end: what `fold` gives, as the text has no runs.
    let start = from;
    let end = to;
    if (start < end && text.charCodeAt(start) === 32) start++;
    if (end > start && text.charCodeAt(end - 1) === 32) end--;
    if (start < end) {
      const p = ctx.at(raw + start);
      const t = text.slice(start, end);
      // Keys in the order `flushListText` gives them.
      items.push(marker === undefined ? { text: t, line: p.line, column: p.column, children: [] } : { text: t, line: p.line, column: p.column, marker, children: [] });
    }
    // An empty segment is an empty item, dropped as `_listItems` drops it.
    if (m === null) break;
    from = m.index + 1;
    marker = m[0];
  }
  let start = 0;
  let end = text.length;
  if (text.charCodeAt(0) === 32) start++;
  if (end > start && text.charCodeAt(end - 1) === 32) end--;
  out.text = text.slice(start, end);
  return true;
}

/**
 * The cell's arrays cut to their size: an array grown by `push` keeps spare
 * room (17 slots after the first push), and a cell's arrays live as long as
 * the document — on a 10 MB plan the spare room was a fifth of the reader's
 * output. Copying a few references is cheaper than keeping it.
 */
function exact(out: _CellContent): _CellContent {
  if (out.items.length > 0) out.items = out.items.slice();
  if (out.paragraphs.length > 0) out.paragraphs = out.paragraphs.slice();
  return out;
}

/**
 * Whether a cell holds only `<p>` elements without lists, and text between
 * them: then each paragraph is the folded text of one child, every child is
 * set off from the next by a block's space, and the folded text of the
 * whole is the paragraphs joined by one space (no second pass over it).
 */
function onlyParagraphs(nodes: readonly Node[]): boolean {
  for (const n of nodes) {
    if (n.kind === 'text') continue;
    if (n.name !== 'p') return false;
    for (const c of n.children) if (isList(c)) return false;
  }
  return true;
}

function joined(paragraphs: readonly TextSpan[]): string {
  if (paragraphs.length === 1) return (paragraphs[0] as TextSpan).text;
  let text = '';
  for (const p of paragraphs) text = text === '' ? p.text : `${text} ${p.text}`;
  return text;
}

/**
 * Builds `fold` of a text from its pieces in order: each piece folded on its
 * own, with whether it began or ended with white space (an all-space piece is
 * empty text with both). Pieces are joined by one space where white space
 * stood between them, and the whole comes out trimmed, as `fold` gives it.
 */
class Folder {
  text = '';
  private space = false;

  add(folded: string, lead: boolean, trail: boolean): void {
    if (folded === '') {
      if (lead || trail) this.space = true;
      return;
    }
    if (lead) this.space = true;
    this.text = this.space && this.text !== '' ? `${this.text} ${folded}` : this.text + folded;
    this.space = trail;
  }
}
