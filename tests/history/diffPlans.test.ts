/**
 * diffPlans on two versions of sample 001's action plan: the second version
 * is written here, from the parsed first one, with every kind of change a
 * plan's next edition makes (the sample file itself is never changed).
 */
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/history/index.js';
import type { Action, ActionPlan, ProgressUpdate } from '../../src/model/index.js';
import { parseDocument } from '../../src/parse/index.js';
import { deepFreeze } from '../_support/deepFreeze.js';
import { bySample } from '../parse/_samples.js';

const parsed = parseDocument(bySample('001').text).data;
if (parsed.kind !== 'action-plan') throw new Error('sample 001 is an action plan');
const v1: ActionPlan = deepFreeze(parsed);
const byRef = (plan: readonly Action[], ref: string): Action => plan.find((a) => a.ref === ref)!;

const u1: ProgressUpdate = { date: '2008-09-30', status: 'in-progress', rag: 'green', comment: 'Policy Group joined' };
const u2: ProgressUpdate = { date: '2009-03-31', status: 'in-progress', rag: 'amber', percentComplete: 40, comment: 'RSDF review delayed' };
const u3: ProgressUpdate = { date: '2009-09-30', status: 'complete', rag: 'green', percentComplete: 100 };

const REWORDED_1 = 'To develop Future Options for the Partnership by identifying a suitable host and adequate financial resources so that the Partnership is effective to a high standard.';
const REWORDED_14 = 'To advise the West Midlands Economic Inclusion Panel on equality and diversity matters as its advisory group.';
const ADDED = 'To publish an Easy Read summary of the Partnership’s annual work for disabled residents';

/** Version 2, written from version 1. */
function secondVersion(): Action[] {
  const out: Action[] = [];
  let shift = 0;
  for (const a of v1.actions) {
    const n = Number(a.ref);
    if (a.ref === '12') {
      shift = 1; // removed, and the later actions renumbered
      continue;
    }
    let next: Action = { ...a, ref: String(n - shift) };
    if (a.ref === '1') next = { ...next, title: REWORDED_1 };
    if (a.ref === '14') next = { ...next, title: REWORDED_14 };
    if (a.ref === '3') next = { ...next, timescale: { text: 'April 2008 – September 2010', kind: 'range', start: '2008-04-01', end: '2010-09-30' } };
    if (a.ref === '7') next = { ...next, leads: ['Priya Natt', 'Marie Greer'] };
    if (a.ref === '9') next = { ...next, leads: ['Owen Tate'] };
    if (a.ref === '5') next = { ...next, status: 'in-progress', rag: 'amber', percentComplete: 40, updates: [u1, u2] };
    out.push(next);
  }
  out.push({ ...byRef(v1.actions, '16'), id: 'new', ref: '16', title: ADDED, leads: ['Marie Greer'], timescale: { text: 'March 2010', kind: 'month', start: '2010-03-01', end: '2010-03-31' }, updates: [] });
  return out;
}

describe('diffPlans on sample 001 and a second version written from it', () => {
  const v2 = deepFreeze(secondVersion());
  const d = diffPlans(v1, v2);

  it('pairs every surviving action, even renumbered ones', () => {
    expect(d.matched).toHaveLength(15);
    // old 13, 15, 16 kept their titles under new numbers: paired by title, not by the number they now carry
    for (const ref of ['13', '15', '16']) expect(d.matched.find((m) => m.before.ref === ref)).toMatchObject({ by: 'title', after: { title: byRef(v1.actions, ref).title, ref: String(Number(ref) - 1) } });
    expect(d.matched.find((m) => m.before.ref === '1')).toMatchObject({ by: 'ref' });
    // old 14 was re-worded and renumbered 13: only the likeness of its title can pair it
    expect(d.matched.find((m) => m.before.ref === '14')).toMatchObject({ by: 'similarity', after: { ref: '13' } });
  });

  it('finds the removed and the added action', () => {
    expect(d.removed.map((a) => a.ref)).toEqual(['12']);
    expect(d.added.map((a) => a.title)).toEqual([ADDED]);
  });

  it('finds both re-wordings, with their likeness and shared words', () => {
    expect(d.reworded.map((r) => r.before.ref)).toEqual(['1', '14']);
    expect(d.reworded[0]!.to).toBe(REWORDED_1);
    expect(d.reworded[0]!.shared).toEqual(expect.arrayContaining(['partnership', 'host', 'financial', 'effective']));
    for (const r of d.reworded) expect(r.similarity).toBeGreaterThan(0.5);
    expect(d.reworded[1]!.similarity).toBeLessThan(1);
  });

  it('finds the re-dating, in days', () => {
    expect(d.redated).toHaveLength(1);
    expect(d.redated[0]).toMatchObject({ from: 'April 2008 – March 2010', to: 'April 2008 – September 2010', fromDue: '2010-03-31', toDue: '2010-09-30', days: 183 });
    expect(d.redated[0]!.before.ref).toBe('3');
  });

  it('finds both re-assignments, with who joined and who left', () => {
    expect(d.reassigned.map((r) => [r.before.ref, r.added, r.removed])).toEqual([
      ['7', ['Priya Natt'], []],
      ['9', ['Owen Tate'], ['Frank Reeves']],
    ]);
  });

  it('finds the status change', () => {
    expect(d.statusChanges).toHaveLength(1);
    expect(d.statusChanges[0]).toMatchObject({ from: { status: null, rag: null, percentComplete: null }, to: { status: 'in-progress', rag: 'amber', percentComplete: 40 } });
    expect(d.statusChanges[0]!.before.ref).toBe('5');
  });

  it('merges later progress updates into the history without duplicates', () => {
    expect(d.history).toHaveLength(17); // 16 earlier (the removed one kept) + 1 added
    expect(d.history.find((a) => a.ref === '5')!.updates).toEqual([u1, u2]);
    // a third version repeats u1 and u2 and adds u3: each appears once, in date order
    const v3 = v2.map((a) => (a.ref === '5' ? { ...a, updates: [u3, u2, u1] } : a));
    const again = diffPlans(d.history, v3);
    expect(again.history.find((a) => a.ref === '5')!.updates).toEqual([u1, u2, u3]);
    expect(again.added).toEqual([]);
  });

  it('finds nothing between a version and itself', () => {
    const same = diffPlans(v1, v1);
    expect([same.added, same.removed, same.reworded, same.redated, same.reassigned, same.statusChanges].map((x) => x.length)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(same.matched).toHaveLength(16);
  });
});
