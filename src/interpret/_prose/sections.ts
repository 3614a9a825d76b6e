/**
 * Internal: turns flattened entries into body sections. A heading, or a
 * paragraph / one-item numbered list that reads as a heading, starts a
 * section; everything else is a paragraph of the current section. Tables
 * left over are kept row by row ("cell | cell").
 */
import type { Section } from '../../model/review.js';
import { type Entry, fold, isBullet, looksLikeHeading, withMarker } from './entries.js';

/** Options of {@link toSections}. */
export interface SectionOptions {
  document?: string | undefined;
}

function ref(entry: Entry, document: string | undefined): Section['source'] {
  const source: NonNullable<Section['source']> = { line: Math.max(1, entry.line), column: Math.max(1, entry.column) };
  if (document !== undefined) source.document = document;
  return source;
}

/** Whether an entry starts a new section. */
export function isHeadingEntry(entry: Entry, entries: readonly Entry[], index: number): boolean {
  if (entry.type === 'heading') return true;
  if (entry.type === 'table' || entry.level > 0) return false;
  const text = fold(entry.text);
  if (entry.type === 'paragraph') return looksLikeHeading(text) || (/:$/.test(text) && text.split(' ').length <= 9);
  // A list item stands alone in its list and reads as a numbered heading ("1. Purpose").
  if (isBullet(entry.marker) && !/^\d+(?:\.\d+)*\.?\s/.test(text)) return false;
  const sameList = entries.filter((e) => e.block === entry.block && e.level === 0);
  return sameList.length === 1 && sameList[0] === entries[index] && looksLikeHeading(text, 6);
}

/** Rows of a table as paragraphs. */
export function tableParagraphs(entry: Entry): string[] {
  const out: string[] = [];
  for (const row of entry.rows ?? []) {
    const cells = (row.cells ?? []).map((c) => fold(c.text ?? ''));
    if (cells.every((c) => c === '')) continue;
    out.push(cells.join(' | '));
  }
  return out;
}

/** Builds sections from entries (already stripped of what was placed elsewhere). */
export function toSections(entries: readonly Entry[], options: SectionOptions = {}): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  entries.forEach((entry, index) => {
    if (isHeadingEntry(entry, entries, index)) {
      current = { heading: fold(withMarker(entry)), paragraphs: [], source: ref(entry, options.document) };
      sections.push(current);
      return;
    }
    if (current === undefined) {
      current = { heading: '', paragraphs: [], source: ref(entry, options.document) };
      sections.push(current);
    }
    if (entry.type === 'table') current.paragraphs.push(...tableParagraphs(entry));
    else {
      const text = fold(withMarker(entry));
      if (text !== '') current.paragraphs.push(text);
    }
  });
  return sections;
}
