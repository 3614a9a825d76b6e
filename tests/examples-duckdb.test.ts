/**
 * examples/national-picture.ts, run as a user runs it: its DuckDB answer is
 * checked against the same counts done here in plain JavaScript from the
 * NDJSON file the command wrote.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportItemSchema, type ReportItem } from '../src/index.js';

const CLOSED = new Set(['complete', 'cancelled', 'deferred', 'superseded']);
const isOverdue = (i: ReportItem) => i.daysLate !== null && i.daysLate > 0 && !CLOSED.has(i.status);

describe('examples/national-picture.ts', () => {
  it('ranks the corpus bodies by overdue items in DuckDB, as plain JavaScript counts them from the NDJSON', () => {
    const ndjson = join(mkdtempSync(join(tmpdir(), 'national-picture-test-')), 'items.ndjson');
    const top = 5;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'examples/national-picture.ts', 'tests/corpus/raw', '--as-of', '2025-03-31', '--top', String(top), '--ndjson', ndjson], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    // The file the command wrote: one valid report item per line.
    const lines = readFileSync(ndjson, 'utf8').split('\n').filter((l) => l !== '');
    const items = lines.map((l) => ReportItemSchema.parse(JSON.parse(l)));
    const documents = new Set(items.map((i) => i.document));
    // Several of the corpus's 40 files give items; the check below is not vacuous.
    expect(readdirSync('tests/corpus/raw').length).toBe(40);
    expect(documents.size).toBeGreaterThan(1);
    const overdue = items.filter(isOverdue);
    expect(new Set(overdue.map((i) => i.document)).size).toBeGreaterThan(1);

    // Totals.
    expect(run.stdout).toContain(`${items.length} items from ${documents.size} documents`);
    expect(run.stdout).toContain(`${overdue.length} overdue items in ${new Set(overdue.map((i) => i.document)).size} documents`);

    // The ranking: overdue items, then worst days late, then name.
    const perDocument = new Map<string, { overdue: number; items: number; worst: number }>();
    for (const i of items) {
      const d = perDocument.get(i.document) ?? { overdue: 0, items: 0, worst: 0 };
      d.items += 1;
      if (isOverdue(i)) {
        d.overdue += 1;
        d.worst = Math.max(d.worst, i.daysLate!);
      }
      perDocument.set(i.document, d);
    }
    const expected = [...perDocument]
      .filter(([, d]) => d.overdue > 0)
      .sort(([a, x], [b, y]) => y.overdue - x.overdue || y.worst - x.worst || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, top)
      .map(([document, d]) => [d.overdue, d.items, d.worst, basename(document)].join(' '));
    const table = run.stdout.slice(run.stdout.indexOf('overdue  items  worst days late  document'), run.stdout.indexOf('By status:'));
    const printed = table
      .split('\n')
      .slice(1)
      .filter((l) => l.trim() !== '')
      .map((l) => l.trim().split(/\s+/).join(' '));
    expect(printed).toEqual(expected);

    // Per status.
    const statuses = new Map<string, number>();
    for (const i of items) statuses.set(i.status, (statuses.get(i.status) ?? 0) + 1);
    for (const [status, n] of statuses) expect(run.stdout).toMatch(new RegExp(`^ +${n}  ${status}$`, 'm'));
  });
});
