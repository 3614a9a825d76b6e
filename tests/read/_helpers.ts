import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceBlock, SourceDocument, SourceListItem, TableRow } from '../../src/read/types.js';
import { deepFreeze } from '../_support/deepFreeze.js';

export { deepFreeze };

const DATA = fileURLToPath(new URL('../../examples/data/', import.meta.url));

export const SAMPLE_FILES = {
  '000': '000-wmra-review-recommendations.md',
  '001': '001-rspe-action-plan-2008-10.tsv',
  '002': '002-wmca-race-equalities-strategy.md',
  '003': '003-wmca-equity-inclusion-objective-3.txt',
  '004': '004-bromsgrove-peer-review-action-plan.tsv',
} as const;

export type SampleId = keyof typeof SAMPLE_FILES;

export function sample(id: SampleId): string {
  return readFileSync(DATA + SAMPLE_FILES[id], 'utf8');
}

/** Deep-freezes a value, as the style asks tests to pass frozen inputs. */

export function tables(doc: SourceDocument): Extract<SourceBlock, { type: 'table' }>[] {
  return doc.blocks.filter((b): b is Extract<SourceBlock, { type: 'table' }> => b.type === 'table');
}

export function allRows(doc: SourceDocument): TableRow[] {
  return tables(doc).flatMap((t) => t.rows);
}

export function lists(doc: SourceDocument): Extract<SourceBlock, { type: 'list' }>[] {
  return doc.blocks.filter((b): b is Extract<SourceBlock, { type: 'list' }> => b.type === 'list');
}

export function flatItems(items: readonly SourceListItem[]): SourceListItem[] {
  return items.flatMap((i) => [i, ...flatItems(i.children)]);
}

/** The character at a 1-based line/column of `text` onwards. */
export function at(text: string, line: number, column: number, length: number): string {
  const lines = text.split(/\r\n|\r|\n/u);
  return (lines[line - 1] ?? '').slice(column - 1, column - 1 + length);
}
