import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/read/html/readHtml.js';
import { allRows, at, deepFreeze, lists, tables } from './_helpers.js';

const PAGE = [
  '<!doctype html>',
  '<html><head><title>Plan</title><style>p { color: red }</style></head>',
  '<body>',
  '<h1>Equality action plan</h1>',
  '<p>Agreed by the board &amp; partners.</p>',
  '<ul><li>Publish the plan<ul><li>on the website</li></ul></li><li>Review yearly</li></ul>',
  '<table>',
  '<thead><tr><th>Action</th><th colspan="2">Lead and date</th></tr></thead>',
  '<tbody><tr><td><p>Set up a group</p><ul> • meet monthly • report</ul></td><td>Ann</td><td>June 2024</td></tr>',
  '<tr><td>Train staff</td></tr></tbody>',
  '</table>',
  '<script>var ignored = "words";</script>',
  '<p>Left <b>open',
  '</body></html>',
].join('\n');

describe('readHtml', () => {
  const { data, diagnostics } = readHtml(deepFreeze(PAGE));

  it('reads headings, paragraphs, nested lists and skips head and script', () => {
    expect(data.blocks.map((b) => `${b.type}@${b.line}:${b.column}`)).toEqual([
      'heading@4:5',
      'paragraph@5:4',
      'list@6:9',
      'table@7:1',
      'paragraph@13:4',
    ]);
    expect(data.blocks[1]).toMatchObject({ text: 'Agreed by the board & partners.' });
    expect(lists(data)[0]?.items.map((i) => [i.text, i.children.map((c) => c.text)])).toEqual([
      ['Publish the plan', ['on the website']],
      ['Review yearly', []],
    ]);
    expect(JSON.stringify(data)).not.toContain('ignored');
  });

  it('reads tables with header row first, colspan as empty cells and cell structure', () => {
    const [table] = tables(data);
    expect(table?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Action', 'Lead and date', ''],
      ['Set up a group • meet monthly • report', 'Ann', 'June 2024'],
      ['Train staff'],
    ]);
    const cell = table!.rows[1]!.cells[0]!;
    expect(cell.paragraphs.map((p) => p.text)).toEqual(['Set up a group']);
    expect(cell.items.map((i) => i.text)).toEqual(['meet monthly', 'report']);
    expect(at(PAGE, cell.line, cell.column, 4)).toBe('<td>');
    expect(cell.raw?.startsWith('<td><p>Set up')).toBe(true);
  });

  it('flattens HTML nested too deep instead of overflowing the stack, keeping the text', () => {
    const deep = `${'<div>'.repeat(5000)}deep text${'</div>'.repeat(5000)}<p>after</p>`;
    const r = readHtml(deep);
    expect(r.data.blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual(['deep text', 'after']);
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['1:1001 nesting-too-deep']);
  });

  it('numbers ordered list items as a browser does', () => {
    const { data: d } = readHtml('<ol start="3"><li>Third</li><li>Fourth</li></ol><ul><li>Plain</li></ul>');
    expect(lists(d).map((l) => l.items.map((i) => [i.marker, i.text]))).toEqual([
      [
        ['3.', 'Third'],
        ['4.', 'Fourth'],
      ],
      [[undefined, 'Plain']],
    ]);
  });

  it('reports ragged rows and tags left open', () => {
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['10:5 ragged-row', '13:9 unclosed-tag']);
  });
});

describe('readHtml: cells that span rows', () => {
  const html = [
    '<table>',
    '<tr><th>Objective</th><th>Ref</th><th>Action</th><th>Lead</th></tr>',
    '<tr><td rowspan="3">Fair access</td><td>1a</td><td>Audit the website</td><td rowspan="2">Digital</td></tr>',
    '<tr><td>1b</td><td>Fit hearing loops</td></tr>',
    '<tr><td>1c</td><td colspan="2">Translate leaflets (Comms)</td></tr>',
    '<tr><td>Fair pay</td><td>2a</td><td>Publish pay gaps</td><td>HR</td></tr>',
    '</table>',
  ].join('\n');
  const { data, diagnostics } = readHtml(html);
  const rows = allRows(data);

  it('leave an empty cell in their column in each row they cover, so the cells after keep their columns', () => {
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Objective', 'Ref', 'Action', 'Lead'],
      ['Fair access', '1a', 'Audit the website', 'Digital'],
      ['', '1b', 'Fit hearing loops', ''],
      ['', '1c', 'Translate leaflets (Comms)', ''],
      ['Fair pay', '2a', 'Publish pay gaps', 'HR'],
    ]);
    expect(diagnostics.filter((d) => d.code === 'ragged-row')).toEqual([]);
  });

  it('place the empty cell where the spanning cell is written', () => {
    expect(rows[2]!.cells[0]).toMatchObject({ line: 3, column: rows[1]!.cells[0]!.column });
    expect(rows[2]!.cells[3]).toMatchObject({ line: 3, column: rows[1]!.cells[3]!.column });
  });

  it('read a span of 0 as to the end, and a span that is not a number as 1', () => {
    const t = allRows(readHtml('<table><tr><td rowspan="0">A</td><td>1</td></tr><tr><td>2</td></tr><tr><td rowspan="x">B</td><td>3</td></tr></table>').data);
    expect(t.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['A', '1'],
      ['', '2'],
      ['', 'B', '3'],
    ]);
  });
});
