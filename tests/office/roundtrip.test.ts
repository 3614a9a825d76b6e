/**
 * Issue 14: each sample written as a Word document and as an Excel workbook
 * (by `docx` and `exceljs`, from the blocks the text readers see) parses
 * back through `equality-plans/office` to the same document as its text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READERS, detectFormat, parseDocument } from '../../src/index.js';
import { detectOfficeFormat, parseOffice } from '../../src/office/index.js';
import { toDocx, toXlsx } from './_write.js';
import { SAMPLES, withoutPlaces } from './_samples.js';

describe.each(SAMPLES)('%s', (file) => {
  const text = readFileSync(`examples/data/${file}`, 'utf8');
  const blocks = READERS.find((r) => r.id === detectFormat(text))!.read(text).data.blocks;
  const expected = withoutPlaces(parseDocument(text).data);

  it.each([
    ['docx', toDocx],
    ['xlsx', toXlsx],
  ] as const)('as .%s reads back to the same document', async (format, write) => {
    const bytes = await write(blocks);
    expect(detectOfficeFormat(bytes)).toBe(format);
    const { data, diagnostics } = await parseOffice(bytes, { source: `${file}.${format}` });
    expect(diagnostics.filter((d) => d.source?.startsWith('read/'))).toEqual([]);
    expect(withoutPlaces(data)).toEqual(expected);
    // Not an empty match: the sample has items.
    expect(JSON.stringify(expected)).toMatch(/"(?:actions|recommendations|areas|themes)":\[\{/u);
  });
});
