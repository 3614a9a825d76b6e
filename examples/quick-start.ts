/**
 * The README's "Use" section, run as a program: every value the README
 * claims is asserted here, and `npm test` runs this file.
 *
 *   npx tsx examples/quick-start.ts
 */
import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { documentItems, formatDiagnostics, parseDocument, parseTimescale, ragStatus, rollUp, slippage } from '../src/index.js';

const text = readFileSync(new URL('./data/000-wmra-review-recommendations.md', import.meta.url), 'utf8');

const { data, diagnostics } = parseDocument(text, { source: 'review.md' });
const printed = formatDiagnostics(diagnostics, { source: 'review.md' });
console.log(printed);
strictEqual(
  printed.split('\n').find((line) => line.includes('[invalid-date]')),
  'review.md:36:103: error Unexpected `31 June 2006`, expected a real calendar date; read as the nearest real date, 30 June 2006 [invalid-date]',
);

if (data.kind !== 'review') throw new Error(`expected a review, got ${data.kind}`);
const r4 = data.recommendations.find((r) => r.id === 'R4')!;
const late = slippage(r4, { asOf: '2006-06-30' });
strictEqual(late.days, 91);
strictEqual(late.due, '2006-03-31');
const rag = ragStatus(r4, { asOf: '2006-06-30' });
strictEqual(rag.status, 'red');
console.log(`R4: ${rag.status} — ${rag.reason}`);
const byLead = rollUp(documentItems(data), { by: 'lead', asOf: '2006-06-30' });
deepStrictEqual([byLead.all.total, byLead.all.counts['red'], byLead.all.counts['green'], byLead.all.counts['no-deadline']], [15, 3, 10, 2]);
strictEqual(byLead.groups.find((g) => g.label === 'Regional Concordat partners')?.status, 'red');
console.log(`by lead: ${byLead.groups.map((g) => `${g.label} ${g.status ?? '-'}`).join('; ')}`);

const autumn = parseTimescale('by autumn 2006');
deepStrictEqual([autumn.kind, autumn.start, autumn.end], ['season', undefined, '2006-11-30']);
const fy = parseTimescale('2008/09');
deepStrictEqual([fy.kind, fy.start, fy.end], ['financial-year', '2008-04-01', '2009-03-31']);
const october = parseTimescale('by October', { context: { start: '2008-04-01', end: '2009-03-31' } });
deepStrictEqual([october.kind, october.end, october.yearAssumed], ['month', '2008-10-31', true]);
const noYear = parseTimescale('by October');
strictEqual(noYear.end, undefined); // never a guessed year
console.log('quick start: all README claims hold');
