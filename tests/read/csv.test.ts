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
