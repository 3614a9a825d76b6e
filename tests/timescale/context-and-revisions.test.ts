/**
 * Edges of parseTimescale outside the reader itself, found by mutation
 * testing (bench/results/mutation.md): how `options.context` is checked (each
 * field, the year's bounds, what is not an object), the length limit, the
 * `no-date` note cut at 80 characters, input that is not a string, the
 * split of a re-dated phrase ("March 2010 (revised from June 2009)") into
 * its current date and baseline, and how several periods combine.
 */
import { describe, expect, it } from 'vitest';
import type { Timescale } from '../../src/model/timescale.js';
import { parseTimescale } from '../../src/timescale/index.js';
import type { TimescaleContext } from '../../src/timescale/index.js';

const codes = (t: Timescale): string[] => (t.diagnostics ?? []).map((d) => d.code);
const dates = (t: Timescale) => ({ kind: t.kind, start: t.start, end: t.end });
const month = (y: number, m: string, last: number) => ({ kind: 'month', start: `${y}-${m}-01`, end: `${y}-${m}-${last}` });

describe('the context', () => {
  const inMarch = (context: unknown): Timescale => parseTimescale('March', { context: context as TimescaleContext });

  it('takes a whole year from 1 to 9999', () => {
    expect(dates(inMarch({ year: 1 }))).toEqual({ kind: 'month', start: '0001-03-01', end: '0001-03-31' });
    expect(dates(inMarch({ year: 9999 }))).toEqual({ kind: 'month', start: '9999-03-01', end: '9999-03-31' });
    expect(inMarch({ year: 2009 }).diagnostics).toEqual([
      { code: 'year-assumed', severity: 'info', message: 'Year 2009 assumed for `March` from the context year', line: 1, column: 1, text: 'March', source: 'timescale' },
    ]);
  });

  it('ignores any other year, with a warning that says what a year must be', () => {
    for (const year of [0, 10000, 2009.5, '2009', Number.NaN]) {
      const t = inMarch({ year });
      expect(t.kind, String(year)).toBe('unknown');
      expect(t.diagnostics?.[0], String(year)).toEqual({
        code: 'invalid-context',
        severity: 'warning',
        message: `Unexpected \`${String(year)}\` in \`context.year\`, expected a whole year from 1 to 9999; ignored`,
        source: 'timescale',
      });
      expect(codes(t)).toEqual(['invalid-context', 'year-unknown']);
    }
  });

  it('warns of each date that is not a real ISO date, in the order start, end, anchor', () => {
    const t = parseTimescale('March 2009', { context: { start: '2009-02-30', end: '2009/03/31', anchor: 'x' } });
    expect(dates(t)).toEqual(month(2009, '03', 31));
    expect(t.diagnostics?.map((d) => d.message)).toEqual([
      'Unexpected `2009-02-30` in `context.start`, expected a real ISO date; ignored',
      'Unexpected `2009/03/31` in `context.end`, expected a real ISO date; ignored',
      'Unexpected `x` in `context.anchor`, expected a real ISO date; ignored',
    ]);
    expect(t.diagnostics?.every((d) => d.code === 'invalid-context' && d.severity === 'warning' && d.source === 'timescale')).toBe(true);
  });

  it('tells real dates from near misses, character by character', () => {
    const anchored = (anchor: string) => parseTimescale('within 1 month', { context: { anchor } });
    for (const good of ['2009-01-31', '2008-02-29', '2009-12-01', '0001-01-01']) expect(codes(anchored(good)), good).toEqual([]);
    for (const bad of ['2009-00-10', '2009-13-10', '2009-01-00', '2009-01-32', '2009-02-29', '2009-1-31', '2009-01-3 ', '2009:01-31', '2009-01:31', '200/-01-31', '2009-0:-31', '2009-01-/1']) {
      expect(codes(anchored(bad)), bad).toEqual(['invalid-context', 'no-anchor']);
    }
  });

  it('reads the plan period from start to assume a year, and ignores a bad yearSpans', () => {
    const t = parseTimescale('March', { context: { start: '2008-04-01', end: '2009-03-31' } });
    expect(dates(t)).toEqual(month(2009, '03', 31));
    expect(t.diagnostics?.[0]?.message).toBe('Year 2009 assumed for `March` from the plan period starting 2008-04-01');
    expect(inMarch({ yearSpans: 'fiscal' }).diagnostics?.[0]).toEqual({
      code: 'invalid-context',
      severity: 'warning',
      message: 'Unexpected `fiscal` in `context.yearSpans`, expected `financial` or `calendar`; ignored',
      source: 'timescale',
    });
  });

  it('reads a context that is not an object as none, without a warning', () => {
    for (const context of ['x', null, 5]) expect(codes(inMarch(context))).toEqual(['year-unknown']);
  });
});

