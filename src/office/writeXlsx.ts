import type { Diagnostic, ParseResult } from '../model/diagnostic.js';
import type { ProgressRules } from '../model/progress-rules.js';
import type { DocumentItem } from '../rollup/documentItems.js';
import { ragStatus } from '../rules/ragStatus.js';
import { slippage } from '../rules/slippage.js';
import { _load, _PACKAGE } from './_load.js';

/**
 * Options of {@link itemsToXlsx}.
 *
 * @example
 * ```ts
 * const o: ItemsToXlsxOptions = { asOf: '2010-06-30', sheet: 'Actions' };
 * ```
 * @category Office
 */
export interface ItemsToXlsxOptions {
  /** The date progress is judged at (ISO `YYYY-MM-DD`). */
  asOf: string;
  /** The progress rules; the default rules when missing. */
  rules?: ProgressRules;
  /** The sheet's name (`Items` when missing). */
  sheet?: string;
}

/** Fill colours of the RAG statuses, by the first word of their id or label. */
const FILLS: Record<string, string> = { red: 'FFF4B6B6', amber: 'FFFFE08A', green: 'FFB8E0B8', blue: 'FFB9D7F2', complete: 'FFB9D7F2' };

interface Cell {
  value: unknown;
  fill?: unknown;
  font?: unknown;
}
interface Sheet {
  columns: { header: string; key: string; width: number }[];
  addRow(values: unknown[]): { getCell(n: number): Cell };
  getRow(n: number): { font?: unknown };
  views: unknown[];
  autoFilter?: unknown;
}
interface Excel {
  Workbook: new () => { addWorksheet(name: string): Sheet; xlsx: { writeBuffer(): Promise<ArrayBuffer | Uint8Array> } };
}

const HEADERS = ['Ref', 'Title', 'Due', 'Days late', 'RAG', 'Why', 'Leads'] as const;

/**
 * Writes a report's items as an Excel workbook an officer can filter: one
 * row an item (ref, title, due date, days late, RAG status, why, leads), the
 * header row frozen and filtered, the RAG status written as text and shown
 * as the cell's colour. Uses exceljs (an optional peer dependency). Never
 * throws: a bad `asOf` or a missing exceljs is a diagnostic, with no bytes.
 *
 * @param items - The items, as `documentItems` gives them.
 * @param options - The date to judge at, the rules, the sheet's name.
 * @returns The .xlsx file's bytes.
 * @example
 * ```ts
 * const { data } = await itemsToXlsx(documentItems(plan), { asOf: '2010-06-30' });
 * await writeFile('actions.xlsx', data);
 * ```
 * @category Office
 */
export async function itemsToXlsx(items: readonly DocumentItem[], options: ItemsToXlsxOptions): Promise<ParseResult<Uint8Array>> {
  const diagnostics: Diagnostic[] = [];
  const loaded = await _load<Excel>(_PACKAGE.xlsx, () => import('exceljs'), 'write/xlsx');
  if ('diagnostic' in loaded) return { data: new Uint8Array(0), diagnostics: [loaded.diagnostic] };
  try {
    const workbook = new loaded.module.Workbook();
    const sheet = workbook.addWorksheet(options.sheet ?? 'Items');
    sheet.columns = HEADERS.map((header, i) => ({ header, key: String(i), width: [8, 60, 12, 10, 12, 50, 30][i]! }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: HEADERS.length } };
    for (const item of items) {
      const slip = slippage(item, { asOf: options.asOf });
      const rag = ragStatus(item, options.rules === undefined ? { asOf: options.asOf } : { asOf: options.asOf, rules: options.rules });
      const row = sheet.addRow([item.ref ?? '', item.title, slip.due ?? '', slip.days ?? '', rag.label, rag.reason, (item.leads ?? []).join('; ')]);
      const fill = FILLS[rag.status.split(/[-/ ]/u)[0]!.toLowerCase()] ?? FILLS[rag.label.split(/[-/ ]/u)[0]!.toLowerCase()];
      if (fill !== undefined) row.getCell(5).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    }
    return { data: new Uint8Array(await workbook.xlsx.writeBuffer()), diagnostics };
  } catch (error) {
    diagnostics.push({ code: 'invalid-option', severity: 'error', message: 'Unexpected options or items, expected an ISO date `asOf` and items to judge', note: error instanceof Error ? error.message : String(error), source: 'write/xlsx' });
    return { data: new Uint8Array(0), diagnostics };
  }
}
