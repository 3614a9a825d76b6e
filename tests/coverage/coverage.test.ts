/**
 * Protected-characteristic coverage of samples 001 and 004. Every expectation
 * below was checked by reading the sample: the words quoted are in the
 * action named.
 */
import { describe, expect, it } from 'vitest';
import { CHARACTERISTIC_VOCABULARY, coverage, type CoverageReport } from '../../src/coverage/index.js';
import { ActionSchema, PROTECTED_CHARACTERISTICS } from '../../src/model/index.js';
import { parseDocument } from '../../src/parse/index.js';
import { deepFreeze } from '../_support/deepFreeze.js';
import { bySample } from '../parse/_samples.js';

/** characteristic → [count, item ids, words] */
function table(r: CoverageReport): Record<string, [number, string[], string[]]> {
  return Object.fromEntries(r.characteristics.map((c) => [c.characteristic, [c.count, c.itemIds, c.words]]));
}

describe('coverage of sample 001 (regional partnership action plan)', () => {
  const doc = deepFreeze(parseDocument(bySample('001').text).data);
  const r = coverage(doc);

  it('reports the nine characteristics with the items and words that serve each', () => {
    expect(r.characteristics.map((c) => c.characteristic)).toEqual([...PROTECTED_CHARACTERISTICS]);
    // action 9 promotes "inclusion of all equality strands": the six pre-2010 strands, not the three the Act added
    const strands = 'all equality strands';
    expect(table(r)).toEqual({
      age: [1, ['a9'], [strands]],
      disability: [1, ['a9'], [strands]],
      'gender-reassignment': [0, [], []],
      'marriage-civil-partnership': [0, [], []],
      'pregnancy-maternity': [0, [], []],
      race: [2, ['a9', 'a11'], [strands, 'Race', 'BME']], // 11: Race Equality Advisory Board, "A stronger BME voice"
      'religion-belief': [2, ['a9', 'a10'], [strands, 'faith']], // 10: "cohesion agenda (including faith, …)"
      sex: [2, ['a9', 'a12'], [strands, 'Women', 'Men']], // 12: European Charter for Equality of Women and Men
      'sexual-orientation': [1, ['a9'], [strands]],
    });
    expect(r.none).toEqual(['gender-reassignment', 'marriage-civil-partnership', 'pregnancy-maternity']);
    expect(r.untagged).toHaveLength(12);
  });

  it('says which words and which vocabulary term caused each tag', () => {
    const a11 = r.items.find((i) => i.id === 'a11')!;
    expect(a11.tags).toEqual([{ characteristic: 'race', via: 'term', words: ['Race', 'BME'], terms: ['race', 'bme'] }]);
  });
});

describe('coverage of sample 004 (peer review action plan)', () => {
  const doc = deepFreeze(parseDocument(bySample('004').text).data);
  const r = coverage(doc, { extras: true });

  it('reports per characteristic, extras included, with the triggering words', () => {
    expect(table(r)).toEqual({
      age: [3, ['2.1-a1', '2.1-a2', '2.1-a9'], ['younger people', 'Youth', 'young people']], // youth forum, young advisors, young people's jury
      disability: [0, [], []], // the strengths praise disability work, but no action names it
      'gender-reassignment': [2, ['1.1-a9', '2.1-a6'], ['Trans', 'LGBT']], // "will include Trans issues", "LGBT History Month"
      'marriage-civil-partnership': [0, [], []],
      'pregnancy-maternity': [0, [], []],
      race: [4, ['1.1-a7', '1.1-a8', '2.1-a1', '2.1-a3'], ['Black', 'Indian', 'polish']], // Black History Month, the Indian Community, "Target polish community"
      'religion-belief': [1, ['1.1-a8'], ['Diwali']],
      sex: [1, ['1.1-a9'], ['Gender Equality']], // "Gender Equality Awareness"
      'sexual-orientation': [1, ['2.1-a6'], ['LGBT']],
      'socio-economic': [1, ['2.1-a1'], ['Homelessness']], // Youth Homelessness Forum
      'care-experience': [0, [], []],
      carers: [0, [], []],
    });
    expect(r.none).toEqual(['disability', 'marriage-civil-partnership', 'pregnancy-maternity', 'care-experience', 'carers']);
  });

  it('tags one action with several characteristics, one tag each', () => {
    expect(r.items.find((i) => i.id === '1.1-a8')!.tags.map((t) => [t.characteristic, t.words])).toEqual([
      ['race', ['Indian']],
      ['religion-belief', ['Diwali']],
    ]);
  });
});

describe('explicit tags and an extended vocabulary', () => {
  const action = (id: string, title: string, characteristics: string[] = []) => ActionSchema.parse({ id, title, characteristics });
  const actions = deepFreeze([
    action('x1', 'Run a staff network', ['Gender', 'Religion or belief', 'sexual orientation']),
    action('x2', 'Survey tenants', ['Disability', 'armed forces']),
    action('x3', 'Offer a breastfeeding room and review maternity leave'),
    action('x4', 'Hold a fair for veterans and service leavers'),
  ]);

  it('reads explicit tags first (ids, labels, strand names) and keeps those it cannot place', () => {
    const r = coverage(actions);
    expect(r.items[0]!.tags.map((t) => [t.characteristic, t.via, t.words])).toEqual([
      ['religion-belief', 'explicit', ['Religion or belief']],
      ['sex', 'explicit', ['Gender']],
      ['sexual-orientation', 'explicit', ['sexual orientation']],
    ]);
    expect(r.unknownTags).toEqual([{ itemId: 'x2', tag: 'armed forces' }]);
    expect(r.items[2]!.tags).toEqual([{ characteristic: 'pregnancy-maternity', via: 'term', words: ['breastfeeding', 'maternity'], terms: ['breastfeed*', 'maternity'] }]);
    expect(r.untagged).toEqual(['x4']);
  });

  it('takes a council’s own terms and characteristics', () => {
    const r = coverage(actions, { characteristics: ['armed-forces'], vocabulary: [{ term: 'veteran*', characteristics: ['armed-forces'] }, { term: 'armed forces', characteristics: ['armed-forces'] }, { term: 'service leaver*', characteristics: ['armed-forces'] }] });
    expect(r.characteristics).toEqual([{ characteristic: 'armed-forces', label: 'armed-forces', count: 2, itemIds: ['x2', 'x4'], words: ['armed forces', 'veterans', 'service leavers'] }]);
  });

  it('every built-in term matches itself as written', () => {
    for (const t of CHARACTERISTIC_VOCABULARY) {
      const written = t.term.replace(/\*$/u, 's');
      const r = coverage([action('t', `We will ${written} today`)], { extras: true, replaceVocabulary: true, vocabulary: [t] });
      expect(r.items[0]!.tags.map((x) => x.characteristic), t.term).toEqual(expect.arrayContaining([...t.characteristics]));
    }
  });
});
