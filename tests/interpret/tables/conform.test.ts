/**
 * `interpretActionPlan` builds its actions and plan by hand in the shape
 * `ActionPlanSchema.parse` gives (src/interpret/_table/conform.ts) and falls
 * back to the schema for anything its own checks do not vouch for. These
 * tests hold the hand-built result to the schema's: the same values, keys in
 * the same order, nothing shared between actions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpretActionPlan } from '../../../src/interpret/interpretActionPlan.js';
import { ActionPlanSchema } from '../../../src/model/plan.js';
import { readCsv } from '../../../src/read/csv/readCsv.js';
import { readTsvHtml } from '../../../src/read/tsv-html/readTsvHtml.js';
import type { SourceDocument, TableCell } from '../../../src/read/types.js';
import { deepFreeze } from '../../_support/deepFreeze.js';

const SAMPLE = 'examples/data/001-rspe-action-plan-2008-10.tsv';

/** Every column kind the table interpreter reads, and one it does not know. */
const ALL_COLUMNS = [
  'Ref,Action,Methodology,Timescale [Lead Member],Outputs,Outcomes,Comments,RAG,Status,Progress,Completed,Theme,Budget',
  'R1,"1. Hold a summit. A second paragraph","• Plan • Book: - venue - speakers","April 2008 – March 2009 Lead Member: John Hall","• Four events by March 2009 • Report published by October","Better links","Going well",Amber,In progress,40%,,"Race; Gender",£2000',
  'R2,Train staff,,"June 2009 June 2009 Continuation","Twenty staff trained by Summer 2010",,,A/G,,50 per cent,12 June 2009,Disability,',
  ',,,"Owner: X Lead: Y",,,,,,,,,',
].join('\n');

/** The JSON of a value, keys in their order, `undefined` values kept visible. */
function shape(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v === undefined ? '(undefined)' : v));
}

function cell(text: string, line: number): TableCell {
  return { text, line, column: 1, paragraphs: [], items: [] };
}

describe('hand-built action plans', () => {
  const docs: [string, SourceDocument][] = [
    ['sample 001', readTsvHtml(readFileSync(SAMPLE, 'utf8'), { source: SAMPLE }).data],
    ['every column kind', readCsv(ALL_COLUMNS).data],
  ];
  for (const [name, doc] of docs) {
    it(`are what the schema makes of them: ${name}`, () => {
      const { data } = interpretActionPlan(deepFreeze(doc), { source: 'plan' });
      expect(data.actions.length).toBeGreaterThan(0);
      expect(shape(data)).toBe(shape(ActionPlanSchema.parse(data)));
    });
  }

  it('share no arrays or objects between actions', () => {
    const { data } = interpretActionPlan(docs[0]?.[1] as SourceDocument);
    const seen = new Set<object>();
    let shared = 0;
    const walk = (v: unknown): void => {
      if (typeof v !== 'object' || v === null) return;
      if (seen.has(v)) shared++;
      seen.add(v);
      for (const x of Object.values(v)) walk(x);
    };
    walk(data.actions);
    expect(shared).toBe(0);
  });

  it('fall back to the schema, which reports an action it cannot accept', () => {
    // A row at line 0 cannot be an action's source (lines are 1-based).
    const doc: SourceDocument = {
      format: 'csv',
      blocks: [{ type: 'table', line: 1, column: 1, rows: [{ line: 1, cells: [cell('Action', 1), cell('Timescale', 1)] }, { line: 0, cells: [cell('Hold a summit', 0), cell('March 2009', 0)] }] }],
    };
    const r = interpretActionPlan(deepFreeze(doc));
    expect(r.data.actions).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toContain('internal-error');
  });
});
