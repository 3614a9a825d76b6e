/**
 * The reason sentence of ragStatus, part by part, found by mutation testing
 * (bench/results/mutation.md) to be checked only in its common forms: early,
 * on time and due today; one day against several; working days; the
 * excluded statuses; no deadline; percent complete with and without time
 * elapsed; one milestone missed; the staleness boundary; the original due
 * date; when a reported RAG is said to be overruled; and the `{name}` tokens
 * of a council's own reason templates.
 */
import { describe, expect, it } from 'vitest';
import { ragStatus } from '../../src/index.js';
import type { ProgressRulesInput, RagStatusOptions, Timescale, TrackedItem } from '../../src/index.js';
import { deepFreeze } from './fixtures.js';

const by = (end: string): Timescale => ({ text: `by ${end}`, kind: 'date', end });
const reason = (item: TrackedItem, asOf: string, options: Omit<RagStatusOptions, 'asOf'> = {}): string => ragStatus(deepFreeze(item), { asOf, ...options }).reason;

describe('how late or early', () => {
  const due = by('2006-03-31');

  it('a complete item: early, on time, or late, in days', () => {
    expect(reason({ timescale: due, status: 'complete', completedOn: '2006-03-21' }, '2006-06-30')).toBe('complete on 2006-03-21, due 2006-03-31, 10 days early');
    expect(reason({ timescale: due, status: 'complete', completedOn: '2006-03-30' }, '2006-06-30')).toBe('complete on 2006-03-30, due 2006-03-31, 1 day early');
    expect(reason({ timescale: due, status: 'complete', completedOn: '2006-03-31' }, '2006-06-30')).toBe('complete on 2006-03-31, due 2006-03-31, on time');
    expect(reason({ timescale: due, status: 'complete', completedOn: '2006-04-01' }, '2006-06-30')).toBe('complete on 2006-04-01, due 2006-03-31, 1 day late');
  });

  it('a complete item with no completion date: the due date alone', () => {
    expect(reason({ timescale: due, status: 'complete' }, '2006-06-30')).toBe('complete, due 2006-03-31');
  });

  it('an open item: days to go, due today, or late', () => {
    expect(reason({ timescale: due }, '2006-03-30')).toBe('due 2006-03-31, 1 day to go');
    expect(reason({ timescale: due }, '2006-03-31')).toBe('due 2006-03-31, due today');
    expect(reason({ timescale: due }, '2006-04-01')).toBe('due 2006-03-31, 1 day late');
  });

  it('in working days when asked, one or several', () => {
    // Fri 31 March 2006 → Mon 3 April: one working day; → Wed 5 April: three.
    expect(reason({ timescale: due }, '2006-04-03', { workingDays: true })).toBe('due 2006-03-31, 1 working day late');
    expect(reason({ timescale: due }, '2006-04-05', { workingDays: true })).toBe('due 2006-03-31, 3 working days late');
  });
});

