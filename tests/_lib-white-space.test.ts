import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstNonSpace, fold, hasFoldRuns, isBlank, isSpace, wordCount } from '../src/_lib/white-space.js';
import { interpretActionPlan, readMarkdown, readTsvHtml } from '../src/index.js';

/** Every white-space character `\s` knows, the zero-width space, and some that are not white space. */
const SPACES = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2003', '\u2009', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const OTHERS = ['a', 'B', '•', '-', '\u200c', '\u200d', '\u2060', '\u00ad', 'é'];
const text = fc.array(fc.constantFrom(...SPACES, ...OTHERS), { maxLength: 40 }).map((cs) => cs.join(''));

describe('one idea of white space', () => {
  it('isSpace is `\\s` plus the zero-width space, code unit by code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(isSpace(c), `U+${c.toString(16)}`).toBe(/\s/u.test(ch) || c === 0x200b);
    }
  });

  it('fold gives the words joined by one space; blank, first word and runs agree with it', () => {
    fc.assert(
      fc.property(text, (t) => {
        const words = t.split(/[\s\u200b]+/u).filter((w) => w !== '');
        const folded = fold(t);
        expect(folded).toBe(words.join(' '));
        expect(fold(folded)).toBe(folded);
        expect(isBlank(t)).toBe(folded === '');
        if (folded !== '') expect(t.slice(firstNonSpace(t)).startsWith(words[0] as string)).toBe(true);
        // Without runs, folding only drops one ASCII space at each end.
        if (!hasFoldRuns(t)) expect(folded).toBe(t.replace(/^ /u, '').replace(/ $/u, ''));
        expect(wordCount(t)).toBe(words.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('readers and interpreters fold the same: an en, em or ideographic space is a space', () => {
    const tsv = 'Action\tTimescale\tLead Member\n<p>1.\u2003Set\u3000up a forum</p>\t<p>by\u2002March\u00a02009</p>\t<p>Cllr\u200bSmith</p>\n';
    const read = readTsvHtml(tsv);
    expect(read.data.folded).toBe(true);
    const plan = interpretActionPlan(read.data);
    const unvouched = interpretActionPlan({ ...read.data, folded: false });
    expect(plan.data).toEqual(unvouched.data);
    expect(plan.data.actions[0]).toMatchObject({ title: 'Set up a forum', timescale: { text: 'by March 2009', end: '2009-03-31' } });
    const md = readMarkdown('| Action | Lead |\n| --- | --- |\n| Set\u2003up\u3000a forum | Cllr\u200bSmith |\n');
    const row = md.data.blocks[0]?.type === 'table' ? md.data.blocks[0].rows[1] : undefined;
    expect(row?.cells.map((c) => c.text)).toEqual(['Set up a forum', 'Cllr Smith']);
  });
});
