export { detectOfficeFormat, officeToHtml, readOffice, parseOffice } from './readOffice.js';
export type { OfficeFormat, OfficeBytes, ReadOfficeOptions, ParseOfficeOptions } from './readOffice.js';
export { readPdf, parsePdf } from './pdf.js';
export { readDocx, parseDocx } from './docx.js';
export { readXlsx, parseXlsx, parseSheets, itemsToXlsx } from './xlsx.js';
export type { SheetDocument, ItemsToXlsxOptions } from './xlsx.js';
