/**
 * `equality-plans/xlsx`: Excel (.xlsx) workbooks read into the same
 * documents as their text (one a sheet with `parseSheets`), and a report's
 * items written as a workbook. Needs only the optional peer dependency
 * `exceljs`; pulls in no PDF or Word library.
 *
 * @packageDocumentation
 */
export { readXlsx, parseXlsx, parseSheets, itemsToXlsx } from '../office/xlsx.js';
export type { SheetDocument, ItemsToXlsxOptions } from '../office/xlsx.js';
export { detectOfficeFormat } from '../office/_office.js';
export type { OfficeBytes, OfficeFormat, ParseOfficeOptions, ReadOfficeOptions } from '../office/_office.js';
