/**
 * Internal: a SourceDocument flattened into a list of prose entries
 * (headings, paragraphs, list items with their nesting level, tables), so
 * the prose interpreters can walk a document line by line.
 */
import { fold as foldSpace, wordCount } from '../../_lib/white-space.js';
import type { SourceBlock, SourceDocument, SourceListItem, TableRow } from '../../read/types.js';

/** One flattened entry. */
export interface Entry {
  type: 'heading' | 'paragraph' | 'item' | 'table';
  /** Plain text (empty for tables). */
  text: string;
  line: number;
  column: number;
  /** Heading depth, where the source has one. */
  depth?: number;
  /** List marker as written (`-`, `1.`, `R4`). */
  marker?: string;
  /** Nesting level of a list item (0 = top). */
  level: number;
  /** Index of the source block this entry came from. */
  block: number;
  /** Rows of a table. */
  rows?: TableRow[];
}

function pushItems(out: Entry[], items: readonly SourceListItem[], level: number, block: number): void {
  for (const item of items) {
    const entry: Entry = { type: 'item', text: item.text ?? '', line: item.line, column: item.column, level, block };
    if (item.marker !== undefined) entry.marker = item.marker;
    out.push(entry);
    if (Array.isArray(item.children) && item.children.length > 0) pushItems(out, item.children, level + 1, block);
  }
}

/** Flattens the blocks of a document, in source order. */
export function flatten(doc: SourceDocument): Entry[] {
  const out: Entry[] = [];
  const blocks: readonly SourceBlock[] = Array.isArray(doc?.blocks) ? doc.blocks : [];
  blocks.forEach((block, index) => {
    switch (block.type) {
      case 'heading':
        out.push({ type: 'heading', text: block.text ?? '', line: block.line, column: block.column, depth: block.depth, level: 0, block: index });
        break;
      case 'paragraph':
        out.push({ type: 'paragraph', text: block.text ?? '', line: block.line, column: block.column, level: 0, block: index });
        break;
      case 'list':
        pushItems(out, Array.isArray(block.items) ? block.items : [], 0, index);
        break;
      case 'table':
        out.push({ type: 'table', text: '', line: block.line, column: block.column, level: 0, block: index, rows: Array.isArray(block.rows) ? block.rows : [] });
        break;
      default:
        break;
    }
  });
  return out;
}

/** Whether a list marker is a bullet rather than a number or ref. */
export function isBullet(marker: string | undefined): boolean {
  return marker === undefined || marker === '' || marker === '-' || marker === '*' || marker === '+' || marker === '•' || marker === '◦' || marker === '▪';
}

/** The text of an entry with a numbered marker put back in front ("1) Note…"). */
export function withMarker(entry: Entry): string {
  if (isBullet(entry.marker)) return entry.text;
  const marker = entry.marker as string;
  return entry.text.startsWith(marker) ? entry.text : `${marker} ${entry.text}`;
}

/**
 * Folds runs of white space to one space and trims: the readers' fold, which
 * gives text that is already folded back as it is. A long item's text is
 * folded many times on its way through the interpreters; copying it each
 * time made a 400 KB item cost more than 4× a 100 KB one.
 */
export const fold: (text: string) => string = foldSpace;

/**
 * Whether a paragraph or a one-item list reads as a heading: short, no
 * sentence-ending full stop.
 */
export function looksLikeHeading(text: string, maxWords = 9): boolean {
  const t = fold(text);
  if (t === '') return false;
  if (wordCount(t) > maxWords) return false;
  if (/[.;,]$/.test(t)) return false;
  if (t.includes('@') || t.includes('://') || hasDigitRun(t)) return false;
  return /\p{L}/u.test(t);
}

/** Strips characters that `keep` rejects from both ends of a word (no regex backtracking). */
export function trimWord(word: string, keep: (ch: string) => boolean = isWordChar): string {
  const chars = Array.from(word);
  let start = 0;
  let end = chars.length;
  while (start < end && !keep(chars[start] as string)) start += 1;
  while (end > start && !keep(chars[end - 1] as string)) end -= 1;
  return chars.slice(start, end).join('');
}

/** A letter or digit. */
export function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

/** Two whole words of three or more digits in a row (a phone number). */
function hasDigitRun(text: string): boolean {
  const words = text.split(' ');
  for (let i = 1; i < words.length; i += 1) {
    if (/^\d{3,}$/.test(words[i - 1] as string) && /^\d{3,}$/.test(words[i] as string)) return true;
  }
  return false;
}