describe('what else the summary says', () => {
  const later = by('2006-12-31');

  it('names an excluded status first, and never overrules a RAG reported on it', () => {
    expect(reason({ timescale: by('2006-03-31'), status: 'cancelled' }, '2006-06-30')).toBe('cancelled, due 2006-03-31, 91 days late');
    expect(reason({ timescale: by('2006-03-31'), status: 'deferred', rag: 'red' }, '2006-06-30')).toBe('deferred, due 2006-03-31, 91 days late, reported red');
    expect(reason({ timescale: by('2006-03-31'), status: 'superseded' }, '2006-06-30')).toBe('superseded, due 2006-03-31, 91 days late');
  });

  it('says why there is no deadline', () => {
    expect(reason({ timescale: { text: 'Ongoing', kind: 'ongoing' } }, '2006-06-30')).toBe('ongoing ("Ongoing"), no due date');
  });

  it('gives percent complete alone when no time has a start, rounded', () => {
    expect(reason({ timescale: by('2006-03-31'), percentComplete: 33.4 }, '2006-03-01')).toBe('due 2006-03-31, 30 days to go, 33% complete');
  });

  it('gives percent complete against time elapsed where the timescale has a start', () => {
    const r = ragStatus(deepFreeze({ timescale: { text: '2006', kind: 'range', start: '2006-01-01', end: '2006-12-31' }, percentComplete: 33.4 }), { asOf: '2006-06-30' });
    const f = r.figures;
    expect(r.reason).toBe(
      `due 2006-12-31, 184 days to go, 33% complete at ${Math.round(f.percentTimeElapsed ?? NaN)}% of time elapsed (schedule performance ${Math.round(f.schedulePerformance ?? NaN)})`,
    );
    expect(r.reason).toContain('at 49% of time elapsed (schedule performance 68)');
  });

  it('says "1 milestone", not "1 milestones"', () => {
    expect(reason({ timescale: later, milestones: [{ text: 'a', timescale: by('2006-03-31') }] }, '2006-06-30')).toBe('due 2006-12-31, 184 days to go, 1 milestone missed');
  });

  it('calls an update stale only after staleAfterDays (90) days', () => {
    expect(reason({ timescale: later, updates: [{ date: '2006-04-01' }] }, '2006-06-30')).toBe('due 2006-12-31, 184 days to go, last update 2006-04-01');
    expect(reason({ timescale: later, updates: [{ date: '2006-03-31' }] }, '2006-06-30')).toBe('due 2006-12-31, 184 days to go, no update since 2006-03-31');
  });

  it('gives the original due date where re-dated, late against it or not, and not when it is the same', () => {
    expect(reason({ timescale: later, baselineTimescale: by('2006-09-30') }, '2006-06-30')).toBe('due 2006-12-31, 184 days to go, originally due 2006-09-30');
    expect(reason({ timescale: later, baselineTimescale: by('2006-03-31') }, '2006-06-30')).toBe('due 2006-12-31, 184 days to go, originally due 2006-03-31 (91 days late against it)');
    expect(reason({ timescale: by('2006-03-31'), baselineTimescale: by('2006-03-31') }, '2006-06-30')).toBe('due 2006-03-31, 91 days late');
  });
});

describe('a timescale in periods', () => {
  const phased: Timescale = {
    text: 'August 2008 – April 2009 (for Year 3) August 2009 – April 2010 (for Year 4)',
    kind: 'range',
    periods: [
      { text: 'August 2008 – April 2009', kind: 'range', start: '2008-08-01', end: '2009-04-30', label: 'Year 3' },
      { text: 'August 2009 – April 2010', kind: 'range', start: '2009-08-01', end: '2010-04-30', label: 'Year 4' },
    ],
  };

  it('names the period judged after its due date, late or not, and complete with no completion date', () => {
    expect(reason({ timescale: phased }, '2009-05-01')).toBe('due 2010-04-30 (Year 4), 364 days to go');
    expect(reason({ timescale: phased }, '2010-05-01')).toBe('due 2010-04-30 (Year 4), 1 day late');
    expect(reason({ timescale: phased, status: 'complete' }, '2009-04-01')).toBe('complete, due 2009-04-30 (Year 3)');
  });
});

describe('a reported RAG the rules overrule', () => {
  it('by the default, or by a rule, but not when they agree', () => {
    expect(reason({ timescale: by('2006-12-31'), rag: 'amber' }, '2006-06-30')).toBe(
      'due 2006-12-31, 184 days to go, reported amber; the reported amber is overruled by the default (Green): no rule on the evidence applies',
    );
    expect(reason({ timescale: by('2006-03-31'), rag: 'green' }, '2006-06-30')).toBe('due 2006-03-31, 91 days late, reported green; the reported green is overruled by rule `overdue` (Red)');
    expect(reason({ timescale: by('2006-03-31'), rag: 'red' }, '2006-06-30')).toBe('due 2006-03-31, 91 days late, reported red');
  });

  it('not on a complete item, whose RAG is history', () => {
    expect(reason({ timescale: by('2006-03-31'), status: 'complete', completedOn: '2006-03-31', rag: 'red' }, '2006-06-30')).toBe('complete on 2006-03-31, due 2006-03-31, on time');
  });
});

