/**
 * Edges of the timescale tokeniser found by mutation testing
 * (bench/results/mutation.md): ordinal suffixes (all four, any case, at the
 * end of the text, and not when more letters follow), every space and dash
 * character it knows, curly quotes, letters outside ASCII, numbers too long
 * for exact integers, and the bracket indices (nested, mismatched, left
 * open). Each asserts token kinds, offsets and values, not placeholders.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/timescale/_tokenize.js';

/** Type, offsets and (for numbers) value and ordinal of each token. */
const shape = (s: string) => tokenize(s).map((t) => [t.type, t.start, t.end, ...(t.type === 'num' ? [t.value, t.ordinal] : [])]);

describe('numbers', () => {
  it('take st, nd, rd and th in any case as an ordinal, at the end of the text too', () => {
    expect(shape('31st 2nd 3RD 4Th')).toEqual([
      ['num', 0, 4, 31, true],
      ['num', 5, 8, 2, true],
      ['num', 9, 12, 3, true],
      ['num', 13, 16, 4, true],
    ]);
    expect(tokenize('1st')[0]).toMatchObject({ text: '1st', norm: '1', ordinal: true, end: 3 });
    expect(shape('22nd2009 5th-6th.')).toEqual([
      ['num', 0, 4, 22, true],
      ['num', 4, 8, 2009, false],
      ['num', 9, 12, 5, true],
      ['sym', 12, 13],
      ['num', 13, 16, 6, true],
      ['sym', 16, 17],
    ]);
  });

  it('take no suffix with a third letter after it, a single letter, or other pairs', () => {
    expect(shape('1sts')).toEqual([['num', 0, 1, 1, false], ['word', 1, 4]]);
    expect(shape('1s')).toEqual([['num', 0, 1, 1, false], ['word', 1, 2]]);
    for (const s of ['1sd', '1nt', '1rt', '1tt', '1ts', '1dn']) expect(tokenize(s)[0]?.ordinal, s).toBe(false);
  });

  it('keep the digits of a number longer than 15 digits', () => {
    const [t] = tokenize('12345678901234567890');
    expect(t).toMatchObject({ type: 'num', text: '12345678901234567890', value: Number('12345678901234567890') });
    expect(tokenize('123456789012345')[0]?.value).toBe(123456789012345);
  });
});

describe('spaces, dashes and quotes', () => {
  it('skip every space character it knows', () => {
    const spaces = [' ', '\u00a0', '\u2028', '\u2029', '\u202f', '\u2007', '\ufeff', '\t', '\n', '\u000b', '\u000c', '\r'];
    for (const sp of spaces) expect(shape(`1${sp}2`), JSON.stringify(sp)).toEqual([['num', 0, 1, 1, false], ['num', 2, 3, 2, false]]);
    // Other characters next to those ranges are symbols.
    for (const other of ['\u0008', '\u000e', '\u2006', '\u2030']) expect(shape(`1${other}2`)[1], JSON.stringify(other)).toEqual(['sym', 1, 2]);
  });

  it('read each dash as "-", with the dash class, and nothing next to them', () => {
    const [dash] = tokenize('-');
    for (const d of ['\u2010', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d']) {
      expect(tokenize(d)[0], d).toMatchObject({ type: 'sym', text: d, norm: '-', cls: dash?.cls });
    }
    expect(dash?.cls).not.toBe(0);
    for (const d of ['\u200f', '\u2016', '\u2211', '\u2213', '\ufe57', '\ufe59', '\ufe62', '\ufe64', '\uff0c', '\uff0e']) expect(tokenize(d)[0]?.norm, d).toBe(d);
    expect(tokenize('\u2016')[0]?.cls).toBe(0);
  });

  it('read curly single quotes as straight ones', () => {
    expect(tokenize('\u2019\u2018`').map((t) => t.norm)).toEqual(["'", "'", '`']);
  });
});

describe('words', () => {
  it('take letters outside ASCII into the word, lower-cased, and not punctuation or marks', () => {
    expect(tokenize('Été 2009')[0]).toMatchObject({ type: 'word', text: 'Été', norm: 'été', start: 0, end: 3 });
    expect(tokenize('ÉTÉ')[0]).toMatchObject({ norm: 'été' });
    expect(shape('Café—2009')).toEqual([['word', 0, 4], ['sym', 4, 5], ['num', 5, 9, 2009, false]]);
    expect(shape('a\u00d7b')).toEqual([['word', 0, 1], ['sym', 1, 2], ['word', 2, 3]]);
    expect(shape('März')).toEqual([['word', 0, 4]]);
  });

  it('finds month and season words in any case, and only whole', () => {
    expect(tokenize('MARCH march Summer').map((t) => [t.month, t.season])).toEqual([[3, 0], [3, 0], [0, 6]]);
    expect(tokenize('marches')[0]?.month).toBe(0);
    expect(tokenize('Marc')[0]?.month).toBe(0);
  });
});

describe('brackets', () => {
  it('give each token the bracket it sits in, and each opening bracket its closing one', () => {
    const t = tokenize('((a) b] c');
    expect(t.map((x) => [x.text, x.paren, x.close])).toEqual([
      ['(', -1, 5],
      ['(', 0, 3],
      ['a', 1, -1],
      [')', 0, -1],
      ['b', 0, -1],
      [']', -1, -1],
      ['c', -1, -1],
    ]);
  });

  it('close a bracket left open at the last token, and ignore a closing one with none open', () => {
    expect(tokenize('(a (b) c').map((x) => x.close)).toEqual([5, -1, 4, -1, -1, -1]);
    expect(tokenize('a) (b').map((x) => [x.paren, x.close])).toEqual([[-1, -1], [-1, -1], [-1, 3], [2, -1]]);
  });
});
