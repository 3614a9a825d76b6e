/** The `@example` blocks of the table interpreters, run as written. */
import { describe, expect, it } from 'vitest';
import { detectTableKind, looksLikeActionPlan, looksLikePeerReview } from '../../../src/interpret/detectTableKind.js';
import { interpretActionPlan } from '../../../src/interpret/interpretActionPlan.js';
import { interpretPeerReview } from '../../../src/interpret/interpretPeerReview.js';
import { DEFAULT_VOCABULARY, matchHeader } from '../../../src/interpret/vocabulary.js';
import { readCsv } from '../../../src/read/csv/readCsv.js';

describe('TSDoc examples', () => {
  it('interpretActionPlan', () => {
    const doc = readCsv('Action,Timescale [Lead Member],Budget\n1. Hold a summit,April 2008 – March 2009 Lead Member: John Hall,£2000\n').data;
    const [action] = interpretActionPlan(doc).data.actions;
    expect(action?.ref).toBe('1');
    expect(action?.title).toBe('Hold a summit');
    expect(action?.leads).toEqual(['John Hall']);
    expect(action?.timescale?.end).toBe('2009-03-31');
    expect(action?.extra).toEqual({ Budget: '£2000' });
  });

  it('interpretPeerReview', () => {
    const doc = readCsv('Area examined,Strengths,Areas for Improvement,Actions,By Whom,By When\n1.1 Leadership,,,,,\n,Strong commitment.,Be more visible.,Attend the forum,FS/ HP,Sept 09\n').data;
    const [area] = interpretPeerReview(doc).data.areas;
    expect(area?.title).toBe('Leadership');
    expect(area?.strengths).toEqual(['Strong commitment.']);
    expect(area?.actions[0]?.leads).toEqual(['FS/ HP']);
    expect(area?.actions[0]?.timescale?.end).toBe('2009-09-30');
  });

  it('detectTableKind, looksLikeActionPlan, looksLikePeerReview', () => {
    expect(detectTableKind(readCsv('Action,By When\nHold a summit,June 2009\n').data)).toBe('action-plan');
    expect(detectTableKind(readCsv('Strengths,Areas for Improvement,Actions\nA,B,C\n').data)).toBe('peer-review');
    expect(detectTableKind({ format: 'text', blocks: [] })).toBeUndefined();
    expect(looksLikeActionPlan(readCsv('Action,By When\nHold a summit,June 2009\n').data)).toBe(true);
    expect(looksLikePeerReview(readCsv('Strengths,Areas for Improvement,Actions\nA,B,C\n').data)).toBe(true);
  });

  it('matchHeader and DEFAULT_VOCABULARY', () => {
    expect(matchHeader('Timescale [Lead Member]')).toEqual(['timescale', 'leads']);
    expect(matchHeader('BY  when')).toEqual(['timescale']);
    expect(matchHeader('Officer', [{ field: 'leads', headers: ['Officer'] }])).toEqual(['leads']);
    expect(matchHeader('Budget')).toEqual([]);
    expect(DEFAULT_VOCABULARY.find((m) => m.field === 'leads')?.headers.includes('By Whom')).toBe(true);
  });
});
