/**
 * A sheet saved as CSV keeps the title rows above its table: the plan's
 * title, a "Last updated: …" line, a note. They are the plan's title,
 * metadata and description, never actions.
 */
import { describe, expect, it } from 'vitest';
import { interpretActionPlan } from '../../../src/interpret/interpretActionPlan.js';
import { readCsv } from '../../../src/read/csv/readCsv.js';

const CSV = [
  '"Equality, Diversity and Inclusion Action Plan 2024-25",,,,',
  'Last updated: 12 November 2024,,,,',
  'This plan is reviewed by the Equality Board every quarter.,,,,',
  ',,,,',
  'Ref,Action,Lead officer,Target date,RAG',
  '1.1,Refresh the equality profile,Policy Manager,31/03/2025,Amber',
  '1.2,Publish workforce data,Head of HR,Q3 2024/25,Green',
].join('\n');

describe('title rows above a CSV table', () => {
  const { data, diagnostics } = interpretActionPlan(readCsv(CSV).data);

  it('are the title, with its period, the metadata and the description, not actions', () => {
    expect(data.title).toBe('Equality, Diversity and Inclusion Action Plan 2024-25');
    expect(data.period).toMatchObject({ kind: 'financial-year', start: '2024-04-01', end: '2025-03-31' });
    expect(data.metadata).toEqual({ 'Last updated': '12 November 2024' });
    expect(data.description).toBe('This plan is reviewed by the Equality Board every quarter.');
    expect(data.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1.1', 'Refresh the equality profile'],
      ['1.2', 'Publish workforce data'],
    ]);
    expect(diagnostics.map((d) => d.code)).not.toContain('missing-header');
  });

  it('without a header under them, rows of one cell stay the plan’s own rows', () => {
    const plain = interpretActionPlan(readCsv('Train all managers by March 2025\nPublish the pay gap report\n').data).data;
    expect(plain.actions.map((a) => Object.values(a.extra ?? {}))).toEqual([['Train all managers by March 2025'], ['Publish the pay gap report']]);
    expect(plain.title).toBe('');
  });
});
