/**
 * Reproductions of issue 18 (hostile and odd inputs): each asserts the
 * behaviour, not the speed (speed is checked by `npm run check:linear` and
 * measured in bench/hostile.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { parseTimescale } from '../../src/timescale/parseTimescale.js';
import { _looksLikeHtml } from '../../src/read/_cell-html.js';
import { readTsvHtml } from '../../src/read/index.js';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../src/rules/bank-holidays.js';
import { DEFAULT_STATUS_VOCABULARY } from '../../src/rules/normaliseStatus.js';
import { DEFAULT_INDICATOR_RULE } from '../../src/rules/indicatorStatus.js';
import { BUILT_IN_STATUS_IDS } from '../../src/model/progress-rules.js';
import { PROTECTED_CHARACTERISTICS } from '../../src/model/status.js';
import { FRAMEWORK_IDS } from '../../src/frameworks/frameworks.js';

const REVIEW = '- R1 That the Council publish a plan by 31 March 2006.\n- R2 That partners meet in April 2006.\n';

describe('item 1: HTML in TSV cells is found in one pass', () => {
  it('still finds tags, and finds none when no `>` follows a `<`', () => {
    expect(_looksLikeHtml('<p>Set up</p>')).toBe(true);
    expect(_looksLikeHtml('a <br/> b')).toBe(true);
    expect(_looksLikeHtml('<!-- note -->')).toBe(true);
    expect(_looksLikeHtml('x < 3 and y > 2')).toBe(false);
    expect(_looksLikeHtml('<a'.repeat(1000))).toBe(false);
    expect(_looksLikeHtml(`${'<a'.repeat(1000)}>`)).toBe(true);
    expect(_looksLikeHtml('> then <a')).toBe(false);
  });

  it('a cell of `<a` with no `>` is kept as text', () => {
    const text = `Action\tTimescale\nTrain ${'<a'.repeat(500)}\tMarch 2009\nMeet\tApril 2009\n`;
    const { data } = readTsvHtml(text);
    const words = JSON.stringify(data);
    expect(words).toContain('<a<a<a');
  });
});

describe('item 11: options are looked up as own keys only', () => {
  for (const key of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
    it(`{ ${key}: 1 } is an unknown option, not an internal error`, () => {
      const options = JSON.parse(`{"${key}": 1}`) as object;
      const { data, diagnostics } = parseDocument(REVIEW, options);
      expect(diagnostics.some((d) => d.code === 'internal-error')).toBe(false);
      expect(diagnostics.some((d) => d.code === 'invalid-option' && d.message.includes(key))).toBe(true);
      expect(data.kind).toBe('review');
      expect(data.kind === 'review' ? data.recommendations.length : 0).toBe(2);
    });
  }
});

describe('item 13: parseTimescale never throws on odd values', () => {
  for (const [name, value] of [
    ['Object.create(null)', Object.create(null) as unknown],
    ['a Symbol', Symbol('x')],
    ['an object whose toString throws', { toString: () => { throw new Error('no'); } }],
  ] as const) {
    it(`gives an unknown timescale for ${name}`, () => {
      let result: ReturnType<typeof parseTimescale> | undefined;
      expect(() => {
        result = parseTimescale(value as string);
      }).not.toThrow();
      expect(result?.kind).toBe('unknown');
      expect(result?.diagnostics?.length).toBeGreaterThan(0);
    });
  }
});

describe('item 14: exported constants used live are frozen', () => {
  it.each([
    ['ENGLAND_AND_WALES_BANK_HOLIDAYS', ENGLAND_AND_WALES_BANK_HOLIDAYS],
    ['DEFAULT_STATUS_VOCABULARY', DEFAULT_STATUS_VOCABULARY],
    ['DEFAULT_INDICATOR_RULE', DEFAULT_INDICATOR_RULE],
    ['BUILT_IN_STATUS_IDS', BUILT_IN_STATUS_IDS],
    ['PROTECTED_CHARACTERISTICS', PROTECTED_CHARACTERISTICS],
    ['FRAMEWORK_IDS', FRAMEWORK_IDS],
  ] as const)('%s cannot be changed', (_name, value) => {
    expect(Object.isFrozen(value)).toBe(true);
  });

  it('truncating the bank holidays throws in strict mode and changes nothing', () => {
    const before = ENGLAND_AND_WALES_BANK_HOLIDAYS.length;
    expect(() => {
      (ENGLAND_AND_WALES_BANK_HOLIDAYS as string[]).length = 0;
    }).toThrow(TypeError);
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS.length).toBe(before);
  });
});
