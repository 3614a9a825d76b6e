/** Small hand-built SourceDocuments for the prose interpreter tests. */
import type { SourceBlock, SourceDocument, SourceListItem, TableRow } from '../../../src/read/types.js';
import { deepFreeze } from '../../_support/deepFreeze.js';

export { deepFreeze };

export function para(text: string, line: number, column = 1): SourceBlock {
  return { type: 'paragraph', text, line, column };
}
export function heading(text: string, line: number, depth = 2): SourceBlock {
  return { type: 'heading', text, line, column: 1, depth };
}
export function item(text: string, line: number, marker = '-', children: SourceListItem[] = []): SourceListItem {
  return { text, line, column: marker.length + 2, marker, children };
}
export function list(items: SourceListItem[]): SourceBlock {
  return { type: 'list', items, line: items[0]?.line ?? 1, column: 1 };
}
export function table(rows: string[][], line: number): SourceBlock {
  const out: TableRow[] = rows.map((cells, i) => ({
    line: line + i + (i > 0 ? 1 : 0),
    cells: cells.map((text, c) => ({ text, line: line + i + (i > 0 ? 1 : 0), column: 3 + c * 10, paragraphs: [], items: [] })),
  }));
  return { type: 'table', rows: out, line, column: 1 };
}
export function doc(format: SourceDocument['format'], blocks: SourceBlock[]): SourceDocument {
  return { format, blocks };
}
/** Deep-freezes a value, as the library promises never to mutate inputs. */
