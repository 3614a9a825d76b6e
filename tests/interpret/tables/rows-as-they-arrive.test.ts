/**
 * Issue 12, "when the grid survives, rows still go wrong": section rows,
 * key–value tables above the plan, number-only Action columns, status and
 * completion cells, several leads in one cell and recurring deadlines, read
 * through parseDocument from invented fixtures (tests/fixtures/markdown/
 * ok-plan-sections.txt, tests/fixtures/csv/ok-status-marks.txt).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectTableKind } from '../../../src/interpret/detectTableKind.js';
import { parseDocument } from '../../../src/index.js';
import { readCsv } from '../../../src/read/csv/readCsv.js';
import type { ActionPlan } from '../../../src/model/plan.js';

function plan(path: string): { data: ActionPlan; codes: string[] } {
  const r = parseDocument(readFileSync(path, 'utf8'), { source: path });
  expect(r.data.kind).toBe('action-plan');
  return { data: r.data as ActionPlan, codes: r.diagnostics.map((d) => d.code) };
}

describe('a markdown plan with a key–value table and section rows', () => {
  const { data, codes } = plan('tests/fixtures/markdown/ok-plan-sections.txt');

  it('reads the key–value table above the plan as metadata, not actions, with no missing-header warning', () => {
    expect(data.metadata).toEqual({ Directorate: 'Community Services', 'Lead officer': 'Priya Nandakumar', 'Last reviewed': '14 January 2025' });
    expect(codes).not.toContain('missing-header');
    expect(data.actions.map((a) => a.ref)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('opens a theme at each section row, labelled or not, and puts the following actions in it', () => {
    expect(data.themes.map((t) => [t.ref, t.title])).toEqual([
      ['1', 'Objective 1: Fair access to every service'],
      [undefined, 'Listen to residents who are seldom heard'],
    ]);
    const [first, second] = data.themes;
    expect(data.actions.map((a) => a.themeIds)).toEqual([[first?.id], [first?.id], [second?.id], [second?.id], [second?.id]]);
    // No date shifted onto the wrong action: each keeps its own row's timescale.
    expect(data.actions.map((a) => a.timescale?.text)).toEqual(['30/09/25', 'each May, annually', 'March 2026', 'June 2026', 'December 2026']);
  });

  it('takes a number-only Action cell as the ref and the title from the description', () => {
    expect(data.actions[0]).toMatchObject({ ref: '1', title: 'Audit the step-free routes into the library and the pool' });
    expect(data.actions[0]?.description).toBeUndefined();
  });

  it('splits leads on a spaced slash and on a list of initials, each kept as written', () => {
    expect(data.actions[0]?.leads).toEqual(['Head of Estates', 'Access Officer']);
    expect(data.actions[1]?.leads).toEqual(['PL', 'MR', 'Executive']);
  });

  it('reads a recurring deadline with an assumed year as recurring with no single end date', () => {
    expect(data.actions[1]?.timescale).toEqual({ text: 'each May, annually', kind: 'ongoing', recurrence: 'annually' });
    expect(codes).not.toContain('year-assumed');
  });

  it('gives status and completion date from marks and words, keeping the words', () => {
    const rows = data.actions.map((a) => [a.status, a.completedOn, a.extra?.['Status']]);
    expect(rows).toEqual([
      ['complete', undefined, '✓'],
      ['complete', '2025-03-31', 'Completed March 2025'],
      ['in-progress', undefined, 'O'],
      ['pending', undefined, 'Proposed for closure'],
      ['complete', '2025-02-03', 'Agreed by Board 03/02/25'],
    ]);
  });
});

describe('a CSV tracker with marks in a Completed column and leads in paragraphs', () => {
  const { data } = plan('tests/fixtures/csv/ok-status-marks.txt');

  it('reads a tick as complete and a cross as not complete, keeping the mark', () => {
    expect(data.actions[0]).toMatchObject({ status: 'complete', extra: { Completed: '✓' } });
    expect(data.actions[1]).toMatchObject({ status: 'in-progress', extra: { Completed: 'X' } });
  });

  it('keeps the words of a dated Completed cell beside its date', () => {
    expect(data.actions[2]).toMatchObject({ status: 'complete', completedOn: '2025-06-30', extra: { Completed: 'Completed June 2025 after the depot refit' } });
  });

  it('reads a tracker word in Progress to date as a status, kept in the comments', () => {
    expect(data.actions[3]).toMatchObject({ status: 'in-progress', comments: ['Overdue'] });
  });

  it('reads leads split by a semicolon, and a list of initials, as several leads', () => {
    expect(data.actions[0]?.leads).toEqual(['Head of People', 'Network Chair']);
    expect(data.actions[1]?.leads).toEqual(['TK', 'SB', 'Executive']);
  });

  it('reads three roles in three paragraphs of one cell as three leads', () => {
    const html = '<table><tr><th>Action</th><th>Lead</th><th>Due</th></tr><tr><td>Hold a summit</td><td><p>Head of People</p><p>Network Chair</p><p>Chief Operating Officer</p></td><td>June 2026</td></tr></table>';
    expect((parseDocument(html).data as ActionPlan).actions[0]?.leads).toEqual(['Head of People', 'Network Chair', 'Chief Operating Officer']);
  });

  it('reads Target Year and Responsibility headers', () => {
    expect(data.actions[0]?.timescale?.text).toBe('2025');
  });
});

describe('rows that stay as they were', () => {
  it('a role with its own commas is one lead', () => {
    const doc = readCsv('Action,Lead,Due\nHold a summit,"Director of Place, Planning and Regeneration",June 2026\n').data;
    const r = parseDocument('Action,Lead,Due\nHold a summit,"Director of Place, Planning and Regeneration",June 2026\n');
    expect(detectTableKind(doc)).toBe('action-plan');
    expect((r.data as ActionPlan).actions[0]?.leads).toEqual(['Director of Place, Planning and Regeneration']);
  });

  it('a lone title with no section label and no full row after it is an action, not a section', () => {
    const r = parseDocument('Action,Lead,Due\nHold a summit,Chair,June 2026\nReview the website\n');
    const p = r.data as ActionPlan;
    expect(p.themes).toEqual([]);
    expect(p.actions.map((a) => a.title)).toEqual(['Hold a summit', 'Review the website']);
  });

  it('a headerless two-column table with no header after it stays actions (missing-header)', () => {
    const r = parseDocument('| Directorate | Adult Services |\n|---|---|\n| Lead officer | Jo |\n');
    expect(r.diagnostics.map((d) => d.code)).toContain('missing-header');
  });

  it('a date whose year was assumed does not complete a Status cell', () => {
    const r = parseDocument('Plan 2025-2027\n\n| Action | Lead | Due | Status |\n|---|---|---|---|\n| Hold a summit | Chair | June 2026 | Completed in July |\n');
    const a = (r.data as ActionPlan).actions[0];
    expect(a?.completedOn).toBeUndefined();
    expect(a?.extra?.['Status']).toBe('Completed in July');
  });

  it('a month with a stated year is not recurring', () => {
    const r = parseDocument('| Action | Lead | Due |\n|---|---|---|\n| Hold a summit | Chair | every June 2026 |\n');
    expect((r.data as ActionPlan).actions[0]?.timescale?.end).toBe('2026-06-30');
  });
});

describe('detectTableKind and the interpreter agree', () => {
  it('a plan whose only text column is the description is an action plan to both', () => {
    const text = 'Ref,Description,Lead,Due\n1,Hold a summit,Chair,June 2026\n';
    expect(detectTableKind(readCsv(text).data)).toBe('action-plan');
    const r = parseDocument(text);
    expect(r.data.kind).toBe('action-plan');
    expect((r.data as ActionPlan).actions[0]).toMatchObject({ ref: '1', title: 'Hold a summit' });
  });
});

describe('header cells matched word by word', () => {
  it('reads an opening row of real headers that match only by their words', () => {
    const r = parseDocument('| Key actions | Lead Director | Target date for completion | Success measure | Budget |\n|---|---|---|---|---|\n| Hold a summit | Director of Place | March 2026 | 200 attend | £2k |\n');
    expect((r.data as ActionPlan).actions[0]).toMatchObject({
      title: 'Hold a summit',
      leads: ['Director of Place'],
      timescale: { end: '2026-03-31' },
      outputs: [{ text: '200 attend' }],
      extra: { Budget: '£2k' },
    });
  });

  it('does not read an opening content row as a header when only some of its cells happen to end in a header word', () => {
    const text = 'Action,Lead,Due\nHold a summit,Chair,June 2026\n';
    const headerless = '| Publish outcomes | Equality lead | Ongoing |\n|---|---|---|\n| Hold a summit | Chair | June 2026 |\n';
    expect((parseDocument(text).data as ActionPlan).actions).toHaveLength(1);
    const r = parseDocument(headerless);
    expect(r.diagnostics.map((d) => d.code)).toContain('missing-header');
  });
});

describe('word-by-word matching does not change the kind', () => {
  it('"Strengths of the service" beside action headers leaves an action plan', () => {
    const text = 'Action,Strengths of the service,Lead,Due\nHold a summit,Housing,Chair,June 2026\n';
    expect(detectTableKind(readCsv(text).data)).toBe('action-plan');
    expect((parseDocument(text).data as ActionPlan).actions[0]?.extra).toEqual({ 'Strengths of the service': 'Housing' });
  });
});
