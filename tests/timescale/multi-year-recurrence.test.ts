/**
 * Repeats of more than a year: "biennial" (every two years, not "biannual",
 * twice a year) and "triennial", as an adverb or before a noun. Invented
 * phrases.
 */
import { describe, expect, it } from 'vitest';
import { parseTimescale } from '../../src/timescale/index.js';
import { findRecurrence } from '../../src/interpret/_structure/documentFacts.js';

describe('repeats of more than a year', () => {
  it('reads "biennial" and "biennially" as every 2 years', () => {
    expect(parseTimescale('Biennial')).toEqual({ text: 'Biennial', kind: 'ongoing', recurrence: 'every 2 years' });
    expect(parseTimescale('reviewed biennially')).toMatchObject({ kind: 'ongoing', recurrence: 'every 2 years' });
    expect(parseTimescale('the biennial tenant census')).toMatchObject({ kind: 'ongoing', recurrence: 'every 2 years' });
  });

  it('keeps "biannual" (twice a year) apart from "biennial" (every two years)', () => {
    expect(parseTimescale('biannual').recurrence).toBe('every 6 months');
    expect(parseTimescale('biennial').recurrence).toBe('every 2 years');
  });

  it('reads "triennial" and "triennially" as every 3 years', () => {
    expect(parseTimescale('triennial review')).toMatchObject({ kind: 'ongoing', recurrence: 'every 3 years' });
    expect(parseTimescale('Triennially')).toMatchObject({ kind: 'ongoing', recurrence: 'every 3 years' });
  });

  it('keeps a start given with the repeat', () => {
    expect(parseTimescale('biennial survey from June 2031')).toMatchObject({ kind: 'ongoing', start: '2031-06-01', recurrence: 'every 2 years' });
  });

  it('finds the repeat inside a sentence', () => {
    expect(findRecurrence('Results of the biennial pulse survey of volunteers.')).toEqual({ text: 'biennial', offset: 15 });
    expect(findRecurrence('An audit held triennially by the board.')).toEqual({ text: 'triennially', offset: 14 });
  });
});
