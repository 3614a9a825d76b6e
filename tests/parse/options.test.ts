import { describe, expect, it } from 'vitest';
import { detectFormat, parseDocument, parsePeerReview, parseReview, parseStrategy } from '../../src/parse/index.js';
import { EqualityDocumentSchema } from '../../src/model/document.js';
import type { ParseDocumentOptions } from '../../src/parse/index.js';
import { bySample } from './_samples.js';

const review = bySample('000').text;

describe('options', () => {
  it('reports a bad option as invalid-option and ignores only that option', () => {
    const { data, diagnostics } = parseDocument(review, { format: 'docx', source: '000.md' } as unknown as ParseDocumentOptions);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'invalid-option', severity: 'error', path: ['format'] }));
    expect(data.kind).toBe('review');
    expect(data.source?.document).toBe('000.md');
  });

  it('does not touch frozen options', () => {
    const options = Object.freeze({ source: '000.md', context: Object.freeze({ year: 2006 }), vocabulary: Object.freeze([Object.freeze({ field: 'leads', headers: Object.freeze(['Officer']) })]) });
    const { data, diagnostics } = parseDocument(review, options as unknown as ParseDocumentOptions);
    expect(data.kind).toBe('review');
    expect(diagnostics.map((d) => d.code)).not.toContain('invalid-option');
  });

  it('reports an invalid date in the context with its path', () => {
    const { diagnostics } = parseDocument(review, { context: { start: '2006-02-30' } });
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'invalid-option', path: ['context', 'start'] }));
  });

  it('reports unknown options and non-object options', () => {
    expect(parseDocument(review, { colour: 'red' } as unknown as ParseDocumentOptions).diagnostics).toContainEqual(expect.objectContaining({ code: 'invalid-option', severity: 'warning', path: ['colour'] }));
    expect(parseDocument(review, 42 as unknown as ParseDocumentOptions).diagnostics[0]).toMatchObject({ code: 'invalid-option' });
  });

  it('uses the date context: R3’s "in July" takes the year', () => {
    const { data } = parseDocument(review, { context: { year: 2006 } });
    expect(data.kind === 'review' && data.recommendations[2]?.timescale).toMatchObject({ text: 'in July', end: '2006-07-31' });
  });

  it('forces a kind with the kind option', () => {
    const { data } = parseDocument(bySample('003').text, { kind: 'review' });
    expect(data.kind).toBe('review');
    expect(EqualityDocumentSchema.safeParse(data).success).toBe(true);
  });

  it('turns a non-string input into invalid-input, not a throw', () => {
    const { data, diagnostics } = parseDocument(undefined as unknown as string);
    expect(diagnostics[0]).toMatchObject({ code: 'invalid-input', severity: 'error' });
    expect(EqualityDocumentSchema.safeParse(data).success).toBe(true);
  });

  it('turns an unexpected exception into internal-error and an empty document of the detected kind', () => {
    const options = {
      get source(): string {
        throw new Error('boom');
      },
    };
    const { data, diagnostics } = parseDocument(review, options);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'internal-error', severity: 'error', note: 'boom' }));
    expect(data).toMatchObject({ kind: 'review', recommendations: [] });
  });
});

describe('per-kind helpers', () => {
  it('parseReview on a strategy gives an empty review and kind-mismatch', () => {
    const { data, diagnostics } = parseReview(bySample('002').text);
    expect(data).toMatchObject({ kind: 'review', title: '', recommendations: [] });
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'kind-mismatch', severity: 'error', expected: 'review' })]);
  });

  it('parseStrategy on a review and parsePeerReview on an action plan mismatch too', () => {
    expect(parseStrategy(review).diagnostics.map((d) => d.code)).toEqual(['kind-mismatch']);
    const pr = parsePeerReview(bySample('001').text);
    expect(pr.data.kind).toBe('peer-review');
    expect(pr.diagnostics.map((d) => d.code)).toContain('kind-mismatch');
  });

  it('parseReview on a review has no kind-mismatch', () => {
    expect(parseReview(review).diagnostics.map((d) => d.code)).not.toContain('kind-mismatch');
  });

  describe('delimiter', () => {
    // Hand-written, with a space after each `;`: not detected as CSV (it reads as prose), so only the option makes it a table.
    const plan = 'Action; Timescale; Lead Member\nSet up a forum; by March 2009; Cllr Smith\nTrain staff, then managers; by June 2009; Cllr Jones\n';

    it('says the text is CSV and how it is split', () => {
      expect(detectFormat(plan)).not.toBe('csv');
      const { data, diagnostics } = parseDocument(plan, { delimiter: ';' });
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(data.kind).toBe('action-plan');
      if (data.kind !== 'action-plan') return;
      expect(data.actions.map((a) => [a.title, a.timescale?.end, a.leads])).toEqual([
        ['Set up a forum', '2009-03-31', ['Cllr Smith']],
        ['Train staff, then managers', '2009-06-30', ['Cllr Jones']],
      ]);
    });

    it('a bad delimiter is an invalid-option error, ignored', () => {
      const { diagnostics } = parseDocument(plan, { delimiter: ':' } as unknown as ParseDocumentOptions);
      expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'invalid-option', severity: 'error', path: ['delimiter'] }));
      expect(diagnostics.find((d) => d.path?.[0] === 'delimiter')?.message).toContain('expected one of ",", ";", "|", "\\t"');
    });
  });
});

