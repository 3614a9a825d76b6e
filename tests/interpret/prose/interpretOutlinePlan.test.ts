import { describe, expect, it } from 'vitest';
import { interpretOutlinePlan } from '../../../src/interpret/interpretOutlinePlan.js';
import { ActionPlanSchema } from '../../../src/model/plan.js';
import { deepFreeze, doc, para } from './_build.js';

// Shaped like examples/data/003-wmca-equity-inclusion-objective-3.txt (two sub-objectives).
const outline = deepFreeze(
  doc('text', [
    para('Skip to main content', 1),
    para('Equity and Inclusion Scheme 2022-24', 3),
    para('Equity and Inclusion Action Plan - Objective 3', 5),
    para('Ensure equity is embedded within all key WMCA work areas, the WMCA has a strong regional influencing role around the equalities agenda', 7),
    para('Embedding equitable outcomes', 10),
    para('Ensure equitable considerations are embedded within all key WMCA work areas', 13),
    para('Actions required', 15),
    para('Revisit outcomes for groups disproportionately affected by COVID-19 and take action to address impact', 19),
    para('Develop clear diversity objectives and ensure progress is monitored and reported on in', 21),
    para('Social Value', 44),
    para('Deliver equity through procurement', 47),
    para('Actions required', 49),
    para('Continue to include equality considerations in key procurement documents', 51),
    para('Ensure equality remains a mandatory assessment criterion as part of the PQQ process', 53),
    para('Collect diversity data on business procurement', 57),
  ]),
);

describe('interpretOutlinePlan', () => {
  const { data, diagnostics } = interpretOutlinePlan(outline, { source: '003.txt' });

  it('is schema-valid with title, period and objective sentence', () => {
    expect(ActionPlanSchema.safeParse(data).success).toBe(true);
    expect(data.title).toBe('Equity and Inclusion Action Plan - Objective 3');
    expect(data.period).toMatchObject({ start: '2022-04-01', end: '2024-03-31' });
    expect(data.description).toMatch(/^Ensure equity is embedded/);
    expect(data.metadata).toEqual({ actionsHeading: 'Actions required', objective: 'Objective 3', scheme: 'Equity and Inclusion Scheme 2022-24' });
  });

  it('turns sub-objectives into themes with their aims', () => {
    expect(data.themes.map((t) => [t.id, t.title, t.aim])).toEqual([
      ['theme-1', 'Embedding equitable outcomes', 'Ensure equitable considerations are embedded within all key WMCA work areas'],
      ['theme-2', 'Social Value', 'Deliver equity through procurement'],
    ]);
  });

  it('gives each action its theme', () => {
    expect(data.actions.map((a) => [a.id, a.themeIds])).toEqual([
      ['a1', ['theme-1']],
      ['a2', ['theme-1']],
      ['a3', ['theme-2']],
      ['a4', ['theme-2']],
      ['a5', ['theme-2']],
    ]);
    expect(data.actions[2]?.source).toEqual({ document: '003.txt', line: 51, column: 1 });
  });

  it('keeps the truncated sentence and flags it with its line', () => {
    expect(data.actions[1]?.title).toMatch(/reported on in$/);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'truncated-text', severity: 'warning', line: 21 }));
  });

  it('keeps "Skip to main content" in an info diagnostic', () => {
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'skipped-boilerplate', severity: 'info', line: 1, text: 'Skip to main content' }));
  });

  it('warns when there is no "Actions required" line', () => {
    const r = interpretOutlinePlan(doc('text', [para('A plan', 1), para('Some words here.', 2)]));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['no-actions']);
    expect(r.data.title).toBe('A plan');
    expect(r.data.body[0]?.paragraphs).toEqual(['Some words here.']);
  });
});
