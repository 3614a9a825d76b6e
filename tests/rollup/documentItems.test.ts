import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentItems, parseDocument, rollUp } from '../../src/index.js';

const read = (name: string) => parseDocument(readFileSync(`examples/data/${name}`, 'utf8')).data;

describe('documentItems', () => {
  it('lists a review’s recommendations with their owners as leads', () => {
    const items = documentItems(read('000-wmra-review-recommendations.md'));
    expect(items.map((i) => i.ref)).toEqual(Array.from({ length: 15 }, (_, i) => `R${i + 1}`));
    expect(items.every((i) => i.type === 'recommendation')).toBe(true);
    expect(items.find((i) => i.ref === 'R4')?.leads).toEqual(['Regional Concordat partners']);
  });

  it('groups a review’s recommendations by their owners when they are rolled up as they are', () => {
    // They used to fall, all 15, under "(none)": a recommendation names owners, not leads.
    const review = read('000-wmra-review-recommendations.md') as { recommendations: Parameters<typeof rollUp>[0] };
    const direct = rollUp(review.recommendations, { by: 'lead', asOf: '2006-06-30' });
    const listed = rollUp(documentItems(read('000-wmra-review-recommendations.md')), { by: 'lead', asOf: '2006-06-30' });
    expect(direct.groups.map((g) => [g.key, g.total])).toEqual(listed.groups.map((g) => [g.key, g.total]));
    expect(direct.groups.some((g) => g.key === 'Regional Concordat partners')).toBe(true);
  });

  it('lists a peer review’s actions with their area as theme, without changing the document', () => {
    const doc = read('004-bromsgrove-peer-review-action-plan.tsv');
    const before = JSON.stringify(doc);
    const items = documentItems(Object.freeze(doc));
    expect(JSON.stringify(doc)).toBe(before);
    expect(new Set(items.flatMap((i) => i.themeIds ?? []))).toEqual(new Set(['1.1', '2.1', '3.1', '4.1']));
    const byArea = rollUp(items, { by: 'theme', asOf: '2009-12-31' });
    expect(byArea.groups.reduce((n, g) => n + g.total, 0)).toBe(items.length);
  });

  it('lists an action plan’s actions', () => {
    const items = documentItems(read('001-rspe-action-plan-2008-10.tsv'));
    expect(items).toHaveLength(16);
    expect(items[5]?.leads).toEqual(['Roger McKenzie']);
  });
});
