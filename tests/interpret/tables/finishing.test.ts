/**
 * `interpretActionPlan` finishes each action (milestones, the schema's
 * shape) as soon as the next one starts, but reports as if every row were
 * read first: the rows' diagnostics, then the finished actions'.
 */
import { describe, expect, it } from 'vitest';
import { interpretActionPlan } from '../../../src/interpret/interpretActionPlan.js';
import type { SourceDocument, TableCell } from '../../../src/read/types.js';
import { deepFreeze } from '../../_support/deepFreeze.js';

function cell(text: string, line: number, column: number): TableCell {
  return { text, line, column, paragraphs: [], items: [] };
}

function table(rows: string[][], folded?: boolean): SourceDocument {
  return {
    format: 'csv',
    ...(folded === undefined ? {} : { folded }),
    blocks: [{ type: 'table', line: 1, column: 1, rows: rows.map((cells, r) => ({ line: r + 1, cells: cells.map((t, k) => cell(t, r + 1, k + 1)) })) }],
  };
}

describe('finishing actions as the rows are read', () => {
  it('reports the rows first, then the milestones, action by action', () => {
    const doc = table([
      ['Action', 'Timescale', 'Outputs'],
      ['1. Hold a summit', 'April 2008 – March 2009', 'Report published by October'],
      ['2. Train staff', '31 June 2006', 'Staff trained by Sept 2012'],
      ['', 'Spring', ''],
    ]);
    const codes = interpretActionPlan(deepFreeze(doc)).diagnostics.map((d) => `${d.code}@${d.line ?? 0}`);
    expect(codes).toEqual(['invalid-date@3', 'invalid-date@4', 'year-unknown@4', 'year-assumed@2', 'milestone-outside-period@3']);
  });

  it('reports every row and the actions finished before a failure', () => {
    // The reader vouches texts are folded, so a list item with no text is met only while finishing.
    const doc = table([['Action', 'Timescale', 'Outputs'], ['1. Hold a summit', 'April 2008 – March 2009', 'Report published by October']], true);
    const rows = (doc.blocks[0] as { rows: { line: number; cells: TableCell[] }[] }).rows;
    const item = { text: 'Staff trained', line: 3, column: 3, children: [] };
    const broken: TableCell = { ...cell('Staff trained', 3, 3), items: [item, { ...item, text: null as unknown as string }] };
    rows.push({ line: 3, cells: [cell('2. Train staff', 3, 1), cell('April 2008', 3, 2), broken] });
    rows.push({ line: 4, cells: [cell('3. Review', 4, 1), cell('31 June 2006', 4, 2), cell('', 4, 3)] });
    const codes = interpretActionPlan(doc).diagnostics.map((d) => d.code);
    expect(codes).toEqual(['invalid-date', 'year-assumed', 'internal-error']);
  });
});