describe('what is not read', () => {
  it('a phrase of more than 2000 characters', () => {
    const at = 'March 2009'.padEnd(2000, ' ');
    expect(dates(parseTimescale(at))).toEqual(month(2009, '03', 31));
    const over = `${at} `;
    expect(parseTimescale(over)).toEqual({
      text: over,
      kind: 'unknown',
      diagnostics: [{ code: 'timescale-too-long', severity: 'warning', message: 'Unexpected timescale of 2001 characters, expected a phrase of at most 2000; not read', source: 'timescale' }],
    });
  });

  it('text with no date: the note quotes it, cut to 77 characters and "..." past 80', () => {
    const eighty = `No date ${'x'.repeat(72)}`;
    expect(parseTimescale(` ${eighty} `).diagnostics).toEqual([{ code: 'no-date', severity: 'info', message: `No date found in \`${eighty}\``, source: 'timescale', text: eighty }]);
    const longer = `${eighty}y`;
    expect(parseTimescale(longer).diagnostics?.[0]?.message).toBe(`No date found in \`${longer.slice(0, 77)}...\``);
    expect(parseTimescale('   ').diagnostics).toEqual([{ code: 'no-date', severity: 'info', message: 'No date found in ``', source: 'timescale' }]);
  });

  it('input that is not a string: read as its String(), empty for none, an internal error when String() throws', () => {
    expect(dates(parseTimescale(2009 as never))).toEqual({ kind: 'year', start: '2009-01-01', end: '2009-12-31' });
    expect(parseTimescale(undefined as never).text).toBe('');
    expect(parseTimescale(null as never).text).toBe('');
    expect(parseTimescale(Object.create(null) as never)).toEqual({
      text: '',
      kind: 'unknown',
      diagnostics: [{ code: 'internal-error', severity: 'error', message: 'Unexpected failure while reading ``; please report it', source: 'timescale' }],
    });
  });
});

