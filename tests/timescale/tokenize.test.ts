import { describe, expect, it } from 'vitest';
import { WORD_CLASS } from '../../src/timescale/_read.js';
import { tokenize } from '../../src/timescale/_tokenize.js';
import { MONTHS, SEASONS, VOCABULARY } from '../../src/timescale/_words.js';

// The tokeniser tags each word once (class bits, month, season) from a
// char-code hash table, so that the reader never looks words up again.
describe('timescale tokeniser word table', () => {
  const words = [...VOCABULARY, ...WORD_CLASS.keys()].filter((w) => /^[a-z]+$/u.test(w));

  it('finds every reader word in any case, with its classes, month and season', () => {
    for (const w of words) {
      const cased = [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)];
      for (const written of cased) {
        const [t] = tokenize(written);
        expect(t?.type).toBe('word');
        expect(t?.norm).toBe(w);
        expect(t?.text).toBe(written);
        expect(t?.cls).toBe(WORD_CLASS.get(w) ?? 0);
        expect(t?.month).toBe(MONTHS.get(w) ?? 0);
        expect(t?.season).toBe(SEASONS.get(w) ?? 0);
      }
    }
  });

  it('tags no other word', () => {
    for (const other of ['reviews', 'Lead', 'Member', 'marches', 'septs', 'quarterlyx', 'John', 'Hall']) {
      for (const t of tokenize(other)) expect(t.cls + t.month + t.season).toBe(0);
    }
  });

  it('keeps numbers, ordinals, dashes and brackets as before', () => {
    const tokens = tokenize('(31st – 2009)');
    expect(tokens.map((t) => [t.type, t.text, t.norm, t.value, t.ordinal, t.paren, t.close])).toEqual([
      ['sym', '(', '(', -1, false, -1, 4],
      ['num', '31st', '31', 31, true, 0, -1],
      ['sym', '–', '-', -1, false, 0, -1],
      ['num', '2009', '2009', 2009, false, 0, -1],
      ['sym', ')', ')', -1, false, -1, -1],
    ]);
  });
});
