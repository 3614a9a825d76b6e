/**
 * A tracker's own columns: an "Action ID" reference, a "Theme" column naming
 * each action's theme, and a "Current position" column of updates.
 */
import { describe, expect, it } from 'vitest';
import { interpretActionPlan } from '../../../src/interpret/interpretActionPlan.js';
import { readCsv } from '../../../src/read/csv/readCsv.js';

const CSV = [
  'Action ID,Theme,Action,Action Owner,Target Completion Date,Current Position,RAG Status (R/A/G)',
  'EDI-01,Leadership,Board members complete EDI training,Chief Executive,31/03/2025,8 of 12 board members trained,A',
  'EDI-02,Data,Improve equality monitoring returns,HR Systems Manager,March 2025,Return rate 62% (target 80%),R',
  'EDI-03,Leadership,Appoint an EDI champion for each directorate,Director of People,June 2024,Complete,G',
  'EDI-04,Race; Disability,Review recruitment adverts,Recruitment Lead,December 2024,,A',
].join('\n');

describe('a tracker with a theme column', () => {
  const { data } = interpretActionPlan(readCsv(CSV).data);

  it('reads the Action ID as the reference and the current position as an update', () => {
    expect(data.actions.map((a) => [a.ref, a.title])).toEqual([
      ['EDI-01', 'Board members complete EDI training'],
      ['EDI-02', 'Improve equality monitoring returns'],
      ['EDI-03', 'Appoint an EDI champion for each directorate'],
      ['EDI-04', 'Review recruitment adverts'],
    ]);
    expect(data.actions.map((a) => a.comments)).toEqual([['8 of 12 board members trained'], ['Return rate 62% (target 80%)'], ['Complete'], []]);
    expect(data.actions[2]?.status).toBe('complete');
  });

  it('gives each theme the column names a theme of the plan, in the order first named', () => {
    expect(data.themes.map((t) => [t.id, t.title, t.source?.line])).toEqual([
      ['Leadership', 'Leadership', 2],
      ['Data', 'Data', 3],
      ['Race', 'Race', 5],
      ['Disability', 'Disability', 5],
    ]);
    expect(data.actions.map((a) => a.themeIds)).toEqual([['Leadership'], ['Data'], ['Leadership'], ['Race', 'Disability']]);
  });
});