describe('a re-dated phrase', () => {
  const june = { text: 'June 2009', kind: 'month', start: '2009-06-01', end: '2009-06-30' };
  const redated = (text: string) => {
    const t = parseTimescale(text);
    return { ...dates(t), baseline: t.baseline };
  };

  it('splits at "revised from", "previously", "originally", "was" after a bracket or separator', () => {
    for (const text of [
      'March 2010 (revised from June 2009)',
      'March 2010 (Revised From June 2009)',
      'March 2010; previously June 2009',
      'March 2010 – originally June 2009',
      'March 2010 (previously: June 2009)',
      'March 2010 — was June 2009',
      'March 2010: was June 2009.',
      'March 2010 (was June 2009).',
      'March 2010\n- was June 2009',
      'March 2010 -\twas June 2009',
      'March 2010 -\nwas June 2009',
    ]) {
      expect(redated(text), text).toEqual({ ...month(2010, '03', 31), baseline: june });
    }
    expect(redated('June 2009 [was March 2009]')).toEqual({ ...month(2009, '06', 30), baseline: { text: 'March 2009', kind: 'month', start: '2009-03-01', end: '2009-03-31' } });
  });

  it('not where the marker follows a word, runs into one, or has nothing on one side', () => {
    expect(redated('March 2010 was June 2009')).toEqual({ kind: 'range', start: '2009-06-01', end: '2010-03-31', baseline: undefined });
    expect(redated('March 2010 (wasJune 2009)').baseline).toBeUndefined();
    for (const c of ['a', 'z', '0', '9']) expect(redated(`March 2010 (was${c} June 2009)`).baseline, c).toBeUndefined();
    expect(redated('March 2010 (revised from)')).toEqual({ ...month(2010, '03', 31), baseline: undefined });
    expect(redated('(revised from June 2009)').baseline).toBeUndefined();
  });

  it('splits at "now" or "revised to", the current date after it, at the start too', () => {
    expect(redated('December 2008, now March 2009')).toEqual({ ...month(2009, '03', 31), baseline: { text: 'December 2008', kind: 'month', start: '2008-12-01', end: '2008-12-31' } });
    expect(redated('Dec 2009 (revised to March 2010)')).toEqual({ ...month(2010, '03', 31), baseline: { text: 'Dec 2009', kind: 'month', start: '2009-12-01', end: '2009-12-31' } });
    expect(redated('Now due March 2010')).toEqual({ ...month(2010, '03', 31), baseline: undefined });
    expect(parseTimescale('Now due March 2010').text).toBe('Now due March 2010');
    expect(redated('Tuesday, now March 2010')).toEqual({ ...month(2010, '03', 31), baseline: undefined });
    expect(redated('now due').kind).toBe('unknown');
  });

  it('reads the whole phrase when either side has no date', () => {
    expect(redated('March 2010 (was TBC)')).toEqual({ ...month(2010, '03', 31), baseline: undefined });
    expect(redated('TBC (revised from June 2009)').baseline).toBeUndefined();
  });

  it('keeps the diagnostics of both sides', () => {
    const t = parseTimescale('March 2010 (revised from October)', { context: { year: 2009 } });
    expect(t.baseline).toEqual({ text: 'October', kind: 'month', start: '2009-10-01', end: '2009-10-31' });
    expect(codes(t)).toEqual(['year-assumed']);
    const both = parseTimescale('March (revised from October)', { context: { year: 2009 } });
    expect(both.diagnostics?.map((d) => d.text)).toEqual(['March', 'October']);
  });
});

describe('several periods', () => {
  it('span from the earliest start to the latest end, in any order', () => {
    expect(dates(parseTimescale('June 2009 and 2008'))).toEqual({ kind: 'range', start: '2008-01-01', end: '2009-06-30' });
    expect(dates(parseTimescale('2008 and June 2009'))).toEqual({ kind: 'range', start: '2008-01-01', end: '2009-06-30' });
  });

  it('of one kind and the same dates keep that kind', () => {
    const t = parseTimescale('June 2009 and June 2009');
    expect(dates(t)).toEqual(month(2009, '06', 30));
    expect(t.periods?.map((p) => p.text)).toEqual(['June 2009', 'June 2009']);
  });

  it('are invalid when one is, and ongoing (no end) when one is open-ended', () => {
    expect(dates(parseTimescale('March 2010 and 31/02/2009'))).toEqual({ kind: 'invalid', start: '2009-02-28', end: '2010-03-31' });
    expect(dates(parseTimescale('June 2009 (Year 1) and ongoing'))).toEqual({ kind: 'ongoing', start: '2009-06-01', end: undefined });
  });

  it('take each label and keep each period text', () => {
    const t = parseTimescale('April 2008 – March 2009 (Year 1) April 2009 – March 2010 (Year 2)');
    expect(t.periods).toEqual([
      { text: 'April 2008 – March 2009', kind: 'range', start: '2008-04-01', end: '2009-03-31', label: 'Year 1' },
      { text: 'April 2009 – March 2010', kind: 'range', start: '2009-04-01', end: '2010-03-31', label: 'Year 2' },
    ]);
  });
});
