import { describe, expect, it } from 'vitest';
import { interpretActionPlan } from '../../src/interpret/interpretActionPlan.js';
import { readTsvHtml } from '../../src/read/tsv-html/readTsvHtml.js';
import { allRows, at, deepFreeze, flatItems, sample, tables } from './_helpers.js';

describe('readTsvHtml on sample 001 (TSV with HTML cells)', () => {
  const text = sample('001');
  const { data, diagnostics } = readTsvHtml(deepFreeze(text));
  const rows = allRows(data);
  const actionRow = (n: number) => rows.find((r) => r.cells[0]?.text.startsWith(`${n}. `));

  it('reads the titles as paragraphs and one table per page', () => {
    expect(data.format).toBe('tsv-html');
    expect(data.blocks.slice(0, 2)).toEqual([
      { type: 'paragraph', text: 'REGIONAL STRATEGIC PARTNERSHIP FOR EQUALITY AND DIVERSITY', line: 3, column: 1 },
      { type: 'paragraph', text: 'ACTION PLAN 2008/10', line: 5, column: 1 },
    ]);
    expect(tables(data)).toHaveLength(8);
  });

  it('keeps the 16 action rows and the 8 repeated header rows', () => {
    const headers = rows.filter((r) => r.cells[0]?.text === 'Action');
    expect(headers).toHaveLength(8);
    for (let n = 1; n <= 16; n++) expect(actionRow(n), `action ${n}`).toBeDefined();
    expect(rows).toHaveLength(24);
    expect(headers[0]?.cells.map((c) => c.text)).toEqual([
      'Action',
      'Methodology',
      'Timescale [Lead Member]',
      'Measurables / Outputs',
      'Outcomes [Review Comments]',
    ]);
  });

  it('gives action 6 one methodology item with 8 nested children', () => {
    const cell = actionRow(6)?.cells[1];
    expect(cell?.items).toHaveLength(1);
    const [item] = cell?.items ?? [];
    expect(item?.marker).toBe('•');
    expect(item?.text).toBe('Set up a working-group which will be responsible for indentifying:');
    expect(item?.children.map((c) => c.text)).toEqual([
      'costs – fundraising where necessary',
      'suitable venues',
      'suitable speakers and chair',
      'agree agenda and focus',
      'issuing invitations',
      'brief speakers',
      'brief media',
      'organize event',
    ]);
    expect(item?.children.every((c) => c.marker === '-')).toBe(true);
    expect(at(text, item!.line, item!.column, 6)).toBe('Set up');
    const last = item!.children[7]!;
    expect(at(text, last.line, last.column, 14)).toBe('organize event');
  });

  it('nests action 12 methodology and outputs', () => {
    const row = actionRow(12);
    expect(row?.cells[1]?.items[0]?.children).toHaveLength(2);
    expect(row?.cells[3]?.items[0]?.text).toBe('Establishment of a working-group which will have:');
    expect(row?.cells[3]?.items[0]?.children.map((c) => c.text)).toEqual([
      'identified a number of champions for taking this work forward',
      'equality and diversity items on the WMLGA and WMRA agendas',
      'West Midlands equality and diversity issues raised on European agendas',
    ]);
  });

  it('reads paragraphs, bullets and positions of a timescale cell', () => {
    const cell = actionRow(1)?.cells[2];
    expect(cell?.paragraphs.map((p) => p.text)).toEqual(['April 2008 – December 2008', 'Lead Member: John Hall']);
    expect(cell?.text).toBe('April 2008 – December 2008 Lead Member: John Hall');
    expect(cell?.raw).toBe('<p>April 2008 – December 2008</p> <p>Lead Member: John Hall</p>');
    const p = cell!.paragraphs[1]!;
    expect(at(text, p.line, p.column, 12)).toBe('Lead Member:');
    expect(actionRow(1)?.cells[1]?.items.map((i) => i.text)).toEqual([
      'Set-up a working-group with regular meetings.',
      'Involve all interested parties in the debate and scrutinize all future avenues for the Partnership with particular focus on supporting resources',
      'Carmel Kerr to sit on Project Team for Partnerships Review',
    ]);
  });

  it('keeps underlined words and decodes entities', () => {
    const texts = rows.flatMap((r) => r.cells.map((c) => c.text));
    expect(texts.some((t) => t.includes('inclusion of all equality strands'))).toBe(true);
    expect(texts.some((t) => t.includes('member of the E&D Partnership.'))).toBe(true);
    expect(texts.every((t) => !t.includes('<') && !t.includes('&amp;'))).toBe(true);
  });

  it('counts columns in UTF-16 code units on the physical line', () => {
    for (const row of rows) {
      for (const cell of row.cells) {
        expect(at(text, cell.line, cell.column, cell.raw?.length ?? 0)).toBe(cell.raw);
      }
    }
    const items = rows.flatMap((r) => r.cells.flatMap((c) => flatItems(c.items)));
    expect(items.length).toBeGreaterThan(100);
    for (const item of items) {
      expect(at(text, item.line, item.column, 3), item.text).toBe(item.text.slice(0, 3));
    }
  });

  it('notes the unclosed `<ul>` tags as info', () => {
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.code === 'unclosed-tag' && d.severity === 'info')).toBe(true);
    const d = diagnostics[0]!;
    expect(at(text, d.line!, d.column!, 3)).toBe('<ul');
  });
});

