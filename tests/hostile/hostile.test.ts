/**
 * Reproductions of issue 18 (hostile and odd inputs): each asserts the
 * behaviour, not the speed (speed is checked by `npm run check:linear` and
 * measured in bench/hostile.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { parseTimescale } from '../../src/timescale/parseTimescale.js';
import { _looksLikeHtml } from '../../src/read/_cell-html.js';
import { readCsv, readHtml, readMarkdown, readText, readTsvHtml } from '../../src/read/index.js';
import { _boundDepth } from '../../src/read/_depth.js';
import { detectFormat } from '../../src/parse/index.js';
import { SAMPLES } from '../parse/_samples.js';
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

describe('item 9: carriage-return-only line endings read like `\\n`', () => {
  it.each(SAMPLES.map((s) => [s.file, s.text] as const))('%s gives the same document with lone `\\r`', (_name, text) => {
    const lf = parseDocument(text);
    const cr = parseDocument(text.replace(/\r?\n/gu, '\r'));
    expect(cr.data.kind).toBe(lf.data.kind);
    expect(JSON.stringify(cr.data).length).toBeGreaterThan(0.95 * JSON.stringify(lf.data).length);
    expect(cr.diagnostics.map((d) => [d.code, d.line])).toEqual(lf.diagnostics.map((d) => [d.code, d.line]));
  });
});

const planRow = (i: number): string => `${i}. Train staff in equality law,by March 2009,Cllr Smith ${i}\n`;

describe('item 10 and issue 12: a broken quote in the first lines of a CSV', () => {
  it('one unclosed `"field` in line 6 still reads as CSV, every row kept', () => {
    const text = `Action,Timescale,Lead\n${Array.from({ length: 4 }, (_, i) => planRow(i + 1)).join('')}5. Say,"hello,Jo\n${Array.from({ length: 66 }, (_, i) => planRow(i + 6)).join('')}`;
    expect(detectFormat(text)).toBe('csv');
    const { data, diagnostics } = parseDocument(text);
    expect(data.kind).toBe('action-plan');
    expect(data.kind === 'action-plan' ? data.actions.length : 0).toBeGreaterThanOrEqual(70);
    expect(diagnostics.some((d) => d.code === 'csv-syntax-error')).toBe(true);
  });

  it('a quoted multi-line cell across line 60 does not make the CSV text', () => {
    const quoted = (i: number): string => `"${i}. Train staff in equality law",by March 2009,Cllr Smith ${i}\n`;
    const text = `Action,Timescale,Lead\n${Array.from({ length: 57 }, (_, i) => quoted(i + 1)).join('')}"58. A long\nmulti\nline\nquoted\ncell",by 2009,Ann\n${Array.from({ length: 10 }, (_, i) => quoted(i + 60)).join('')}`;
    expect(detectFormat(text)).toBe('csv');
    const { data } = parseDocument(text);
    expect(data.kind === 'action-plan' ? data.actions.length : 0).toBe(68);
  });

  it('a record with a closed multi-line cell, then one cut by line 60, still reads as CSV', () => {
    // The cut record's first quoted cell spans lines and closes; its last one is cut by the window.
    const quoted = (i: number): string => `${i},"Train staff",Ann,March 2009\n`;
    const text = `Ref,Action,Lead,Timescale\n${Array.from({ length: 57 }, (_, i) => quoted(i + 1)).join('')}58,Review,"Head of HR\nCommunity Safety Officer",March 2009,"Tender\ndrafted"\n${Array.from({ length: 10 }, (_, i) => quoted(i + 59)).join('')}`;
    expect(detectFormat(text)).toBe('csv');
  });

  it('an unclosed quote after the window keeps the rows before it and the rest as text', () => {
    const text = `Action,Timescale,Lead\n${Array.from({ length: 70 }, (_, i) => planRow(i + 1)).join('')}71. Say,"hello,Jo\n${Array.from({ length: 30 }, (_, i) => planRow(i + 72)).join('')}`;
    const { data, diagnostics } = readCsv(text);
    const error = diagnostics.find((d) => d.code === 'csv-syntax-error');
    expect(error?.line).toBe(72);
    const json = JSON.stringify(data);
    expect(json).toContain('70. Train staff');
    expect(json).toContain('hello');
    expect(json).toContain('Cllr Smith 101');
  });
});

describe('item 8: recommendation sentences with commas are not CSV', () => {
  it('three `R1 That …, …, ….` lines read as a review of three', () => {
    const text = 'R1 That the Council, with partners, publish a plan by 31 March 2006.\nR2 That the Panel, in April, review the scheme by 30 June 2006.\nR3 That officers, members and partners, train staff by 31 May 2006.\n';
    expect(detectFormat(text)).not.toBe('csv');
    const { data } = parseDocument(text);
    expect(data.kind).toBe('review');
    expect(data.kind === 'review' ? data.recommendations.map((r) => r.text) : []).toEqual([expect.stringContaining('the Council, with partners, publish'), expect.stringContaining('the Panel, in April,'), expect.stringContaining('officers, members and partners,')]);
  });

  it('a CSV with spaced commas but no sentences is still CSV', () => {
    expect(detectFormat('Action, Timescale, Lead\nTrain staff, March 2009, Ann\nMeet partners, April 2009, Bob\n')).toBe('csv');
  });
});

describe('item 4: long text lists', () => {
  it('numbered items from 1000 on are items of their own', () => {
    const text = `Actions\n${Array.from({ length: 1003 }, (_, i) => `${i + 1}. The council will train staff\n`).join('')}`;
    const { data } = readText(text);
    const list = data.blocks.find((b) => b.type === 'list');
    expect(list?.type === 'list' ? list.items.length : 0).toBe(1003);
    expect(list?.type === 'list' ? list.items.map((i) => i.marker).slice(-2) : []).toEqual(['1002.', '1003.']);
  });

  it('a year at the start of a line is not a marker', () => {
    const { data } = readText('Progress\n2006.07 figures were late\n');
    expect(JSON.stringify(data.blocks)).not.toContain('"marker"');
  });

  it('an item continued over many lines keeps every line, in order', () => {
    const text = `1. Intro\n${Array.from({ length: 500 }, (_, i) => `and the council will continue ${i}\n`).join('')}2. Next item.\n`;
    const { data } = readText(text);
    const list = data.blocks.find((b) => b.type === 'list');
    const first = list?.type === 'list' ? list.items[0]?.text : '';
    expect(first?.startsWith('Intro and the council will continue 0 and')).toBe(true);
    expect(first?.endsWith('continue 499')).toBe(true);
    expect(list?.type === 'list' ? list.items[1]?.text : '').toBe('Next item.');
  });
});

describe('item 3: deep HTML nesting is bounded before the parser', () => {
  it('`<ul>` 5000 deep: one nesting-too-deep warning, the text kept', () => {
    const { data, diagnostics } = readHtml(`<html><body>${'<ul>'.repeat(5000)}<li>Deepest item</li>${'</ul>'.repeat(5000)}<p>After</p></body></html>`);
    expect(diagnostics.filter((d) => d.code === 'nesting-too-deep')).toHaveLength(1);
    const json = JSON.stringify(data);
    expect(json).toContain('Deepest item');
    expect(json).toContain('After');
  });

  it('`<div>` left open 3000 deep keeps every word', () => {
    const { data } = readHtml(`<html><body>${Array.from({ length: 3000 }, (_, i) => `<div>w${i}`).join('')}</body></html>`);
    const json = JSON.stringify(data);
    expect(json).toContain('w0');
    expect(json).toContain('w2999');
  });

  it('_boundDepth keeps offsets and blanks only the deepest tags and their ends', () => {
    const raw = '<div><div><div>x</div></div></div>';
    const { html, first } = _boundDepth(raw, 2, new Set());
    expect(html).toHaveLength(raw.length);
    expect(html).toBe('<div><div>     x      </div></div>');
    expect(first).toBe(10);
    expect(_boundDepth('<p>a<p>b<br><img/>', 1, new Set(['p', 'br'])).first).toBe(-1);
  });
});

describe('items 5 and 6: markdown marked would read in more than linear time is read as text', () => {
  it('nested indentation gives markdown-fallback and keeps every item', () => {
    const text = `# Plan\n\n${Array.from({ length: 100 }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n')}\n`;
    const { data, diagnostics } = readMarkdown(text);
    expect(diagnostics.find((d) => d.code === 'markdown-fallback')?.message).toContain('indented');
    const json = JSON.stringify(data);
    expect(json).toContain('item 0');
    expect(json).toContain('item 99');
  });

  it('a long `*a_` run gives markdown-fallback and keeps the recommendation', () => {
    const { data, diagnostics } = readMarkdown(`# Review\n\n- R1 That ${'*a_'.repeat(3000)} publish a plan\n- R2 That partners meet.\n`);
    expect(diagnostics.find((d) => d.code === 'markdown-fallback')?.message).toContain('inline markup');
    expect(JSON.stringify(data)).toContain('R2 That partners meet.');
  });

  it('ordinary markdown still goes through the lexer', () => {
    const { data, diagnostics } = readMarkdown('# Plan\n\n- **Train** staff\n  - in _law_\n\n| A | B |\n| --- | --- |\n| x | y |\n');
    expect(diagnostics.some((d) => d.code === 'markdown-fallback')).toBe(false);
    expect(data.blocks.map((b) => b.type)).toEqual(['heading', 'list', 'table']);
  });
});

describe('a timescale is a phrase: a long text is not read', () => {
  it('gives timescale-too-long and keeps the text', () => {
    const text = `by March 2009 ${'<a'.repeat(2000)}`;
    const t = parseTimescale(text);
    expect(t.kind).toBe('unknown');
    expect(t.text).toBe(text);
    expect(t.diagnostics?.[0]?.code).toBe('timescale-too-long');
    expect(parseTimescale('by March 2009').kind).not.toBe('unknown');
  });
});
