import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/read/markdown/readMarkdown.js';
import { at, deepFreeze, lists, sample, tables } from './_helpers.js';

describe('readMarkdown on sample 000 (review recommendations)', () => {
  const text = sample('000');
  const { data, diagnostics } = readMarkdown(deepFreeze(text));

  it('reads bold-only lines and ATX headings as headings', () => {
    expect(diagnostics).toEqual([]);
    const headings = data.blocks.filter((b) => b.type === 'heading');
    expect(headings.map((h) => [h.line, h.depth, h.text])).toEqual([
      [3, 3, 'West Midland Regional Assembly Strategic Review of Equalities and Diversity'],
      [6, 3, 'Background and Recommendations'],
      [8, 3, 'Background'],
      [20, 3, 'Report Recommendations'],
      [43, 4, 'Further Information'],
      [47, 4, 'Officer Contact Details'],
    ]);
  });

  it('reads R1–R15 as one list whose items keep the marker text', () => {
    const [list, ...rest] = lists(data);
    expect(rest).toEqual([]);
    expect(list?.line).toBe(26);
    expect(list?.items.map((i) => i.text.split(' ')[0])).toEqual(Array.from({ length: 15 }, (_, i) => `R${i + 1}`));
    expect(list?.items.every((i) => i.marker === '-' && i.column === 1)).toBe(true);
    expect(list?.items.map((i) => i.line)).toEqual([26, 27, 28, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41]);
    expect(list?.items[9]?.text).toContain('by 31 June 2006');
    expect(list?.items[5]?.text).toContain('a “safe space” for regional leaders');
  });

  it('keeps link text and drops link destinations', () => {
    const last = data.blocks[data.blocks.length - 1];
    expect(last).toMatchObject({ type: 'paragraph', line: 49, column: 1 });
    expect(last?.type === 'paragraph' && last.text).toBe(
      'Carmel Kerr, Equalities and Diversity Director, West Midlands Regional Assembly 0121 678 1053 c.kerr@wmra.gov.uk',
    );
  });
});

describe('readMarkdown on sample 002 (strategy with pipe tables)', () => {
  const text = sample('002');
  const { data, diagnostics } = readMarkdown(deepFreeze(text));
  const [meta, themes, priorities, continuation] = tables(data);

  it('finds the four tables at their lines', () => {
    expect(tables(data).map((t) => t.line)).toEqual([5, 51, 58, 64]);
  });

  it('reads the key–value metadata table, its split row and empty cell', () => {
    expect(meta?.rows.map((r) => r.line)).toEqual([5, 7, 8, 9, 10, 11, 12]);
    expect(meta?.rows[0]?.cells.map((c) => c.text)).toEqual(['Date', '17 March 2023']);
    expect(meta?.rows[5]?.cells.map((c) => c.text)).toEqual(['', 'Inclusion email: claire.dhami@wmca.org.uk']);
    const cell = meta!.rows[2]!.cells[1]!;
    expect(at(text, cell.line, cell.column, cell.text.length)).toBe(cell.text);
  });

  it('reads the 3-column themes table with its header as the first row', () => {
    expect(themes?.rows.map((r) => r.cells.length)).toEqual([3, 3]);
    expect(themes?.rows[0]?.cells.map((c) => c.text)).toEqual(['5 thematic action areas', '3 cross cutting priorities', '3 guiding principles']);
    expect(themes?.rows[1]?.cells[2]?.text).toBe('Valuing coproduction. Taking an intersectional approach. Building trust with and in communities.');
  });

  it('reads the theme/priorities table and the continuation table that lost its header', () => {
    expect(priorities?.rows.map((r) => r.line)).toEqual([58, 60, 61, 62]);
    expect(priorities?.rows[2]?.cells[0]?.text).toBe('');
    expect(priorities?.rows[2]?.cells[1]?.text.startsWith('incentives.')).toBe(true);
    expect(continuation?.rows.map((r) => r.line)).toEqual([64, 66, 67]);
    expect(continuation?.rows[0]?.cells[0]?.text).toBe('Connect lives through a sustainable and accessible transport network.');
    expect(diagnostics).toEqual([]);
  });

  it('keeps "1)" inside bullet items and reads "4) Nominate" as a numbered item', () => {
    const recs = lists(data).find((l) => l.line === 16);
    expect(recs?.items.map((i) => i.text.slice(0, 7))).toEqual(['1) Note', '2) Endo', '3) Comm']);
    const fourth = lists(data).find((l) => l.line === 20);
    expect(fourth?.items).toEqual([
      expect.objectContaining({ marker: '4)', text: expect.stringMatching(/^Nominate an elected member/u), line: 20, column: 1 }),
    ]);
  });

  it('nests one-space-indented items and joins lazy continuation lines', () => {
    const l = lists(data).find((x) => x.line === 37);
    expect(l?.items.map((i) => i.text.slice(0, 3))).toEqual(['3.2', '3.3', '3.4']);
    expect(l?.items[2]?.children).toHaveLength(5);
    expect(l?.items[2]?.children[0]).toMatchObject({ line: 40, column: 2, marker: '-' });
    const health = lists(data).find((x) => x.line === 76)?.items[0]?.children[1];
    expect(health?.text).toBe(
      "Health and Wellbeing: the Combined Authority's wellbeing team will take a joined-up approach to bringing recommendations from the independent Race Equalities Taskforce, independent Mental Health Commission and WMCA supported Health of the Region activity to partners across the health system.",
    );
  });

  it('reads numbered section titles as depth-2 headings with their number', () => {
    const headings = data.blocks.filter((b) => b.type === 'heading');
    expect(headings.map((h) => h.text)).toEqual([
      '1. Purpose',
      '2. Background to the Taskforce',
      '3. Launch and early activity of the Taskforce',
      '4. Independent strategy',
      '5. Next steps towards delivery',
      '6. Asks of the WMCA Board and other partners',
      '7. Financial implications',
      '8. Legal Implications',
      '9 Equalities implications',
      '10. Inclusive Growth Implications',
      '11. Background papers and appendices',
    ]);
  });
});

