/**
 * An objectives action plan as word processors save it: the objective merged
 * down the rows of its actions (`rowspan`), headers written as questions
 * ("What we will do", "Who is responsible", "How we will measure success",
 * five words and more), and an update column that opens with the status.
 */
import { describe, expect, it } from 'vitest';
import { interpretActionPlan } from '../../../src/interpret/interpretActionPlan.js';
import { readHtml } from '../../../src/read/html/readHtml.js';

const HTML = `<h1>Equality Objectives Action Plan 2023–2027</h1>
<table>
<tr><th>Equality objective</th><th>No.</th><th>What we will do</th><th>Who is responsible</th><th>By when</th><th>How we will measure success</th><th>Update (Sept 2024)</th></tr>
<tr><td rowspan="2">1. Improve access to services for disabled residents</td><td>1a</td><td>Make our website meet WCAG 2.2 AA</td><td>Digital Services Manager</td><td>December 2024</td><td>Accessibility statement shows full compliance</td><td>On track – audit complete, fixes under way</td></tr>
<tr><td>1b</td><td>Install hearing loops in all customer service centres</td><td>Facilities</td><td>Spring 2025</td><td>Loops installed at 4 sites</td><td>Supplier delay; new date to be agreed</td></tr>
<tr><td rowspan="2">2. A workforce that reflects our community</td><td>2a</td><td>Publish ethnicity and disability pay gap reports</td><td>HR Business Partner</td><td>March 2025</td><td>Reports published on time</td><td>Complete</td></tr>
<tr><td>2b</td><td>Run a guaranteed interview scheme for disabled applicants</td><td>Recruitment team; HR</td><td>2023/24</td><td>Scheme in place</td><td>Completed July 2023</td></tr>
</table>`;

describe('an objectives plan saved from a word processor', () => {
  const { data, diagnostics } = interpretActionPlan(readHtml(HTML).data);

  it('reads the header of questions, and each objective merged down its actions as their theme', () => {
    expect(data.themes.map((t) => t.title)).toEqual(['1. Improve access to services for disabled residents', '2. A workforce that reflects our community']);
    expect(data.actions.map((a) => [a.ref, a.themeIds, a.leads])).toEqual([
      ['1a', ['theme-1'], ['Digital Services Manager']],
      ['1b', ['theme-1'], ['Facilities']],
      ['2a', ['theme-2'], ['HR Business Partner']],
      ['2b', ['theme-2'], ['Recruitment team', 'HR']],
    ]);
    expect(data.actions.map((a) => a.timescale?.end)).toEqual(['2024-12-31', '2025-05-31', '2025-03-31', '2024-03-31']);
    expect(data.actions.map((a) => a.outputs.map((o) => o.text))).toEqual([['Accessibility statement shows full compliance'], ['Loops installed at 4 sites'], ['Reports published on time'], ['Scheme in place']]);
    expect(diagnostics.filter((d) => d.code === 'missing-header' || d.code === 'ragged-row')).toEqual([]);
  });

  it('takes the status from an update that opens with it, and keeps every update as written', () => {
    expect(data.actions.map((a) => [a.status, a.completedOn])).toEqual([
      ['in-progress', undefined],
      [undefined, undefined],
      ['complete', undefined],
      ['complete', '2023-07-31'],
    ]);
    expect(data.actions.map((a) => a.comments)).toEqual([['On track – audit complete, fixes under way'], ['Supplier delay; new date to be agreed'], ['Complete'], ['Completed July 2023']]);
  });
});
