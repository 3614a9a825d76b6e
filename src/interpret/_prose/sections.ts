/**
 * Internal: turns flattened entries into body sections. A heading, or a
 * paragraph / one-item numbered list that reads as a heading, starts a
 * section; everything else is a paragraph of the current section. Tables
 * left over are kept row by row ("cell | cell").
 */
import type { Section } from '../../model/review.js';
import { pushAll } from '../../_lib/push-all.js';
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

/**
 * A test of whether an entry of `entries` starts a new section. The top-level
 * entries of each block are counted once, up front, so testing every entry
 * stays linear.
 */
export function headingTest(entries: readonly Entry[]): (entry: Entry) => boolean {
  const tops = new Map<number, { count: number; first: Entry }>();
  for (const e of entries) {
    if (e.level !== 0) continue;
    const seen = tops.get(e.block);
    if (seen === undefined) tops.set(e.block, { count: 1, first: e });
    else seen.count += 1;
  }
  return (entry) => {
    if (entry.type === 'heading') return true;
    if (entry.type === 'table' || entry.level > 0) return false;
    const text = fold(entry.text);
    if (entry.type === 'paragraph') return looksLikeHeading(text) || (/:$/.test(text) && text.split(' ').length <= 9);
    // A list item stands alone in its list and reads as a numbered heading ("1. Purpose").
    if (isBullet(entry.marker) && !/^\d+(?:\.\d+)*\.?\s/.test(text)) return false;
    const top = tops.get(entry.block);
    return top?.count === 1 && top.first === entry && looksLikeHeading(text, 6);
  };
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
  const isHeading = headingTest(entries);
  for (const entry of entries) {
    if (isHeading(entry)) {
      current = { heading: fold(withMarker(entry)), paragraphs: [], source: ref(entry, options.document) };
      sections.push(current);
      continue;
    }
    if (current === undefined) {
      current = { heading: '', paragraphs: [], source: ref(entry, options.document) };
      sections.push(current);
    }
    if (entry.type === 'table') pushAll(current.paragraphs, tableParagraphs(entry));
    else {
      const text = fold(withMarker(entry));
      if (text !== '') current.paragraphs.push(text);
    }
  }
  return sections;
}
