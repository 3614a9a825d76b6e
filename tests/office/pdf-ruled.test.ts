/**
 * Issue 14: a table drawn with its cell borders is read from its rules
 * (src/office/_ruling.ts and the ruled reading in src/office/_pdf.ts), on
 * PDFs written by hand so every rule and line is where the test says.
 * The plan is invented.
 */
import * as unpdf from 'unpdf';
import { describe, expect, it } from 'vitest';
import { _pdfBlocks, type _Unpdf } from '../../src/office/_pdf.js';
import { minimalPdf } from '../_support/minimal-pdf.js';

/** Column rules and left text edges of a four-column table. */
const WALLS = [56, 160, 460, 600, 760];
const X = WALLS.slice(0, -1).map((w) => w + 5);
const PITCH = 10.5;

/**
 * A table of rows set with no more space between rows than between lines (so only the rules show
 * where a row ends), its first column's cell merged down the three action rows.
 */
function plan(): Uint8Array {
  const text: { x: number; y: number; text: string }[] = [];
  const hs: number[][] = [];
  let y = 540;
  const rows = [
    ['Theme', ['Action'], 'Lead', 'By when'],
    ['Safer parks', ['Fit ramps at the east gates and the', 'lakeside path'], 'Parks Manager', 'March 2031'],
    ['', ['Survey users with sight loss about', 'the new signs'], 'Access Officer', 'June 2031'],
    ['', ['Publish the survey findings on the', 'parks pages'], 'Comms Lead', 'September 2031'],
  ] as const;
  // The theme's words run down its merged cell, past the first action row's foot.
  const theme = ['Safer parks for', 'disabled visitors', 'and carers'];
  rows.forEach((r, i) => {
    const top = y + 8;
    // The rule above the row; across the theme column only above the header and the first action row.
    hs.push([i <= 1 ? WALLS[0]! : WALLS[1]!, top, WALLS[4]!, top]);
    const lines = Math.max(1, r[1].length);
    for (let l = 0; l < lines; l++) {
      if (i === 0 && l === 0) text.push({ x: X[0]!, y, text: 'Theme' });
      if (r[1][l] !== undefined) text.push({ x: X[1]!, y, text: r[1][l]! });
      if (l === 0) text.push({ x: X[2]!, y, text: r[2] }, { x: X[3]!, y, text: r[3] });
      y -= PITCH;
    }
  });
  theme.forEach((t, l) => text.push({ x: X[0]!, y: 540 - PITCH - l * PITCH, text: t }));
  const bottom = y + 8;
  hs.push([WALLS[0]!, bottom, WALLS[4]!, bottom]);
  const vs = WALLS.map((x) => [x, bottom, x, 548]);
  return minimalPdf([text], [[...hs, ...vs]]);
}

const table = async (reader: _Unpdf, bytes: Uint8Array) => {
  const blocks = await _pdfBlocks(reader, bytes, []);
  const t = blocks.find((b) => b.type === 'table');
  return t?.type === 'table' ? t.rows.map((r) => r.cells.map((c) => c.replace(/\s+/gu, ' '))) : undefined;
};

describe('a ruled PDF table', () => {
  it('is read row by row from its rules, a merged cell whole in its first row', async () => {
    expect(await table(unpdf, plan())).toEqual([
      ['Theme', 'Action', 'Lead', 'By when'],
      ['Safer parks for disabled visitors and carers', 'Fit ramps at the east gates and the lakeside path', 'Parks Manager', 'March 2031'],
      ['', 'Survey users with sight loss about the new signs', 'Access Officer', 'June 2031'],
      ['', 'Publish the survey findings on the parks pages', 'Comms Lead', 'September 2031'],
    ]);
  });

  it('read from its text alone (no drawing from pdf.js), the rows run together', async () => {
    const rows = await table({ getDocumentProxy: unpdf.getDocumentProxy }, plan());
    // With no space between rows, the positions cannot show where the second and third actions start.
    expect(rows?.length).toBeLessThan(4);
  });
});
