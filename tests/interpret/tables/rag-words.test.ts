/**
 * A RAG column written in words: trackers put the status in it ("Not
 * started", "On track"), or a status and a colour ("Completed - Green"). The
 * status is read, the colour too, and what does not fit is kept as written.
 */
import { describe, expect, it } from 'vitest';
import { interpretActionPlan } from '../../../src/interpret/interpretActionPlan.js';
import { ragWords } from '../../../src/interpret/_table/fields.js';
import { readCsv } from '../../../src/read/csv/readCsv.js';

const plan = (csv: string) => interpretActionPlan(readCsv(csv).data).data;

describe('a RAG column written in words', () => {
  it('gives the status, and the colour where one is named', () => {
    const actions = plan(
      [
        'Ref,Action,Lead,Timescale,RAG',
        '1,Train staff,HR,March 2026,Not started',
        '2,Audit the website,Digital,May 2026,In progress',
        '3,Review the policy,HR,June 2026,Completed - Green',
        '4,Survey residents,Insight,June 2026,Amber (delayed)',
        '5,Publish the report,Comms,April 2026,Green',
        '6,Check the forms,HR,June 2026,See note 4',
      ].join('\n'),
    ).actions;
    expect(actions.map((a) => [a.ref, a.status, a.rag, a.extra])).toEqual([
      ['1', 'not-started', undefined, undefined],
      ['2', 'in-progress', undefined, undefined],
      ['3', 'complete', 'green', undefined],
      ['4', 'deferred', 'amber', undefined],
      ['5', undefined, 'green', undefined],
      ['6', undefined, undefined, { RAG: 'See note 4' }],
    ]);
  });

  it('keeps the words as written when a Status column said the status already', () => {
    const [action] = plan('Action,Status,RAG\nTrain staff,In progress,Delayed\n').actions;
    expect(action?.status).toBe('in-progress');
    expect(action?.extra).toEqual({ RAG: 'Delayed' });
  });

  it('reads a part that is both a status and a colour as the colour only when no other part names one', () => {
    expect(ragWords('Complete')).toEqual({ status: 'complete', rag: 'blue' });
    expect(ragWords('Complete / Green')).toEqual({ status: 'complete', rag: 'green' });
    expect(ragWords('Red - not started')).toEqual({ status: 'not-started', rag: 'red' });
    expect(ragWords('Not started; on hold; red; late')).toBeUndefined();
    expect(ragWords('Green: actions complete')).toBeUndefined();
    expect(ragWords('')).toBeUndefined();
  });
});
