import { describe, expect, it } from 'vitest';
import { readText } from '../../src/read/text/readText.js';
import { deepFreeze, lists, sample } from './_helpers.js';

describe('readText on sample 003 (outline scraped from a web page)', () => {
  const { data, diagnostics } = readText(deepFreeze(sample('003')));
  const headings = data.blocks.filter((b) => b.type === 'heading');

  it('reads titles, section headings and "Actions required" labels', () => {
    expect(diagnostics).toEqual([]);
    expect(headings.map((h) => [h.line, h.depth, h.text])).toEqual([
      [1, 1, 'Skip to main content'],
      [3, 1, 'Equity and Inclusion Scheme 2022-24'],
      [5, 1, 'Equity and Inclusion Action Plan - Objective 3'],
      [10, 2, 'Embedding equitable outcomes'],
      [15, 3, 'Actions required'],
      [25, 2, 'Community engagement and co-production'],
      [30, 3, 'Actions required'],
      [44, 2, 'Social Value'],
      [49, 3, 'Actions required'],
      [61, 2, 'Influencing change and diverse leadership'],
      [66, 3, 'Actions required'],
    ]);
  });

  it('keeps each action under a label as a paragraph, short ones too', () => {
    const paragraphs = data.blocks.filter((b) => b.type === 'paragraph');
    expect(paragraphs).toHaveLength(25);
    expect(paragraphs.find((p) => p.line === 51)?.text).toBe('Continue to include equality considerations in key procurement documents');
    expect(paragraphs.find((p) => p.line === 80)?.text).toBe('Convene partners through a Coalition for Digital inclusion');
    expect(paragraphs.find((p) => p.line === 21)?.text.endsWith('monitored and reported on in')).toBe(true);
  });
});

describe('readText numbered lists in prose', () => {
  const minutes = [
    'Minutes of the meeting',
    '',
    'The panel agreed the following by 31 March 2006:',
    '1) Nominate a champion',
    '2) Set up a group which will',
    'meet monthly.',
    '   (a) first task',
    '   (b) second task',
    '3) Report back.',
    'The chair thanked everyone.',
    '',
    'R1 That the Assembly does X.',
    'R2 That the Board does Y.',
    '',
    '1. Purpose',
    '',
    '1.1 To update the board.',
    '1.2 To seek endorsement.',
    '',
    'vi Sixth point here',
    'vii Seventh point',
  ].join('\n');
  const { data } = readText(minutes);

  it('keeps the lead-in paragraph and the paragraph after a wrapped list', () => {
    expect(data.blocks.map((b) => `${b.type}@${b.line}`)).toEqual([
      'heading@1',
      'paragraph@3',
      'list@4',
      'paragraph@10',
      'list@12',
      'heading@15',
      'list@17',
      'list@20',
    ]);
  });

  it('nests items by marker kind and indent and joins wrapped lines', () => {
    const [first] = lists(data);
    expect(first?.items.map((i) => [i.marker, i.text, i.children.map((c) => `${c.marker} ${c.text}`)])).toEqual([
      ['1)', 'Nominate a champion', []],
      ['2)', 'Set up a group which will meet monthly.', ['(a) first task', '(b) second task']],
      ['3)', 'Report back.', []],
    ]);
    expect(first?.items[1]?.children[0]).toMatchObject({ line: 7, column: 4 });
  });

  it('reads codes, decimal and roman markers', () => {
    const [, codes, decimals, romans] = lists(data);
    expect(codes?.items.map((i) => i.marker)).toEqual(['R1', 'R2']);
    expect(decimals?.items.map((i) => [i.marker, i.text])).toEqual([
      ['1.1', 'To update the board.'],
      ['1.2', 'To seek endorsement.'],
    ]);
    expect(romans?.items.map((i) => i.marker)).toEqual(['vi', 'vii']);
  });

  it('reads capital letters and roman numerals when two or more lines carry them', () => {
    const { data: outline } = readText('Contents:\nI. Scope\nII. Actions\n  A. Training\n  B. Monitoring\nIII. Review\n');
    expect(lists(outline)[0]?.items.map((i) => [i.marker, i.text, i.children.map((c) => c.marker)])).toEqual([
      ['I.', 'Scope', []],
      ['II.', 'Actions', ['A.', 'B.']],
      ['III.', 'Review', []],
    ]);
    const { data: prose } = readText('The report was written by\nA. Smith and colleagues.');
    expect(prose.blocks.map((b) => b.type)).toEqual(['paragraph']);
  });

  it('joins a loose list separated by blank lines and tells (h) from (i)', () => {
    const { data: loose } = readText('Steps:\n\n(g) seven\n\n(h) eight\n\n(i) nine\n');
    expect(lists(loose)).toHaveLength(1);
    expect(lists(loose)[0]?.items.map((i) => i.marker)).toEqual(['(g)', '(h)', '(i)']);
  });
});

