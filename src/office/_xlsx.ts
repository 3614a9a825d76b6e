/**
 * Internal: an Excel workbook (.xlsx, read with exceljs) as plain blocks.
 *
 * Each sheet is cut at empty rows into regions. In a region, the rows from
 * the first to the last with two or more filled cells are a table (a
 * one-cell row between them, such as a section row, stays in it); one-cell
 * rows above it are title rows, read as headings when their font is bold or
 * large, else as paragraphs, so a header row below title rows is found by
 * the interpreters as in any table. A cell merged across rows gives its text
 * to every row it covers (a theme cell spanning its actions); one merged
 * across columns gives it once. Dates are written as `1 June 2009` (UTC, as
 * Excel stores them).
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { _blocksHtml, type _OfficeBlock } from './_html.js';
import { _load, _PACKAGE } from './_load.js';
import type { _Html } from './_office.js';

/** The part of exceljs used here. */
interface XCell {
  value: unknown;
  text: string;
  isMerged: boolean;
  master: XCell;
  row: number;
  col: number;
  font?: { bold?: boolean; size?: number };
  border?: Record<string, unknown>;
}
export interface _XSheet {
  name: string;
  rowCount: number;
  columnCount: number;
  state?: string;
  getRow(r: number): { getCell(c: number): XCell; hidden?: boolean };
}
export interface _Exceljs {
  Workbook: new () => { xlsx: { load(data: unknown): Promise<unknown> }; worksheets: _XSheet[] };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A cell value as text; never throws. */
function textOf(cell: XCell): string {
  const v = cell.value;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : `${v.getUTCDate()} ${MONTHS[v.getUTCMonth()]} ${v.getUTCFullYear()}`;
  if (v !== null && typeof v === 'object' && 'result' in v) {
    const r = (v as { result?: unknown }).result;
    if (r instanceof Date) return textOf({ ...cell, value: r });
    return r === undefined || r === null || typeof r === 'object' ? '' : String(r as string | number | boolean);
  }
  try {
    return cell.text ?? '';
  } catch {
    return '';
  }
}

/** The text at row `r`, column `c`, with merged ranges resolved. */
function cellText(sheet: _XSheet, r: number, c: number): { text: string; font: XCell['font']; grid: boolean } {
  const cell = sheet.getRow(r).getCell(c);
  if (cell.isMerged && cell.master !== cell) {
    const m = cell.master;
    // Down a merged range: the same text in every row; across it: once.
    return m.col === c && m.row !== r ? { text: textOf(m).trim(), font: m.font, grid: true } : { text: '', font: undefined, grid: false };
  }
  // A cell of the grid: one written (even empty) or drawn with a border, as a table's cells are.
  const grid = (cell.value !== null && cell.value !== undefined) || (cell.border !== undefined && Object.keys(cell.border).length > 0);
  return { text: textOf(cell).trim(), font: cell.font, grid };
}

function headingDepth(font: XCell['font']): number | undefined {
  const size = font?.size ?? 0;
  if (size >= 16) return 1;
  if (size >= 13) return 2;
  return font?.bold === true ? 3 : undefined;
}

/** The blocks of a loaded workbook. */
export function _sheetsBlocks(sheets: readonly _XSheet[], diagnostics: Diagnostic[]): _OfficeBlock[] {
  const blocks: _OfficeBlock[] = [];
  for (const sheet of sheets) {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') {
      diagnostics.push({ code: 'sheet-skipped', severity: 'info', message: `Sheet "${sheet.name}" is hidden and was not read`, text: sheet.name, source: 'read/xlsx' });
      continue;
    }
    type Row = { r: number; cells: string[]; filled: number; width: number; font: XCell['font'] };
    // First pass: every row's text, an empty row as `undefined`, and the sheet's first used column.
    const all: (Row | undefined)[] = [];
    let lo = Infinity;
    const width = sheet.columnCount;
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      if (row.hidden === true) continue;
      const cells: string[] = [];
      let filled = 0;
      let grid = 0;
      let font: XCell['font'];
      let last = 0;
      for (let c = 1; c <= width; c++) {
        const cell = cellText(sheet, r, c);
        cells.push(cell.text);
        if (cell.grid || cell.text !== '') {
          grid++;
          last = c;
        }
        if (cell.text !== '') {
          filled++;
          font ??= cell.font;
          lo = Math.min(lo, c - 1);
        }
      }
      all.push(filled === 0 ? undefined : { r, cells, filled: grid, width: last, font });
    }
    const where = (r: number) => `sheet "${sheet.name}" row ${r}`;
    const region = (rows: readonly Row[]): void => {
      let first = rows.findIndex((x) => x.filled >= 2);
      let last = rows.length - 1;
      while (last >= 0 && rows[last]!.filled < 2) last--;
      if (first < 0) first = rows.length;
      const loose = (from: number, to: number): void => {
        for (let i = from; i < to; i++) {
          const x = rows[i]!;
          const text = x.cells.filter((c) => c !== '').join('\n');
          const depth = headingDepth(x.font);
          if (depth !== undefined && !text.includes('\n')) blocks.push({ type: 'heading', depth, text, where: where(x.r) });
          else blocks.push({ type: 'paragraph', text, where: where(x.r) });
        }
      };
      loose(0, first);
      if (first > last) return;
      // Columns from the sheet's first used one (a row keeps its place under the header) to the region's last.
      let hi = -1;
      for (let i = first; i <= last; i++) hi = Math.max(hi, rows[i]!.width - 1);
      blocks.push({ type: 'table', rows: rows.slice(first, last + 1).map((x) => ({ cells: x.cells.slice(lo, hi + 1), where: where(x.r) })) });
      loose(last + 1, rows.length);
    };
    let rows: Row[] = [];
    for (const row of all) {
      if (row !== undefined) rows.push(row);
      else if (rows.length > 0) {
        region(rows);
        rows = [];
      }
    }
    if (rows.length > 0) region(rows);
  }
  return blocks;
}

/** The sheets of a workbook, or `undefined` with a diagnostic when exceljs is missing; throws only what exceljs throws on a damaged file. */
export async function _loadSheets(bytes: Uint8Array, diagnostics: Diagnostic[]): Promise<readonly _XSheet[] | undefined> {
  const loaded = await _load<_Exceljs>(_PACKAGE.xlsx, () => import('exceljs'), 'read/xlsx');
  if ('diagnostic' in loaded) return (diagnostics.push(loaded.diagnostic), undefined);
  const workbook = new loaded.module.Workbook();
  await workbook.xlsx.load(bytes);
  return workbook.worksheets;
}

/** The HTML of an Excel workbook, every visible sheet; throws only what exceljs throws on a damaged file. */
export async function _convertXlsx(bytes: Uint8Array, diagnostics: Diagnostic[]): Promise<_Html> {
  const sheets = await _loadSheets(bytes, diagnostics);
  return sheets === undefined ? { html: '', where: [] } : _blocksHtml(_sheetsBlocks(sheets, diagnostics));
}
