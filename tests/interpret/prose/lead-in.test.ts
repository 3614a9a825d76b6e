import { describe, expect, it } from 'vitest';
import { parseReview } from '../../../src/index.js';

const MINUTES = `Minutes of the Scrutiny Panel, 12 January 2007

The Panel agreed the following recommendations, to be implemented by 31 March 2007:

R1 That the Council publishes an equality scheme.
R2 That partners review the scheme by 30 June 2007.
R3 That the Council reports on progress.

The Chair thanked members.

R4 That the minutes are published.`;

describe('a lead-in sentence’s deadline', () => {
  it('applies to the recommendations under it that name none of their own', () => {
    const { data, diagnostics } = parseReview(MINUTES);
    const ends = data.recommendations.map((r) => [r.id, r.timescale?.end]);
    expect(ends).toEqual([
      ['R1', '2007-03-31'],
      ['R2', '2007-06-30'],
      ['R3', '2007-03-31'],
      ['R4', undefined], // after other text: the lead-in no longer applies
    ]);
    const notes = diagnostics.filter((d) => d.code === 'deadline-from-lead-in');
    expect(notes.map((d) => [d.line, d.severity, d.text])).toEqual([
      [5, 'info', 'by 31 March 2007'],
      [7, 'info', 'by 31 March 2007'],
    ]);
    // The minutes' other text is kept.
    expect(JSON.stringify(data)).toContain('The Chair thanked members.');
  });

  it('reports a lead-in’s impossible date once', () => {
    const { data, diagnostics } = parseReview('The Panel recommends, by 31 June 2007:\n\nR1 That a plan is written.\nR2 That it is published.\n');
    expect(data.recommendations.map((r) => r.timescale?.kind)).toEqual(['invalid', 'invalid']);
    expect(diagnostics.filter((d) => d.code === 'invalid-date')).toHaveLength(1);
  });
});
