import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VOCABULARY } from '../../src/timescale/_words.js';

// The tokeniser skips words whose first letter and length match no vocabulary
// word, so every word the reader compares must be in the vocabulary.
describe('timescale vocabulary', () => {
  it('holds every word quoted in the reader', () => {
    const source = readFileSync(new URL('../../src/timescale/_read.ts', import.meta.url), 'utf8');
    const internal = new Set(['num', 'sym', 'info', 'warning', 'error', 'timescale', 'previous', 'range', 'invalid', 'span', 'whole', 'relative', 'event', 'season']);
    const quoted = [...source.matchAll(/'([a-z][a-z0-9]*)'/gu)].map((m) => m[1] as string).filter((w) => !internal.has(w));
    expect(quoted.length).toBeGreaterThan(100);
    expect(quoted.filter((w) => !VOCABULARY.has(w))).toEqual([]);
  });
});
