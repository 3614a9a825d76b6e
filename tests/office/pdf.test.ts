/**
 * Issue 14: the samples written to .docx (tests/office/_write.ts) and
 * exported to PDF by LibreOffice's headless writer (fixtures made once by
 * tests/office/make-pdf-fixtures.ts) read back to the same documents as
 * their text, page breaks in the middle of rows and all.
 */
import { readFileSync } from 'node:fs';
import * as unpdf from 'unpdf';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { parseDocument, type EqualityDocument } from '../../src/index.js';
import { detectOfficeFormat, parseOffice } from '../../src/office/index.js';
import { _blocksHtml } from '../../src/office/_html.js';
import { _pdfBlocks } from '../../src/office/_pdf.js';
import { SAMPLES, withoutPlaces } from './_samples.js';

const pdfOf = (file: string) => new Uint8Array(readFileSync(`tests/fixtures/office/${file.replace(/\.[a-z]+$/u, '.pdf')}`));
const textOf = (file: string) => parseDocument(readFileSync(`examples/data/${file}`, 'utf8')).data;
const [S000, S001, S002, S003, S004] = SAMPLES;

/** The first line of text on each page after the first. */
async function pageTops(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocumentProxy(bytes.slice());
  const tops: string[] = [];
  for (let n = 2; n <= pdf.numPages; n++) {
    const items = (await (await pdf.getPage(n)).getTextContent()).items.filter((i) => 'str' in i && i.str.trim() !== '') as { str: string; transform: number[] }[];
    const top = Math.max(...items.map((i) => i.transform[5]!));
    tops.push(items.filter((i) => i.transform[5] === top).map((i) => i.str).join(' '));
  }
  await pdf.destroy();
  return tops;
}

describe('PDF exported by LibreOffice', () => {
  it.each([S000, S002, S003])('%s reads back to the same document', async (file) => {
    const bytes = pdfOf(file);
    expect(detectOfficeFormat(bytes)).toBe('pdf');
    const { data, diagnostics } = await parseOffice(bytes, { source: file });
    expect(diagnostics.filter((d) => d.source?.startsWith('read/'))).toEqual([]);
    expect(withoutPlaces(data)).toEqual(withoutPlaces(textOf(file)));
  });

  it('001 (rows cut by page breaks) reads back to the same actions, words and dates', async () => {
    const bytes = pdfOf(S001);
    // Page breaks fall inside rows: pages open with the rest of a cell, not with a header or a new action.
    const tops = await pageTops(bytes);
    expect(tops.filter((t) => !/^(?:Action\b|\d+\. )/u.test(t)).length).toBeGreaterThan(0);
    const got = (await parseOffice(bytes)).data as Extract<EqualityDocument, { kind: 'action-plan' }>;
    const want = textOf(S001) as Extract<EqualityDocument, { kind: 'action-plan' }>;
    expect(got.kind).toBe('action-plan');
    expect(got.actions).toHaveLength(want.actions.length);
    // The same words in the same order (a paragraph end inside a cell is told only by where a line
    // stops, so two paragraphs may come back as one); and the same ref, timescale and leads.
    const words = (x: unknown) => (JSON.stringify(withoutPlaces(x)).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !/^(?:title|description|text|outcomes|outputs|methods)$/u.test(w)).join(' ');
    got.actions.forEach((a, i) => {
      const w = want.actions[i]!;
      expect(words(a)).toBe(words(w));
      expect([a.ref, a.timescale, a.leads]).toEqual([w.ref, w.timescale, w.leads]);
    });
    // All but two come back exactly. In five outcome cells a sentence ends on a full line before
    // another opens: three are paragraph ends and two are sentences of one paragraph, and
    // LibreOffice sets both alike (no spacing in table cells), so the PDF cannot tell them apart.
    // The document's paragraphs mostly end on sentences, so those five are read as paragraph ends.
    const exact = got.actions.filter((a, i) => JSON.stringify(withoutPlaces(a)) === JSON.stringify(withoutPlaces(want.actions[i])));
    expect(exact.length).toBe(want.actions.length - 2);
  });

  it('004 (narrow columns, words cut at line ends, tables shown only by their rules) reads back to the same document', async () => {
    const got = (await parseOffice(pdfOf(S004))).data;
    // Words broken mid-word for want of room are whole again; a one-row table whose empty columns
    // show only as cell rules, and strengths cut by page breaks, are read from the rules.
    expect(withoutPlaces(got)).toEqual(withoutPlaces(textOf(S004)));
  });

  it('004 read from its text alone, where pdf.js gives no drawing (an older or stripped pdf.js), still finds 42 of 43 actions', async () => {
    const textOnly = { getDocumentProxy: unpdf.getDocumentProxy };
    const blocks = await _pdfBlocks(textOnly, pdfOf(S004), []);
    const got = parseDocument(_blocksHtml(blocks).html, { format: 'html' }).data as Extract<EqualityDocument, { kind: 'peer-review' }>;
    const want = textOf(S004) as Extract<EqualityDocument, { kind: 'peer-review' }>;
    expect(got.kind).toBe('peer-review');
    expect(got.areas.map((a) => a.title)).toEqual(want.areas.map((a) => a.title));
    const actions = (d: typeof got) => d.areas.flatMap((a) => a.actions).map((a) => JSON.stringify(withoutPlaces(a)));
    const gotActions = new Set(actions(got));
    // The one missed sits in a one-row table whose empty columns show only as cell rules.
    expect(actions(want).filter((a) => gotActions.has(a)).length).toBe(actions(want).length - 1);
  });
});

