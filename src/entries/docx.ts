/**
 * `equality-plans/docx`: Word (.docx) files read into the same documents as
 * their text. Needs only the optional peer dependency `mammoth`; pulls in
 * no PDF or Excel library.
 *
 * @packageDocumentation
 */
export { readDocx, parseDocx } from '../office/docx.js';
export { detectOfficeFormat } from '../office/_office.js';
export type { OfficeBytes, OfficeFormat, ParseOfficeOptions, ReadOfficeOptions } from '../office/_office.js';
