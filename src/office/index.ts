export { detectOfficeFormat, officeToHtml, readOffice, parseOffice } from './readOffice.js';
export type { OfficeFormat, OfficeBytes, ReadOfficeOptions, ParseOfficeOptions } from './readOffice.js';
export { itemsToXlsx } from './writeXlsx.js';
export type { ItemsToXlsxOptions } from './writeXlsx.js';
