import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COUNCIL_SLIPPAGE_RULES, rollUp, rollUpMatrix } from '../../src/index.js';
import type { Action, RollUpItem } from '../../src/index.js';
import { deepFreeze, RSPE_ACTIONS } from '../rules/fixtures.js';

// Themes and cross-cutting priorities given to seed 001's actions for these tests
// (the plan itself has none): action 8 is in two themes, 12 and 16 in none.
const THEMES: Record<string, string[]> = {
  '1': ['partnership'],
  '2': ['partnership'],
  '3': ['partnership'],
  '4': ['strategy'],
  '5': ['strategy'],
  '6': ['events'],
  '7': ['events'],
  '8': ['strategy', 'cohesion'],
  '9': ['cohesion'],
  '10': ['cohesion'],
  '11': ['cohesion'],
  '13': ['strategy'],
  '14': ['strategy'],
  '15': ['strategy'],
};
const PRIORITIES: Record<string, string[]> = { '1': ['leadership'], '4': ['data'], '5': ['data'], '9': ['leadership', 'data'], '11': ['data'] };

const ITEMS: (Action & RollUpItem)[] = deepFreeze(
  RSPE_ACTIONS.map((a) => ({
    ...a,
    themeIds: THEMES[a.ref!] ?? [],
    priorityIds: PRIORITIES[a.ref!] ?? [],
    planId: 'rspe-2008-10',
    ...(a.ref === '16' ? { status: 'cancelled' as const } : {}),
    ...(a.ref === '5' ? { percentComplete: 50 } : {}),
    ...(a.ref === '2' ? { percentComplete: 60 } : {}),
  })),
);
const ASOF = '2009-06-30';

