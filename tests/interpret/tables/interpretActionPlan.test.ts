import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpretActionPlan } from '../../../src/interpret/interpretActionPlan.js';
import { ActionPlanSchema } from '../../../src/model/plan.js';
import { readTsvHtml } from '../../../src/read/tsv-html/readTsvHtml.js';
import type { SourceDocument } from '../../../src/read/types.js';
import { deepFreeze } from '../../_support/deepFreeze.js';

const FILE = 'examples/data/001-rspe-action-plan-2008-10.tsv';


const doc = deepFreeze(readTsvHtml(readFileSync(FILE, 'utf8'), { source: FILE }).data);
const { data, diagnostics } = interpretActionPlan(doc, { source: FILE });

describe('interpretActionPlan on sample 001', () => {
  it('returns schema-valid data', () => {
    expect(() => ActionPlanSchema.parse(data)).not.toThrow();
  });

  it('reads title, owner and period from the paragraphs before the table', () => {
    expect(data.title).toBe('ACTION PLAN 2008/10');
    expect(data.owner?.toLowerCase()).toBe('regional strategic partnership for equality and diversity');
    expect(data.period?.start).toBe('2008-04-01');
    expect(data.period?.end).toBe('2010-03-31');
  });

  it('finds 16 actions, the repeated header rows being headers', () => {
    expect(data.actions).toHaveLength(16);
    expect(data.actions.map((a) => a.ref)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(data.actions.map((a) => a.id)).toEqual(Array.from({ length: 16 }, (_, i) => `a${i + 1}`));
    expect(data.actions.some((a) => /^action$/iu.test(a.title))).toBe(false);
    expect(diagnostics.filter((d) => d.code === 'repeated-header')).toHaveLength(7);
  });

  it('reads action 1: title without its number, methods, timescale, lead, outputs, outcomes, source', () => {
    const a = data.actions[0];
    expect(a?.title).toMatch(/^To develop the Future Options for the Partnership/u);
    expect(a?.methods.map((m) => m.text)).toEqual([
      'Set-up a working-group with regular meetings.',
      'Involve all interested parties in the debate and scrutinize all future avenues for the Partnership with particular focus on supporting resources',
      'Carmel Kerr to sit on Project Team for Partnerships Review',
    ]);
    expect(a?.timescale).toMatchObject({ kind: 'range', start: '2008-04-01', end: '2008-12-31' });
    expect(a?.leads).toEqual(['John Hall']);
    expect(a?.outputs).toHaveLength(3);
    expect(a?.outcomes).toHaveLength(1);
    expect(a?.source).toEqual({ document: FILE, line: 8, column: 1 });
  });

  it('keeps nested methods as a hierarchy (action 6: one method with 8 children)', () => {
    const a6 = data.actions[5];
    expect(a6?.methods).toHaveLength(1);
    expect(a6?.methods[0]?.children).toHaveLength(8);
    expect(a6?.methods[0]?.children?.[1]?.text).toBe('suitable venues');
  });

  it('gives actions 6 and 7 one period per year', () => {
    const a6 = data.actions[5]?.timescale;
    expect(a6?.periods?.map((p) => [p.label, p.start, p.end])).toEqual([
      ['Year 3', '2008-08-01', '2009-04-30'],
      ['Year 4', '2009-08-01', '2010-04-30'],
    ]);
    expect(a6?.start).toBe('2008-08-01');
    expect(a6?.end).toBe('2010-04-30');
    expect(data.actions[6]?.timescale?.periods?.map((p) => p.label)).toEqual(['Year 3', 'Year 4']);
    expect(data.actions[6]?.leads).toEqual(['Marie Greer']);
  });

  it('makes milestones of outputs with a deadline, the year taken from the action', () => {
    const m6 = data.actions[5]?.milestones ?? [];
    const costs = m6.find((m) => m.text === 'Costs and funding identified by October');
    expect(costs?.timescale).toMatchObject({ end: '2008-10-31', yearAssumed: true });
    expect(m6.find((m) => m.text === 'Event hosted by April 2009')?.timescale?.end).toBe('2009-04-30');
    expect(m6.some((m) => m.text.startsWith('Feedback circulated'))).toBe(false);
    const m7 = data.actions[6]?.milestones ?? [];
    expect(m7.find((m) => m.text === 'Working-group set-up by September')?.timescale?.end).toBe('2008-09-30');
  });

  it('warns about a milestone before its action starts, with its line', () => {
    const w = diagnostics.filter((d) => d.code === 'milestone-outside-period');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', line: 17, text: 'Working-group set-up by August 2007' });
  });

  it('reads "Four learning opportunities/events by March 2009" as an indicator', () => {
    const a9 = data.actions[8];
    expect(a9?.indicators).toHaveLength(1);
    expect(a9?.indicators[0]).toMatchObject({ target: 4, due: '2009-03-31', direction: 'higher' });
    expect(data.actions.flatMap((a) => a.indicators)).toHaveLength(1);
  });
});

describe('interpretActionPlan on hand-made documents', () => {
  const cell = (text: string, column: number) => ({ text, line: 2, column, paragraphs: [], items: [] });

  it('keeps unmapped columns in extra and reads RAG, status and completed columns', () => {
    const d: SourceDocument = {
      format: 'csv',
      blocks: [
        {
          type: 'table',
          line: 1,
          column: 1,
          rows: [
            { line: 1, cells: ['Ref', 'Action', 'Lead officer', 'Target date', 'RAG', 'Status', 'Budget'].map((t, k) => cell(t, k + 1)) },
            { line: 2, cells: ['R1', 'Publish the scheme', 'Jane Smith', '31 March 2010', 'Amber', 'In progress', '£2,000'].map((t, k) => cell(t, k + 1)) },
          ],
        },
      ],
    };
    const r = interpretActionPlan(deepFreeze(d));
    const a = r.data.actions[0];
    expect(a).toMatchObject({ ref: 'R1', title: 'Publish the scheme', leads: ['Jane Smith'], rag: 'amber', status: 'in-progress' });
    expect(a?.timescale?.end).toBe('2010-03-31');
    expect(a?.extra).toEqual({ Budget: '£2,000' });
  });

  it('returns an empty, valid plan for a document with no table', () => {
    const r = interpretActionPlan({ format: 'text', blocks: [{ type: 'paragraph', text: 'Nothing here', line: 1, column: 1 }] });
    expect(ActionPlanSchema.parse(r.data).actions).toEqual([]);
  });

  it('never throws on malformed input', () => {
    const bad = { format: 'csv', blocks: [{ type: 'table', rows: [{ cells: null }] }] } as unknown as SourceDocument;
    const r = interpretActionPlan(bad);
    expect(r.diagnostics.some((d) => d.code === 'internal-error')).toBe(true);
    expect(() => ActionPlanSchema.parse(r.data)).not.toThrow();
  });
});
