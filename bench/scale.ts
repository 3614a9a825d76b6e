/**
 * How parseDocument's time grows with the length of a document, format by
 * format: each shape at three sizes, each 4× the last. Linear work takes
 * about 4× as long at each step; a quadratic loop shows as 16×. The shapes
 * are the five samples' bodies repeated, and generated plans in the formats
 * the samples do not cover (CSV, HTML tables, markdown tables).
 *
 * Run: `npm run bench:scale` (`node --expose-gc --import tsx bench/scale.ts`).
 * Writes `bench/results/scale.md`; `npm run bench:scale -- 'markdown table'` runs
 * the shapes whose name contains that text and only prints.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parse as parseCsv } from 'csv-parse/sync';
import { Parser } from 'htmlparser2';
import { marked } from 'marked';
import { parseDocument } from '../src/parse/index.js';

/**
 * The peer measured in the same run: the bare parser under each format
 * (marked's lexer, htmlparser2, csv-parse), or for plain text a split into
 * lines with one pattern tried on each — what any reader of the text must do.
 * Its growth shows how much of ours is the machine's (heap, caches, load).
 */
const PEERS = {
  markdown: (text: string) => marked.lexer(text),
  html: (text: string) => {
    const parser = new Parser({ ontext() {} });
    parser.write(text);
    parser.end();
  },
  csv: (text: string) => parseCsv(text, { relax_column_count: true }),
  text: (text: string) => text.split('\n').filter((l) => /^\s*(?:\(?[0-9a-z]{1,3}[.)]|[-*•])\s/iu.test(l)).length,
} satisfies Record<string, (text: string) => unknown>;
type Peer = keyof typeof PEERS;

/** A sample's first lines, then its body `n` times. */
function repeated(file: string, keep: number): (n: number) => string {
  const lines = readFileSync(new URL(`../examples/data/${file}`, import.meta.url), 'utf8').split('\n');
  const head = lines.slice(0, keep).join('\n');
  const body = lines.slice(keep).join('\n');
  return (n) => `${head}\n${Array.from({ length: n }, () => body).join('\n')}`;
}

/** A generated action plan of `n` rows: header cells, then rows built by `row`. */
function generated(open: string, row: (i: number) => string, close = ''): (n: number) => string {
  return (n) => {
    const out = [open];
    for (let i = 1; i <= n; i++) out.push(row(i));
    out.push(close);
    return out.join('\n');
  };
}

const action = (i: number) => `${i}. Train staff in equality law, then managers`;
const when = (i: number) => `by March ${2009 + (i % 5)}`;

const month = (i: number) => ['March', 'June', 'September', 'December'][i % 4] as string;
const WORDS = ['library', 'housing', 'transport', 'parks', 'schools', 'leisure', 'planning', 'waste', 'care', 'licensing', 'museums', 'markets'];
/** Words that differ from item to item, as real items' words do (so no list reads as a restatement of another). */
const topic = (i: number) => `${WORDS[i % 12] as string} and ${WORDS[Math.floor(i / 12) % 12] as string} services in ward ${i}`;

