/**
 * Nothing is lost: every word a person wrote in a sample (prose, and every
 * non-header table cell) appears in the parsed document — in any string
 * field, searched recursively — or in a diagnostic's `text`.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { SAMPLES } from './_samples.js';
import { outputWords, sourceWords } from './_words.js';

describe('nothing is lost (parseDocument, no options)', () => {
  for (const sample of SAMPLES) {
    it(`keeps every word of ${sample.file}`, () => {
      const { data, diagnostics } = parseDocument(sample.text);
      const kept = outputWords(data, new Map());
      for (const d of diagnostics) if (d.text !== undefined) outputWords(d.text, kept);
      const written = sourceWords(sample);
      // Every distinct word must be kept somewhere.
      const missing = written.filter((w) => !kept.has(w));
      // For information: occurrences (a label written on every page, kept once, counts as lost here).
      let occurrences = 0;
      const left = new Map(kept);
      for (const w of written) {
        const n = left.get(w) ?? 0;
        if (n > 0) {
          left.set(w, n - 1);
          occurrences += 1;
        }
      }
      const pct = (n: number) => ((100 * n) / written.length).toFixed(2);
      console.log(
        `${sample.file}: ${written.length} words, coverage ${pct(written.length - missing.length)}% (occurrences ${pct(occurrences)}%)${missing.length > 0 ? `, missing: ${[...new Set(missing)].slice(0, 30).join(' ')}` : ''}`,
      );
      expect(written.length).toBeGreaterThan(200);
      expect([...new Set(missing)]).toEqual([]);
    });
  }
});
