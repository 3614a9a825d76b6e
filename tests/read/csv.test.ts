import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/read/csv/readCsv.js';
import { allRows, deepFreeze, tables } from './_helpers.js';

describe('readCsv', () => {
  const CSV = '\ufeffAction,Lead,When\r\n"Meet, ""monthly""\nand report",Ann,2024\r\nTrain staff,Bob\r\n\r\nSection,Notes\n<p>Plan</p><ul> • draft • consult</ul>,ok\n';
  const { data, diagnostics } = readCsv(deepFreeze(CSV));

  it('reads quoted multi-line cells, doubled quotes and a BOM', () => {
    expect(allRows(data).map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Action', 'Lead', 'When'],
      ['Meet, "monthly" and report', 'Ann', '2024'],
      ['Train staff', 'Bob'],
      ['Section', 'Notes'],
      ['Plan • draft • consult', 'ok'],
    ]);
  });

  it('gives cells their line and column, and keeps raw cells', () => {
    const [, second] = allRows(data);
    expect(second?.cells.map((c) => `${c.line}:${c.column}`)).toEqual(['2:1', '3:13', '3:17']);
    expect(second?.cells[0]?.raw).toBe('"Meet, ""monthly""\nand report"');
  });

  it('gives a cell that spans lines one paragraph a line, placed where each is written', () => {
    const [, second] = allRows(data);
    expect(second?.cells[0]?.paragraphs).toEqual([
      { text: 'Meet, "monthly"', line: 2, column: 2 },
      { text: 'and report', line: 3, column: 1 },
    ]);
    expect(second?.cells[1]?.paragraphs).toEqual([]);
    // A quote doubled before a line's start moves its column; blank and space-only lines are no paragraphs.
    const cell = allRows(readCsv('Lead,When\n"""Equality"" Lead\n\n   Head of HR ""(interim)""\n  ",2025\n').data)[1]!.cells[0]!;
    expect(cell.paragraphs).toEqual([
      { text: '"Equality" Lead', line: 2, column: 2 },
      { text: 'Head of HR "(interim)"', line: 4, column: 4 },
    ]);
    // One line with text is no paragraph split.
    expect(allRows(readCsv('A,B\n"one line\n  ",x\n').data)[1]!.cells[0]!.paragraphs).toEqual([]);
  });

  it('splits tables at blank lines and reads HTML cells', () => {
    expect(tables(data).map((t) => t.line)).toEqual([1, 6]);
    const html = allRows(data)[4]!.cells[0]!;
    expect(html.paragraphs.map((p) => p.text)).toEqual(['Plan']);
    expect(html.items.map((i) => i.text)).toEqual(['draft', 'consult']);
  });

  it('notes a short row', () => {
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'ragged-row', severity: 'info', line: 4, column: 1 })]);
  });

  it('keeps the text after an unclosed quote and reports it', () => {
    const r = readCsv('a,b\n"unclosed,c\nd,e\n');
    expect(allRows(r.data).map((row) => row.cells.map((c) => c.text))).toEqual([
      ['a', 'b'],
      ['"unclosed', 'c'],
      ['d', 'e'],
    ]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'csv-syntax-error', severity: 'error', line: 2, column: 1 })]);
  });
});
