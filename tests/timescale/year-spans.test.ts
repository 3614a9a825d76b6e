/**
 * Spans of whole years, read as financial or calendar years by
 * `context.yearSpans`, and the forms around them: a range of financial years,
 * a single-digit end year. Invented phrases.
 */
import { describe, expect, it } from 'vitest';
import { parseTimescale } from '../../src/timescale/index.js';

const fy = { context: { yearSpans: 'financial' as const } };
const cal = { context: { yearSpans: 'calendar' as const } };

describe('year spans', () => {
  it('keeps the old reading without a choice: consecutive years are one financial year, longer spans calendar years', () => {
    expect(parseTimescale('2015-2016')).toMatchObject({ kind: 'financial-year', start: '2015-04-01', end: '2016-03-31' });
    expect(parseTimescale('2015-2018')).toMatchObject({ kind: 'range', start: '2015-01-01', end: '2018-12-31' });
    expect(parseTimescale('2015 to 2018')).toMatchObject({ start: '2015-01-01', end: '2018-12-31' });
  });

  it('reads every dashed or "to" span as financial years when asked', () => {
    expect(parseTimescale('2015-2018', fy)).toMatchObject({ start: '2015-04-01', end: '2018-03-31' });
    expect(parseTimescale('2015 – 2018', fy)).toMatchObject({ start: '2015-04-01', end: '2018-03-31' });
    expect(parseTimescale('for the period 2015 to 2018', fy)).toMatchObject({ start: '2015-04-01', end: '2018-03-31' });
    expect(parseTimescale('2015-2016', fy)).toMatchObject({ start: '2015-04-01', end: '2016-03-31' });
  });

  it('reads every dashed span as calendar years when asked, even two consecutive ones', () => {
    expect(parseTimescale('2015-2016', cal)).toMatchObject({ kind: 'range', start: '2015-01-01', end: '2016-12-31' });
    expect(parseTimescale('2015 to 2018', cal)).toMatchObject({ start: '2015-01-01', end: '2018-12-31' });
  });

  it('keeps slashed forms as financial years whatever the choice', () => {
    expect(parseTimescale('2015/16', cal)).toMatchObject({ kind: 'financial-year', start: '2015-04-01', end: '2016-03-31' });
    expect(parseTimescale('2015/2018', cal)).toMatchObject({ start: '2015-04-01', end: '2018-03-31' });
  });

  it('reads a range of financial years and a single-digit end year', () => {
    expect(parseTimescale('2014/15 – 2016/17')).toMatchObject({ kind: 'range', start: '2014-04-01', end: '2017-03-31' });
    expect(parseTimescale('2014/15 to 2016/17')).toMatchObject({ start: '2014-04-01', end: '2017-03-31' });
    expect(parseTimescale('2016-9')).toMatchObject({ start: '2016-04-01', end: '2019-03-31' });
    expect(parseTimescale('2018-1')).toMatchObject({ start: '2018-04-01', end: '2021-03-31' });
    // A full numeric date is still a date.
    expect(parseTimescale('2016-09-15')).toMatchObject({ kind: 'date', start: '2016-09-15' });
  });

  it('warns about a reading it does not know and ignores it', () => {
    const t = parseTimescale('2015-2018', { context: { yearSpans: 'academic' as never } });
    expect(t).toMatchObject({ start: '2015-01-01', end: '2018-12-31' });
    expect(t.diagnostics?.map((d) => d.code)).toContain('invalid-context');
  });
});
