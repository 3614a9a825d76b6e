/**
 * An objective's own timescale: the one all its actions share (a table row
 * whose actions share its timescale cell, an objective with sub-objectives),
 * and the repeat its measure of success names. Invented plans.
 */
import { describe, expect, it } from 'vitest';
import { interpretActionPlan } from '../../src/interpret/interpretActionPlan.js';
import { interpretStrategy } from '../../src/interpret/interpretStrategy.js';
import { shareThemeTimescales } from '../../src/interpret/_structure/themeTimescales.js';
import { ActionPlanSchema, StrategySchema, type Theme } from '../../src/model/plan.js';
import type { Action } from '../../src/model/action.js';
import { readCsv } from '../../src/read/csv/readCsv.js';
import { deepFreeze, doc, table } from './prose/_build.js';

const CSV = [
  'No.,Objective,Action,Lead,Timescale',
  '1.,Widen access to library services,1.1 Survey branch users,Libraries team,Summer 2031',
  ',,1.2 Publish a large-print catalogue,Libraries team,summer 2031',
  '2.,Support carers in work,2.1 Write a carers policy,HR,March 2031',
  ',,2.2 Train line managers,HR,Ongoing',
  '',
].join('\n');

function action(id: string, themeIds: string[], timescale?: Action['timescale']): Action {
  return { id, title: id, methods: [], leads: [], outputs: [], milestones: [], outcomes: [], comments: [], indicators: [], themeIds, priorityIds: [], recommendationIds: [], characteristics: [], updates: [], ...(timescale === undefined ? {} : { timescale }) };
}

describe('an objective takes the timescale its actions share', () => {
  const { data } = interpretActionPlan(deepFreeze(readCsv(CSV).data));

  it('gives the objective whose actions agree their timescale, however spelled', () => {
    expect(() => ActionPlanSchema.parse(data)).not.toThrow();
    expect(data.themes[0]?.timescale).toEqual({ text: 'Summer 2031', kind: 'season', start: '2031-06-01', end: '2031-08-31' });
  });

  it('gives none to an objective whose actions differ', () => {
    expect(data.themes[1]?.title).toBe('Support carers in work');
    expect(data.themes[1]?.timescale).toBeUndefined();
  });

  it('counts the actions of sub-objectives, and keeps a timescale the objective has', () => {
    const ongoing = { text: 'Ongoing', kind: 'ongoing' as const };
    const themes: Theme[] = [
      { id: 'p', title: 'Parent', priorities: [] },
      { id: 'c1', title: 'Child one', priorities: [], parentId: 'p' },
      { id: 'c2', title: 'Child two', priorities: [], parentId: 'p' },
      { id: 'own', title: 'Own', priorities: [], timescale: { text: '2032', kind: 'year', start: '2032-01-01', end: '2032-12-31' } },
      { id: 'bare', title: 'No actions', priorities: [] },
    ];
    shareThemeTimescales(themes, [action('a', ['c1'], ongoing), action('b', ['c2'], { ...ongoing, text: 'ongoing' }), action('c', ['own'], ongoing)]);
    expect(themes.map((t) => t.timescale?.text)).toEqual(['Ongoing', 'Ongoing', 'ongoing', '2032', undefined]);
  });

  it('walks deep sub-themes once each, and ends on a cycle of parents', () => {
    const june = { text: 'June 2031', kind: 'month' as const, start: '2031-06-01', end: '2031-06-30' };
    const chain: Theme[] = Array.from({ length: 5000 }, (_, k) => ({ id: `t${k}`, title: `T${k}`, priorities: [], ...(k === 0 ? {} : { parentId: `t${k - 1}` }) }));
    shareThemeTimescales(chain, [action('a', ['t4999'], june), action('b', ['t10'], june)]);
    expect(chain[0]?.timescale).toEqual(june);
    expect(chain[11]?.timescale).toEqual(june);
    const loop: Theme[] = [{ id: 'x', title: 'X', priorities: [], parentId: 'y' }, { id: 'y', title: 'Y', priorities: [], parentId: 'x' }];
    shareThemeTimescales(loop, [action('a', ['x'], june)]);
    expect(loop[0]?.timescale).toEqual(june);
  });

  it('gives none when an action has no timescale or an unreadable one', () => {
    const themes: Theme[] = [{ id: 't', title: 'T', priorities: [] }, { id: 'u', title: 'U', priorities: [] }];
    shareThemeTimescales(themes, [action('a', ['t'], { text: 'May 2031', kind: 'month', start: '2031-05-01', end: '2031-05-31' }), action('b', ['t']), action('c', ['u'], { text: 'TBC', kind: 'unknown' })]);
    expect(themes.map((t) => t.timescale)).toEqual([undefined, undefined]);
  });
});

describe("an objective's measure of success gives its repeat", () => {
  const { data } = interpretStrategy(
    deepFreeze(
      doc('markdown', [
        table(
          [
            ['Objective', 'How we will know'],
            ['Objective 1: Make parks welcoming to everyone', 'Visitor views gathered in the biennial parks census'],
            ['Objective 2: Close the pay gap', 'Pay gap narrows each year to 2033'],
            ['Objective 3: Train every councillor', 'All councillors trained'],
          ],
          1,
        ),
      ]),
    ),
  );

  it('reads "biennial" in the measure as every 2 years', () => {
    expect(() => StrategySchema.parse(data)).not.toThrow();
    expect(data.themes.map((t) => t.ref)).toEqual(['1', '2', '3']);
    expect(data.themes[0]?.timescale).toEqual({ text: 'biennial', kind: 'ongoing', recurrence: 'every 2 years' });
    expect(data.themes[1]?.timescale?.recurrence).toBe('annually');
    expect(data.themes[2]?.timescale).toBeUndefined();
  });
});
