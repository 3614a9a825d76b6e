/**
 * Nothing is lost: every word of every non-header cell of samples 001 and
 * 004 appears in the interpreted data (any string field) or in the text of
 * a diagnostic, as often as it is written. Prints the coverage.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyMapOf } from '../../../src/interpret/_table/header.js';
import { rowEvents } from '../../../src/interpret/_table/rows.js';
import { interpretActionPlan } from '../../../src/interpret/interpretActionPlan.js';
import { interpretPeerReview } from '../../../src/interpret/interpretPeerReview.js';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import { ActionPlanSchema, PeerReviewSchema } from '../../../src/model/plan.js';
import { readTsvHtml } from '../../../src/read/tsv-html/readTsvHtml.js';
import type { SourceDocument } from '../../../src/read/types.js';

const tokens = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '');

function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) {
    out.push(k);
    stringsOf(v, out);
  }
  return out;
}

/**
 * Words of every cell of every row the interpreter did not read as a header.
 * A "Lead Member:" label is markup, like a header (its value becomes
 * `leads`), so the label's own two words are not counted.
 */
function contentWords(doc: SourceDocument): string[] {
  const out: string[] = [];
  for (const e of rowEvents(doc, keyMapOf(undefined))) {
    if (e.kind === 'content') for (const c of e.row.cells) out.push(...tokens(c.text.split('Lead Member:').join(' ')));
  }
  return out;
}

/**
 * Counts words as a multiset: a word written n times in the cells must be
 * found at least n times in the output, so a dropped sentence made of common
 * words is still noticed.
 */
function coverage(doc: SourceDocument, data: unknown, diagnostics: readonly Diagnostic[]): { total: number; missing: string[] } {
  const kept = new Map<string, number>();
  for (const t of tokens([...stringsOf(data), ...diagnostics.map((d) => d.text ?? '')].join(' '))) kept.set(t, (kept.get(t) ?? 0) + 1);
  const words = contentWords(doc);
  const missing: string[] = [];
  for (const w of words) {
    const n = kept.get(w) ?? 0;
    if (n > 0) kept.set(w, n - 1);
    else missing.push(w);
  }
  return { total: words.length, missing };
}

function read(file: string): SourceDocument {
  return readTsvHtml(readFileSync(file, 'utf8'), { source: file }).data;
}

describe('nothing is lost', () => {
  it('sample 001: every word of every action row is in the action plan', () => {
    const doc = read('examples/data/001-rspe-action-plan-2008-10.tsv');
    const { data, diagnostics } = interpretActionPlan(doc);
    ActionPlanSchema.parse(data);
    const { total, missing } = coverage(doc, data, diagnostics);
    console.log(`001 coverage: ${total - missing.length}/${total} words (${(((total - missing.length) / total) * 100).toFixed(1)}%)`);
    expect(total).toBeGreaterThan(1500);
    expect(missing).toEqual([]);
  });

  it('sample 004: every word of every non-header row is in the peer review or a diagnostic', () => {
    const doc = read('examples/data/004-bromsgrove-peer-review-action-plan.tsv');
    const { data, diagnostics } = interpretPeerReview(doc);
    PeerReviewSchema.parse(data);
    const { total, missing } = coverage(doc, data, diagnostics);
    console.log(`004 coverage: ${total - missing.length}/${total} words (${(((total - missing.length) / total) * 100).toFixed(1)}%)`);
    expect(total).toBeGreaterThan(2000);
    expect(missing).toEqual([]);
  });

  it('the check can fail: dropping one strength leaves its words missing', () => {
    const doc = read('examples/data/004-bromsgrove-peer-review-action-plan.tsv');
    const { data, diagnostics } = interpretPeerReview(doc);
    const cut = { ...data, areas: data.areas.map((a, k) => (k === 0 ? { ...a, strengths: a.strengths.slice(1) } : a)) };
    const missing = coverage(doc, cut, diagnostics).missing;
    expect(missing).toContain('amongst');
    expect(missing).toContain('bromsgrove');
  });
});
