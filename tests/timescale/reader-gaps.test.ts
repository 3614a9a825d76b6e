/**
 * A multiplier before a periodic word, hyphenated or not ("twice-yearly",
 * "six weekly", "bi-weekly"): read together, never as the periodic word
 * alone ("twice-yearly" is not annually); and a quarter written with an
 * ordinal ("1st quarter 2009"); and "not before" read as a start, not as "before".
 */
import { describe, expect, it } from 'vitest';
import { parseTimescale } from '../../src/timescale/index.js';

const rec = (text: string) => parseTimescale(text).recurrence;

describe('a multiplier before a periodic word', () => {
  it('reads the pair, with or without its hyphen', () => {
    const cases = {
      'twice-yearly': 'every 6 months',
      'twice-monthly': 'every 2 weeks',
      'twice monthly': 'every 2 weeks',
      'six-weekly': 'every 6 weeks',
      'six weekly': 'every 6 weeks',
      'six monthly': 'every 6 months',
      'six-monthly': 'every 6 months',
      'bi-weekly': 'fortnightly',
      'half yearly': 'every 6 months',
      'bi-monthly': 'every 2 months',
    };
    for (const [text, every] of Object.entries(cases)) expect(rec(text), text).toBe(every);
  });

  it('reads a pair with no one meaning as no recurrence, not as its periodic word', () => {
    for (const text of ['twice-weekly', 'twice daily', 'bi-daily', 'half-weekly']) {
      const read = parseTimescale(text);
      expect(read.kind, text).toBe('unknown');
      expect(read.recurrence, text).toBeUndefined();
    }
  });

  it('keeps a start date written after it', () => {
    expect(parseTimescale('six-weekly from April 2025')).toMatchObject({ kind: 'ongoing', recurrence: 'every 6 weeks', start: '2025-04-01' });
  });
});

describe('an ordinal quarter', () => {
  it('"1st quarter 2009" is the quarter "Q1 2009" is, not the year 2009', () => {
    const q1 = parseTimescale('Q1 2009');
    expect(parseTimescale('1st quarter 2009')).toMatchObject({ kind: 'quarter', start: q1.start, end: q1.end });
    expect(parseTimescale('by the 4th quarter of 2024/25')).toMatchObject({ kind: 'quarter', end: parseTimescale('by Q4 2024/25').end });
    expect(parseTimescale('5th quarter 2025').kind).toBe('year');
  });
});

describe('"not before" and "not after"', () => {
  it('start a date and set a deadline, not the opposite', () => {
    expect(parseTimescale('not before March 2009')).toMatchObject({ kind: 'ongoing', start: '2009-03-01' });
    expect(parseTimescale('not before March 2009').end).toBeUndefined();
    expect(parseTimescale('not after March 2009')).toMatchObject({ end: '2009-03-31' });
    expect(parseTimescale('before March 2009').end).toBe('2009-02-28');
    expect(parseTimescale('not until March 2009')).toMatchObject({ kind: 'ongoing', start: '2009-03-01' });
    expect(parseTimescale('until March 2009')).toMatchObject({ end: '2009-03-31' });
  });
});
