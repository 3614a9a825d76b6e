import { parse as parseCsv } from 'csv-parse/sync';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { reportModel, ReportItemSchema, writeCsv, writeHtml, writeJson, writeMarkdown, writeNdjson, writeText, type DocumentItem } from '../../src/index.js';

/** An invented plan: one item late by months, one late by days, one done, one not yet due, one with history. */
const ITEMS: DocumentItem[] = [
  { type: 'action', id: 'a1', ref: 'EDI-01', title: 'Publish the pay gap & audit', leads: ['HR'], timescale: { text: 'by 31 March 2024', kind: 'date', end: '2024-03-31' } },
  { type: 'action', id: 'a2', ref: 'EDI-02', title: 'Train panel chairs', leads: ['Learning'], timescale: { text: 'June 2024', kind: 'month', start: '2024-06-01', end: '2024-06-20' } },
  { type: 'action', id: 'a3', ref: 'EDI-03', title: 'Set up staff network', leads: ['HR'], status: 'complete', completedOn: '2024-01-10', timescale: { text: 'January 2024', kind: 'date', end: '2024-01-31' } },
  { type: 'action', id: 'a4', ref: 'EDI-04', title: '=cmd|calc <script>alert(1)</script>', leads: ['Comms'], timescale: { text: 'December 2024', kind: 'date', end: '2024-12-31' } },
  { type: 'action', id: 'a5', ref: 'EDI-05', title: 'Accessible venues', leads: ['Estates'], rag: 'green', updates: [{ date: '2024-02-01', rag: 'green' }], timescale: { text: 'by 30 April 2024', kind: 'date', end: '2024-04-30' } },
];
const model = reportModel(ITEMS, { asOf: '2024-06-30', document: 'plan.csv', diagnostics: [{ code: 'year-assumed', severity: 'info', message: 'm', line: 2, column: 1 }, { code: 'odd-cell', severity: 'warning', message: 'A cell we could not place', line: 4, column: 2 }] });

describe('reportModel', () => {
  it('puts late items first, most days late first, with dates and lateness in words', () => {
    expect(model.items.map((i) => i.ref)).toEqual(['EDI-01', 'EDI-05', 'EDI-02', 'EDI-03', 'EDI-04']);
    expect(model.items[0]).toMatchObject({ due: '2024-03-31', dueText: '31 Mar 2024', daysLate: 91, lateness: '3 months late', status: 'red' });
    expect(model.items.find((i) => i.ref === 'EDI-02')).toMatchObject({ daysLate: 10, lateness: '10 days late' });
    expect(model.items.find((i) => i.ref === 'EDI-04')?.lateness).toBe('6 months to go');
    for (const item of model.items) expect(ReportItemSchema.safeParse(item).success).toBe(true);
  });

  it('shows status movement where the item has dated history, and none where it has not', () => {
    const moved = model.items.find((i) => i.ref === 'EDI-05')!;
    expect(moved.previousStatus).toBe('green');
    expect(moved.movement).toBe(moved.status === 'green' ? 'same' : 'worse');
    expect(model.items.find((i) => i.ref === 'EDI-01')?.movement).toBeNull();
  });
});

