import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyMapOf } from '../../../src/interpret/_table/header.js';
import { rowEvents } from '../../../src/interpret/_table/rows.js';
import { detectTableKind } from '../../../src/interpret/detectTableKind.js';
import { interpretActionPlan } from '../../../src/interpret/interpretActionPlan.js';
import { interpretPeerReview } from '../../../src/interpret/interpretPeerReview.js';
import { ActionPlanSchema, PeerReviewSchema } from '../../../src/model/plan.js';
import type { SourceDocument } from '../../../src/read/types.js';
import { deepFreeze } from '../../_support/deepFreeze.js';

const WORDS = ['Action', 'By When', 'By Whom', 'Strengths', 'Areas for', 'Improvement', 'Area examined', 'Timescale [Lead Member]', '1.1 Leadership', 'June 2009', 'Continuation', 'by October', 'Four events by March 2009', 'Lead Member: Ann', 'the', 'and', '•', ': - ', 'Sept 09', '(for Year 3)', 'CF', 'lower case', '', ' ', '31 June 2006'];
const text = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 6 }).map((ws) => ws.join(' '));
const cell = fc.record({ text, line: fc.integer({ min: 1, max: 50 }), column: fc.integer({ min: 1, max: 50 }), paragraphs: fc.constant([] as never[]), items: fc.constant([] as never[]) });
const row = fc.record({ line: fc.integer({ min: 1, max: 50 }), cells: fc.array(cell, { maxLength: 7 }) });
const doc: fc.Arbitrary<SourceDocument> = fc.record({
  format: fc.constant('csv' as const),
  blocks: fc.array(
    fc.oneof(
      fc.record({ type: fc.constant('table' as const), line: fc.constant(1), column: fc.constant(1), rows: fc.array(row, { maxLength: 8 }) }),
      fc.record({ type: fc.constant('paragraph' as const), text, line: fc.constant(1), column: fc.constant(1) }),
    ),
    { maxLength: 4 },
  ),
});


describe('table interpreters on arbitrary tables', () => {
  it('never throw, never mutate their input, and always return schema-valid data', () => {
    fc.assert(
      fc.property(doc, (d) => {
        const frozen = deepFreeze(structuredClone(d));
        const ap = interpretActionPlan(frozen);
        const pr = interpretPeerReview(frozen);
        detectTableKind(frozen);
        expect(frozen).toEqual(d);
        ActionPlanSchema.parse(ap.data);
        PeerReviewSchema.parse(pr.data);
        expect(ap.diagnostics.filter((x) => x.code === 'internal-error')).toEqual([]);
        expect(pr.diagnostics.filter((x) => x.code === 'internal-error')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

const tokens = (t: string): string[] => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((x) => x !== '');
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) {
    out.push(k);
    stringsOf(v, out);
  }
  return out;
}

const PHRASES = ['Action', 'By When', 'By Whom', 'Strengths', 'Areas for', 'Improvement', 'Area examined', '1.1 Leadership', 'June 2009', 'Continuation', 'by October', 'Four events by March 2009', 'the', 'and', 'Sept 09', 'CF', 'lower case', 'Upper Case.', 'x', 'of'];
const phrase = fc.array(fc.constantFrom(...PHRASES), { maxLength: 5 }).map((ws) => ws.join(' '));
const plainCell = fc.record({ text: phrase, line: fc.integer({ min: 1, max: 50 }), column: fc.integer({ min: 1, max: 50 }), paragraphs: fc.constant([] as never[]), items: fc.constant([] as never[]) });
const plainDoc: fc.Arbitrary<SourceDocument> = fc.record({
  format: fc.constant('csv' as const),
  blocks: fc.array(
    fc.record({
      type: fc.constant('table' as const),
      line: fc.constant(1),
      column: fc.constant(1),
      rows: fc.array(fc.record({ line: fc.integer({ min: 1, max: 50 }), cells: fc.array(plainCell, { maxLength: 6 }) }), { maxLength: 8 }),
    }),
    { maxLength: 3 },
  ),
});

describe('nothing is lost, on arbitrary tables', () => {
  it('every word of every non-header cell is in the data or a diagnostic', () => {
    fc.assert(
      fc.property(plainDoc, (d) => {
        const words: string[] = [];
        for (const e of rowEvents(d, keyMapOf(undefined))) if (e.kind === 'content') for (const c of e.row.cells) words.push(...tokens(c.text));
        for (const r of [interpretActionPlan(d), interpretPeerReview(d)]) {
          const kept = new Set(tokens([...stringsOf(r.data), ...r.diagnostics.map((x) => x.text ?? '')].join(' ')));
          expect(words.filter((w) => !kept.has(w))).toEqual([]);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
