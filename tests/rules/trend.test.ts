import { describe, expect, it } from 'vitest';
import { COUNCIL_SLIPPAGE_RULES, explainChange, statusAt, statusTrend } from '../../src/index.js';
import type { TrackedItem } from '../../src/index.js';
import { deepFreeze, R4, rspe } from './fixtures.js';

// Seed 001 action 1 with a progress history as a monitoring report would add it.
const A1: TrackedItem = deepFreeze({
  ...rspe('1'),
  status: 'complete',
  percentComplete: 100,
  completedOn: '2009-02-20',
  updates: [
    { date: '2008-06-30', status: 'in-progress', percentComplete: 35, rag: 'green' },
    { date: '2008-09-30', status: 'in-progress', percentComplete: 30, rag: 'amber', comment: 'Host not yet identified' },
    { date: '2008-12-31', status: 'in-progress', percentComplete: 80, rag: 'amber' },
    { date: '2009-02-20', status: 'complete', percentComplete: 100 },
  ],
});

const QUARTERS = ['2008-06-30', '2008-09-30', '2008-12-31', '2009-03-31'];

describe('statusAt and statusTrend', () => {
  it('uses only the updates dated on or before each date', () => {
    expect(statusAt(A1, '2008-06-30')).toMatchObject({ status: 'green' });
    expect(statusAt(A1, '2008-06-30').figures.percentComplete).toBe(35);
    expect(statusAt(A1, '2008-09-30')).toMatchObject({ status: 'red', rule: 'off-track' });
    expect(statusAt(A1, '2008-12-31')).toMatchObject({ status: 'amber', rule: 'behind' });
    expect(statusAt(A1, '2009-03-31')).toMatchObject({ status: 'complete', reason: 'complete on 2009-02-20, due 2008-12-31, 51 days late' });
  });

  it('shows movement quarter by quarter', () => {
    expect(statusTrend(A1, QUARTERS).map((p) => [p.status, p.movement])).toEqual([
      ['green', null],
      ['red', 'worse'],
      ['amber', 'better'],
      ['complete', 'better'],
    ]);
    expect(statusTrend(R4, ['2006-01-31', '2006-04-30', '2006-07-31'], { rules: COUNCIL_SLIPPAGE_RULES }).map((p) => p.status)).toEqual([
      'on-track',
      'delayed-under-3-months',
      'not-met-within-3-months',
    ]);
  });
});

describe('explainChange', () => {
  it('explains R4 going red', () => {
    const e = explainChange(R4, '2006-01-31', '2006-06-30');
    expect(e).toMatchObject({ changed: true, direction: 'worse' });
    expect(e.explanation).toBe('Green (default) on 2006-01-31 became Red (overdue) on 2006-06-30: due 2006-03-31, 91 days late');
  });

  it('names the reported figures that changed', () => {
    const e = explainChange(A1, '2008-06-30', '2008-09-30');
    expect(e.from.status).toBe('green');
    expect(e.to.status).toBe('red');
    expect(e.changes).toEqual([
      { figure: 'rag', from: 'green', to: 'amber' },
      { figure: 'percentComplete', from: 35, to: 30 },
      { figure: 'lastUpdate', from: '2008-06-30', to: '2008-09-30' },
    ]);
    expect(e.explanation).toBe('Green (default) on 2008-06-30 became Red (off-track) on 2008-09-30: due 2008-12-31, 92 days to go, 30% complete at 66% of time elapsed (schedule performance 45), reported amber, last update 2008-09-30; the reported amber is overruled by rule `off-track` (Red)');
    const same = explainChange(rspe('2'), '2008-10-01', '2008-11-01');
    expect(same).toMatchObject({ changed: false, direction: 'same' });
    expect(same.explanation.startsWith('Green on both 2008-10-01 and 2008-11-01 (default)')).toBe(true);
  });
});