describe('readTsvHtml on sample 004 (TSV extracted from PDF, no HTML)', () => {
  const text = sample('004');
  const { data, diagnostics } = readTsvHtml(deepFreeze(text));
  const rows = allRows(data);

  it('reads plain cells and keeps the Cyrillic header word verbatim', () => {
    const header = rows.find((r) => r.cells[4]?.text === 'Ву');
    expect(header?.line).toBe(9);
    expect(header?.cells[4]?.text).toBe('\u0412\u0443');
    expect(header?.cells.map((c) => c.text)).toEqual(['Area examined', 'Strengths', 'Areas for', 'Actions', 'Ву', 'By When']);
    expect(header?.cells[0]?.paragraphs).toEqual([]);
  });

  it('starts a new table after each blank line and keeps short rows as they are', () => {
    expect(tables(data).map((t) => t.line)).toEqual([1, 9, 21, 28, 33, 40, 45, 51, 57, 62, 71, 77, 86, 98]);
    const short = tables(data)[2]!;
    expect(short.rows.map((r) => r.cells.length)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(short.rows[0]?.cells.map((c) => c.text)).toEqual(['structure in place to support the', '', '']);
    expect(diagnostics).toEqual([]);
  });

  it('keeps empty cells and the text of rows continued across pages', () => {
    const continued = rows.find((r) => r.line === 4);
    expect(continued?.cells.map((c) => c.text.slice(0, 20))).toEqual(['', '', '', 'Officer regularly in', 'CF', 'Continuation Sept 09']);
  });
});

describe('readTsvHtml edge cases', () => {
  it('reports ragged rows against the first row of the table', () => {
    const { data, diagnostics } = readTsvHtml('a\tb\tc\nd\te\n');
    expect(allRows(data).map((r) => r.cells.length)).toEqual([3, 2]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'ragged-row', severity: 'info', line: 2, column: 1, expected: '3' }),
    ]);
  });

  it('reports empty input and stamps the source', () => {
    expect(readTsvHtml('  \n', { source: 'x.tsv' })).toEqual({
      data: { format: 'tsv-html', blocks: [] },
      diagnostics: [expect.objectContaining({ code: 'empty-input', severity: 'error', line: 1, column: 1, source: 'read/tsv-html', file: 'x.tsv' })],
    });
  });

  it('reads `<li>` lists and unclosed tags', () => {
    const { data, diagnostics } = readTsvHtml('x\t<ul><li>One</li><li>Two<ul><li>Two a</li></ul></li></ul>\t<div><b>bold');
    const cells = allRows(data)[0]!.cells;
    expect(cells[1]?.items.map((i) => [i.text, i.children.map((c) => c.text)])).toEqual([
      ['One', []],
      ['Two', ['Two a']],
    ]);
    expect(cells[2]?.text).toBe('bold');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['1:60 unclosed-tag', '1:65 unclosed-tag']);
  });
});

describe('readTsvHtml: lines parted by `<br>` inside one `<p>`', () => {
  const text = 'Action\tLead\n<p>Publish the pay gap report</p>\t<p>Head of HR<br>OD Manager</p>\n<p>Train managers</p>\t<p>Equality Lead<br/><br> Head of Learning</p>\n';
  const rows = allRows(readTsvHtml(text).data);

  it('gives each line a paragraph of its own, with its place, as loose lines and markdown `<br>` lines are', () => {
    expect(rows[1]!.cells[1]!.paragraphs).toEqual([
      { text: 'Head of HR', line: 2, column: 38 },
      { text: 'OD Manager', line: 2, column: 52 },
    ]);
    // An empty line between two breaks is no paragraph; the cell's text is the lines joined.
    expect(rows[2]!.cells[1]!.paragraphs.map((p) => p.text)).toEqual(['Equality Lead', 'Head of Learning']);
    expect(rows[2]!.cells[1]!.text).toBe('Equality Lead Head of Learning');
    expect(rows[1]!.cells[0]!.paragraphs.map((p) => p.text)).toEqual(['Publish the pay gap report']);
  });

  it('so a lead cell of two roles, one a line, gives two leads', () => {
    const plan = interpretActionPlan(readTsvHtml(text).data).data;
    expect(plan.actions.map((a) => a.leads)).toEqual([
      ['Head of HR', 'OD Manager'],
      ['Equality Lead', 'Head of Learning'],
    ]);
  });
});
