/**
 * `equality-plans/office`: Word (.docx), Excel (.xlsx) and PDF files read
 * into the same documents as their text. Each format's library (mammoth,
 * exceljs, unpdf) is an optional peer dependency, loaded only when a file of
 * its kind is read; the core entry pulls in none of them. `equality-plans/pdf`,
 * `/docx` and `/xlsx` are the same readers a format each, carrying only
 * their own library.
 *
 * @packageDocumentation
 */
export * from '../office/index.js';
