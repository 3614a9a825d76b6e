/**
 * Issue 14: the PDF fixtures read the same when pdf.js gives a page's whole
 * drawing. On Node 20, pdf.js 5 stops a page's operator list at its first
 * new font (it passes fonts on with `ArrayBuffer.prototype.transferToFixedLength`,
 * which Node 20 lacks), so the first page of a file is read partly from its
 * text; on Node 22 every rule is seen. This file (its own process under
 * vitest) gives Node 20 that method, as Node 22 has it, to read them so.
 */
import { readFileSync } from 'node:fs';
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { parseOffice } from '../../src/office/index.js';
import { SAMPLES, withoutPlaces } from './_samples.js';

let added = false;
beforeAll(() => {
  if ('transferToFixedLength' in ArrayBuffer.prototype) return;
  added = true;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    value(this: ArrayBuffer, length = this.byteLength) {
      const out = new ArrayBuffer(length);
      new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return out;
    },
  });
});
afterAll(() => {
  if (added) delete (ArrayBuffer.prototype as { transferToFixedLength?: unknown }).transferToFixedLength;
});

const pdfOf = (dir: string, file: string) => new Uint8Array(readFileSync(`${dir}/${file.replace(/\.[a-z]+$/u, '.pdf')}`));
const textOf = (file: string) => parseDocument(readFileSync(`examples/data/${file}`, 'utf8')).data;

describe('PDFs read with the whole of each page drawing', () => {
  it("001's first page, whose rules come after its first text, gives its rules", async () => {
    const { OPS } = await getResolvedPDFJS();
    const pdf = await getDocumentProxy(pdfOf('tests/fixtures/office', SAMPLES[1]!));
    const list = await (await pdf.getPage(1)).getOperatorList();
    await pdf.destroy();
    expect(Array.from(list.fnArray).filter((f) => f === OPS.constructPath).length).toBeGreaterThan(10);
  });

  it.each(SAMPLES)('%s, tagged, reads back to the same document', async (file) => {
    expect(withoutPlaces((await parseOffice(pdfOf('tests/fixtures/office/tagged', file))).data)).toEqual(withoutPlaces(textOf(file)));
  });

  it.each(SAMPLES.filter((f) => !f.startsWith('001')))('%s, untagged, reads back to the same document', async (file) => {
    expect(withoutPlaces((await parseOffice(pdfOf('tests/fixtures/office', file))).data)).toEqual(withoutPlaces(textOf(file)));
  });
});