const SHAPES: { name: string; make: (n: number) => string; base: number; peer: Peer }[] = [
  { name: '000 review (markdown list)', make: repeated('000-wmra-review-recommendations.md', 10), base: 40, peer: 'markdown' },
  { name: '001 action plan (TSV with HTML)', make: repeated('001-rspe-action-plan-2008-10.tsv', 8), base: 10, peer: 'html' },
  { name: '002 strategy (markdown)', make: repeated('002-wmca-race-equalities-strategy.md', 5), base: 40, peer: 'markdown' },
  { name: '003 scheme (text outline)', make: repeated('003-wmca-equity-inclusion-objective-3.txt', 5), base: 100, peer: 'text' },
  { name: '004 peer review (TSV with HTML)', make: repeated('004-bromsgrove-peer-review-action-plan.tsv', 5), base: 40, peer: 'html' },
  { name: 'action plan (CSV)', make: generated('Action,Timescale,Lead', (i) => `"${action(i)}",${when(i)},Cllr Smith ${i}`), base: 5000, peer: 'csv' },
  { name: 'action plan (markdown table)', make: generated('| Action | Timescale | Lead |\n| --- | --- | --- |', (i) => `| ${action(i)} | ${when(i)} | Cllr Smith ${i} |`), base: 5000, peer: 'markdown' },
  {
    name: 'action plan (HTML table)',
    make: generated('<table><tr><th>Action</th><th>Timescale</th><th>Lead</th></tr>', (i) => `<tr><td>${action(i)}</td><td>${when(i)}</td><td>Cllr Smith ${i}</td></tr>`, '</table>'),
    base: 5000,
    peer: 'html',
  },
  { name: 'review (R1 … Rn paragraphs)', make: generated('Recommendations\n', (i) => `R${i} That the Council publish a plan by 31 March 2006 and report to the panel.\n`), base: 5000, peer: 'text' },
  // Tables that lost their grid in plain text (issue 12): made up, in the shapes PDF and web text arrive in.
  {
    name: 'action plan (fixed-width text columns, wrapped cells)',
    make: generated('Ref   Action                              Lead                Timescale', (i) =>
      [`${String(i).padEnd(6)}${`Train staff in ${WORDS[i % 12] as string} services`.padEnd(36)}${`Service Lead ${i}`.padEnd(20)}${month(i)} 2025`, `      ${`on equality law, ward ${i}`.padEnd(36)}Team`].join('\n'),
    ),
    base: 2000,
    peer: 'text',
  },
  { name: "action plan (' / ' rows)", make: generated('Ref / Action / Lead / Timescale', (i) => `${i} / ${action(i)} / Service Lead / Deputy ${i} / ${when(i)}`), base: 2000, peer: 'text' },
  { name: 'action plan (one cell per line)', make: generated('Ref\nAction\nLead\nTimescale', (i) => [String(i), action(i), `Cllr Smith ${i}`, `${month(i)} 2025`].join('\n')), base: 2000, peer: 'text' },
  // Prose shapes read by the structure reader (issue 11): made up, in the shapes other bodies write.
  {
    name: 'minutes (RESOLVED, numbered paragraphs, (a)…(c))',
    make: generated('Minutes of the Overview and Scrutiny Committee held on 3 March 2024\n', (i) =>
      [`${i}. Equality objectives update ${i}`, `${i}.1 The Committee considered a report of the Head of Policy on item ${i}.`, 'RESOLVED that:', `(a) the Council publish objectives for ${topic(i)} by 31 ${month(i)} 2025;`, `(b) the Head of Policy report progress on ${topic(i + 7)} every six months;`, `(c) the report on ${topic(i + 3)} be noted.`, ''].join('\n'),
    ),
    base: 1000,
    peer: 'text',
  },
  {
    name: 'objectives page (labelled blocks with key–value fields)',
    make: generated('Our equality objectives 2024 to 2028\n', (i) =>
      [`Objective ${i}: Make services easier to reach for disabled residents, area ${i}`, `Lead officer: Head of Service ${i}`, `Target date: ${month(i)} 2026`, 'When this will happen: each year in the annual report', ''].join('\n'),
    ),
    base: 1000,
    peer: 'text',
  },
  {
    name: 'labelled tracker (Theme – N actions, Action n.m)',
    make: generated('Equality action plan\n', (i) =>
      [`Theme ${i} – 3 actions`, `Action ${i}.1: Review the recruitment panel guidance`, `Action ${i}.2: Publish the pay gap figures by ${month(i)} 2025`, `Action ${i}.3: Train managers in reasonable adjustments`, ''].join('\n'),
    ),
    base: 1000,
    peer: 'text',
  },
  {
    name: 'bullets under headings, deadline-only lines (markdown)',
    make: generated('# Equality plan\n', (i) => [`## Priority ${i}: Fair access`, '', 'We will:', '', '- Audit the website for accessibility', `By ${month(i)} 2025`, '- Consult the disability forum on the new library', ''].join('\n')),
    base: 1000,
    peer: 'markdown',
  },
  {
    name: 'review (numbered lead-ins with a deadline and (i)…(iii))',
    make: generated('Recommendations of the review panel\n', (i) =>
      [`${i}. By the end of ${month(i)} 2025 the directorate should:`, `(i) publish workforce data for ${topic(i)};`, `(ii) set targets for ${topic(i + 5)};`, `(iii) report on ${topic(i + 9)} to the panel.`, ''].join('\n'),
    ),
    base: 1000,
    peer: 'text',
  },
];

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * The fastest of three runs, in seconds of CPU (user and system, all the
 * process's threads, so the collector's helpers count), each after a garbage
 * collection when node runs with --expose-gc. CPU time rather than wall time:
 * on a machine whose cores other jobs share, a run waits for a core as long
 * as it works, and the wait is no property of the code.
 */
function time(text: string, run: (text: string) => unknown = parseDocument): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    gc?.();
    const t0 = process.cpuUsage();
    run(text);
    const t = process.cpuUsage(t0);
    best = Math.min(best, (t.user + t.system) / 1e6);
  }
  return best;
}

const rows: string[] = [];
let worst = 0;
const only = process.argv.slice(2);
for (const shape of SHAPES) {
  if (only.length > 0 && !only.some((o) => shape.name.includes(o))) continue;
  parseDocument(shape.make(shape.base)); // warm the JIT
  const cells: string[] = [];
  const growth: number[] = [];
  const peerGrowth: number[] = [];
  let previous: number | undefined;
  let previousPeer: number | undefined;
  for (const n of [shape.base, shape.base * 4, shape.base * 16]) {
    const text = shape.make(n);
    const seconds = time(text);
    const peer = time(text, PEERS[shape.peer]);
    cells.push(`${(text.length / 2 ** 20).toFixed(2)} MB: ${seconds.toFixed(3)} s`);
    if (previous !== undefined && previousPeer !== undefined) {
      growth.push(seconds / previous);
      peerGrowth.push(peer / previousPeer);
    }
    previous = seconds;
    previousPeer = peer;
  }
  worst = Math.max(worst, ...growth);
  const ratios = (g: number[]) => g.map((x) => `${x.toFixed(1)}×`).join(', ');
  rows.push(`| ${shape.name} | ${cells.join(' | ')} | ${ratios(growth)} | ${shape.peer}: ${ratios(peerGrowth)} |`);
}

const report = `# How parse time grows with document length

Generated by \`npm run bench:scale\`: \`parseDocument\` on each shape at three sizes, each
4× the last (the fastest of three runs, in CPU time, each after a garbage collection). Linear work takes about 4× as long at each step
(a little more as the heap grows); a loop over everything seen so far would show 16×.
The peer, timed the same way on the same text in the same run, is the bare parser under the
format (marked's lexer, htmlparser2, csv-parse; for plain text a split into lines with one
list-marker pattern): its growth is what the machine itself adds at that size.

| shape | 1× | 4× | 16× | growth per 4× | peer's growth per 4× |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Largest growth per 4× in this run: **${worst.toFixed(1)}×**.

Machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, Node ${process.version}, ${os.platform()} ${os.arch()};
load average at the end ${os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(', ')}.
`;
// A run of some shapes only (`npm run bench:scale -- 'markdown table'`) prints, and keeps the full run's file.
if (only.length === 0) writeFileSync(new URL('./results/scale.md', import.meta.url), report);
console.log(report);