describe('writers', () => {
  it('text: as-of line, late first, title and lead columns, roll-up last; colour only when asked', () => {
    const plain = writeText(model);
    const lines = plain.split('\n');
    expect(lines.slice(0, 2)).toEqual(['==> plan.csv <==', 'As of 30 Jun 2024']);
    expect(plain).toMatch(/^EDI-01 +Red +3 months late +Publish the pay gap & audit +HR$/m);
    expect(plain.indexOf('By lead:')).toBeGreaterThan(plain.indexOf('EDI-04'));
    expect(plain).not.toContain('\u001b');
    const coloured = writeText(model, { color: true });
    expect(coloured).toContain('\u001b[31mRed');
    expect(coloured.replaceAll('\u001b[31m', '').replaceAll('\u001b[32m', '').replaceAll('\u001b[33m', '').replaceAll('\u001b[34m', '').replaceAll('\u001b[39m', '')).toBe(plain);
    for (const line of writeText(model, { width: 70 }).split('\n')) expect(line.length).toBeLessThanOrEqual(70);
  });

  it('text: a title, ref or lead with a tab or line break stays on its own row', () => {
    // A cell pasted from a spreadsheet can carry a tab or a line break; it used to start a new
    // line of the report that read as a row of its own.
    const odd: DocumentItem[] = [{ type: 'action', id: 'x', ref: 'X\t1', title: 'Audit the forms\nEDI-99  Green  done  Forged row', leads: ['HR\r\nComms', 'Estates\u2028Team'], timescale: { text: 'by 31 March 2024', kind: 'date', end: '2024-03-31' } }];
    const lines = writeText(reportModel(odd, { asOf: '2024-06-30', document: 'plan\n.csv' })).split('\n');
    expect(lines[0]).toBe('==> plan .csv <==');
    const row = lines.filter((l) => l.startsWith('X 1 '));
    expect(row).toHaveLength(1);
    expect(row[0]).toContain('Audit the forms EDI-99 Green done Forged row'.slice(0, 20));
    expect(lines.some((l) => l.startsWith('EDI-99'))).toBe(false);
    expect(lines.join('\n')).not.toMatch(/[\t\r\u2028]/u);
  });

  it('text: each item\'s why on the line under it, wrapped to the width, at most three lines', () => {
    const lines = writeText(model).split('\n');
    const late = lines.findIndex((l) => l.startsWith('EDI-01 '));
    expect(lines[late + 1]).toMatch(/^ +why: due 2024-03-31, 91 days late$/);
    for (const item of model.items) {
      const at = lines.findIndex((l) => l.startsWith(`${item.ref} `));
      const under: string[] = [];
      for (let n = at + 1; lines[n]?.startsWith(' '); n++) under.push(lines[n]!.trim());
      expect(under.join(' ')).toBe(`why: ${item.why}`);
    }
    // EDI-05's why (reported green, overruled) is longer than the 100 columns: it wraps, every line fits.
    expect(model.items.find((i) => i.ref === 'EDI-05')!.why.length).toBeGreaterThan(100);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    // A long reason (a council's own rule may write one) wraps under itself and is cut after three lines.
    const words = Array.from({ length: 60 }, (_, n) => `reason${n}`);
    const long = { ...model, items: model.items.map((i, n) => (n === 0 ? { ...i, why: words.join(' ') } : i)) };
    const narrow = writeText(long, { width: 70 }).split('\n');
    const first = narrow.findIndex((l) => l.startsWith('EDI-01 '));
    const why = narrow.slice(first + 1, first + 4);
    expect(why[0]).toMatch(/^ +why: reason0 reason1 /);
    const indent = why[0]!.indexOf('reason0');
    for (const l of why.slice(1)) expect(l.slice(0, indent).trim()).toBe('');
    expect(why[2]).toMatch(/…$/);
    expect(narrow[first + 4]).toMatch(/^EDI-05 /);
    const shown = why.map((l) => l.slice(indent).replace('…', '')).join(' ').split(' ');
    expect(shown.slice(0, -1)).toEqual(words.slice(0, shown.length - 1));
    for (const line of narrow) expect(line.length).toBeLessThanOrEqual(70);
  });

  it('markdown: ordinary text as written, one table row per item', () => {
    const md = writeMarkdown(model);
    expect(md).toContain('| EDI-01 | Publish the pay gap & audit | HR | 31 Mar 2024 | 3 months late | Red |');
    const tables = marked.lexer(md).filter((t) => t.type === 'table') as Tokens.Table[];
    expect(tables.map((t) => t.rows.length)).toEqual([5, model.groups.length]);
    expect(md).not.toContain('<script');
  });

  it('csv: formula injection defused, BOM on request', () => {
    const csv = writeCsv([model]);
    const rows = parseCsv(csv) as string[][];
    expect(rows[0]).toEqual(['document', 'ref', 'title', 'due', 'days late', 'status', 'why', 'leads']);
    expect(rows.find((r) => r[1] === 'EDI-04')?.[2]).toBe("'=cmd|calc <script>alert(1)</script>");
    expect(writeCsv([model], { bom: true })).toBe(`\uFEFF${csv}`);
  });

  it('ndjson and json: one item per line; the json holds groups and diagnostics', () => {
    const lines = writeNdjson([model, model]).trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(JSON.parse(lines[0]!)).toEqual(model.items[0]);
    const json = JSON.parse(writeJson([model])) as { reports: (typeof model)[] };
    expect(json.reports[0]).toEqual(model);
  });

  it('html: a whole page, no script, bars that match the roll-up, warnings shown, infos counted', () => {
    const html = writeHtml([model]);
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|href=|@import|url\(/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const g of model.groups) {
      const bar = new RegExp(`<g data-group="${g.label}">(.*?)</g>`).exec(html)![1]!;
      const counts = [...bar.matchAll(/data-status="([^"]+)" data-count="(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
      expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(Object.entries(g.counts).filter(([, n]) => n > 0)));
    }
    expect(html).toContain('<table class="rollup">');
    expect(html).toContain('A cell we could not place');
    expect(html).toContain('Information: 1 <code>year-assumed</code>.');
    expect(html).toContain('@media print{@page{size:A4');
    expect(html).toMatch(/<span class="badge"[^>]*>Red<\/span>/);
  });
});
