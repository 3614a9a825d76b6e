import { describe, expect, it } from 'vitest';
import { interpretReview } from '../../../src/interpret/interpretReview.js';
import { ReviewSchema } from '../../../src/model/review.js';
import { deepFreeze, doc, heading, item, list, para } from './_build.js';

// Lines taken from examples/data/000-wmra-review-recommendations.md, positions as there.
const review = deepFreeze(
  doc('markdown', [
    para('West Midland Regional Assembly\nStrategic Review of Equalities and Diversity', 3),
    para('Background', 8),
    para(
      'The Review Panel included co-opted members from Advantage West Midlands and Government Office for the West Midlands. It was chaired by Rev John Hall, with Roger McKenzie as Vice Chair both from the Other Stakeholders Group.',
      14,
    ),
    list([
      item('R1 That the West Midlands Regional Assembly and Sustainability West Midlands ensure that the social aspects of the Regional Sustainable Development Framework are developed further within the final version to be completed in April 2006.', 26),
      item('R3 That the sustainable development monitoring mechanisms adopted by the West Midlands Regional Assembly make specific references to how equality and diversity issues are being addressed.', 28),
    ]),
    list([
      item('R4 That Regional Concordat partners nominate an identified Board Member, Elected Member or Senior Officer as an internal Equalities and Diversity Champion by 31 March 2006.', 30),
      item('R5 That a new Regional Partnership Body be established under the aegis of the West Midlands Regional Assembly to replace the Social Inclusion Partnership with a first meeting of core members to be held during April 2006.', 31),
      item('R6 That the new Regional Partnership Body organises a regional summit to be held by autumn 2006 to provide a “safe space” for regional leaders.', 32),
      item('R9 That the West Midlands Regional Assembly explicitly adopts equalities and diversity as central principles of all aspects of its work and takes on a regional leadership role upon endorsement of this report by the West Midlands Regional Assembly.', 35),
      item('R10 That a secretariat is developed to support regional working with clear progress demonstrated by 31 June 2006. An initial approach could be the creation of a “virtual secretariat”', 36),
    ]),
    heading('Officer Contact Details', 47, 4),
    para('Carmel Kerr, Equalities and Diversity Director, West Midlands Regional Assembly\n0121 678 1053\nc.kerr@wmra.gov.uk', 49),
  ]),
);

describe('interpretReview', () => {
  const { data, diagnostics } = interpretReview(review, { source: '000.md' });

  it('gives a schema-valid review with title and owner split from the first lines', () => {
    expect(ReviewSchema.safeParse(data).success).toBe(true);
    expect(data.title).toBe('Strategic Review of Equalities and Diversity');
    expect(data.owner).toBe('West Midland Regional Assembly');
  });

  it('keeps every recommendation with its ref, sentence and source line', () => {
    expect(data.recommendations.map((r) => r.ref)).toEqual(['R1', 'R3', 'R4', 'R5', 'R6', 'R9', 'R10']);
    expect(data.recommendations[0]?.text.startsWith('That the West Midlands Regional Assembly')).toBe(true);
    expect(data.recommendations[2]?.source).toEqual({ document: '000.md', line: 30, column: 3 });
  });

  it('reads owners from the subject of "That X does…", none for a passive or a lower-case subject', () => {
    const owners = Object.fromEntries(data.recommendations.map((r) => [r.ref, r.owners]));
    expect(owners['R1']).toEqual(['West Midlands Regional Assembly', 'Sustainability West Midlands']);
    expect(owners['R3']).toEqual([]);
    expect(owners['R4']).toEqual(['Regional Concordat partners']);
    expect(owners['R5']).toEqual([]);
    expect(owners['R6']).toEqual(['Regional Partnership Body']);
    expect(owners['R10']).toEqual([]);
  });

  it('reads the deadline phrase inside each sentence', () => {
    const ts = Object.fromEntries(data.recommendations.map((r) => [r.ref, r.timescale]));
    expect(ts['R1']).toMatchObject({ text: 'in April 2006', end: '2006-04-30' });
    expect(ts['R4']).toMatchObject({ text: 'by 31 March 2006', end: '2006-03-31' });
    expect(ts['R5']?.text).toBe('during April 2006');
    expect(ts['R6']).toMatchObject({ text: 'by autumn 2006', kind: 'season' });
    expect(ts['R9']).toMatchObject({ text: 'upon endorsement of this report', kind: 'event' });
    expect(ts['R10']?.kind).toBe('invalid');
  });

  it('reports 31 June 2006 as invalid-date on its line', () => {
    const invalid = diagnostics.find((d) => d.code === 'invalid-date');
    expect(invalid).toMatchObject({ severity: 'error', line: 36, text: '31 June 2006' });
    expect(invalid?.column).toBeGreaterThan(1);
  });

  it('names the panel from "chaired by" and "as Vice Chair", and keeps the contact lines', () => {
    expect(data.panel).toEqual(['Rev John Hall', 'Roger McKenzie']);
    expect(data.contact).toEqual(['Carmel Kerr, Equalities and Diversity Director, West Midlands Regional Assembly', '0121 678 1053', 'c.kerr@wmra.gov.uk']);
  });

  it('keeps background paragraphs in body sections', () => {
    const background = data.body.find((s) => s.heading === 'Background');
    expect(background?.paragraphs[0]).toContain('chaired by Rev John Hall');
  });

  it('splits a folded contact paragraph before the phone number and e-mail', () => {
    const folded = interpretReview(doc('markdown', [para('A Review', 1), heading('Contact', 2), para('Carmel Kerr, Director 0121 678 1053 c.kerr@wmra.gov.uk', 3)]));
    expect(folded.data.contact).toEqual(['Carmel Kerr, Director', '0121 678 1053', 'c.kerr@wmra.gov.uk']);
  });

  it('warns when there are no recommendations', () => {
    const none = interpretReview(doc('text', [para('Just a note.', 1)]));
    expect(none.diagnostics.map((d) => d.code)).toContain('no-recommendations');
    expect(none.data.title).toBe('');
    expect(none.data.body[0]?.paragraphs).toEqual(['Just a note.']);
  });

  it('a repeated ref gets the next free suffix: R4, R4-2, R4-3 (the third was R4-2-2)', () => {
    const repeated = doc('markdown', [list([item('R4 That partners meet.', 1), item('R4 That partners report.', 2), item('R4 That partners publish.', 3), item('R5 That the panel review it.', 4)])]);
    const { data } = interpretReview(repeated);
    expect(data.recommendations.map((r) => [r.id, r.ref])).toEqual([
      ['R4', 'R4'],
      ['R4-2', 'R4'],
      ['R4-3', 'R4'],
      ['R5', 'R5'],
    ]);
  });
});


describe('interpretReview: a lead named by label in a recommendation', () => {
  const { data } = interpretReview(
    doc('text', [
      para('Scrutiny Review of Equality in Recruitment', 1),
      list([
        item('Recommendation 1: That the Council publishes its ethnicity pay gap by 31 March 2025. Lead officer: Head of HR.', 3),
        item('Recommendation 2: That all recruitment panels include a trained member by September 2025. Lead: Head of Resourcing', 4),
        item('Recommendation 3: That the Council reviews its adverts. Lead: Council', 5),
      ]),
    ]),
  );

  it('is an owner after the sentence’s subject, once', () => {
    expect(data.recommendations.map((r) => r.owners)).toEqual([['Council', 'Head of HR'], ['Head of Resourcing'], ['Council']]);
  });
});
