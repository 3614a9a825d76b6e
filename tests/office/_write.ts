/**
 * Test support: a sample's blocks (as the library's own text readers see
 * them) written as a Word document (with `docx`) and as an Excel workbook
 * (with `exceljs`), the way a body's officer would type the same plan.
 */
import { Document, HeadingLevel, PageOrientation, Packer, Paragraph, Table, TableCell as DocxCell, TableRow as DocxRow, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import type { SourceBlock, SourceListItem, TableCell } from '../../src/index.js';

const BULLETS = /^[•·▪\-*]$/u;

/** The text width of a landscape A4 page with 2.54 cm margins, in twips. */
const PAGE_WIDTH = 13_800;

/** An item's text with its marker when the marker is a label (`R4`, `1.`), not a bullet. */
export function itemText(item: SourceListItem): string {
  return item.marker !== undefined && !BULLETS.test(item.marker) ? `${item.marker} ${item.text}` : item.text;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;

/** Space after a paragraph of the body, as Word's Normal style has (8 pt); none inside table cells. */
const AFTER = { after: 160 } as const;

function listParagraphs(items: readonly SourceListItem[], level: number, body = false): Paragraph[] {
  return items.flatMap((item) => [new Paragraph({ text: itemText(item), bullet: { level }, ...(body ? { spacing: AFTER } : {}) }), ...listParagraphs(item.children, level + 1, body)]);
}

function cellParagraphs(cell: TableCell): Paragraph[] {
  if (cell.paragraphs.length === 0 && cell.items.length === 0) return [new Paragraph({ text: cell.text })];
  return [...cell.paragraphs.map((p) => new Paragraph({ text: p.text })), ...listParagraphs(cell.items, 0)];
}

/** The blocks as a .docx file: landscape A4, or portrait in `columns` newspaper columns (a two-column report). */
export async function toDocx(blocks: readonly SourceBlock[], layout: { columns?: number } = {}): Promise<Uint8Array> {
  const columns = layout.columns ?? 1;
  // A portrait A4 page's text width with 2.54 cm margins is 9,026 twips; columns 0.5 inch apart.
  const width = columns > 1 ? Math.floor((9_026 - 720 * (columns - 1)) / columns) : PAGE_WIDTH;
  const children: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    if (b.type === 'heading') children.push(new Paragraph({ text: b.text, heading: HEADINGS[Math.min(6, Math.max(1, b.depth)) - 1]!, spacing: AFTER }));
    else if (b.type === 'paragraph') children.push(new Paragraph({ text: b.text, spacing: AFTER }));
    else if (b.type === 'list') children.push(...listParagraphs(b.items, 0, true));
    else {
      const cells = Math.max(1, ...b.rows.map((r) => r.cells.length));
      // Columns as wide as their words need, as an officer would drag them: by the square root of their text.
      const need = Array.from({ length: cells }, (_, i) => Math.sqrt(1 + b.rows.reduce((n, r) => n + (r.cells[i]?.text.length ?? 0), 0)));
      const total = need.reduce((a, x) => a + x, 0);
      const columnWidths = need.map((x) => Math.round((width * x) / total));
      children.push(
        new Table({
          width: { size: width, type: WidthType.DXA },
          columnWidths,
          rows: b.rows.map(
            (r) =>
              new DocxRow({
                children: Array.from({ length: cells }, (_, i) => new DocxCell({ width: { size: columnWidths[i]!, type: WidthType.DXA }, children: r.cells[i] === undefined ? [new Paragraph('')] : cellParagraphs(r.cells[i]!) })),
              }),
          ),
        }),
      );
      // Word needs a paragraph between two tables, or it joins them.
      children.push(new Paragraph(''));
    }
  }
  const properties = columns > 1 ? { column: { count: columns, space: 720 } } : { page: { size: { orientation: PageOrientation.LANDSCAPE } } };
  const doc = new Document({ sections: [{ properties, children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function cellLines(cell: TableCell): string {
  if (cell.paragraphs.length === 0 && cell.items.length === 0) return cell.text;
  const items = (list: readonly SourceListItem[], depth: number): string[] => list.flatMap((i) => [`${'  '.repeat(depth)}• ${itemText(i)}`, ...items(i.children, depth + 1)]);
  return [...cell.paragraphs.map((p) => p.text), ...items(cell.items, 0)].join('\n');
}

/** The blocks as a one-sheet .xlsx file: a block a row (a blank row after each table), a table cell a cell. */
export async function toXlsx(blocks: readonly SourceBlock[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  const items = (list: readonly SourceListItem[], depth: number): void => {
    for (const i of list) {
      ws.addRow([`${'  '.repeat(depth)}• ${itemText(i)}`]);
      items(i.children, depth + 1);
    }
  };
  for (const b of blocks) {
    if (b.type === 'heading') ws.addRow([b.text]).getCell(1).font = { bold: true, size: b.depth === 1 ? 16 : b.depth === 2 ? 13 : 11 };
    else if (b.type === 'paragraph') ws.addRow([b.text]);
    else if (b.type === 'list') items(b.items, 0);
    else {
      for (const r of b.rows) ws.addRow(r.cells.map(cellLines));
      ws.addRow([]);
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A workbook made by `fill`, as bytes. */
export async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
