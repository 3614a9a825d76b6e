/**
 * Issue 18, item 12: the rules and roll-ups given items a JSON user can
 * send. Each reproduction of the issue answers with a diagnostic naming the
 * field, never a throw and never a confident status.
 */
import { describe, expect, it } from 'vitest';
import { explainChange, indicatorStatus, ragStatus, slippage, statusAt, statusTrend } from '../../src/rules/index.js';
import { documentItems, rollUp, rollUpMatrix } from '../../src/rollup/index.js';
import type { Indicator, TrackedItem } from '../../src/index.js';

const asOf = '2007-01-01';
const odd = (item: unknown) => item as TrackedItem;
const due = (end: unknown) => odd({ id: 'R1', timescale: { text: 'by 31 March 2006', kind: 'date', end } });

const REPRODUCTIONS: [string, unknown, string][] = [
  ['updates: [null]', { updates: [null] }, 'updates.0'],
  ['updates: [{}]', { updates: [{}] }, 'updates.0.date'],
  ['timescale.end: 20060331', due(20060331), 'timescale.end'],
  ["timescale.end: '31/03/2006'", due('31/03/2006'), 'timescale.end'],
  ['timescale.periods: [null]', { timescale: { text: '2006/07', kind: 'financial-year', periods: [null] } }, 'timescale.periods.0'],
  ['status: 7', { status: 7 }, 'status'],
  ['percentComplete: 140', { percentComplete: 140 }, 'percentComplete'],
  ['updates: "weekly"', { updates: 'weekly' }, 'updates'],
  ['milestones: [null]', { milestones: [null] }, 'milestones.0'],
  ['the item is null', null, ''],
];

describe('item 12: the rules answer an odd item with invalid-item', () => {
  for (const [name, item, path] of REPRODUCTIONS) {
    it(`ragStatus, ${name}`, () => {
      const r = ragStatus(odd(item), { asOf });
      expect(r).toMatchObject({ status: 'invalid-item', rule: 'invalid-item', rank: -1, excluded: true });
      expect(r.diagnostics).toHaveLength(1);
      expect(r.diagnostics[0]).toMatchObject({ code: 'invalid-item', severity: 'error', source: 'rules' });
      expect((r.diagnostics[0]?.path ?? []).join('.')).toBe(path);
      expect(r.reason).toContain(r.diagnostics[0]?.message);
    });
  }

  it("'31/03/2006' no longer gives −394,377 days and green", () => {
    const s = slippage(due('31/03/2006'), { asOf });
    expect(s.days).toBeNull();
    expect(s.diagnostics?.[0]?.message).toBe('Unexpected `31/03/2006` at `timescale.end`, expected a real calendar date as YYYY-MM-DD');
    expect(ragStatus(due('31/03/2006'), { asOf }).status).not.toBe('green');
    // The same item with a real date is judged as before.
    expect(slippage(due('2006-03-31'), { asOf }).days).toBe(276);
    expect(ragStatus(due('2006-03-31'), { asOf }).status).toBe('red');
  });

  it('statusAt, statusTrend and explainChange carry it through', () => {
    const item = odd({ updates: [null] });
    expect(statusAt(item, asOf).status).toBe('invalid-item');
    expect(statusTrend(item, ['2006-01-01', asOf]).map((p) => p.status)).toEqual(['invalid-item', 'invalid-item']);
    const change = explainChange(item, '2006-01-01', asOf);
    expect(change.direction).toBe('not-comparable');
    expect(change.to.diagnostics[0]?.code).toBe('invalid-item');
  });

  it('fields the rules do not read are not judged', () => {
    expect(ragStatus(odd({ ...due('2006-03-31'), notes: null, owner: 7 }), { asOf }).diagnostics).toEqual([]);
  });
});

describe('item 12: roll-ups leave an odd item out and say so', () => {
  const good = { ...due('2006-03-31'), leads: ['Housing'] };
  const items = [good, odd({ updates: [null], leads: ['Housing'] }), odd(5), { ...due('2008-03-31'), leads: ['Finance'] }];

  it('rollUp counts the valid items and names each invalid one by its index', () => {
    const r = rollUp(items, { by: 'lead', asOf });
    expect(r.all.total).toBe(2);
    expect(r.groups.map((g) => [g.key, g.total])).toEqual([
      ['Housing', 1],
      ['Finance', 1],
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.source, (d.path ?? []).join('.')])).toEqual([
      ['invalid-item', 'rollup', '1.updates.0'],
      ['invalid-item', 'rollup', '2'],
    ]);
  });

  it('rollUpMatrix keeps its cells and passes the diagnostics on', () => {
    const m = rollUpMatrix(items, { rows: 'lead', columns: 'theme', asOf });
    expect(m.rows.map((r) => r.key)).toEqual(['Housing', 'Finance']);
    expect(m.diagnostics.map((d) => d.code)).toEqual(['invalid-item', 'invalid-item']);
  });

  it('rollUp of something that is not a list, or by an unknown key, gives a diagnostic and no groups', () => {
    const notList = rollUp(odd({ actions: [] }) as unknown as TrackedItem[], { by: 'lead', asOf });
    expect(notList.groups).toEqual([]);
    expect(notList.diagnostics[0]).toMatchObject({ code: 'invalid-item', path: [] });
    const byOwner = rollUp([good], { by: 'owner' as 'lead', asOf });
    expect(byOwner.groups).toEqual([]);
    expect(byOwner.diagnostics[0]).toMatchObject({ code: 'invalid-rollup-by', path: ['by'] });
  });

  it('documentItems of odd JSON gives a list, passing odd entries on for rollUp to name', () => {
    expect(documentItems(null as never)).toEqual([]);
    expect(documentItems({ kind: 'review', recommendations: 'none' } as never)).toEqual([]);
    const list = documentItems({ kind: 'action-plan', actions: [null, { id: 'a1', title: 'Train staff' }] } as never);
    expect(list).toHaveLength(2);
    expect(rollUp(list, { by: 'lead', asOf }).diagnostics.map((d) => (d.path ?? []).join('.'))).toEqual(['0']);
  });
});

describe('item 12: indicatorStatus checks the indicator', () => {
  const events: Indicator = { id: 'events', title: 'Learning events', direction: 'higher', target: 4, due: '2009-03-31', actuals: [] };

  it('without actuals: nothing reported yet, not a throw', () => {
    const { actuals: _actuals, ...bare } = events;
    expect(indicatorStatus(bare as Indicator, { asOf: '2009-04-30' })).toMatchObject({ status: 'no-data', diagnostics: [] });
  });

  it('an actual of null or a target of "four" gives invalid-indicator at the field', () => {
    const nullActual = indicatorStatus({ ...events, actuals: [null] } as never, { asOf: '2009-04-30' });
    expect(nullActual).toMatchObject({ status: 'invalid-indicator', rule: 'invalid-indicator' });
    expect(nullActual.diagnostics[0]).toMatchObject({ code: 'invalid-indicator', path: ['actuals', 0] });
    const wordTarget = indicatorStatus({ ...events, target: 'four' } as never, { asOf: '2009-04-30' });
    expect(wordTarget.diagnostics[0]?.path).toEqual(['target']);
    expect(indicatorStatus(null as never, { asOf: '2009-04-30' }).status).toBe('invalid-indicator');
  });
});
