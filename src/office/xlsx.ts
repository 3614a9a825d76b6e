import type { Diagnostic, ParseResult } from '../model/diagnostic.js';
import type { EqualityDocument } from '../model/document.js';
import type { SourceDocument } from '../read/types.js';
import { documentItems } from '../rollup/documentItems.js';
import { _blocksHtml } from './_html.js';
import { _only, _parse, _parseHtml, _read, _readOptions, _toHtml, type _Converters, type OfficeBytes, type ParseOfficeOptions, type ReadOfficeOptions } from './_office.js';
import { _convertXlsx, _loadSheets, _sheetsBlocks, type _XSheet } from './_xlsx.js';

export { itemsToXlsx } from './writeXlsx.js';
export type { ItemsToXlsxOptions } from './writeXlsx.js';

const XLSX: _Converters = { xlsx: _convertXlsx };

/**
 * Reads an Excel workbook (.xlsx) into the neutral {@link SourceDocument}:
 * each visible sheet's title rows (headings when bold or large) and tables,
 * the header row found below the title rows, a cell merged down a column
 * given to every row it covers, dates written out. Needs the optional peer
 * dependency `exceljs` (a `missing-dependency` error names it when
 * missing). Never throws: a damaged or password-protected file gives
 * `unreadable-file`.
 *
 * @param bytes - The whole file.
 * @param options - The file's name, copied into diagnostics' `file`.
 * @returns The blocks, and what went wrong with its sheet and row (`sheet "Plan" row 12`) at the start of `note`.
 * @example
 * ```ts
 * import { readXlsx } from 'equality-plans/xlsx';
 * const { data } = await readXlsx(await readFile('action-plan.xlsx'));
 * data.blocks.filter((b) => b.type === 'table').length //=> 1
 * ```
 * @category Office
 */
export function readXlsx(bytes: OfficeBytes, options?: Omit<ReadOfficeOptions, 'format'>): Promise<ParseResult<SourceDocument>> {
  return _read(bytes, _only(options), XLSX);
}

/**
 * Parses an Excel workbook as `parseDocument` parses text, every visible
 * sheet read as one document ({@link parseSheets} reads each sheet as its
 * own plan). Never throws.
 *
 * @param bytes - The whole file.
 * @param options - Those of `parseDocument` (kind, vocabulary, date context, name).
 * @returns The document and its diagnostics.
 * @example
 * ```ts
 * import { parseXlsx } from 'equality-plans/xlsx';
 * const { data } = await parseXlsx(await readFile('action-plan.xlsx'), { kind: 'action-plan' });
 * data.kind //=> 'action-plan'
 * ```
 * @category Office
 */
export function parseXlsx(bytes: OfficeBytes, options?: Omit<ParseOfficeOptions, 'format'>): Promise<ParseResult<EqualityDocument>> {
  return _parse(bytes, _only(options), XLSX);
}

/**
 * One sheet of a workbook read as its own document by {@link parseSheets}.
 *
 * @example
 * ```ts
 * const s: SheetDocument = { sheet: 'Actions', document: plan };
 * ```
 * @category Office
 */
export interface SheetDocument {
  /** The sheet's name, as on its tab. */
  sheet: string;
  /** What the sheet holds, parsed as `parseDocument` parses text. */
  document: EqualityDocument;
}

/**
 * Parses each visible sheet of a workbook as its own document: a workbook
 * that keeps one plan a sheet (a plan a directorate, a year, a protected
 * characteristic) gives one plan each. Only sheets holding a plan-shaped
 * table (a table whose rows give actions, recommendations or other items)
 * are kept; any other sheet (notes, a key, a chart's data) is left out with
 * a `sheet-skipped` info. Never throws.
 *
 * @param bytes - The whole file.
 * @param options - Those of `parseDocument` (kind, vocabulary, date context, name), applied to every sheet.
 * @returns A document a sheet, in the workbook's order, and the diagnostics of all of them.
 * @example
 * ```ts
 * import { parseSheets } from 'equality-plans/xlsx';
 * const { data } = await parseSheets(await readFile('plans.xlsx'));
 * data.map((s) => s.sheet) //=> ['Housing', 'Libraries']
 * ```
 * @category Office
 */
export async function parseSheets(bytes: OfficeBytes, options?: Omit<ParseOfficeOptions, 'format'>): Promise<ParseResult<SheetDocument[]>> {
  const rest = _only(options);
  let sheets: readonly _XSheet[] = [];
  const capture: _Converters = {
    xlsx: async (b, d) => {
      sheets = (await _loadSheets(b, d)) ?? [];
      return { html: '', where: [] };
    },
  };
  const { diagnostics } = await _toHtml(bytes, _readOptions(rest), capture);
  const file = typeof rest?.source === 'string' ? { file: rest.source } : {};
  const out: SheetDocument[] = [];
  for (const sheet of sheets) {
    const own: Diagnostic[] = [];
    const blocks = _sheetsBlocks([sheet], own);
    const parsed = _parseHtml(_blocksHtml(blocks), own, rest);
    if (blocks.some((b) => b.type === 'table') && documentItems(parsed.data).length > 0) {
      out.push({ sheet: sheet.name, document: parsed.data });
      diagnostics.push(...parsed.diagnostics.map((d) => ({ ...file, ...d })));
    } else {
      // A hidden sheet already said so.
      const said = own.filter((d) => d.code === 'sheet-skipped');
      diagnostics.push(
        ...(said.length > 0 ? said : [{ code: 'sheet-skipped', severity: 'info' as const, message: `Sheet "${sheet.name}" holds no table of plan items and was not read as a plan`, text: sheet.name, source: 'read/xlsx' }]).map((d) => ({ ...file, ...d })),
      );
    }
  }
  return { data: out, diagnostics };
}