describe('rollUp on seed 001 (as of 2009-06-30, default rules)', () => {
  it('groups by lead in order of first appearance, with counts, status and overdue items', () => {
    const r = rollUp(ITEMS, { by: 'lead', asOf: ASOF });
    expect(r.diagnostics).toEqual([]);
    expect(r.groups.map((g) => [g.key, g.total, g.status])).toEqual([
      ['John Hall', 2, 'red'],
      ['Zahid Nawaz', 3, 'green'],
      ['Jeremy Bruce', 2, 'red'],
      ['Roger McKenzie', 1, 'amber'],
      ['Marie Greer', 4, 'green'],
      ['Frank Reeves', 1, 'green'],
      ['Ranuka Jagpal', 2, 'red'],
      ['Asif Afridi', 1, null],
    ]);
    const john = r.groups[0]!;
    expect(john.overdue.map((a) => a.id)).toEqual(['rspe-1', 'rspe-12']);
    expect(john.counts).toMatchObject({ red: 2, green: 0, amber: 0, complete: 0 });
    // Action 1 was due 2008-12-31 (181 days), action 12 2009-03-31 (91 days).
    expect(john.maxSlippage).toBe(181);
    expect(john.totalSlippage).toBe(272);
    // The cancelled action is counted, but apart.
    const asif = r.groups[7]!;
    expect(asif).toMatchObject({ total: 1, excluded: 1, status: null, worst: null });
    expect(asif.counts.cancelled).toBe(1);
    expect(r.all.total).toBe(16);
    expect(r.all.excluded).toBe(1);
    expect(r.all.overdue.map((a) => a.ref)).toEqual(['1', '4', '11', '12']);
  });

  it('counts an item in each of its groups and puts items with none under "(none)", last', () => {
    const r = rollUp(ITEMS, { by: 'theme', asOf: ASOF });
    expect(r.groups.map((g) => [g.key, g.label, g.total])).toEqual([
      ['partnership', 'partnership', 3],
      ['strategy', 'strategy', 6],
      ['events', 'events', 2],
      ['cohesion', 'cohesion', 4],
      ['', '(none)', 2],
    ]);
    expect(r.groups.reduce((s, g) => s + g.total, 0)).toBe(17); // 16 actions, action 8 twice
    const labelled = rollUp(ITEMS, { by: 'theme', asOf: ASOF, labels: { partnership: 'Future of the Partnership', '': 'Unassigned' } });
    expect(labelled.groups.map((g) => g.label)).toEqual(['Future of the Partnership', 'strategy', 'events', 'cohesion', 'Unassigned']);
  });

  it('gives percent complete as a mean and weighted by the length of each period', () => {
    const r = rollUp(ITEMS, { by: 'lead', asOf: ASOF });
    const jeremy = r.groups.find((g) => g.key === 'Jeremy Bruce')!;
    // Only action 5 reports a percentage.
    expect(jeremy.percentComplete).toEqual({ mean: 50, weighted: 50 });
    const all = rollUp(ITEMS, { by: 'plan', asOf: ASOF }).groups;
    expect(all.map((g) => g.key)).toEqual(['rspe-2008-10']);
    expect(all[0]!.percentComplete.mean).toBe(55);
    const weighted = rollUp(ITEMS, { by: 'plan', asOf: ASOF, weight: (i) => (i.ref === '2' ? 3 : 1) }).groups[0]!;
    expect(weighted.percentComplete.weighted).toBe((60 * 3 + 50) / 4);
  });

  it('chooses the overall status by policy: worst-of, majority, weighted score', () => {
    const jeremy = (policy: Parameters<typeof rollUp>[1]['policy']) =>
      rollUp(ITEMS, { by: 'lead', asOf: ASOF, policy }).groups.find((g) => g.key === 'Jeremy Bruce')!;
    expect(jeremy('worst-of').status).toBe('red');
    // Action 4 is late (red); action 5 is 50% done at 62% of its time (amber).
    expect(jeremy('majority').status).toBe('red'); // one red, one amber: a tie goes to the worse
    const weighted = { kind: 'weighted-score' as const, thresholds: [{ upTo: 25, status: 'green' }, { upTo: 60, status: 'amber' }, { upTo: 100, status: 'red' }] };
    expect(jeremy(weighted)).toMatchObject({ status: 'red', worst: 'red' }); // mean score (100 + 50) / 2 = 75
    const strategy = (policy: Parameters<typeof rollUp>[1]['policy']) =>
      rollUp(ITEMS, { by: 'theme', asOf: ASOF, policy }).groups.find((g) => g.key === 'strategy')!;
    expect(strategy('majority').counts).toMatchObject({ green: 4, amber: 1, red: 1 });
    expect(strategy('majority')).toMatchObject({ status: 'green', worst: 'red' });
    expect(strategy(weighted).status).toBe('green'); // (100 + 50) / 6 = 25
    expect(strategy({ ...weighted, thresholds: [{ upTo: 20, status: 'green' }, ...weighted.thresholds.slice(1)] }).status).toBe('amber');
  });

  it('nests: themes → leads, and uses any rules', () => {
    const r = rollUp(ITEMS, { by: ['theme', 'lead'], asOf: ASOF, rules: COUNCIL_SLIPPAGE_RULES });
    const cohesion = r.groups.find((g) => g.key === 'cohesion')!;
    expect(cohesion.children!.map((c) => [c.key, c.total, c.status])).toEqual([
      ['Zahid Nawaz', 1, 'on-track'],
      ['Frank Reeves', 1, 'on-track'],
      ['Ranuka Jagpal', 2, 'not-met-within-3-months'], // action 11 was due 2009-03-31: 91 days
    ]);
    for (const g of r.groups) expect(g.children!.reduce((s, c) => s + c.total, 0)).toBe(g.total);
    // Actions 1, 4, 11 and 12 are all 91 days or more past their dates.
    expect(r.groups.map((g) => g.status)).toEqual(['not-met-within-3-months', 'not-met-within-3-months', 'on-track', 'not-met-within-3-months', 'not-met-within-3-months']);
  });

  it('groups by a function', () => {
    const r = rollUp(ITEMS, { by: (i) => i.timescale?.end?.slice(0, 4), asOf: ASOF });
    expect(r.groups.map((g) => [g.key, g.total])).toEqual([
      ['2008', 1],
      ['2010', 12],
      ['2009', 3],
    ]);
  });

  it('lists items with no deadline', () => {
    const items = deepFreeze([...ITEMS, { id: 'bau', timescale: { text: 'Ongoing', kind: 'ongoing' as const }, leads: ['John Hall'] }]);
    const john = rollUp(items, { by: 'lead', asOf: ASOF }).groups[0]!;
    expect(john.noDeadline.map((i) => i.id)).toEqual(['bau']);
    expect(john.counts['no-deadline']).toBe(1);
  });

  it('reports bad rules or policy as diagnostics, not a crash', () => {
    const badPolicy = rollUp(ITEMS, { by: 'lead', asOf: ASOF, policy: { kind: 'weighted-score', thresholds: [{ upTo: 50, status: 'purple' }] } });
    expect(badPolicy.groups).toEqual([]);
    expect(badPolicy.diagnostics).toEqual([
      {
        code: 'invalid-rollup-policy',
        severity: 'error',
        message: 'Unexpected status `purple`, expected one on the scale of rules `default`',
        source: 'rollup',
        path: ['policy', 'thresholds', 0, 'status'],
      },
    ]);
    expect(rollUp(ITEMS, { by: 'lead', asOf: ASOF, policy: 'best-of' as never }).diagnostics[0]?.code).toBe('invalid-rollup-policy');
    expect(rollUp(ITEMS, { by: 'lead', asOf: ASOF, rules: { id: 'x' } as never }).diagnostics[0]?.code).toBe('invalid-progress-rules');
    expect(() => rollUp(ITEMS, { by: 'lead', asOf: '2009-02-30' })).toThrow(RangeError);
  });
});

describe('rollUpMatrix', () => {
  it('crosses themes with cross-cutting priorities', () => {
    const m = rollUpMatrix(ITEMS, { rows: 'theme', columns: 'priority', asOf: ASOF });
    expect(m.rows.map((r) => r.key)).toEqual(['partnership', 'strategy', 'events', 'cohesion', '']);
    expect(m.columns.map((c) => c.key)).toEqual(['leadership', 'data', '']);
    expect(m.cells.map((row) => row.map((cell) => (cell ? `${cell.total}:${cell.status}` : '-')))).toEqual([
      ['1:red', '-', '2:green'],
      ['-', '2:red', '4:green'],
      ['-', '-', '2:amber'],
      ['1:green', '2:red', '2:green'],
      ['-', '-', '2:red'],
    ]);
    expect(m.rows[0]).not.toHaveProperty('children');
  });
});

describe('rollUp stays light', () => {
  it('pulls in no HTML, markdown or CSV parser', () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const line of text.split('\n')) {
        const from = /from '([^']+)'/.exec(line)?.[1];
        if (!from || line.startsWith('import type') || line.startsWith('export type')) continue;
        if (from.startsWith('.')) visit(resolve(dirname(file), from.replace(/\.js$/, '.ts')));
        else external.add(from);
      }
    };
    visit(resolve(root, 'rollup/index.ts'));
    expect([...external].sort()).toEqual(['zod']);
    expect([...seen].some((f) => /[\\/](?:read|interpret|parse|report)[\\/]/.test(f))).toBe(false);
  });
});
