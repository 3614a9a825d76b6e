/**
 * A plan written as a table of actions under each objective's heading (web
 * pages and Word documents do so): each heading opens a theme for the
 * actions of its table; a title above them all does not.
 */
import { describe, expect, it } from 'vitest';
import { interpretActionPlan } from '../../../src/interpret/interpretActionPlan.js';
import { readMarkdown } from '../../../src/read/markdown/readMarkdown.js';

const TABLE = ['| Ref | Action | Lead | When |', '|---|---|---|---|'];
const MD = [
  '# Equality Action Plan 2025/26',
  '',
  'Progress is reported to Cabinet twice a year.',
  '',
  '## Know our communities',
  '',
  'We will understand who lives here.',
  '',
  ...TABLE,
  '| 1.1 | Update the equality profile | Insight Team | June 2025 |',
  '| 1.2 | Consult residents on the objectives | Engagement Officer | September 2025 |',
  '',
  '## Accessible services',
  '',
  ...TABLE,
  '| 2.1 | Check all forms work with screen readers | Digital Team | March 2026 |',
  '',
  '## Monitoring',
  '',
  'The Equality Board reviews this plan every quarter.',
].join('\n');

describe('a table of actions under each objective’s heading', () => {
  const { data } = interpretActionPlan(readMarkdown(MD).data);

  it('gives each heading a theme, with the words between it and its table as its description', () => {
    expect(data.themes.map((t) => [t.id, t.title, t.description, t.source?.line])).toEqual([
      ['theme-1', 'Know our communities', 'We will understand who lives here.', 5],
      ['theme-2', 'Accessible services', undefined, 14],
    ]);
    expect(data.actions.map((a) => [a.ref, a.themeIds])).toEqual([
      ['1.1', ['theme-1']],
      ['1.2', ['theme-1']],
      ['2.1', ['theme-2']],
    ]);
  });

  it('keeps the title and its note as the plan’s, and the text after the last table in the body', () => {
    expect(data.title).toBe('Equality Action Plan 2025/26');
    expect(data.description).toBe('Progress is reported to Cabinet twice a year.');
    expect(data.body?.map((s) => s.heading)).toEqual(['Monitoring']);
  });

  it('takes one table’s heading as a theme only when it is labelled as one', () => {
    const one = (heading: string) => interpretActionPlan(readMarkdown([heading, '', ...TABLE, '| 1 | Train staff | HR | May 2025 |'].join('\n')).data).data;
    expect(one('## Objective 3: Inclusive workforce').themes.map((t) => [t.title, t.ref])).toEqual([['Objective 3: Inclusive workforce', '3']]);
    const titled = one('# Workforce equality action plan');
    expect(titled.themes).toEqual([]);
    expect(titled.title).toBe('Workforce equality action plan');
  });
});
