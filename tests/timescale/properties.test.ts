import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimescaleSchema } from '../../src/model/timescale.js';
import type { Timescale } from '../../src/model/timescale.js';
import { parseTimescale } from '../../src/timescale/index.js';
import { corpus } from './corpus.js';

/** Pieces that timescale phrases are made of, to build adversarial and plausible input. */
const PIECES = [
  '12', '31', '31st', '09', '2009', '2008/09', '2008', '10', '1', '0', '99', '2099', '1900',
  '/', '-', '–', '—', '.', ',', ':', "'", '(', ')', '[', ']', ' ', ' ', ' ', '\n', '\t',
  'March', 'Mar', 'may', 'May', 'Sept', 'Dec', 'June', 'February', 'autumn', 'winter', 'spring',
  'Q3', 'Q', 'quarter', 'FY', 'financial year', 'Year', 'Year 3', 'for', 'by', 'from', 'to', 'until',
  'between', 'and', 'onwards', 'then ongoing', 'ongoing', 'on-going', 'Continuation', 'In place',
  'early', 'mid', 'mid-', 'late', 'end of', 'beginning of', 'w/c', 'within', 'in', 'six', 'months',
  'annually', 'every', 'TBC', 'upon', 'the', 'st', 'th', 'x', 'é', '\u00a0', '\uD83D\uDE00',
];

const piece = fc.constantFrom(...PIECES);
const phrase = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
const spacedPhrase = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(' '));

function repeatTo(size: number, seed: string): string {
  if (seed.length === 0) return 'x'.repeat(size);
  let out = seed;
  while (out.length < size) out += out;
  return out.slice(0, size);
}

function everySpan(r: Timescale): { start?: string | undefined; end?: string | undefined }[] {
  return [r, ...(r.periods ?? [])];
}

describe('parseTimescale properties', () => {
  it('never throws and always returns a valid Timescale with the input text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), phrase, spacedPhrase), (text) => {
        const r = parseTimescale(text);
        expect(r.text).toBe(text);
        expect(TimescaleSchema.safeParse(r).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on bad options', () => {
    const bad = [{ context: { year: Number.NaN } }, { context: { start: '2006-06-31' } }, { context: { anchor: 'soon' } }, { context: null }, null];
    for (const options of bad) {
      // @ts-expect-error deliberately wrong options
      const r = parseTimescale('by October', options);
      expect(r.kind).toBe('unknown');
    }
    // @ts-expect-error deliberately wrong input
    expect(parseTimescale(undefined).kind).toBe('unknown');
  });

  it('completes on 100 KB adversarial strings of digits, slashes, dashes and month names', () => {
    fc.assert(
      fc.property(fc.oneof(phrase, spacedPhrase), (seed) => {
        const text = repeatTo(100_000, seed);
        const r = parseTimescale(text);
        expect(r.text.length).toBe(100_000);
        expect(TimescaleSchema.safeParse(r).success).toBe(true);
      }),
      { numRuns: 8 },
    );
    // Hand-picked worst cases for backtracking: long runs without a match.
    for (const seed of ['1/', '2008-', '31 ', 'March ', 'Q', 'mid-', 'by the ', '((', 'Year ', 'on-', 'within six ', '12/12/', '2008/09 ']) {
      const r = parseTimescale(repeatTo(100_000, seed));
      expect(r.text.length).toBe(100_000);
    }
  });

  it('keeps start <= end whenever both exist, in the result and every period', () => {
    fc.assert(
      fc.property(spacedPhrase, fc.option(fc.record({ start: fc.constantFrom('2008-04-01', '2024-12-31'), anchor: fc.constantFrom('2006-01-17', '2024-02-29') }), { nil: undefined }), (text, context) => {
        const r = parseTimescale(text, context ? { context } : undefined);
        for (const span of everySpan(r)) {
          if (span.start && span.end) expect(span.start <= span.end).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the same dates when words surround the phrase ("Target: … (tbc)")', () => {
    const wrappers = fc.tuple(fc.constantFrom('', 'Target:', 'Action 4.2:', 'Lead: HB.'), fc.constantFrom('', '(tbc)', '(to be confirmed)', '- Lead Member: John Hall'));
    fc.assert(
      fc.property(fc.constantFrom(...corpus), wrappers, (entry, [before, after]) => {
        const options = entry.context ? { context: entry.context } : undefined;
        const plain = parseTimescale(entry.text, options);
        const wrapped = parseTimescale(`${before} ${entry.text} ${after}`, options);
        expect({ start: wrapped.start, end: wrapped.end }).toEqual({ start: plain.start, end: plain.end });
      }),
      { numRuns: 1500 },
    );
  });
});
