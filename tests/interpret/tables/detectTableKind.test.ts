import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectTableKind, looksLikeActionPlan, looksLikePeerReview } from '../../../src/interpret/detectTableKind.js';
import { readTsvHtml } from '../../../src/read/tsv-html/readTsvHtml.js';
import type { SourceDocument } from '../../../src/read/types.js';

const read = (file: string) => readTsvHtml(readFileSync(file, 'utf8')).data;
const ap = read('examples/data/001-rspe-action-plan-2008-10.tsv');
const pr = read('examples/data/004-bromsgrove-peer-review-action-plan.tsv');

describe('detectTableKind', () => {
  it('tells the action plan from the peer review by their headers', () => {
    expect(detectTableKind(ap)).toBe('action-plan');
    expect(detectTableKind(pr)).toBe('peer-review');
    expect(looksLikeActionPlan(ap)).toBe(true);
    expect(looksLikePeerReview(ap)).toBe(false);
    expect(looksLikePeerReview(pr)).toBe(true);
    expect(looksLikeActionPlan(pr)).toBe(false);
  });

  it('says nothing for documents without a known table header', () => {
    expect(detectTableKind({ format: 'text', blocks: [{ type: 'paragraph', text: 'Action plan', line: 1, column: 1 }] })).toBeUndefined();
    const cell = (text: string, column: number) => ({ text, line: 1, column, paragraphs: [], items: [] });
    const doc: SourceDocument = { format: 'csv', blocks: [{ type: 'table', line: 1, column: 1, rows: [{ line: 1, cells: [cell('Name', 1), cell('Portfolio', 2)] }] }] };
    expect(detectTableKind(doc)).toBeUndefined();
    expect(detectTableKind(doc, { vocabulary: [{ field: 'title', headers: ['Name'] }, { field: 'leads', headers: ['Portfolio'] }] })).toBe('action-plan');
    expect(detectTableKind(null as unknown as SourceDocument)).toBeUndefined();
  });
});
