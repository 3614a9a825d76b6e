import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { readTsvHtml } from '../../src/read/index.js';
import { bySample } from './_samples.js';

describe('parseDocument places a diagnostic at its own text, not at the same text earlier on the line', () => {
  it('keeps the columns of two cells that leave the same tag open', () => {
    const text = 'Action\tLead\n<ul><li>a\t<ul><li>b\n';
    const read = readTsvHtml(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
    expect(read).toEqual(['2:1 unclosed-tag', '2:11 unclosed-tag']);
    expect(parseDocument(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(read);
  });

  it('puts each milestone year of sample 001 row 20 at its own output item', () => {
    const { text } = bySample('001');
    const line = text.split('\n')[19] as string;
    const assumed = parseDocument(text).diagnostics.filter((d) => d.code === 'year-assumed' && d.line === 20);
    expect(assumed.map((d) => d.text)).toEqual(['September', 'December', 'December', 'December']);
    // Every one points at its word, in the outputs cell (after "Lead Member: Marie Greer"), each at a different place.
    const outputs = line.indexOf('Working-group set-up by September');
    for (const d of assumed) {
      expect(line.startsWith(d.text as string, (d.column as number) - 1)).toBe(true);
      expect(d.column as number).toBeGreaterThan(outputs);
    }
    expect(new Set(assumed.map((d) => d.column)).size).toBe(4);
  });
});
