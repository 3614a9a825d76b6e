/**
 * Edges of statusTrend, explainChange and normaliseStatus found by mutation
 * testing (bench/results/mutation.md): movement around excluded statuses
 * and between equal ranks, the figures explainChange watches, the misuse
 * message of statusTrend, and how normaliseStatus cleans a phrase (letters,
 * apostrophes, separators) and picks the longest phrase of a vocabulary.
 */
import { describe, expect, it } from 'vitest';
import { explainChange, normaliseStatus, statusTrend } from '../../src/index.js';
import type { Timescale, TrackedItem } from '../../src/index.js';
import { deepFreeze } from './fixtures.js';

const by = (end: string): Timescale => ({ text: `by ${end}`, kind: 'date', end });

/** Due 2006-03-31, cancelled on 2006-05-01 (an update), with a baseline and a milestone. */
const ITEM: TrackedItem = deepFreeze({
  timescale: by('2006-03-31'),
  baselineTimescale: by('2006-02-28'),
  milestones: [{ text: 'draft', timescale: by('2006-02-15') }],
  updates: [
    { date: '2006-01-10', status: 'in-progress', percentComplete: 20, rag: 'green' },
    { date: '2006-05-01', status: 'cancelled' },
  ],
});

describe('statusTrend', () => {
  it('gives no movement into, out of or between excluded statuses, and "same" between equal ranks', () => {
    const points = statusTrend(ITEM, ['2006-01-31', '2006-02-10', '2006-04-30', '2006-05-31', '2006-06-30']);
    expect(points.map((p) => [p.status, p.rule, p.movement])).toEqual([
      ['green', 'default', null],
      ['green', 'default', 'same'],
      ['red', 'overdue', 'worse'],
      ['cancelled', 'excluded', null],
      ['cancelled', 'excluded', null],
    ]);
    expect(points[3]).toMatchObject({ date: '2006-05-31', label: 'Cancelled', rank: -1 });
    expect(points[2]?.reason).toMatch(/^due 2006-03-31, 30 days late/);
  });

  it('gives "better" after an excluded point only from a ranked one', () => {
    const reopened: TrackedItem = deepFreeze({ timescale: by('2006-12-31'), updates: [{ date: '2006-02-01', status: 'on-hold' }, { date: '2006-03-01', status: 'deferred' }, { date: '2006-04-01', status: 'in-progress' }] });
    expect(statusTrend(reopened, ['2006-02-15', '2006-03-15', '2006-04-15']).map((p) => p.movement)).toEqual([null, null, null]);
  });

  it('gives an empty trend for no dates, and names what it was given instead of a list', () => {
    expect(statusTrend(ITEM, [])).toEqual([]);
    expect(() => statusTrend(ITEM, '2006-01-31' as never)).toThrow(new RangeError('statusTrend: unexpected dates `2006-01-31`, expected a list of real calendar dates as YYYY-MM-DD'));
  });
});

describe('explainChange', () => {
  it('lists each watched figure that changed, in a fixed order (a RAG and percentage carry on from earlier updates)', () => {
    const e = explainChange(ITEM, '2006-01-31', '2006-05-31');
    expect(e.changes).toEqual([
      { figure: 'status', from: 'in-progress', to: 'cancelled' },
      { figure: 'lastUpdate', from: '2006-01-10', to: '2006-05-01' },
      { figure: 'milestonesMissed', from: 0, to: 1 },
    ]);
    expect(e).toMatchObject({ changed: true, direction: 'not-comparable' });
    expect(e.explanation).toBe(`Green (default) on 2006-01-31 became Cancelled (excluded) on 2006-05-31: ${e.to.reason}`);
  });

  it('names completion and a re-dating among the changes', () => {
    const item: TrackedItem = deepFreeze({
      timescale: by('2006-03-31'),
      updates: [
        { date: '2006-02-01', revisedTimescale: by('2006-06-30') },
        { date: '2006-06-01', status: 'complete' },
      ],
    });
    const e = explainChange(item, '2006-01-15', '2006-06-15');
    expect(e.changes.map((c) => c.figure)).toEqual(['status', 'complete', 'due', 'baselineDue', 'percentComplete', 'lastUpdate']);
    expect(e.changes.find((c) => c.figure === 'due')).toEqual({ figure: 'due', from: '2006-03-31', to: '2006-06-30' });
    expect(e.changes.find((c) => c.figure === 'complete')).toEqual({ figure: 'complete', from: false, to: true });
    expect(e.direction).toBe('better');
  });

  it('is not comparable from an excluded status either, and says "on both" when unchanged', () => {
    const e = explainChange(ITEM, '2006-05-31', '2006-06-30');
    expect(e).toMatchObject({ changed: false, direction: 'not-comparable', changes: [] });
    expect(e.explanation).toBe(`Cancelled on both 2006-05-31 and 2006-06-30 (excluded): ${e.to.reason}`);
  });
});

describe('normaliseStatus', () => {
  it('keeps a lone letter before a status word as a word of its own', () => {
    expect(normaliseStatus('A complete rethink is needed')).toBeUndefined();
    expect(normaliseStatus('Complete: a new approach')).toBe('complete');
  });

  it('drops apostrophes inside a word, and reads digits and punctuation as spaces', () => {
    const vocabulary = { "can't start": 'pending' } as const;
    expect(normaliseStatus("Can't start yet", { vocabulary })).toBe('pending');
    expect(normaliseStatus('Cant start', { vocabulary })).toBe('pending');
    expect(normaliseStatus('Can t start', { vocabulary })).toBeUndefined();
    expect(normaliseStatus('...in---progress 2009', {})).toBe('in-progress');
    expect(normaliseStatus('on hold2009')).toBe('on-hold');
  });

  it("reads 'z' as a letter, and a dash or ellipsis past 'z' as a space", () => {
    expect(normaliseStatus('Frozen', { vocabulary: { fro: 'pending' } })).toBeUndefined();
    expect(normaliseStatus('Complete—see notes')).toBe('complete');
    expect(normaliseStatus('Complete…')).toBe('complete');
  });

  it('picks the longest phrase that opens the text, whatever the order of the vocabulary', () => {
    expect(normaliseStatus('With legal team', { vocabulary: { with: 'pending', 'with legal': 'cancelled' } })).toBe('cancelled');
    expect(normaliseStatus('With legal team', { vocabulary: { 'with legal': 'cancelled', with: 'pending' } })).toBe('cancelled');
    expect(normaliseStatus('Not complete')).toBe('in-progress');
    expect(normaliseStatus('Not yet started')).toBe('not-started');
  });

  it('of two phrases that read the same, takes the first listed', () => {
    expect(normaliseStatus('On hold', { vocabulary: { 'On hold': 'pending', 'on-hold': 'deferred' } })).toBe('pending');
  });

  it('falls back on the default vocabulary, and gives undefined for text that is not a string', () => {
    expect(normaliseStatus('Complete', { vocabulary: { 'with legal': 'pending' } })).toBe('complete');
    expect(normaliseStatus(2009 as never)).toBeUndefined();
    expect(normaliseStatus('--- 2009 ---')).toBeUndefined();
  });
});
