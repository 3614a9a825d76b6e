import { describe, expect, it } from 'vitest';
import {
  ActionPlanSchema,
  ActionSchema,
  EqualityDocumentSchema,
  FrameworkSchema,
  IsoDateSchema,
  PeerReviewSchema,
  ProgressUpdateSchema,
  RecommendationSchema,
  ReviewSchema,
  StrategySchema,
  TimescaleSchema,
  isIsoDate,
  type Action,
  type ActionInput,
  type EqualityDocument,
  type Recommendation,
} from '../../src/index.js';

/** Seed 001, action 6, written by hand as the model holds it. */
const action6: ActionInput = {
  id: 'a6',
  ref: '6',
  title:
    'To organise and host the third summit for Regional Leaders to discuss equality & diversity, cohesion and inclusion agendas in an open and honest way reflecting on what has been achieved over the last 12 mths and what work should be undertaken within the region in the next 12 mths.',
  methods: [
    {
      text: 'Set up a working-group which will be responsible for indentifying:',
      children: [
        { text: 'costs – fundraising where necessary' },
        { text: 'suitable venues' },
        { text: 'suitable speakers and chair' },
        { text: 'agree agenda and focus' },
        { text: 'issuing invitations' },
        { text: 'brief speakers' },
        { text: 'brief media' },
        { text: 'organize event' },
      ],
    },
  ],
  timescale: {
    text: 'August 2008 – April 2009 (for Year 3) August 2009 – April 2010 (for Year 4)',
    kind: 'range',
    start: '2008-08-01',
    end: '2010-04-30',
    periods: [
      { text: 'August 2008 – April 2009', kind: 'range', start: '2008-08-01', end: '2009-04-30', label: 'Year 3' },
      { text: 'August 2009 – April 2010', kind: 'range', start: '2009-08-01', end: '2010-04-30', label: 'Year 4' },
    ],
  },
  leads: ['Roger McKenzie'],
  outputs: [
    { text: 'Working-group set-up by August 2007' },
    { text: 'Costs and funding identified by October' },
    { text: 'Venue and speakers booked and outline agenda agreed by November' },
    { text: 'Event hosted by April 2009' },
    { text: 'Feedback circulated and on WMRA website' },
  ],
  milestones: [
    {
      text: 'Working-group set-up by August 2007',
      timescale: { text: 'by August 2007', kind: 'month', end: '2007-08-31' },
    },
    {
      text: 'Costs and funding identified by October',
      timescale: { text: 'by October', kind: 'month', end: '2008-10-31', yearAssumed: true },
    },
    {
      text: 'Venue and speakers booked and outline agenda agreed by November',
      timescale: { text: 'by November', kind: 'month', end: '2008-11-30', yearAssumed: true },
    },
    { text: 'Event hosted by April 2009', timescale: { text: 'by April 2009', kind: 'month', end: '2009-04-30' } },
  ],
  outcomes: [
    'The profile of the West Midlands social capital, equality and diversity agendas brought to the attention of regional leaders.',
    'Regional leaders will have the opportunity to contribute to the agendas of both the Partnership and EHRC and identify key areas which they should focus on.',
  ],
  source: { document: '001-rspe-action-plan-2008-10.tsv', line: 22 },
};

/** Seed 000, R10, with its impossible date. */
const r10: Recommendation = {
  id: 'R10',
  ref: 'R10',
  text: 'That a secretariat is developed to support regional working with clear progress demonstrated by 31 June 2006. An initial approach could be the creation of a “virtual secretariat”, made up of individuals within various organisations who provide a proportion of their time to support joint working',
  owners: [],
  timescale: {
    text: 'by 31 June 2006',
    kind: 'invalid',
    end: '2006-06-30',
    diagnostics: [
      {
        code: 'invalid-date',
        severity: 'error',
        message: 'Unexpected `31 June 2006`, expected a real calendar date; nearest is 2006-06-30',
        text: '31 June 2006',
      },
    ],
  },
  actionIds: [],
  updates: [],
  themeIds: [],
  source: { document: '000-wmra-review-recommendations.md', line: 36 },
};

function roundTrip<T>(schema: { parse(value: unknown): T }, value: unknown): T {
  const parsed = schema.parse(value);
  const again = schema.parse(JSON.parse(JSON.stringify(parsed)));
  expect(again).toEqual(parsed);
  return again;
}

