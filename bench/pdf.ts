/**
 * How `parseOffice`'s time on a PDF action plan grows with its length: a
 * generated plan of 125, 250, 500 and 1000 actions (a table of four columns,
 * each action's text over two to four lines, pages of 40 lines, so page
 * breaks fall inside rows and the header is repeated on each page). Linear
 * work takes about 2× as long at each step; a quadratic loop shows as 4×.
 * The peer, measured in the same run, is unpdf's own text extraction of the
 * same file (what any PDF reader must pay), so the machine's share of the
 * growth shows. Each plan is checked to come back with all its actions.
 *
 * Run: `npx tsx bench/pdf.ts`. Writes `bench/results/pdf.md`.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { extractText, getDocumentProxy } from 'unpdf';
import { parseOffice } from '../src/office/index.js';
import { minimalPdf } from '../tests/_support/minimal-pdf.js';

const SIZES = [125, 250, 500, 1000];
const RUNS = 5;

const WORDS = ['review', 'the', 'access', 'audit', 'with', 'partners', 'and', 'publish', 'findings', 'for', 'staff', 'networks', 'across', 'all', 'sites', 'monthly'];
const LEADS = ['Head of HR', 'Estates Manager', 'Inclusion Officer', 'Comms Lead'];
const MONTHS = ['March', 'June', 'September', 'December'];

/** An invented plan of `n` actions laid out as a PDF table, with its cell borders drawn when `ruled`. */
function plan(n: number, ruled = false): Uint8Array {
  const X = [60, 400, 560, 700];
  const RIGHT = 800;
  const header = ['Action', 'Lead', 'By When', 'Status'];
  const pages: { x: number; y: number; text: string }[][] = [];
  // Each page's horizontal rules (above each row, and under the last line) and its lowest line.
  const tops: number[][] = [];
  const lows: number[] = [];
  let page: { x: number; y: number; text: string }[] = [];
  let y = 0;
  const newPage = () => {
    page = [];
    pages.push(page);
    y = 540;
    tops.push([y + 9, y - 8]);
    header.forEach((h, c) => page.push({ x: X[c]!, y, text: h }));
    y -= 14;
  };
  newPage();
  for (let i = 1; i <= n; i++) {
    const lines = 2 + (i % 3);
    const action = Array.from({ length: lines }, (_, l) => Array.from({ length: 9 }, (_, w) => WORDS[(i * 7 + l * 3 + w) % WORDS.length]).join(' '));
    action[0] = `${i}. ${action[0]}`;
    // A sentence's end (a plan's last row without one reads as a row cut short).
    action[lines - 1] += '.';
    const cells = [action, [LEADS[i % 4]!], [`${MONTHS[i % 4]} ${2030 + (i % 3)}`], ['On track']];
    y -= 1.5; // the padding between rows
    for (let l = 0; l < lines; l++) {
      if (y < 60) newPage(); // a page break, often in the middle of a row
      if (l === 0) tops[tops.length - 1]!.push(y + 8);
      cells.forEach((cell, c) => {
        if (cell[l] !== undefined) page.push({ x: X[c]!, y, text: cell[l]! });
      });
      lows[pages.length - 1] = y;
      y -= 10.5;
    }
  }
  if (!ruled) return minimalPdf(pages);
  const rules = tops.map((ys, k) => {
    const bottom = lows[k]! - 4;
    return [...[...ys, bottom].map((at) => [X[0]! - 4, at, RIGHT, at]), ...[...X.map((x) => x - 4), RIGHT].map((x) => [x, bottom, x, ys[0]!])];
  });
  return minimalPdf(pages, rules);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(f: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** The bench's rows for plans drawn with or without their cell borders. */
async function measure(ruled: boolean): Promise<string[]> {
  const rows: string[] = [];
  let last: { ours: number; peer: number } | undefined;
  for (const n of SIZES) {
    const bytes = plan(n, ruled);
    const pages = (await getDocumentProxy(bytes.slice())).numPages;
    const { data, diagnostics } = await parseOffice(bytes, { kind: 'action-plan' });
    const got = data.kind === 'action-plan' ? data.actions.length : 0;
    if (got !== n) throw new Error(`${n} actions written, ${got} read${ruled ? ' (ruled)' : ''}: ${diagnostics.slice(0, 3).map((d) => d.message).join('; ')}`);
    const ours = await time(() => parseOffice(bytes, { kind: 'action-plan' }));
    const peer = await time(async () => extractText(await getDocumentProxy(bytes.slice())));
    const growth = last === undefined ? '' : `${(ours / last.ours).toFixed(2)}× (peer ${(peer / last.peer).toFixed(2)}×)`;
    rows.push(`| ${n} | ${pages} | ${(bytes.length / 1024).toFixed(0)} KiB | ${ours.toFixed(0)} ms | ${(ours / n).toFixed(2)} ms | ${peer.toFixed(0)} ms | ${growth} |`);
    console.log(ruled ? 'ruled' : 'text', rows[rows.length - 1]);
    last = { ours, peer };
  }
  return rows;
}

const plain = await measure(false);
const ruledRows = await measure(true);

const report = `# PDF plans: time against length

\`npx tsx bench/pdf.ts\` on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; median of ${RUNS} runs.
Each plan is generated (four columns, two to four lines an action, page breaks inside rows, the
header repeated on each page) and read back whole (every action found) before it is timed. The
peer is unpdf's own \`extractText\` on the same bytes. Doubling the actions should about double
the time (2×); a quadratic step would show 4×.

Text only (no drawing: the table is found from the text's positions):

| actions | pages | size | parseOffice | per action | unpdf extractText | growth on the row before |
| --- | --- | --- | --- | --- | --- | --- |
${plain.join('\n')}

Ruled (every cell's borders drawn: the table is read from its rules, which costs pdf.js's
operator list of each page as well as its text):

| actions | pages | size | parseOffice | per action | unpdf extractText | growth on the row before |
| --- | --- | --- | --- | --- | --- | --- |
${ruledRows.join('\n')}
`;
writeFileSync(new URL('results/pdf.md', import.meta.url), report);
