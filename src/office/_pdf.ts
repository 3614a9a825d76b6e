import type { Diagnostic } from '../model/diagnostic.js';
import type { _OfficeBlock } from './_html.js';
export interface _Unpdf { getDocumentProxy(data: Uint8Array, options?: object): Promise<unknown> }
/** PDF reading comes next; until then a PDF is refused in words. */
export async function _pdfBlocks(_unpdf: _Unpdf, _bytes: Uint8Array, diagnostics: Diagnostic[]): Promise<_OfficeBlock[]> {
  diagnostics.push({ code: 'unreadable-file', severity: 'error', message: 'Unexpected PDF, expected .docx or .xlsx (PDF reading is not built yet)', source: 'read/pdf' });
  return Promise.resolve([]);
}
