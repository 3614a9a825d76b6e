import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpretPeerReview } from '../../../src/interpret/interpretPeerReview.js';
import { PeerReviewSchema } from '../../../src/model/plan.js';
import { readTsvHtml } from '../../../src/read/tsv-html/readTsvHtml.js';
import type { SourceDocument, TableRow } from '../../../src/read/types.js';
import { deepFreeze } from '../../_support/deepFreeze.js';

const FILE = 'examples/data/004-bromsgrove-peer-review-action-plan.tsv';


const doc = deepFreeze(readTsvHtml(readFileSync(FILE, 'utf8'), { source: FILE }).data);
const { data, diagnostics } = interpretPeerReview(doc, { source: FILE });
const area = (ref: string) => data.areas.find((a) => a.ref === ref);
const actions = data.areas.flatMap((a) => a.actions);

describe('interpretPeerReview on sample 004', () => {
  it('returns schema-valid data', () => {
    expect(() => PeerReviewSchema.parse(data)).not.toThrow();
  });

  it('finds the four areas, from section rows and from header cells', () => {
    expect(data.areas.map((a) => [a.ref, a.title])).toEqual([
      ['1.1', 'Leadership and corporate commitment'],
      ['2.1', 'Community engagement and accountability'],
      ['3.1', 'Service delivery and customer care'],
      ['4.1', 'Employment and Training'],
    ]);
  });

  it('reads strengths and areas for improvement, joining rows continued within and across pages', () => {
    const s11 = area('1.1')?.strengths ?? [];
    expect(s11[0]).toMatch(/^There is a strong commitment/u);
    expect(s11).toContain(
      'The Chief Executive is a strong driving force for the equalities and diversity agenda at Bromsgrove. There is a good structure in place to support the equalities and diversity agenda in the Council led by Head of Legal, Equalities and Democratic Services who acts as the lead officer for diversity.',
    );
    expect(s11.some((s) => s.endsWith('delivered by external agencies including SCOPE'))).toBe(true);
    const i11 = area('1.1')?.improvements ?? [];
    expect(i11).toContain(
      'There is a lot of progress on disability; however Elected Members need to be more visible in their commitment to all six strands of equality within the communities of Bromsgrove',
    );
    expect(i11.some((s) => s.includes('single equality impact Council and she will involve the Champions'))).toBe(true);
    expect(area('4.1')?.strengths.some((s) => s.includes('pagitive positive. Equality and diversity training is mandatory'))).toBe(true);
    expect(area('4.1')?.improvements).toHaveLength(5);
  });

  it('splits the first row into four actions matching its four deadlines', () => {
    const first = area('1.1')?.actions.slice(0, 4) ?? [];
    expect(first.map((a) => a.title)).toEqual([
      'Portfolio holder and Member Diversity Champion to attend meetings of the E and D Forum and DUG',
      'Portfolio holder to meet with the Chairman of the E and D Forum regularly to ensure that issues are being addressed in a timely fashion',
      'Member Development Steering Group to consider E and D training as a standing agenda item',
      'Chief Executive Officer to continue meeting with the HOS and Equality Officer regularly into the Shared Service environment.',
    ]);
    expect(first.map((a) => a.timescale?.text)).toEqual(['June 2009', 'June 2009', 'June 2009', 'Continuation']);
    expect(first[0]?.timescale?.end).toBe('2009-06-30');
    expect(first[3]?.timescale?.kind).toBe('ongoing');
  });

  it('keeps owners as written', () => {
    const leads = actions.flatMap((a) => a.leads);
    expect(leads).toContain('CF');
    expect(leads).toContain('FS/ HP');
    expect(leads).toContain('HB DB CF');
    expect(actions.find((a) => a.title.startsWith('Elected Members will attend Gender Equality'))?.leads).toEqual(['FS/ HP']);
  });

  it('reads deadlines as timescales, with ids and sources', () => {
    const gender = actions.find((a) => a.title.startsWith('Elected Members will attend Gender Equality'));
    expect(gender?.timescale).toMatchObject({ text: 'November/ December 2009', end: '2009-12-31' });
    expect(gender?.id).toBe('1.1-a9');
    expect(gender?.source).toEqual({ document: FILE, line: 7, column: 4 });
    const workshop = actions.find((a) => a.title.startsWith('Equalities Champions to participate'));
    expect(workshop?.timescale).toMatchObject({ start: '2010-01-01', end: '2010-03-31' });
    expect(new Set(actions.map((a) => a.id)).size).toBe(actions.length);
  });

  it('joins an action continued after a page break ("HOS to introduce drop is sessions" / "for all staff …")', () => {
    const hos = area('4.1')?.actions.at(-1);
    expect(hos?.title).toBe('HOS to introduce drop is sessions for all staff to create opportunities for questions and concerns and suggestions to be raised');
    expect(hos?.leads).toEqual(['All', 'HOS']);
    expect(hos?.timescale?.end).toBe('2009-10-31');
  });

  it('keeps broken words as written, with a note', () => {
    expect(actions.flatMap((a) => a.leads)).toContain('Member Develop ment Steering Group');
    const notes = diagnostics.filter((d) => d.code === 'broken-word');
    expect(notes.map((d) => [d.line, d.text, d.expected, d.severity])).toEqual([
      [3, 'Develop ment', 'Development', 'info'],
      [16, 'Develop ment', 'Development', 'info'],
    ]);
  });

  it('warns about the shifted rows and keeps their text', () => {
    const shifted = diagnostics.filter((d) => d.code === 'columns-shifted');
    expect(shifted.map((d) => d.line)).toEqual([45, 46, 47, 48, 49]);
    expect(shifted[0]?.text).toContain('there is exce communicati');
    expect(shifted.every((d) => d.severity === 'warning')).toBe(true);
    const a21 = area('2.1');
    expect(a21?.improvements).toContain('Further work needs to be done to develop more positive publicity for LGBT issues within the community.');
    expect(a21?.actions.map((a) => a.title)).toContain("Establish 'Finding a Voice' support group.");
    expect(a21?.strengths.some((s) => s.includes('llent two way on with the council,'))).toBe(true);
  });

  it('keeps stray text of the area column in a diagnostic', () => {
    expect(diagnostics.find((d) => d.code === 'unplaced-text')).toMatchObject({ text: 'Communom', line: 3, severity: 'warning' });
  });
});