describe('the model', () => {
  it('holds seed 001 action 6 and round-trips it through JSON', () => {
    const a: Action = roundTrip(ActionSchema, action6);
    expect(a.methods[0]?.children).toHaveLength(8);
    expect(a.timescale?.periods?.map((p) => p.label)).toEqual(['Year 3', 'Year 4']);
    expect(a.updates).toEqual([]);
    expect(a.themeIds).toEqual([]);
  });

  it('holds seed 000 R10 with its invalid date and diagnostic', () => {
    const r = roundTrip(RecommendationSchema, r10);
    expect(r.timescale?.kind).toBe('invalid');
    expect(r.timescale?.diagnostics?.[0]?.code).toBe('invalid-date');
  });

  it('round-trips every document kind inside the union', () => {
    const docs: EqualityDocument[] = [
      ReviewSchema.parse({ kind: 'review', title: 'Strategic Review of Equalities and Diversity', recommendations: [r10] }),
      ActionPlanSchema.parse({ kind: 'action-plan', title: 'Action Plan 2008/10', actions: [action6] }),
      StrategySchema.parse({
        kind: 'strategy',
        title: 'West Midlands Race Equalities Taskforce - Independent Strategy',
        date: '2023-03-17',
        themes: [{ id: 'transport', title: 'Transport', mission: 'Connect lives through a sustainable and accessible transport network.' }],
        crossCuttingPriorities: [{ id: 'data', title: 'Improving data and evidence on race inequality' }],
        principles: [{ id: 'coproduction', title: 'Valuing coproduction' }],
        metadata: { 'Portfolio Lead': 'Inclusive Communities - Councillor Kerrie Carmichael' },
      }),
      PeerReviewSchema.parse({
        kind: 'peer-review',
        areas: [
          {
            ref: '4.1',
            title: 'Employment and Training',
            strengths: ['The Council has qualified to use the Two Ticks disability symbol.'],
            improvements: ['Closer relationships should be established with Trade Unions on furthering the equality agenda.'],
            actions: [{ id: '4.1-a1', title: 'Equality Officer to attend trade union meeting on request.', leads: ['FS', 'JP'], timescale: { text: 'March 2010', kind: 'month', start: '2010-03-01', end: '2010-03-31' } }],
          },
        ],
      }),
    ];
    for (const doc of docs) expect(roundTrip(EqualityDocumentSchema, doc).kind).toBe(doc.kind);
  });

  it('validates dates as real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2006-06-31')).toBe(false);
    expect(isIsoDate('2006-6-30')).toBe(false);
    expect(isIsoDate(20060630)).toBe(false);
    expect(IsoDateSchema.safeParse('2006-13-01').success).toBe(false);
  });

  it('rejects invalid input with issues that name the path', () => {
    const bad = ActionSchema.safeParse({
      ...action6,
      timescale: { text: '31 June 2006', kind: 'date', end: '2006-06-31' },
      percentComplete: 140,
      status: 'nearly-done',
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['percentComplete', 'status', 'timescale.end']);

    const deep = EqualityDocumentSchema.safeParse({
      kind: 'action-plan',
      title: 'Plan',
      actions: [action6, { ...action6, id: 'a7', updates: [{ date: '2008-06-31', percentComplete: 10 }] }],
    });
    expect(deep.error?.issues[0]?.path).toEqual(['actions', 1, 'updates', 0, 'date']);

    expect(ProgressUpdateSchema.safeParse({ date: '2008-06-30', rag: 'purple' }).error?.issues[0]?.path).toEqual(['rag']);
    expect(EqualityDocumentSchema.safeParse({ kind: 'minutes', title: 'x' }).success).toBe(false);
    expect(TimescaleSchema.safeParse({ text: 'x', kind: 'someday' }).error?.issues[0]?.path).toEqual(['kind']);
  });

  it('accepts a council framework as plain data', () => {
    const f = FrameworkSchema.parse({
      id: 'eflg',
      name: 'Equality Framework for Local Government',
      levels: [{ id: 'developing', label: 'Developing' }, { id: 'achieving', label: 'Achieving' }, { id: 'excellent', label: 'Excellent' }],
      vocabulary: [{ field: 'leads', headers: ['Responsible officer'] }],
    });
    expect(f.levels.map((l) => l.id)).toEqual(['developing', 'achieving', 'excellent']);
    expect(FrameworkSchema.safeParse({ id: '', name: 'x' }).error?.issues[0]?.path).toEqual(['id']);
  });
});
