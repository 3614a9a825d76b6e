import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { EqualityDocumentSchema } from '../../src/model/document.js';
import { SAMPLES } from './_samples.js';

function check(text: string): void {
  let result: ReturnType<typeof parseDocument> | undefined;
  expect(() => {
    result = parseDocument(text);
  }).not.toThrow();
  const { data, diagnostics } = result as ReturnType<typeof parseDocument>;
  expect(EqualityDocumentSchema.safeParse(data).success).toBe(true);
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const d of diagnostics) {
    if (d.line !== undefined) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.line).toBeLessThanOrEqual(lines);
    }
    if (d.column !== undefined) expect(d.line).toBeDefined();
  }
}

/** A sample with random cuts and random tabs, pipes, tags and newlines inserted. */
const mangled = fc
  .record({
    sample: fc.constantFrom(...SAMPLES.map((s) => s.text)),
    cut: fc.tuple(fc.nat(), fc.nat()),
    inserts: fc.array(fc.tuple(fc.nat(), fc.constantFrom('\t', '|', '<p>', '</ul>', '<ul><li>', '\n', '\n\n', '- R7 ', '| |', '•', '31 June 2006', 'Actions required\n', '\r\n')), { maxLength: 12 }),
  })
  .map(({ sample, cut, inserts }) => {
    const a = cut[0] % (sample.length + 1);
    const b = cut[1] % (sample.length + 1);
    let text = sample.slice(Math.min(a, b), Math.max(a, b));
    for (const [at, piece] of inserts) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + piece + text.slice(i);
    }
    return text;
  });

describe('parseDocument properties', () => {
  it('never throws on random strings; data is valid; diagnostic lines exist', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 300 });
  });

  it('never throws on random line-structured text (tabs, pipes, tags)', () => {
    const piece = fc.constantFrom('a', 'R1 ', 'That ', 'by 31 June 2006', '\t', '|', '<p>', '</p>', '<li>', '\n', '- ', '1. ', '**', '#', '---', 'Actions required', ' ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }).map((p) => p.join('')), check), { numRuns: 300 });
  });

  it('never throws on the samples with random cuts and insertions', () => {
    fc.assert(fc.property(mangled, check), { numRuns: 150 });
  });
});
