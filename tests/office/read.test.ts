/** The office readers on small invented files, and on files they cannot open. */
import { describe, expect, it } from 'vitest';
import { detectOfficeFormat, officeToHtml, parseOffice, readOffice } from '../../src/office/index.js';
import { toDocx, workbook } from './_write.js';

describe('xlsx', () => {
  it('reads title rows above the header, a theme merged down its actions, and dates', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Actions');
      ws.addRow(['Parks Trust Inclusion Plan 2031/33']).getCell(1).font = { bold: true, size: 16 };
      ws.addRow(['Agreed by the board in May 2031']);
      ws.addRow([]);
      ws.addRow(['Theme', 'Action', 'Lead', 'By When', 'Status']);
      ws.addRow(['Access', 'Fit ramps at the two east gates', 'Estates Manager', new Date(Date.UTC(2031, 10, 30)), 'On track']);
      ws.addRow([null, 'Publish step-free routes online', 'Comms Officer', 'March 2032', 'Not started']);
      ws.mergeCells('A5:A6');
      wb.addWorksheet('Notes', { state: 'hidden' }).addRow(['scratch', 'ignore me']);
    });
    expect(detectOfficeFormat(bytes)).toBe('xlsx');
    const read = await readOffice(bytes);
    expect(read.data.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'table']);
    expect(read.diagnostics.map((d) => d.code)).toEqual(['sheet-skipped']);
    const { data } = await parseOffice(bytes, { kind: 'action-plan' });
    expect(data.kind).toBe('action-plan');
    if (data.kind !== 'action-plan') return;
    expect(data.title).toBe('Parks Trust Inclusion Plan 2031/33');
    expect(data.actions.map((a) => a.title)).toEqual(['Fit ramps at the two east gates', 'Publish step-free routes online']);
    expect(data.actions.map((a) => a.timescale?.end)).toEqual(['2031-11-30', '2032-03-31']);
    // The merged theme cell is given to both rows.
    const html = (await officeToHtml(bytes)).data;
    expect(html.match(/<td>Access<\/td>/gu)).toHaveLength(2);
  });

  it('keeps bullet lines of a cell as a list', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Plan');
      ws.addRow(['Action', 'Milestones']);
      ws.addRow(['Train panel chairs', 'Book trainer\n• Pilot in spring\n  • Two sessions\n• Roll out']);
    });
    const { data } = await readOffice(bytes);
    const table = data.blocks[0];
    expect(table?.type).toBe('table');
    if (table?.type !== 'table') return;
    const cell = table.rows[1]!.cells[1]!;
    expect(cell.paragraphs.map((p) => p.text)).toEqual(['Book trainer']);
    expect(cell.items.map((i) => [i.text, i.children.map((c) => c.text)])).toEqual([
      ['Pilot in spring', ['Two sessions']],
      ['Roll out', []],
    ]);
  });
});

describe('files that cannot be read give a diagnostic, never a throw', () => {
  it.each([
    ['random bytes', new Uint8Array([1, 2, 3, 4, 5, 6]), 'unreadable-file'],
    ['an old .doc (OLE2)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'unreadable-file'],
    ['an empty file', new Uint8Array(0), 'empty-input'],
  ])('%s', async (_, bytes, code) => {
    const { data, diagnostics } = await parseOffice(bytes);
    expect(diagnostics[0]?.code).toBe(code);
    expect(diagnostics.filter((d) => d.code === 'empty-input')).toHaveLength(code === 'empty-input' ? 1 : 0);
    expect(data.kind).toBeDefined();
  });

  it('a cut-off Word document', async () => {
    const whole = await toDocx([{ type: 'paragraph', text: 'Hello', line: 1, column: 1 }]);
    const { diagnostics } = await parseOffice(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(diagnostics[0]).toMatchObject({ code: 'unreadable-file', severity: 'error', source: 'read/docx' });
  });

  it('input that is not bytes', async () => {
    const { diagnostics } = await parseOffice('plan.docx' as unknown as Uint8Array);
    expect(diagnostics[0]?.code).toBe('invalid-input');
  });
});
