/**
 * Internal: turns the lines of plain text into headings, paragraphs and
 * lists. Shared by the `text` reader and the markdown reader (for
 * paragraphs that hold numbered items written as prose).
 */
import { firstNonSpace, fold } from '../../_lib/white-space.js';
import { type _Line } from '../_lines.js';
import type { SourceBlock, SourceListItem } from '../types.js';
import { _markerAt, type _Marker } from './_marker.js';

/** A group of consecutive non-blank lines and the blank lines around it. */
export interface _Chunk {
  lines: _Line[];
  blanksBefore: number;
  blanksAfter: number;
}

/** Groups lines into chunks separated by blank lines. */
export function _chunks(lines: readonly _Line[]): _Chunk[] {
  const chunks: _Chunk[] = [];
  let blanks = 0;
  let current: _Chunk | undefined;
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current !== undefined) {
        chunks.push(current);
        current = undefined;
      }
      blanks++;
      continue;
    }
    if (current === undefined) {
      current = { lines: [], blanksBefore: chunks.length === 0 ? Number.POSITIVE_INFINITY : blanks, blanksAfter: 0 };
      const prev = chunks[chunks.length - 1];
      if (prev !== undefined) prev.blanksAfter = blanks;
      blanks = 0;
    }
    current.lines.push(line);
  }
  if (current !== undefined) chunks.push(current);
  const last = chunks[chunks.length - 1];
  if (last !== undefined) last.blanksAfter = Number.POSITIVE_INFINITY;
  return chunks;
}

const FINAL = new Set(['.', ',', ';', '?', '!', '…', ')', '"', '”', '’']);
const SENTENCE_END = new Set(['.', '?', '!', '…', ':', ';']);

function words(text: string): number {
  return text.split(' ').filter((w) => w !== '').length;
}

/**
 * True when a one-line text looks like a heading: short (at most 12 words,
 * 90 characters), without final punctuation (a colon is allowed on labels
 * of up to 4 words such as "Actions required:").
 */
export function _looksLikeHeading(text: string): boolean {
  if (text.length === 0 || text.length > 90 || words(text) > 12) return false;
  const last = text[text.length - 1] ?? '';
  if (last === ':') return words(text) <= 4;
  if (FINAL.has(last)) return false;
  const first = text[0] ?? '';
  // Lines starting in lower case continue a sentence.
  return !(first >= 'a' && first <= 'z');
}

/**
 * A line that opens with a short capitalised label and a colon — a key–value
 * line ("Lead officer: …", "Target date: …") or a labelled item ("Action
 * 2.1: …", "Objective 3: …"). Times ("10:30") and long clauses are not labels.
 */
const LABEL_LINE = /^\p{Lu}[\p{L}\p{N}'’&/().-]*(?: [\p{L}\p{N}'’&/().-]+){0,4} ?: ?(?=\S|$)/u;

interface LineInfo {
  line: _Line;
  indent: number;
  marker: _Marker | undefined;
}

function info(line: _Line): LineInfo {
  const indent = firstNonSpace(line.text);
  return { line, indent, marker: _markerAt(line.text, indent) };
}

interface Open {
  item: SourceListItem;
  kind: string;
  indent: number;
  /** Lines continuing the item, joined into its text once it can no longer grow (joining line by line was quadratic). */
  more: string[];
  /** The last character of the item's text so far. */
  last: string;
}

/** Normalises ambiguous kinds: `(i)` after `(h)` is a letter. */
function kindOf(m: _Marker, stack: readonly Open[]): string {
  const letterFor: Record<string, string> = { '(i)': '(a)', 'i.': 'a.', 'i)': 'a)', 'I.': 'A.', 'I)': 'A)' };
  const letter = letterFor[m.kind];
  if (letter !== undefined && m.marker.replace(/[().]/gu, '').length === 1 && stack.some((o) => o.kind === letter)) return letter;
  return m.kind;
}

/** Builds nested items from marker lines; returns the items. */
class ListBuilder {
  readonly items: SourceListItem[] = [];
  private stack: Open[] = [];

