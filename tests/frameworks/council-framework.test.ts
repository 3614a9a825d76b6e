/**
 * A council framework written only in JSON (examples/frameworks/…): its own
 * themes, column names "Responsible Officer", "Target Date", "RAG" and
 * "Update" (plus "Council Priority" for its themes), and a four-colour rule
 * set, used end to end by parseDocument and rollUp, and by the example.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFramework, loadFramework, parseDocument, ragStatus, rollUp, type Action } from '../../src/index.js';
import { deepFreeze } from '../_support/deepFreeze.js';

const json: unknown = JSON.parse(readFileSync('examples/frameworks/eastmere-equality-framework.json', 'utf8'));
const csv = readFileSync('examples/data/eastmere-equality-action-plan.csv', 'utf8');
const ASOF = '2025-06-30';

describe('a council framework in JSON, end to end', () => {
  const loaded = loadFramework(json);
  const framework = deepFreeze(loaded.data);
  const parsed = parseDocument(csv, { framework, source: 'plan.csv' });
  const plan = parsed.data;
  if (plan.kind !== 'action-plan') throw new Error('expected an action plan');
  const byRef = (ref: string): Action => plan.actions.find((a) => a.ref === ref)!;

  it('loads, with its themes, columns and four colours', () => {
    expect(loaded.diagnostics).toEqual([]);
    expect(framework.themes.map((t) => t.id)).toEqual(['access', 'workforce', 'neighbourhoods']);
    expect(framework.rules?.scale.map((s) => s.id)).toEqual(['blue', 'green', 'amber', 'red']);
  });

  it('parses the plan in the framework’s columns, themes read as the framework’s ids', () => {
    expect(parsed.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(plan.actions).toHaveLength(7);
    // the theme written as a title, an id ("access") or a short name ("Workforce") is the framework's id
    expect(plan.actions.map((a) => a.themeIds)).toEqual([['access'], ['access'], ['access'], ['workforce'], ['workforce'], ['neighbourhoods'], ['neighbourhoods']]);
    expect(plan.themes.map((t) => t.title)).toEqual(['Fair access to services', 'A workforce like our community', 'Safe and cohesive neighbourhoods']);
    expect(byRef('4')).toMatchObject({ title: 'Publish the workforce equality report with pay gap figures', leads: ['HR Manager'], timescale: { end: '2025-03-31' }, rag: 'green', comments: ['Draft with directors.'] });
    expect(plan.actions.every((a) => a.extra === undefined)).toBe(true);
  });

  it('without the framework, its themes are not read as the framework’s ids', () => {
    // The default vocabulary now matches these column names word by word, so the
    // framework's own contribution is its themes (and, below, its rules).
    const plain = parseDocument(csv).data;
    const ids = plain.kind === 'action-plan' ? plain.actions.flatMap((a) => a.themeIds) : [];
    expect(ids).not.toContain('workforce');
  });

  it('judges each action by the four-colour rules', () => {
    const status = (ref: string) => ragStatus(byRef(ref), { asOf: ASOF, rules: framework.rules });
    expect(['1', '2', '3', '4', '5', '6', '7'].map((r) => [status(r).status, status(r).rule])).toEqual([
      ['blue', 'complete'], // RAG "Blue": complete, and blue is the scale's complete colour
      ['amber', 'overdue'], // 30 days past 31 May
      ['green', 'default'],
      ['red', 'overdue-month'], // reported green, but 91 days past 31 March
      ['red', 'reported-red'],
      ['no-deadline', 'no-deadline'], // "Ongoing"
      ['green', 'default'], // due today
    ]);
  });

  it('rolls up by the framework’s themes, with its rules and labels', () => {
    const r = rollUp(plan.actions, { by: 'theme', asOf: ASOF, framework });
    expect(r.diagnostics).toEqual([]);
    expect(r.groups.map((g) => [g.key, g.label, g.total, g.status])).toEqual([
      ['access', 'Fair access to services', 3, 'amber'],
      ['workforce', 'A workforce like our community', 2, 'red'],
      ['neighbourhoods', 'Safe and cohesive neighbourhoods', 2, 'green'],
    ]);
    expect(r.all.counts).toMatchObject({ blue: 1, green: 2, amber: 1, red: 2, 'no-deadline': 1 });
    // explicit rules and labels still win over the framework's
    const own = rollUp(plan.actions, { by: 'theme', asOf: ASOF, framework, labels: { access: 'Access' } });
    expect(own.groups[0]!.label).toBe('Access');
  });

  it('keeps a theme the framework does not know, with a warning at its row', () => {
    const text = csv.replace('5,Workforce,', '5,Leisure,');
    const r = parseDocument(text, { framework, source: 'plan.csv' });
    const warning = r.diagnostics.find((d) => d.code === 'unknown-theme');
    expect(warning).toMatchObject({ severity: 'warning', text: 'Leisure', line: 6 });
    expect(r.data.kind === 'action-plan' && r.data.actions[4]!.themeIds).toEqual(['Leisure']);
  });

  it('names every problem of a broken framework with its JSON path, and parseDocument refuses it as an option', () => {
    const broken = structuredClone(json) as { rules: { scale: { rank: unknown }[] }; themes: unknown[] };
    broken.rules.scale[2]!.rank = 'high';
    broken.themes.push({ title: 'No id' });
    expect(loadFramework(broken).diagnostics.map((d) => d.path)).toEqual([
      ['themes', 3, 'id'],
      ['rules', 'scale', 2, 'rank'],
    ]);
    const r = parseDocument(csv, { framework: broken as never });
    expect(r.diagnostics.find((d) => d.code === 'invalid-option')).toMatchObject({ path: ['framework', 'themes', 3, 'id'] });
  });

  it('applyFramework leaves its input unchanged', () => {
    const frozen = deepFreeze(parseDocument(csv).data);
    expect(() => applyFramework(frozen, framework)).not.toThrow();
  });

  it('the example runs and says the same', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'examples/council-framework.ts'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('framework eastmere-2025: 3 themes, rules eastmere-four-colour');
    expect(run.stdout).toMatch(/4 +workforce +red +Publish the workforce equality report/u);
    expect(run.stdout).toMatch(/A workforce like our community +2 actions +red/u);
    expect(run.stdout).toMatch(/all +7 actions +red/u);
  });
});
