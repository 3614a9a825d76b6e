import { describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY, matchHeader } from '../../../src/interpret/vocabulary.js';
import { ColumnMappingSchema } from '../../../src/model/framework.js';

describe('matchHeader', () => {
  it('maps the headers of sample 001, compound headers to two fields', () => {
    expect(matchHeader('Action')).toEqual(['title']);
    expect(matchHeader('Methodology')).toEqual(['methods']);
    expect(matchHeader('Timescale [Lead Member]')).toEqual(['timescale', 'leads']);
    expect(matchHeader('Measurables / Outputs')).toEqual(['outputs']);
    expect(matchHeader('Outcomes [Review Comments]')).toEqual(['outcomes', 'comments']);
  });

  it('maps the headers of sample 004, including the Cyrillic "Ву Whom"', () => {
    expect(matchHeader('Area examined')).toEqual(['area']);
    expect(matchHeader('Strengths')).toEqual(['strengths']);
    expect(matchHeader('Areas for Improvement')).toEqual(['improvements']);
    expect(matchHeader('Actions')).toEqual(['title']);
    expect(matchHeader('By Whom')).toEqual(['leads']);
    expect(matchHeader('By When')).toEqual(['timescale']);
    const cyrillic = '\u0412\u0443 Whom';
    expect(cyrillic).not.toBe('By Whom');
    expect(matchHeader(cyrillic)).toEqual(['leads']);
  });

  it('forgives case, spacing and punctuation', () => {
    expect(matchHeader('  by   WHEN: ')).toEqual(['timescale']);
    expect(matchHeader('Target-date')).toEqual(['timescale']);
    expect(matchHeader('RESPONSIBLE  OFFICER')).toEqual(['leads']);
    expect(matchHeader('Action by')).toEqual(['leads']);
    expect(matchHeader('R.A.G.')).toEqual(['rag']);
    expect(matchHeader('% Complete')).toEqual(['progress']);
    expect(matchHeader('Completed')).toEqual(['completed']);
  });

  it('returns no field for unknown headers and for compound headers with no known part', () => {
    expect(matchHeader('Budget')).toEqual([]);
    expect(matchHeader('')).toEqual([]);
    expect(matchHeader('Budget / Cost centre')).toEqual([]);
    expect(matchHeader('1. To develop the Future Options')).toEqual([]);
  });

  it('keeps the parts of a split header that match and ignores format notes (issue 12)', () => {
    expect(matchHeader('Timescale [Budget]')).toEqual(['timescale']);
    expect(matchHeader('Action/Milestone')).toEqual(['title']);
    expect(matchHeader('Due date (DD/MM/YY)')).toEqual(['timescale']);
    expect(matchHeader('Officer / team responsible')).toEqual(['leads']);
    expect(matchHeader('Lead Officer(s)')).toEqual(['leads']);
    expect(matchHeader('Measure/KPI')).toEqual(['outputs']);
  });

  it('tries caller entries before the built-in vocabulary', () => {
    expect(matchHeader('Budget', [{ field: 'budget', headers: ['Budget'] }])).toEqual(['budget']);
    expect(matchHeader('Status', [{ field: 'rag', headers: ['Status'] }])).toEqual(['rag']);
    expect(matchHeader('Status')).toEqual(['status']);
  });

  it('ships a vocabulary that validates and names each header once', () => {
    for (const m of DEFAULT_VOCABULARY) ColumnMappingSchema.parse(m);
    const seen = new Map<string, string>();
    for (const m of DEFAULT_VOCABULARY) {
      for (const h of m.headers) {
        const k = h.toLowerCase().replace(/[^a-z0-9%]/g, '');
        const before = seen.get(k);
        if (before !== undefined) expect(before).toBe(m.field);
        seen.set(k, m.field);
      }
    }
  });
});