  add(l: LineInfo, m: _Marker): void {
    this.settle();
    const kind = kindOf(m, this.stack);
    const text = fold(l.line.text.slice(m.textStart));
    const item: SourceListItem = { text, line: l.line.line, column: l.indent + 1, marker: m.marker, children: [] };
    // Same kind (or a shallower indent) closes deeper levels.
    let level = this.stack.findIndex((o) => o.kind === kind);
    if (level < 0) {
      const shallower = this.stack.findIndex((o) => o.indent > l.indent);
      if (shallower >= 0) level = shallower;
    }
    if (level >= 0) this.stack = this.stack.slice(0, level);
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) this.items.push(item);
    else parent.item.children.push(item);
    this.stack.push({ item, kind, indent: l.indent, more: [], last: text[text.length - 1] ?? '' });
  }

  continueLast(l: LineInfo): void {
    const last = this.stack[this.stack.length - 1];
    if (last === undefined) return;
    const more = fold(l.line.text);
    if (more === '') return;
    last.more.push(more);
    last.last = more[more.length - 1] ?? '';
  }

  /** The last character of the last open item's text. */
  lastChar(): string {
    return this.stack[this.stack.length - 1]?.last ?? '';
  }

  /** Joins the last open item's continuation lines into its text; call before reading the items. */
  settle(): void {
    const last = this.stack[this.stack.length - 1];
    if (last === undefined || last.more.length === 0) return;
    const more = last.more.join(' ');
    last.item.text = last.item.text === '' ? more : `${last.item.text} ${more}`;
    last.more = [];
  }

  lastIndent(): number {
    return this.stack[this.stack.length - 1]?.indent ?? 0;
  }
}

/**
 * Reads a chunk of non-blank lines into paragraph and list blocks. A line
 * starting with a marker starts an item; a following line continues it
 * unless the item ended a sentence and the line starts a new one at the
 * same indent (then a paragraph follows the list). Prose lines before the
 * first marker form a paragraph (the lead-in).
 */
export function _readProse(lines: readonly _Line[]): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const infos = lines.map(info);
  // Markers written bare (`R1`, `1.1`, `vi`) count only when the chunk has
  // two or more of them, or the line stands alone.
  const markerLines = infos.filter((i) => i.marker !== undefined).length;
  // Likewise a chunk with two or more label lines is a block of fields and
  // labelled items, one a line, not one wrapped paragraph.
  let labelLines = 0;
  for (const i of infos) if (i.marker === undefined && LABEL_LINE.test(i.line.text.slice(i.indent))) labelLines += 1;
  let para: LineInfo[] = [];
  let list: ListBuilder | undefined;
  let listStart: LineInfo | undefined;

  const flushPara = (): void => {
    if (para.length === 0) return;
    const first = para[0]!;
    blocks.push({ type: 'paragraph', text: fold(para.map((p) => p.line.text).join(' ')), line: first.line.line, column: first.indent + 1 });
    para = [];
  };
  const flushList = (): void => {
    if (list === undefined || listStart === undefined) return;
    list.settle();
    blocks.push({ type: 'list', items: list.items, line: listStart.line.line, column: listStart.indent + 1 });
    list = undefined;
    listStart = undefined;
  };

  for (const l of infos) {
    const m = l.marker !== undefined && (l.marker.strong || markerLines >= 2 || infos.length === 1) ? l.marker : undefined;
    if (m !== undefined) {
      flushPara();
      if (list === undefined) {
        list = new ListBuilder();
        listStart = l;
      }
      list.add(l, m);
      continue;
    }
    if (list !== undefined) {
      const ended = SENTENCE_END.has(list.lastChar());
      const first = l.line.text[l.indent] ?? '';
      const startsSentence = first.toUpperCase() === first && first.toLowerCase() !== first;
      if (l.indent > list.lastIndent() || !ended || !startsSentence) {
        list.continueLast(l);
        continue;
      }
      flushList();
    }
    if (labelLines >= 2 && para.length > 0 && LABEL_LINE.test(l.line.text.slice(l.indent))) flushPara();
    para.push(l);
  }
  flushPara();
  flushList();
  return blocks;
}
