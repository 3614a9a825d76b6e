/**
 * A quarter reads the same wherever its year is written: "Q1 2024",
 * "2024 Q1", "2024-Q1", "FY2024 Q2", "FY 2023/24 Q4". Quarters are
 * financial-year quarters (Q1 is April–June), as parseTimescale documents.
 */
import { describe, expect, it } from 'vitest';
import { parseTimescale } from '../../src/timescale/index.js';

const span = (text: string) => {
  const t = parseTimescale(text);
  return [t.kind, t.start, t.end];
};

describe('a quarter with its year before it, or of a named financial year', () => {
  it.each([
    // These two used to read as January–June and as the whole of 2024.
    ['2024-Q1', ['quarter', '2024-04-01', '2024-06-30']],
    ['2024 Q1', ['quarter', '2024-04-01', '2024-06-30']],
    ['2024 Q4', ['quarter', '2025-01-01', '2025-03-31']],
    ['Q1 2024', ['quarter', '2024-04-01', '2024-06-30']],
    ['2024/25 Q3', ['quarter', '2024-10-01', '2024-12-31']],
    // "FY2024 Q2" used to read as the whole financial year with a second period "Q2".
    ['FY2024 Q2', ['quarter', '2024-07-01', '2024-09-30']],
    ['FY 2023/24 Q4', ['quarter', '2024-01-01', '2024-03-31']],
    ['financial year 2024/25 quarter 3', ['quarter', '2024-10-01', '2024-12-31']],
    ['FY 2023/24', ['financial-year', '2023-04-01', '2024-03-31']],
  ])('%s', (text, want) => {
    expect(span(text)).toEqual(want);
  });

  it('is the same quarter as with the year after it', () => {
    for (const q of [1, 2, 3, 4]) expect(span(`2023 Q${q}`)).toEqual(span(`Q${q} 2023`));
  });

  it('keeps a year and a later quarter apart when a spaced dash joins them', () => {
    expect(span('2024 - Q1 2025')).toEqual(['range', '2024-01-01', '2025-06-30']);
  });
});