describe('tagged PDF exported by LibreOffice (document structure kept, as accessible PDFs have it)', () => {
  const taggedOf = (file: string) => new Uint8Array(readFileSync(`tests/fixtures/office/tagged/${file.replace(/\.[a-z]+$/u, '.pdf')}`));

  it.each(SAMPLES)('%s reads back to the same document', async (file) => {
    const bytes = taggedOf(file);
    const { data, diagnostics } = await parseOffice(bytes, { source: file });
    expect(diagnostics.filter((d) => d.source?.startsWith('read/'))).toEqual([]);
    // 001's two outcome cells whose paragraphs the untagged export cannot tell apart come back
    // exactly: the structure says which paragraph each line is in.
    expect(withoutPlaces(data)).toEqual(withoutPlaces(textOf(file)));
  });

  it('the same text read without its structure tree gives 001 back with the two outcomes the layout cannot settle', async () => {
    const untagged = {
      ...unpdf,
      getDocumentProxy: async (data: Uint8Array, options?: object) => {
        const pdf = await unpdf.getDocumentProxy(data, options);
        const getPage = pdf.getPage.bind(pdf);
        return Object.assign(pdf, { getPage: async (n: number) => Object.assign(await getPage(n), { getStructTree: async () => null }) });
      },
    };
    const blocks = await _pdfBlocks(untagged, taggedOf(S001), []);
    const got = parseDocument(_blocksHtml(blocks).html, { format: 'html' }).data as Extract<EqualityDocument, { kind: 'action-plan' }>;
    const want = textOf(S001) as Extract<EqualityDocument, { kind: 'action-plan' }>;
    const exact = got.actions.filter((a, i) => JSON.stringify(withoutPlaces(a)) === JSON.stringify(withoutPlaces(want.actions[i])));
    expect(exact.length).toBe(want.actions.length - 2);
  });
});

describe('two-column reports exported by LibreOffice (portrait pages set in two newspaper columns)', () => {
  it.each([S000, S003])('%s reads back to the same document: each column in turn, paragraphs cut at a column or page break joined', async (file) => {
    const bytes = new Uint8Array(readFileSync(`tests/fixtures/office/two-column/${file.replace(/\.[a-z]+$/u, '.pdf')}`));
    // The columns share baselines: read across, each line would mix two columns' paragraphs.
    const pdf = await getDocumentProxy(bytes.slice());
    const items = (await (await pdf.getPage(1)).getTextContent()).items.filter((i) => 'str' in i && i.str.trim() !== '') as { transform: number[] }[];
    await pdf.destroy();
    const middle = 595 / 2;
    const beside = items.filter((a) => a.transform[4]! < middle && items.some((b) => b.transform[4]! > middle && Math.abs(b.transform[5]! - a.transform[5]!) < 3));
    expect(beside.length).toBeGreaterThanOrEqual(10);
    const { data, diagnostics } = await parseOffice(bytes, { source: file });
    expect(diagnostics.filter((d) => d.source?.startsWith('read/'))).toEqual([]);
    expect(withoutPlaces(data)).toEqual(withoutPlaces(textOf(file)));
  });
});

it('a Node Buffer, as readFile gives it, reads like a Uint8Array', async () => {
  const buffer = readFileSync(`tests/fixtures/office/${S003.replace(/\.[a-z]+$/u, '.pdf')}`);
  const [a, b] = await Promise.all([parseOffice(buffer), parseOffice(new Uint8Array(buffer))]);
  expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(withoutPlaces(a.data)).toEqual(withoutPlaces(b.data));
});

describe('PDFs that cannot be read give a diagnostic, never a throw', () => {
  it('a password-protected PDF', async () => {
    const { data, diagnostics } = await parseOffice(new Uint8Array(readFileSync('tests/fixtures/office/password.pdf')));
    expect(diagnostics[0]).toMatchObject({ code: 'unreadable-file', severity: 'error', source: 'read/pdf' });
    expect(diagnostics[0]!.message).toContain('password');
    expect(data.kind).toBeDefined();
  });

  it.each([0.1, 0.5, 0.9])('a PDF cut off at %s of its length', async (share) => {
    const whole = pdfOf(S003);
    const { diagnostics } = await parseOffice(whole.subarray(0, Math.floor(whole.length * share)));
    expect(['unreadable-file', 'no-text']).toContain(diagnostics[0]?.code);
    expect(diagnostics[0]?.source).toBe('read/pdf');
  });
});
