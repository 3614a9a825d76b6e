/** Excel out: a report's items as a workbook an officer can filter. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { documentItems, parseDocument, ragStatus } from '../../src/index.js';
import { itemsToXlsx, readOffice } from '../../src/office/index.js';

describe('itemsToXlsx', () => {
  const review = parseDocument(readFileSync('examples/data/000-wmra-review-recommendations.md', 'utf8')).data;
  const items = documentItems(review);

  it('writes one row an item, the header frozen and filtered, RAG as text and as colour', async () => {
    const { data, diagnostics } = await itemsToXlsx(items, { asOf: '2006-06-30', sheet: 'Recommendations' });
    expect(diagnostics).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Recommendations')!;
    expect(ws.rowCount).toBe(items.length + 1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeDefined();
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['Ref', 'Title', 'Due', 'Days late', 'RAG', 'Why', 'Leads']);
    const r4 = items.findIndex((i) => i.ref === 'R4');
    const row = ws.getRow(r4 + 2);
    expect(row.getCell(1).value).toBe('R4');
    expect(row.getCell(4).value).toBe(91);
    const rag = ragStatus(items[r4]!, { asOf: '2006-06-30' });
    expect(row.getCell(5).value).toBe(rag.label);
    expect(rag.status).toBe('red');
    expect((row.getCell(5).fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFF4B6B6');
  });

  it('reads back as a table through readOffice', async () => {
    const { data } = await itemsToXlsx(items, { asOf: '2006-06-30' });
    const doc = (await readOffice(data)).data;
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.map((r) => r.cells[0]?.text).slice(1)).toEqual(items.map((i) => i.ref));
  });

  it('a date that does not exist is a diagnostic, not a throw', async () => {
    const { data, diagnostics } = await itemsToXlsx(items, { asOf: '2006-06-31' });
    expect(data.length).toBe(0);
    expect(diagnostics[0]).toMatchObject({ code: 'invalid-option', severity: 'error', source: 'write/xlsx' });
  });
});
