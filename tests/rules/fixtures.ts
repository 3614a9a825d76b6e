/**
 * Typed fixtures transcribed from the sample documents in examples/data.
 * Timescales are written by hand (already resolved ISO dates), as
 * parseTimescale would give them; the tests do not depend on it.
 */
import type { Action, Indicator, Milestone, Recommendation, Timescale } from '../../src/index.js';
import { deepFreeze } from '../_support/deepFreeze.js';

export { deepFreeze };


const range = (text: string, start: string, end: string): Timescale => ({ text, kind: 'range', start, end });

/** examples/data/000 — R4, "by 31 March 2006". */
export const R4: Recommendation = deepFreeze({
  id: 'R4',
  ref: 'R4',
  text: 'That Regional Concordat partners nominate an identified Board Member, Elected Member or Senior Officer as an internal Equalities and Diversity Champion by 31 March 2006.',
  owners: ['Regional Concordat partners'],
  timescale: { text: 'by 31 March 2006', kind: 'date', end: '2006-03-31' },
  actionIds: [],
  updates: [],
  themeIds: [],
});

const APR08_MAR10 = 'April 2008 – March 2010';

function action(
  ref: string,
  title: string,
  timescale: Timescale,
  lead: string,
  extra: Partial<Action> = {},
): Action {
  return {
    id: `rspe-${ref}`,
    ref,
    title,
    methods: [],
    timescale,
    leads: [lead],
    outputs: [],
    milestones: [],
    outcomes: [],
    comments: [],
    indicators: [],
    themeIds: [],
    priorityIds: [],
    recommendationIds: [],
    characteristics: [],
    updates: [],
    ...extra,
  };
}

/** Action 6's milestones ("by October" etc. resolved inside the 2008/10 plan). */
export const ACTION_6_MILESTONES: Milestone[] = [
  { text: 'Working-group set-up by August 2007', timescale: { text: 'by August 2007', kind: 'month', end: '2007-08-31' } },
  { text: 'Costs and funding identified by October', timescale: { text: 'by October', kind: 'month', end: '2008-10-31', yearAssumed: true } },
  {
    text: 'Venue and speakers booked and outline agenda agreed by November',
    timescale: { text: 'by November', kind: 'month', end: '2008-11-30', yearAssumed: true },
  },
  { text: 'Event hosted by April 2009', timescale: { text: 'by April 2009', kind: 'month', end: '2009-04-30' } },
  { text: 'Feedback circulated and on WMRA website' },
];

/** Action 9's measurable "Four learning opportunities/events by March 2009". */
export const LEARNING_EVENTS: Indicator = {
  id: 'learning-events',
  title: 'Four learning opportunities/events by March 2009',
  unit: 'events',
  direction: 'higher',
  target: 4,
  due: '2009-03-31',
  actuals: [],
};

/** examples/data/001 — the sixteen actions of the RSPE Action Plan 2008/10. */
export const RSPE_ACTIONS: Action[] = deepFreeze([
  action('1', 'To develop the Future Options for the Partnership', range('April 2008 – December 2008', '2008-04-01', '2008-12-31'), 'John Hall'),
  action('2', 'To continue to work with the Regional Hub for EHRC', range(APR08_MAR10, '2008-04-01', '2010-03-31'), 'Zahid Nawaz'),
  action('3', 'To continue to represent the region on the Regional EHRC Network', range(APR08_MAR10, '2008-04-01', '2010-03-31'), 'Zahid Nawaz'),
  action('4', 'To continue act as the Steering Body for the SCED Programme', range('April 2008 – March 2009', '2008-04-01', '2009-03-31'), 'Jeremy Bruce'),
  action('5', 'To continue to develop the Social Inclusion Indicators Index', range(APR08_MAR10, '2008-04-01', '2010-03-31'), 'Jeremy Bruce'),
  action(
    '6',
    'To organise and host the third summit for Regional Leaders',
    {
      text: 'August 2008 – April 2009 (for Year 3) August 2009 – April 2010 (for Year 4)',
      kind: 'range',
      start: '2008-08-01',
      end: '2010-04-30',
      periods: [
        { text: 'August 2008 – April 2009', kind: 'range', start: '2008-08-01', end: '2009-04-30', label: 'Year 3' },
        { text: 'August 2009 – April 2010', kind: 'range', start: '2009-08-01', end: '2010-04-30', label: 'Year 4' },
      ],
    },
    'Roger McKenzie',
    { milestones: ACTION_6_MILESTONES },
  ),
  action(
    '7',
    'To prepare and publish an Annual Report for 2008/09',
    {
      text: 'September 2008 – June 2009 (for Year 3) September 2009 – March 2010 (for Year 4)',
      kind: 'range',
      start: '2008-09-01',
      end: '2010-03-31',
      periods: [
        { text: 'September 2008 – June 2009', kind: 'range', start: '2008-09-01', end: '2009-06-30', label: 'Year 3' },
        { text: 'September 2009 – March 2010', kind: 'range', start: '2009-09-01', end: '2010-03-31', label: 'Year 4' },
      ],
    },
    'Marie Greer',
  ),
  action('8', 'To ensure that the 2012 Games are a model of good practice', range(APR08_MAR10, '2008-04-01', '2010-03-31'), 'Zahid Nawaz'),
  action('9', 'To encourage and promote consideration of all equality strands', range('April 2008 - March 2010', '2008-04-01', '2010-03-31'), 'Frank Reeves', {
    indicators: [LEARNING_EVENTS],
  }),
  action('10', 'To establish structures to support the broad cohesion agenda', range('July 2008- March 2010', '2008-07-01', '2010-03-31'), 'Ranuka Jagpal'),
  action('11', 'To establish a Memorandum of Understanding with WMREAB', range('April 2008 – March 2009', '2008-04-01', '2009-03-31'), 'Ranuka Jagpal'),
  action('12', 'To assess how best the European Charter can be signed-up to', range('April 2008 – March 2009', '2008-04-01', '2009-03-31'), 'John Hall'),
  action('13', 'To help take forward the European priorities on Social Cohesion', range(APR08_MAR10, '2008-04-01', '2010-03-31'), 'Marie Greer'),
  action('14', 'To act as an advisory group to the Economic Inclusion Panel', range(APR08_MAR10, '2008-04-01', '2010-03-31'), 'Marie Greer'),
  action('15', 'To act as an advisory group to Advantage West Midlands', range(APR08_MAR10, '2008-04-01', '2010-03-31'), 'Marie Greer'),
  action('16', "To keep a 'watching brief' on Human Rights issues", range(APR08_MAR10, '2008-04-01', '2010-03-31'), 'Asif Afridi'),
]);

export function rspe(ref: string): Action {
  const a = RSPE_ACTIONS.find((x) => x.ref === ref);
  if (!a) throw new Error(`no action ${ref}`);
  return a;
}