describe('readText tables that lost their grid', () => {
  const rowsOf = (text: string) =>
    readText(text).data.blocks.flatMap((b) => (b.type === 'table' ? [b.rows.map((r) => r.cells.map((c) => c.text))] : []));

  it('reads " / " rows, telling a " / " inside a lead cell from a separator, and joins a wrapped row', () => {
    const text = 'Ref / Action / Lead / Due date\n1 / Open a quiet room / Site Manager / May 2025\n2 / Run carer drop-ins / Carers Lead / Support Officer / July\n2025\n';
    expect(rowsOf(text)).toEqual([
      [
        ['Ref', 'Action', 'Lead', 'Due date'],
        ['1', 'Open a quiet room', 'Site Manager', 'May 2025'],
        ['2', 'Run carer drop-ins', 'Carers Lead / Support Officer', 'July 2025'],
      ],
    ]);
  });

  it('reads rows that start with a reference, parting cells at sentence ends', () => {
    const text = 'Ref Action Progress\nA1 Open a quiet room. Room opened in May.\nA2 Run carer drop-ins. Two held so far,\nmore booked.\n';
    expect(rowsOf(text)).toEqual([
      [
        ['Ref', 'Action', 'Progress'],
        ['A1', 'Open a quiet room.', 'Room opened in May.'],
        ['A2', 'Run carer drop-ins.', 'Two held so far, more booked.'],
      ],
    ]);
  });

  it('keeps a reference with its text when the row has cells enough ("1.1 Open…  Update")', () => {
    const text = 'Action Update\n1.1   Open a quiet room in each library.   Rooms open at two sites.\n';
    expect(rowsOf(text)).toEqual([[['Action', 'Update'], ['1.1 Open a quiet room in each library.', 'Rooms open at two sites.']]]);
  });

  it('reads one cell per line a row at a time, and a column at a time when blank lines part the columns', () => {
    const rows = [['Action', 'Due date'], ['Open a quiet room', 'May 2025'], ['Run carer drop-ins', 'July 2025']];
    expect(rowsOf(`Action\nDue date\n${rows.slice(1).flat().join('\n')}\n`)).toEqual([rows]);
    expect(rowsOf(`Action\nDue date\n\nOpen a quiet room\nRun carer drop-ins\n\nMay 2025\nJuly 2025\n`)).toEqual([rows]);
  });

  it('does not read minutes with header words as a table', () => {
    const minutes = [
      'Minutes of the Equality Panel',
      '',
      'Actions and progress',
      '1. The panel noted the progress made on the plan since March.',
      '2. Members asked for a report on staff training.',
      '',
      'Action Lead',
      'The lead officer explained that the action plan would be refreshed.',
      '',
      'Timescale',
      'Progress',
      'The panel heard that work was on track and would finish in 2025.',
      '',
      'Status Update',
      '',
      'The chair thanked officers.',
      '',
      'Lead officer',
      'Target date',
      'Officers will return to the panel in the autumn.',
      'The report was noted.',
    ].join('\n');
    const { data, diagnostics } = readText(minutes);
    expect(data.blocks.filter((b) => b.type === 'table')).toEqual([]);
    expect(diagnostics.map((d) => d.code)).not.toContain('table-rebuilt');
  });
});
