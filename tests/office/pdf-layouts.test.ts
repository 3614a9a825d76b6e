/**
 * Issue 14: layouts a PDF reader must not get wrong, on PDFs written by hand
 * (tests/_support/minimal-pdf.ts) so every line and rule is where the test
 * says: ruled tables across pages and inside columns, wide tables between
 * column sections, lines of several pieces in a column, bullets after a full
 * line, and a boxed note. The text is invented.
 */
import * as unpdf from 'unpdf';
import { describe, expect, it } from 'vitest';
import { _pdfBlocks } from '../../src/office/_pdf.js';
import { minimalPdf } from '../_support/minimal-pdf.js';

type Text = { x: number; y: number; text: string };
const FILL = 'the quick brown fox jumps over the lazy dog and then runs far away';

/** A column of paragraphs at `x` from `y` down: paragraph k of `lines[k]` lines, the last short, a blank line after each. */
function column(tag: string, x: number, y: number, lines: number[], pitch = 11): Text[] {
  const out: Text[] = [];
  lines.forEach((n, p) => {
    for (let l = 0; l < n; l++) {
      out.push({ x, y, text: `${tag}${p}.${l} ${l === n - 1 ? 'end here.' : FILL}` });
      y -= pitch;
    }
    y -= pitch;
  });
  return out;
}

/** A ruled table: rows 20 points apart from `top`, cells' text 5 points inside the rules at `walls`. */
function ruled(top: number, walls: number[], rows: string[][]): { text: Text[]; rules: number[][] } {
  const text: Text[] = [];
  const rules: number[][] = [];
  let y = top;
  for (const r of rows) {
    rules.push([walls[0]!, y + 12, walls[walls.length - 1]!, y + 12]);
    r.forEach((c, i) => c !== '' && text.push({ x: walls[i]! + 5, y, text: c }));
    y -= 20;
  }
  rules.push([walls[0]!, y + 12, walls[walls.length - 1]!, y + 12]);
  for (const x of walls) rules.push([x, y + 12, x, top + 12]);
  return { text, rules };
}

/** Each block as its first words: a paragraph's first word, a table's cells. */
async function outline(bytes: Uint8Array): Promise<(string | string[][])[]> {
  const blocks = await _pdfBlocks(unpdf, bytes, []);
  return blocks.map((b) => (b.type === 'table' ? b.rows.map((r) => r.cells.map((c) => c.replace(/\s+/gu, ' '))) : b.text.split(' ')[0]!));
}

describe('ruled tables', () => {
  it('going on to the next page mid-page, a row whose first cell is empty stays a row of its own', async () => {
    const walls = [56, 200, 400, 600];
    const p1 = ruled(300, walls, [['Theme', 'Action', 'Lead'], ['Parks', 'Fit ramps', 'Manager'], ['Roads', 'Fix kerbs', 'Engineer']]);
    const p2 = ruled(540, walls, [['', 'Paint lines', 'Engineer'], ['Schools', 'Add lifts', 'Head']]);
    expect(await outline(minimalPdf([p1.text, [...p2.text, { x: 56, y: 40, text: 'A closing note well below the table.' }]], [p1.rules, p2.rules]))).toEqual([
      [
        ['Theme', 'Action', 'Lead'],
        ['Parks', 'Fit ramps', 'Manager'],
        ['Roads', 'Fix kerbs', 'Engineer'],
        ['', 'Paint lines', 'Engineer'],
        ['Schools', 'Add lifts', 'Head'],
      ],
      'A',
    ]);
  });

  it('a boxed note with a rule under its title is prose, not a one-column table', async () => {
    const text = [
      { x: 56, y: 540, text: 'Introduction paragraph before the note.' },
      { x: 66, y: 500, text: 'Note' },
      { x: 66, y: 478, text: 'Residents asked for ramps at every gate.' },
      { x: 66, y: 467, text: 'We will report on this each spring.' },
      { x: 56, y: 420, text: 'A paragraph after the note.' },
    ];
    const box = [
      [56, 512, 700, 512],
      [56, 490, 700, 490],
      [56, 455, 700, 455],
      [56, 455, 56, 512],
      [700, 455, 700, 512],
    ];
    expect((await outline(minimalPdf([text], [box]))).every((b) => typeof b === 'string')).toBe(true);
  });
});

describe('two-column pages', () => {
  it('a wide ruled table between two column sections is read between them', async () => {
    const t = ruled(380, [56, 300, 500, 740], [['Col A', 'Col B', 'Col C'], ['a1', 'b1', 'c1']]);
    const text = [...column('LT', 56, 540, [3, 4, 3]), ...column('RT', 420, 540, [4, 2, 5]), ...t.text, ...column('LB', 56, 300, [3, 4, 3]), ...column('RB', 420, 300, [4, 2, 5])];
    expect(await outline(minimalPdf([text], [t.rules]))).toEqual([
      'LT0.0',
      'LT1.0',
      'LT2.0',
      'RT0.0',
      'RT1.0',
      'RT2.0',
      [
        ['Col A', 'Col B', 'Col C'],
        ['a1', 'b1', 'c1'],
      ],
      'LB0.0',
      'LB1.0',
      'LB2.0',
      'RB0.0',
      'RB1.0',
      'RB2.0',
    ]);
  });

  it('a ruled table in each column is read in its column, in its place', async () => {
    const right = ruled(540, [420, 560, 740], [['R head', 'R val'], ['r1', 'v1']]);
    const left = ruled(400, [56, 200, 360], [['L head', 'L val'], ['l1', 'w1']]);
    const text = [...column('L', 56, 540, [3, 4, 3]), ...left.text, ...column('LL', 56, 353, [3, 3]), ...column('R', 420, 507, [2, 4, 3, 5]), ...right.text];
    const got = await outline(minimalPdf([text], [[...right.rules, ...left.rules]]));
    expect(got.map((b) => (typeof b === 'string' ? b : b[0]![0]))).toEqual(['L0.0', 'L1.0', 'L2.0', 'L head', 'LL0.0', 'LL1.0', 'R head', 'R0.0', 'R1.0', 'R2.0', 'R3.0']);
  });

  it('a line of three pieces in one column keeps all three', async () => {
    const rows = [0, 1, 2].flatMap((r) => [
      { x: 56, y: 364 - r * 11, text: `Item ${r}` },
      { x: 150, y: 364 - r * 11, text: `Owner ${r}` },
      { x: 250, y: 364 - r * 11, text: `Date ${r}` },
    ]);
    const text = [...column('L', 56, 540, [3, 4, 3]), ...column('R', 420, 540, [4, 2, 5]), ...rows];
    const words = JSON.stringify(await outline(minimalPdf([text])));
    for (const w of ['Item 2', 'Owner 0', 'Owner 2', 'Date 0', 'Date 2']) expect(words).toContain(w);
  });
});

it('bullets after a line that runs to the margin are list items (a list marker set apart from its text)', async () => {
  const full = 'The council will publish what it has done each year so that residents';
  const text = [
    { x: 56, y: 540, text: full },
    { x: 56, y: 529, text: full },
    { x: 56, y: 518, text: full },
    { x: 56, y: 507, text: '-' },
    { x: 66, y: 507, text: 'Fit ramps at the east gates' },
    { x: 56, y: 496, text: '-' },
    { x: 66, y: 496, text: 'Survey users about the signs' },
  ];
  const [block] = await _pdfBlocks(unpdf, minimalPdf([text]), []);
  expect(block?.type === 'paragraph' && block.text.split('\n').slice(1)).toEqual(['• Fit ramps at the east gates', '• Survey users about the signs']);
});
