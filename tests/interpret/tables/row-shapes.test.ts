/**
 * Issue 12, rows that are not one action each: an Objective (Aim, Goal)
 * column beside the Action column opens themes, numbered sub-actions held in
 * one cell become actions of their own, a last row that the text cuts off is
 * not an action, and a header dated by its year ("2024 Update") is known.
 * From the invented fixture tests/fixtures/text/ok-objective-column.txt and
 * small tables written here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/index.js';
import { matchHeader } from '../../../src/interpret/vocabulary.js';
import type { ActionPlan } from '../../../src/model/plan.js';

function plan(text: string): { data: ActionPlan; diagnostics: { code: string; line?: number | undefined; severity: string }[] } {
  const r = parseDocument(text);
  expect(r.data.kind).toBe('action-plan');
  return { data: r.data as ActionPlan, diagnostics: r.diagnostics };
}

describe('a plan with an Aim column and sub-actions in one cell, cut off by the end of the text', () => {
  const { data, diagnostics } = plan(readFileSync('tests/fixtures/text/ok-objective-column.txt', 'utf8'));

  it('opens a theme at each filled Aim cell, numbered by the row, and puts the actions of its row in it', () => {
    expect(data.themes.map((t) => [t.ref, t.title])).toEqual([
      ['1', 'Make every branch easy to reach'],
      ['2', 'Widen the reading offer for older readers'],
    ]);
    const [first, second] = data.themes;
    expect(data.actions.map((a) => a.themeIds)).toEqual([[first?.id], [second?.id], [second?.id], [second?.id]]);
    expect(data.actions.every((a) => a.extra?.['Aim'] === undefined)).toBe(true);
  });

  it('reads numbered sub-actions in one cell as actions with their refs, sharing the row lead and timescale', () => {
    expect(data.actions.map((a) => [a.ref, a.title, a.leads, a.timescale?.kind])).toEqual([
      ['1.1', 'Fit hearing loops at the desks.', ['Estates Manager'], 'month'],
      ['2.1', 'Buy large print stock', ['Stock Lead'], 'ongoing'],
      ['2.2', 'Start a home delivery round', ['Stock Lead'], 'ongoing'],
      ['2.3', 'Train staff in reading aids', ['Stock Lead'], 'ongoing'],
    ]);
    expect(diagnostics.filter((d) => d.code === 'actions-in-one-cell').map((d) => d.line)).toEqual([6]);
  });

  it('does not read the cut-off last row as an action or open its aim; its text is in the body with a row-cut warning', () => {
    expect(data.actions.map((a) => a.ref)).not.toContain('3.1');
    expect(data.themes).toHaveLength(2);
    expect(data.body.flatMap((s) => s.paragraphs)).toEqual(['3. | Hear from young | 3.1 Run a survey in schools and | Youth Officer | S']);
    expect(diagnostics.filter((d) => d.code === 'row-cut').map((d) => [d.line, d.severity])).toEqual([[9, 'warning']]);
  });
});

describe('rows the new shapes leave alone', () => {
  it('a last row whose action ends a sentence stays an action, even when its update is cut', () => {
    const { data, diagnostics } = plan('| Action | Lead | Due | Update |\n|---|---|---|---|\n| Hold a summit. | Chair | June 2026 | Venue booked and |\n');
    expect(data.actions.map((a) => a.title)).toEqual(['Hold a summit.']);
    expect(diagnostics.map((d) => d.code)).not.toContain('row-cut');
  });

  it('a complete last row stays an action', () => {
    const { data, diagnostics } = plan('Action,Lead,Due\nHold a summit,Chair,June 2026\nReview the website,Head of Digital,March 2027\n');
    expect(data.actions.map((a) => a.title)).toEqual(['Hold a summit', 'Review the website']);
    expect(diagnostics.map((d) => d.code)).not.toContain('row-cut');
  });

  it('a row cut off before the end of the text is not judged cut', () => {
    const { data } = plan('| Action | Lead | Due |\n|---|---|---|\n| Review the website, | Head of | June 2026 |\n| Hold a summit | Chair | June 2026 |\n');
    expect(data.actions).toHaveLength(2);
  });

  it('a title whose number is not the row number keeps its number in the title', () => {
    const { data } = plan('Ref,Action,Lead,Due\n4,2.1 Publish the policy,Chair,June 2026\n');
    expect(data.actions[0]).toMatchObject({ ref: '4', title: '2.1 Publish the policy' });
  });

  it('references that do not follow one another are not cut apart', () => {
    const { data } = plan('Ref,Action,Lead,Due\n2,2.1 Publish the policy as in 3.4 of the plan,Chair,June 2026\n');
    expect(data.actions.map((a) => [a.ref, a.title])).toEqual([['2.1', 'Publish the policy as in 3.4 of the plan']]);
  });

  it('two title columns without an objective header stay one title', () => {
    const { data } = plan('Issue,Action,Lead,Due\nLow uptake,Run taster days,Chair,June 2026\n');
    expect(data.themes).toEqual([]);
    expect(data.actions[0]?.title).toBe('Low uptake Run taster days');
  });
});

describe('a header dated by its year', () => {
  it('names its field without the date', () => {
    expect(matchHeader('2024 Update')).toEqual(['updates']);
    expect(matchHeader('Progress as at 31 March 2010')).toEqual(['progress']);
    expect(matchHeader('March 2024')).toEqual([]);
    expect(matchHeader('Target date: March 2026')).toEqual([]);
  });

  it('makes an Action | 2024 Update table an action plan whose updates are comments', () => {
    const { data } = plan('| Action | 2024 Update |\n|---|---|\n| 1.1 Recruit a more diverse Board. | Two new members joined in May. |\n');
    expect(data.actions[0]).toMatchObject({ ref: '1.1', title: 'Recruit a more diverse Board.', comments: ['Two new members joined in May.'] });
  });
});

describe('the kind of a plan whose sections name its objectives', () => {
  it('is an action plan when its title says so and its one objective is named twice above an action table', () => {
    const text = [
      '# Inclusion Action Plan',
      '',
      '## Our Strategy',
      '',
      'The strategy sets the direction for the next three years.',
      '',
      'Objective 1: Lead by example',
      '',
      'Objective 1 actions and progress',
      '',
      '| Action | 2024 Update |',
      '|---|---|',
      '| 1.1 Recruit a more diverse Board. | Two new members joined in May. |',
      '',
    ].join('\n');
    const r = parseDocument(text);
    expect(r.data.kind).toBe('action-plan');
    expect((r.data as ActionPlan).actions.map((a) => a.ref)).toEqual(['1.1']);
  });
});

describe('marks and tracker words in a Status column', () => {
  it('reads √, ✗, C, Future and Current as statuses and keeps the marks', () => {
    const marks = ['√', '✗', 'C', 'Future', 'Current'];
    const { data } = plan(`Action,Lead,Due,Status\n${marks.map((m, i) => `Task ${i + 1},Chair,June 2026,${m}`).join('\n')}\n`);
    expect(data.actions.map((a) => [a.status, a.extra?.['Status']])).toEqual([
      ['complete', '√'],
      ['in-progress', '✗'],
      ['complete', 'C'],
      ['not-started', 'Future'],
      ['in-progress', 'Current'],
    ]);
  });
});

describe("the row under a whole header is a row, not the header's second line", () => {
  it('a dated row under "By When" with semicolons in its cells is an action', () => {
    const { data } = plan('Action,By When,Lead\n"Pay audit; review",March 2010,"HR; Finance"\n');
    expect(data.actions.map((a) => [a.title, a.timescale?.end, a.leads])).toEqual([['Pay audit; review', '2010-03-31', ['HR', 'Finance']]]);
  });

  it('a one-cell row under "Theme / mission" keeps its words', () => {
    const r = parseDocument('| Theme / mission | Priorities for action |\n|--|--|\n| Continued overleaf |\n| Jobs, skills | Develop pathways. |\n', { format: 'markdown' });
    expect(JSON.stringify(r.data)).toContain('Continued overleaf');
  });

  it('a header split over two rows is still read as one ("Lead" over "Officer", "Due date" over "(DD/MM/YY)")', () => {
    const { data } = plan('Action,Lead,Due date\n,Officer,(DD/MM/YY)\nPublish the data,J Smith,31/03/2025\n');
    expect(data.actions.map((a) => [a.title, a.leads, a.timescale?.end])).toEqual([['Publish the data', ['J Smith'], '2025-03-31']]);
  });
});
