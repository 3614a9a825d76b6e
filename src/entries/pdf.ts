/**
 * `equality-plans/pdf`: PDF files read into the same documents as their
 * text, from the position of every piece of text. Needs only the optional
 * peer dependency `unpdf`; pulls in no Word or Excel library.
 *
 * @packageDocumentation
 */
export { readPdf, parsePdf } from '../office/pdf.js';
export { detectOfficeFormat } from '../office/_office.js';
export type { OfficeBytes, OfficeFormat, ParseOfficeOptions, ReadOfficeOptions } from '../office/_office.js';
