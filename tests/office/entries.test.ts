/**
 * Issue 14: `equality-plans/pdf`, `/docx` and `/xlsx` read their own format
 * and name the entry a file of another format needs; `parseSheets` reads a
 * workbook of several plans as several documents.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocx, readDocx } from '../../src/entries/docx.js';
import { parsePdf, readPdf } from '../../src/entries/pdf.js';
import { parseSheets, parseXlsx, readXlsx } from '../../src/entries/xlsx.js';
import { parseOffice } from '../../src/office/index.js';
import { withoutPlaces } from './_samples.js';
import { toDocx, workbook } from './_write.js';

const pdf = new Uint8Array(readFileSync('tests/fixtures/office/003-wmca-equity-inclusion-objective-3.pdf'));

describe('one entry a format', () => {
  it('each reads its own format as the umbrella entry does', async () => {
    const docx = await toDocx([{ type: 'heading', depth: 1, text: 'Harbour Board Access Plan', line: 1, column: 1 }]);
    const xlsx = await workbook((wb) => wb.addWorksheet('Plan').addRow(['Action', 'Lead']));
    expect(withoutPlaces((await parsePdf(pdf)).data)).toEqual(withoutPlaces((await parseOffice(pdf)).data));
    expect((await readDocx(docx)).data.blocks[0]).toMatchObject({ type: 'heading', text: 'Harbour Board Access Plan' });
    expect((await parseDocx(docx)).data.title).toBe('Harbour Board Access Plan');
    expect((await readXlsx(xlsx)).data.blocks.map((b) => b.type)).toEqual(['table']);
    expect((await parseXlsx(xlsx)).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a file of another format is a diagnostic naming the entry that reads it, never a throw', async () => {
    const docx = await toDocx([{ type: 'paragraph', text: 'Hello', line: 1, column: 1 }]);
    const cases = [
      [await readPdf(docx), 'Word document', 'equality-plans/docx'],
      [await readDocx(pdf), 'PDF', 'equality-plans/pdf'],
      [await readXlsx(pdf), 'PDF', 'equality-plans/pdf'],
    ] as const;
    for (const [result, what, entry] of cases) {
      expect(result.data.blocks).toEqual([]);
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({ code: 'unreadable-file', severity: 'error' });
      expect(result.diagnostics[0]!.message).toContain(`Unexpected ${what}`);
      expect(result.diagnostics[0]!.message).toContain(entry);
    }
  });
});

describe('parseSheets', () => {
  it('gives a plan a sheet holding a plan-shaped table, header rows found below title rows', async () => {
    const bytes = await workbook((wb) => {
      const a = wb.addWorksheet('Housing');
      a.addRow(['Housing Services Equality Plan 2031']).getCell(1).font = { bold: true, size: 16 };
      a.addRow([]);
      a.addRow(['Action', 'Lead', 'By When']);
      a.addRow(['Translate tenancy packs into five languages', 'Tenancy Manager', 'June 2031']);
      a.addRow(['Audit lifts in sheltered blocks', 'Repairs Lead', 'September 2031']);
      const key = wb.addWorksheet('Key');
      key.addRow(['Green means on track']);
      const b = wb.addWorksheet('Libraries');
      b.addRow(['Libraries Inclusion Plan 2031']).getCell(1).font = { bold: true, size: 16 };
      b.addRow(['Agreed by the culture committee']);
      b.addRow(['Action', 'Lead', 'By When']);
      b.addRow(['Add hearing loops to branch counters', 'Branch Manager', 'March 2032']);
      // A header cell merged across two columns.
      b.addRow(['Stock large-print titles', 'Stock Team', null]);
      b.mergeCells('B5:C5');
    });
    const { data, diagnostics } = await parseSheets(bytes, { source: 'plans.xlsx' });
    expect(data.map((s) => s.sheet)).toEqual(['Housing', 'Libraries']);
    const [housing, libraries] = data.map((s) => s.document);
    expect(housing?.kind).toBe('action-plan');
    expect(libraries?.kind).toBe('action-plan');
    if (housing?.kind !== 'action-plan' || libraries?.kind !== 'action-plan') return;
    expect(housing.title).toBe('Housing Services Equality Plan 2031');
    expect(housing.actions.map((a) => a.title)).toEqual(['Translate tenancy packs into five languages', 'Audit lifts in sheltered blocks']);
    expect(libraries.title).toBe('Libraries Inclusion Plan 2031');
    expect(libraries.actions.map((a) => [a.title, a.leads])).toEqual([
      ['Add hearing loops to branch counters', ['Branch Manager']],
      ['Stock large-print titles', ['Stock Team']],
    ]);
    const skipped = diagnostics.filter((d) => d.code === 'sheet-skipped');
    expect(skipped).toMatchObject([{ severity: 'info', text: 'Key', file: 'plans.xlsx' }]);
  });

  it('a damaged workbook gives a diagnostic and no plans', async () => {
    const whole = await workbook((wb) => wb.addWorksheet('Plan').addRow(['Action', 'Lead']));
    const { data, diagnostics } = await parseSheets(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(data).toEqual([]);
    expect(diagnostics[0]).toMatchObject({ code: 'unreadable-file', severity: 'error' });
  });
});
