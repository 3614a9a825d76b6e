import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpretOutlinePlan } from '../../../src/interpret/interpretOutlinePlan.js';
import { interpretReview } from '../../../src/interpret/interpretReview.js';
import { interpretStrategy } from '../../../src/interpret/interpretStrategy.js';
import { ActionPlanSchema, StrategySchema } from '../../../src/model/plan.js';
import { ReviewSchema } from '../../../src/model/review.js';
import type { SourceBlock, SourceDocument, SourceListItem, TableCell } from '../../../src/read/types.js';
import { deepFreeze } from './_build.js';

const words = fc.constantFrom('R1', 'R12', 'That', 'the', 'Council', 'and', 'partners', 'be', 'established', 'by', '31 June 2006', 'autumn 2006', 'upon', 'Actions required', 'thematic', 'cross cutting', 'principles', 'Theme / mission', 'Priorities for action', 'Date', '17 March 2023', '.', ':', '', 'chaired by', 'Rev John Hall', 'as Vice Chair', 'Contact', '0121 678 1053', 'a@b.uk', 'Scheme 2022-24', 'in');
const text = fc.array(words, { maxLength: 12 }).map((w) => w.join(' '));
const pos = fc.integer({ min: 1, max: 60 });
const item: fc.Arbitrary<SourceListItem> = fc.letrec<{ item: SourceListItem }>((tie) => ({
  item: fc.record({ text, line: pos, column: pos, marker: fc.constantFrom('-', '1.', '4)', 'R3', '•'), children: fc.oneof({ depthSize: 'small' }, fc.constant<SourceListItem[]>([]), fc.array(tie('item'), { maxLength: 2 })) }),
})).item;
const cell: fc.Arbitrary<TableCell> = fc.record({ text, line: pos, column: pos, paragraphs: fc.constant<TableCell['paragraphs']>([]), items: fc.constant<TableCell['items']>([]) });
const block: fc.Arbitrary<SourceBlock> = fc.oneof(
  fc.record({ type: fc.constant('heading' as const), text, line: pos, column: pos, depth: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ type: fc.constant('paragraph' as const), text, line: pos, column: pos }),
  fc.record({ type: fc.constant('list' as const), items: fc.array(item, { maxLength: 4 }), line: pos, column: pos }),
  fc.record({ type: fc.constant('table' as const), rows: fc.array(fc.record({ line: pos, cells: fc.array(cell, { maxLength: 4 }) }), { maxLength: 5 }), line: pos, column: pos }),
);
const documents: fc.Arbitrary<SourceDocument> = fc.record({ format: fc.constantFrom('markdown' as const, 'text' as const), blocks: fc.array(block, { maxLength: 12 }) });

describe('prose interpreters on arbitrary source documents', () => {
  it('never throw, never mutate, and always give schema-valid data', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const frozen = deepFreeze(doc);
        const review = interpretReview(frozen);
        const strategy = interpretStrategy(frozen);
        const plan = interpretOutlinePlan(frozen);
        expect(ReviewSchema.safeParse(review.data).success).toBe(true);
        expect(StrategySchema.safeParse(strategy.data).success).toBe(true);
        expect(ActionPlanSchema.safeParse(plan.data).success).toBe(true);
        for (const d of [...review.diagnostics, ...strategy.diagnostics, ...plan.diagnostics]) expect(d.code).not.toBe('internal-error');
      }),
      { numRuns: 400 },
    );
  });
});
