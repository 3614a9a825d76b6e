import { describe, expect, it } from 'vitest';
import { FrameworkSchema, RatingSchema, getFramework, parseDocument, readRatings } from '../../src/index.js';

// Invented texts, written for these tests.
describe('readRatings', () => {
  it('reads a quoted level against a named framework, with the date in its sentence', () => {
    const text = "Northfold Fire Authority\n\nIn September 2013 a team of peers rated the Authority 'Achieving' against the Fire and Rescue Service Equality Framework.\n";
    const [r, ...rest] = readRatings(text, { source: 'news.txt' });
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ framework: 'frsef-2017', frameworkName: 'Fire and Rescue Service Equality Framework', level: 'achieving', label: 'Achieving', date: '2013-09', stance: 'given', source: { document: 'news.txt', line: 3 } });
    expect(text.split('\n')[2]?.slice((r?.source?.column ?? 0) - 1)).toMatch(/^Achieving/u);
    expect(RatingSchema.safeParse(r).success).toBe(true);
  });

  it('tells a rating given from one left behind and one only sought', () => {
    const text = [
      'Under the Equality Framework for Local Government the council moved from "Developing" to "Achieving" in 2019.',
      'Its next aim is to reach the "Excellent" level by 2026.',
    ].join('\n');
    const got = readRatings(text).map((r) => [r.level, r.stance, r.date]);
    expect(got).toEqual([
      ['developing', 'previous', '2019'],
      ['achieving', 'given', '2019'],
      ['excellent', 'sought', '2026'],
    ]);
  });

  it('needs the level set off as a rating and a framework named: ordinary English is no rating', () => {
    expect(readRatings('Residents rated the new library excellent. We are achieving our aims and developing new services.')).toEqual([]);
    // Quoted, but no framework is named anywhere before it.
    expect(readRatings("The café was voted 'Excellent' by customers in 2020.")).toEqual([]);
    // The same sentence under the document's own framework is a rating of it.
    const ours = FrameworkSchema.parse({ id: 'ours', name: 'Our framework', levels: [{ id: 'gold', label: 'Gold' }, { id: 'silver', label: 'Silver' }] });
    expect(readRatings("In 2021 the council was rated 'Gold'.", { framework: ours }).map((r) => [r.framework, r.level, r.date])).toEqual([['ours', 'gold', '2021']]);
    // Level words come from framework data only: "Gold" means nothing to the shipped frameworks.
    expect(readRatings("Under the FRS Equality Framework the service was rated 'Gold'.")).toEqual([]);
  });

  it('reads scored outcomes of a table row with the outcome the row names', () => {
    const text = ['The Equality Delivery System review for 2025:', '| Domain | Outcome | Score |', '| Domain 2 | 2B: staff free from abuse | 1/Developing |', '| | 2C: independent support for staff | 3/Excelling |'].join('\n');
    const got = readRatings(text).map((r) => [r.framework, r.themeId, r.score, r.level]);
    expect(got).toEqual([
      ['eds-2022', 'outcome-2b', 1, 'developing'],
      ['eds-2022', 'outcome-2c', 3, 'excelling'],
    ]);
    expect(getFramework('eds-2022').levels.find((l) => l.id === 'excelling')?.score).toBe(3);
  });

  it('keeps a framework it does not know by the name the text gives, and says a repeated rating once', () => {
    const text = 'Riverside Homes and the Tenant Equality Framework\n\nWe were assessed in 2012 and reached the "Achieving level" of the framework. Our "Achieving" status is a matter of pride.';
    const got = readRatings(text);
    expect(got.map((r) => [r.framework, r.frameworkName, r.level, r.date])).toEqual([[undefined, 'Tenant Equality Framework', 'achieving', '2012']]);
  });

  it('parseDocument gives the ratings it reads, and none where there are none', () => {
    const text = "Peer challenge report\n\nIn March 2022 the peer team confirmed the council's \u201cExcellent\u201d level of the EFLG.\n\n- Strength: clear leadership\n- Area for improvement: workforce data\n";
    const { data } = parseDocument(text, { source: 'peer.md' });
    expect(data.ratings?.map((r) => [r.framework, r.level, r.date, r.source?.document])).toEqual([['eflg-2021', 'excellent', '2022-03', 'peer.md']]);
    expect(parseDocument('- R1 That the council publish a plan by June 2026.\n').data.ratings).toBeUndefined();
  });

  it('never throws on odd input', () => {
    expect(readRatings(undefined as unknown as string)).toEqual([]);
    expect(readRatings("'Achieving'".repeat(2000))).toEqual([]);
    expect(readRatings('', { frameworks: [] })).toEqual([]);
  });
});