describe("a council's reason templates", () => {
  /** Rules with one rule for late items and a default, each with the given reason. */
  const rules = (late: string | undefined, otherwise: string | undefined): ProgressRulesInput => ({
    id: 'templates',
    name: 'Templates',
    scale: [
      { id: 'ok', label: 'Fine', color: 'green', rank: 0 },
      { id: 'late', label: 'Late', color: 'red', rank: 1 },
    ],
    rules: [{ id: 'late', when: { metric: 'slippageDays', op: 'gt', value: 0 }, status: 'late', ...(late === undefined ? {} : { reason: late }) }],
    default: { status: 'ok', ...(otherwise === undefined ? {} : { reason: otherwise }) },
  });
  const item: TrackedItem = { timescale: by('2006-03-31'), percentComplete: 12.345, rag: 'green' };

  it('fills each token from the figures, numbers to one decimal, null as "unknown"', () => {
    const r = rules('{daysLate} days past {due}: {percentComplete}% done, {percentTimeElapsed} elapsed, complete {complete}, unit {unit}', undefined);
    expect(reason(item, '2006-06-30', { rules: r })).toBe('91 days past 2006-03-31: 12.3% done, unknown elapsed, complete false, unit calendar');
  });

  it('gives daysLate as 0 when there are days to go, and leaves it as written with no due date', () => {
    const r = rules(undefined, '{daysLate} late; {summary}');
    expect(reason(item, '2006-03-01', { rules: r })).toBe('0 late; due 2006-03-31, 30 days to go, 12% complete, reported green');
    const open = rules(undefined, undefined);
    open.rules.push({ id: 'open', when: { hasDeadline: false }, status: 'ok', reason: '{daysLate} late' });
    expect(reason({ timescale: { text: 'Ongoing', kind: 'ongoing' } }, '2006-03-01', { rules: open })).toBe('{daysLate} late');
  });

  it('leaves unknown names, an empty name and an unclosed brace as written', () => {
    const r = rules('{nosuch} {} x{due} {due', undefined);
    expect(reason(item, '2006-06-30', { rules: r })).toBe('{nosuch} {} x2006-03-31 {due');
    expect(reason(item, '2006-06-30', { rules: rules('no tokens', undefined) })).toBe('no tokens');
  });

  it('a template explains itself: no note that the reported RAG is overruled', () => {
    expect(reason(item, '2006-06-30', { rules: rules('late', undefined) })).toBe('late');
    // Without a template the summary is given, with the note.
    expect(reason(item, '2006-06-30', { rules: rules(undefined, undefined) })).toBe(
      'due 2006-03-31, 91 days late, 12% complete, reported green; the reported green is overruled by rule `late` (Late)',
    );
  });

  it("the default's template is not used for a status the guards give", () => {
    const r = rules(undefined, 'on track');
    expect(reason(item, '2006-03-01', { rules: r })).toBe('on track');
    expect(reason({ ...item, status: 'complete' }, '2006-03-01', { rules: r })).toBe('complete, due 2006-03-31');
    expect(reason({ ...item, status: 'cancelled' }, '2006-03-01', { rules: r })).toBe('cancelled, due 2006-03-31, 30 days to go, 12% complete, reported green');
    expect(reason({ timescale: { text: 'Ongoing', kind: 'ongoing' } }, '2006-03-01', { rules: r })).toBe('ongoing ("Ongoing"), no due date');
  });

  it('an empty template gives the status label', () => {
    expect(reason(item, '2006-06-30', { rules: rules('', undefined) })).toBe('Late');
    expect(reason(item, '2006-03-01', { rules: rules(undefined, '') })).toBe('Fine');
  });
});