describe('readMarkdown edge cases', () => {
  it('reads pipe rows without a separator line as a table, with a note', () => {
    const { data, diagnostics } = readMarkdown('Intro\n\n| a | b |\n| | c |\n');
    expect(tables(data)[0]?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['a', 'b'],
      ['', 'c'],
    ]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'table-without-header', severity: 'info', line: 3, column: 1 })]);
  });

  it('splits numbered prose items out of a paragraph, keeping the lead-in', () => {
    const { data } = readMarkdown('Partners agreed by 31 March 2006:\n(a) to nominate a champion;\n(b) to report yearly.\n');
    expect(data.blocks.map((b) => b.type)).toEqual(['paragraph', 'list']);
    expect(lists(data)[0]?.items.map((i) => [i.marker, i.text])).toEqual([
      ['(a)', 'to nominate a champion;'],
      ['(b)', 'to report yearly.'],
    ]);
  });

  it('falls back to plain text when marked cannot lex absurd nesting', () => {
    const deep = `${'> '.repeat(20000)}quoted words\n\nafter`;
    const r = readMarkdown(deep);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['markdown-fallback']);
    expect(r.data.blocks.map((b) => b.type === 'paragraph' && b.text.endsWith('quoted words'))).toEqual([true, false]);
  });

  it('handles CRLF line ends with the same positions', () => {
    const { data } = readMarkdown('# Title\r\n\r\n- one\r\n- two\r\n');
    expect(lists(data)[0]?.items.map((i) => [i.line, i.column, i.text])).toEqual([
      [3, 1, 'one'],
      [4, 1, 'two'],
    ]);
  });
});

describe('readMarkdown: `<br>` inside a table cell', () => {
  const text = ['| Action | Lead |', '|---|---|', '| Publish the pay gap report | Head of HR<br>OD Manager |', '| Train managers | Equality Lead <br/> Head of Learning |'].join('\n');
  const rows = tables(readMarkdown(text).data)[0]!.rows;

  it('parts the words either side, in the cell text', () => {
    // It used to join them: "Head of HROD Manager".
    expect(rows[1]!.cells[1]!.text).toBe('Head of HR OD Manager');
    expect(rows[2]!.cells[1]!.text).toBe('Equality Lead Head of Learning');
  });

  it('gives each line of the cell as a paragraph, with its place', () => {
    expect(rows[1]!.cells[1]!.paragraphs).toEqual([
      { text: 'Head of HR', line: 3, column: 32 },
      { text: 'OD Manager', line: 3, column: 46 },
    ]);
    expect(rows[2]!.cells[1]!.paragraphs.map((p) => p.text)).toEqual(['Equality Lead', 'Head of Learning']);
    expect(rows[1]!.cells[0]!.paragraphs).toEqual([]);
  });

  it('parts words at a breaking tag outside tables too', () => {
    const para = readMarkdown('Reviewed by the Board<br>in March 2025.').data.blocks[0] as { text: string };
    expect(para.text).toBe('Reviewed by the Board in March 2025.');
  });
});
