/**
 * Internal: a Word document (.docx) as HTML, through mammoth (an optional
 * peer dependency, loaded only here): headings, paragraphs, lists and tables.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { _load, _PACKAGE } from './_load.js';
import type { _Html } from './_office.js';

interface Mammoth {
  convertToHtml(input: { buffer: Uint8Array }): Promise<{ value: string; messages: { type: string; message: string }[] }>;
}

/** The HTML of a Word document; throws only what mammoth throws on a damaged file. */
export async function _convertDocx(bytes: Uint8Array, diagnostics: Diagnostic[]): Promise<_Html> {
  const source = 'read/docx';
  const loaded = await _load<Mammoth>(_PACKAGE.docx, () => import('mammoth'), source);
  if ('diagnostic' in loaded) return (diagnostics.push(loaded.diagnostic), { html: '', where: [] });
  const result = await loaded.module.convertToHtml({ buffer: bytes });
  for (const m of result.messages) {
    if (m.type === 'error') diagnostics.push({ code: 'docx-warning', severity: 'warning', message: m.message, source });
  }
  // One paragraph, heading or table row a line, so diagnostics' lines say something.
  const html = result.value.replace(/(<\/(?:p|h[1-6]|tr|table|ul|ol)>)(?!<\/(?:td|th|li)>)/gu, '$1\n');
  return { html, where: [] };
}