describe('interpretPeerReview on hand-made rows', () => {
  const cell = (text: string, line: number, column: number) => ({ text, line, column, paragraphs: [], items: [] });
  const row = (line: number, texts: string[]): TableRow => ({ line, cells: texts.map((t, k) => cell(t, line, k + 1)) });
  const table = (rows: TableRow[]): SourceDocument => ({ format: 'csv', blocks: [{ type: 'table', line: 1, column: 1, rows }] });
  const HEAD = ['Area examined', 'Strengths', 'Areas for Improvement', 'Actions', 'By Whom', 'By When'];

  it('flags deadlines that do not match the actions, keeping all the text', () => {
    const r = interpretPeerReview(
      table([row(1, HEAD), row(2, ['5.1 Procurement', '', '', '', '', '']), row(3, ['', 'Good', 'More', 'Review the criteria', 'AH', 'June 2009 July 2009 August 2009'])]),
    );
    const w = r.diagnostics.filter((d) => d.code === 'count-mismatch');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', line: 3, text: 'Review the criteria | June 2009 July 2009 August 2009' });
    const a = r.data.areas[0]?.actions;
    expect(a).toHaveLength(1);
    expect(a?.[0]?.timescale?.periods).toHaveLength(3);
  });

  it('reads a header split over two rows, spelt with Cyrillic letters', () => {
    const r = interpretPeerReview(
      table([
        row(1, ['Area', 'Strengths', 'Areas for', 'Actions', '\u0412\u0443', 'By When']),
        row(2, ['examined 6.1', '', 'Improvement', '', 'Whom', '']),
        row(3, ['Partnerships', '', '', '', '', '']),
        row(4, ['', 'Strong links', 'Few targets', 'Set targets', 'JP', 'Dec 09']),
      ]),
    );
    expect(r.data.areas).toHaveLength(1);
    expect(r.data.areas[0]).toMatchObject({ ref: '6.1', title: 'Partnerships', strengths: ['Strong links'], improvements: ['Few targets'] });
    expect(r.data.areas[0]?.actions[0]).toMatchObject({ title: 'Set targets', leads: ['JP'] });
    expect(r.data.areas[0]?.actions[0]?.timescale?.end).toBe('2009-12-31');
  });

  it('never throws on malformed input', () => {
    const r = interpretPeerReview({ format: 'csv', blocks: [{ type: 'table', rows: [null] }] } as unknown as SourceDocument);
    expect(r.diagnostics.some((d) => d.code === 'internal-error')).toBe(true);
    expect(() => PeerReviewSchema.parse(r.data)).not.toThrow();
  });
});
