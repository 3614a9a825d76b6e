/**
 * The general reading of document structure, on documents written for these
 * tests (not copied from the corpus): each shape a body's document arrives in,
 * read with no code of its own.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/index.js';
import type { ActionPlan, PeerReview, Strategy } from '../../../src/model/plan.js';
import type { Review } from '../../../src/model/review.js';

const parse = (text: string) => parseDocument(text, { format: 'text' });

describe('minutes and decision records', () => {
  it('takes the lettered resolution, not the minute paragraph numbers or a cross-reference', () => {
    const { data, diagnostics } = parse(
      [
        'Meeting: 04/11/2021 - Housing Panel (Item 12)',
        '',
        '12.1 The Chair introduced the report on the equality scheme.',
        '',
        '12.2 Members asked about Recommendation 3 (c) and the timetable.',
        '',
        '12.3 RESOLVED a) That a working group be set up in early February to review the scheme.',
        '',
        'b) That progress be reported to the Panel every three months.',
      ].join('\n'),
    );
    const review = data as Review;
    expect(review.kind).toBe('review');
    expect(review.date).toBe('2021-11-04');
    expect(review.recommendations.map((r) => r.ref)).toEqual(['a', 'b']);
    // A month without a year is read from the meeting's date on.
    expect(review.recommendations[0]?.timescale).toMatchObject({ start: '2022-02-01', end: expect.stringMatching(/^2022-02-(?:0\d|10)$/u) });
    expect(review.recommendations[1]?.timescale?.recurrence).toBeDefined();
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'kind-detected', severity: 'info' }));
  });

  it('counts a list stated twice (proposed, then resolved) once', () => {
    const { data, diagnostics } = parse(
      [
        'Recommendations',
        '',
        'The Cabinet is recommended to:',
        '',
        '(1)   Approve the equality objectives for 2022-2026.',
        '(2)   Agree to publish workforce data in March 2023.',
        '(3)   Note the consultation responses.',
        '',
        'Minutes:',
        '',
        'The Leader presented the report.',
        '',
        'Resolved',
        '',
        '1)   That the equality objectives for 2022-2026 are approved.',
        '2)   That workforce data is published in March 2023.',
        '3)   That the consultation responses are noted.',
      ].join('\n'),
    );
    const review = data as Review;
    expect(review.recommendations).toHaveLength(3);
    expect(review.recommendations[1]?.timescale).toMatchObject({ start: '2023-03-01', end: '2023-03-31' });
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'restated-list', severity: 'info' }));
  });

  it('gives a numbered lead-in\'s deadline to each part under it', () => {
    const { data } = parse(
      [
        'RESOLVED:',
        '',
        '1. That the Equality Plan be approved.',
        '2. By the end of September 2025 the directorate should:',
        '   (a) review its recruitment policy;',
        '   (b) publish its pay gap data.',
      ].join('\n'),
    );
    const review = data as Review;
    expect(review.recommendations.map((r) => r.ref)).toEqual(['1', 'a', 'b']);
    expect(review.recommendations.slice(1).map((r) => r.timescale?.end)).toEqual(['2025-09-30', '2025-09-30']);
  });

  it('takes every item under "RESOLVED that:" as a decision, however it is worded', () => {
    const { data } = parse(
      ['Minutes of the Cabinet', '', 'RESOLVED that:', '', '(a) the Council publish its workforce data each year;', '(b) the Equality Forum meet quarterly;', '(c) officers report back in six months.'].join('\n'),
    );
    const review = data as Review;
    expect(review.kind).toBe('review');
    expect(review.recommendations.map((r) => r.ref)).toEqual(['a', 'b', 'c']);
  });

  it('counts two lists worded alike but naming different numbers twice', () => {
    const { data } = parse(
      ['Minutes', '', 'Item 4. RESOLVED:', '', '1. That progress on ward 14 be noted.', '', 'Item 5. RESOLVED:', '', '1. That progress on ward 21 be noted.'].join('\n'),
    );
    expect((data as Review).recommendations).toHaveLength(2);
  });

  it('reads a decision record: its date, its period and a lone resolution', () => {
    const { data } = parse(
      [
        'Decision details',
        '',
        'Fairness Scheme 2019/20 – 2021/22',
        '',
        'Decision Maker: Cabinet',
        '',
        'The Cabinet considered the draft scheme and the consultation.',
        '',
        'that the Fairness Scheme 2019/20 – 2021/22 be adopted.',
        '',
        'Date of decision: 14/03/2019',
      ].join('\n'),
    );
    const review = data as Review;
    expect(review.kind).toBe('review');
    expect(review.recommendations).toHaveLength(1);
    expect(review.date).toBe('2019-03-14');
    expect(review.period).toMatchObject({ start: '2019-04-01', end: '2022-03-31' });
    expect(review.metadata['Decision Maker']).toBe('Cabinet');
  });
});

describe('strategies and objective pages', () => {
  it('makes headings themes and the listed objectives under each their children', () => {
    const { data } = parse(
      [
        'Our Equality Objectives 2024-2028',
        '',
        'Fair services',
        '',
        'Services that everyone can use. The objectives for this theme are:',
        '',
        '- Accessible buildings',
        '- Plain language',
        '',
        'A fair employer',
        '',
        'A workforce that reflects the county. Our objectives in this area are:',
        '',
        '- Fair recruitment',
        '- Pay gap reporting',
        '- Flexible working',
      ].join('\n'),
    );
    const strategy = data as Strategy;
    expect(strategy.kind).toBe('strategy');
    const top = strategy.themes.filter((t) => t.parentId === undefined);
    expect(top.map((t) => t.title)).toEqual(['Fair services', 'A fair employer']);
    expect(strategy.themes.filter((t) => t.parentId === top[1]?.id).map((t) => t.title)).toEqual(['Fair recruitment', 'Pay gap reporting', 'Flexible working']);
  });

  it('reads labelled objectives and the actions under them, with a bare target at the end', () => {
    const { data } = parse(
      [
        'Inclusion Strategy',
        '',
        'Equality Objective 1: Better data',
        '',
        'Know who uses our services.',
        '',
        'This year we will take these actions:',
        '',
        '- Publish a data dashboard for every service. June 2025',
        '- Train managers in using the data. September 2025',
      ].join('\n'),
    );
    const strategy = data as Strategy;
    expect(strategy.themes.map((t) => [t.ref, t.title])).toEqual([['1', 'Better data']]);
    expect(strategy.actions.map((a) => a.timescale?.end)).toEqual(['2025-06-30', '2025-09-30']);
    expect(strategy.actions.every((a) => a.themeIds[0] === strategy.themes[0]?.id)).toBe(true);
  });
});

describe('action plans and trackers', () => {
  it('reads labelled blocks with their fields, by the column vocabulary', () => {
    const { data } = parse(
      [
        'Equality tracker',
        '',
        'Action 1',
        '',
        'Review the complaints process',
        '',
        'Lead officer',
        '',
        'Head of Customer Services / Equality Lead',
        '',
        'Target date',
        '',
        'March 2026',
        '',
        'Action 2',
        '',
        'Set up a staff disability network',
        '',
        'Lead officer',
        '',
        'HR',
        '',
        'Target date',
        '',
        'by autumn 2025',
      ].join('\n'),
    );
    const plan = data as ActionPlan;
    expect(plan.kind).toBe('action-plan');
    expect(plan.actions.map((a) => [a.ref, a.title, a.leads, a.timescale?.end])).toEqual([
      ['1', 'Review the complaints process', ['Head of Customer Services', 'Equality Lead'], '2026-03-31'],
      ['2', 'Set up a staff disability network', ['HR'], '2025-11-30'],
    ]);
  });

  it('dates a bullet with the line under it that holds only a deadline', () => {
    const { data } = parse(['Equality Action Plan', '', 'The actions we will take are:', '', '- Audit the website for accessibility', 'By June 2025', '- Publish the gender pay gap', 'By March 2026'].join('\n'));
    const plan = data as ActionPlan;
    expect(plan.actions.map((a) => [a.title, a.timescale?.end])).toEqual([
      ['Audit the website for accessibility', '2025-06-30'],
      ['Publish the gender pay gap', '2026-03-31'],
    ]);
  });

  it('tracks an objective with fields right under it as an action of its own theme', () => {
    const { data } = parse(
      ['Equality objectives', '', 'Objective 1: Close the pay gap', 'Lead officer: Head of HR', 'Target date: March 2026', '', 'Objective 2: Accessible buildings', 'Lead officer: Estates Manager', 'Target date: December 2025'].join('\n'),
    );
    const doc = data as Strategy;
    expect(doc.themes.map((t) => t.title)).toEqual(['Close the pay gap', 'Accessible buildings']);
    expect(doc.actions.map((a) => [a.leads, a.timescale?.end])).toEqual([
      [['Head of HR'], '2026-03-31'],
      [['Estates Manager'], '2025-12-31'],
    ]);
  });

  it('titles a "Theme 2 – 4 actions" label by its label, keeping the count as its description', () => {
    const { data } = parse(['Equality Action Plan', '', 'Theme 1 – 2 actions', '', 'Action 1.1: Audit the website', 'Lead officer: Digital team', '', 'Theme 2 – 1 action', '', 'Action 2.1: Publish pay gap data', 'Lead officer: HR'].join('\n'));
    const plan = data as ActionPlan;
    expect(plan.themes.map((t) => [t.title, t.description])).toEqual([
      ['Theme 1', 'Theme 1 – 2 actions'],
      ['Theme 2', 'Theme 2 – 1 action'],
    ]);
    expect(plan.actions.map((a) => a.leads)).toEqual([['Digital team'], ['HR']]);
  });

  it('makes "Theme – N actions" bullets themes', () => {
    const { data } = parse(['Draft Equality Action Plan', '', 'The actions reflect three of our priorities. These are:', '', '- Housing – 4 actions', '- Transport – 1 action', '- Our staff – 6 actions'].join('\n'));
    expect((data as ActionPlan).themes.map((t) => t.title)).toEqual(['Housing', 'Transport', 'Our staff']);
  });
});

describe('peer reviews', () => {
  it('reads strengths and areas for improvement under their lead-ins', () => {
    const { data } = parse(
      [
        'The peer team assessed the service at the Achieving level of the framework.',
        '',
        'The assessors found these strengths:',
        '',
        '- Visible leadership',
        '- Good use of data',
        '',
        'They also noted areas for improvement:',
        '',
        '- Member training',
      ].join('\n'),
    );
    const review = data as PeerReview;
    expect(review.kind).toBe('peer-review');
    expect(review.areas.flatMap((a) => a.strengths)).toEqual(['Visible leadership', 'Good use of data']);
    expect(review.areas.flatMap((a) => a.improvements)).toEqual(['Member training']);
  });
});
