import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, ParseResult } from '../../src/model/diagnostic.js';
import { DiagnosticSchema } from '../../src/model/diagnostic.js';
import { detectReaderFormat } from '../../src/read/detectReaderFormat.js';
import { READERS } from '../../src/read/readers.js';
import type { FormatId, FormatReader, SourceBlock, SourceDocument, SourceListItem } from '../../src/read/types.js';
import { missingWords, wordCoverage } from './_coverage.js';
import { deepFreeze, sample, type SampleId } from './_helpers.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

const SAMPLE_FORMAT: Record<SampleId, FormatId> = {
  '000': 'markdown',
  '001': 'tsv-html',
  '002': 'markdown',
  '003': 'text',
  '004': 'tsv-html',
};

/** `line:col: message [code]`, as in remark-lint fixtures. */
function formatDiagnostic(d: Diagnostic): string {
  return `${d.line ?? 1}:${d.column ?? 1}: ${d.message} [${d.code}]`;
}

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/u).length;
}

function* positions(blocks: readonly SourceBlock[]): Generator<{ line: number; column: number }> {
  const items = function* (list: readonly SourceListItem[]): Generator<{ line: number; column: number }> {
    for (const i of list) {
      yield i;
      yield* items(i.children);
    }
  };
  for (const b of blocks) {
    yield b;
    if (b.type === 'list') yield* items(b.items);
    if (b.type === 'table') {
      for (const r of b.rows) {
        yield { line: r.line, column: 1 };
        for (const c of r.cells) {
          yield c;
          yield* c.paragraphs;
          yield* items(c.items);
        }
      }
    }
  }
}

/** The invariants every reader keeps on any input. */
function checkInvariants(reader: FormatReader, text: string, result: ParseResult<SourceDocument>): void {
  expect(result.data.format).toBe(reader.id);
  expect(Array.isArray(result.data.blocks)).toBe(true);
  const lines = lineCount(text);
  for (const d of result.diagnostics) {
    expect(DiagnosticSchema.safeParse(d).success).toBe(true);
    expect(d.code).not.toBe('internal-error');
    if (d.line !== undefined) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.line).toBeLessThanOrEqual(lines);
    }
  }
  for (const p of positions(result.data.blocks)) {
    expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines).toBe(true);
    expect(Number.isInteger(p.column) && p.column >= 1).toBe(true);
  }
}

/** Diagnostic texts hold words that could not be placed in a block. */
function diagnosticTexts(result: ParseResult<SourceDocument>): string[] {
  return result.diagnostics.filter((d) => d.code !== 'unclosed-tag').map((d) => d.text ?? '');
}

describe('every reader in READERS', () => {
  it('lists the five formats, text last', () => {
    expect(READERS.map((r) => r.id)).toEqual(['tsv-html', 'csv', 'html', 'markdown', 'text']);
  });

  for (const reader of READERS) {
    describe(reader.id, () => {
      const dir = `${FIXTURES}${reader.id}/`;
      const fixtures = readdirSync(dir).filter((f) => f.endsWith('.txt'));

      it('has ok and not-ok fixtures', () => {
        expect(fixtures.some((f) => f.startsWith('ok-'))).toBe(true);
        expect(fixtures.some((f) => f.startsWith('not-ok-'))).toBe(true);
      });

      for (const file of fixtures) {
        const text = readFileSync(dir + file, 'utf8');
        const expected = readFileSync(dir + file.replace(/\.txt$/u, '.expected'), 'utf8').split('\n').filter((l) => l !== '');
        const result = reader.read(deepFreeze(text), { source: file });
        const { coverage, missing } = wordCoverage(text, reader.id, result.data, diagnosticTexts(result));

        it(`${file}: diagnostics as expected, word coverage ${(coverage * 100).toFixed(1)}%`, () => {
          expect(result.diagnostics.map(formatDiagnostic)).toEqual(expected);
          expect(result.diagnostics.every((d) => d.source === `read/${reader.id}` && d.file === file)).toBe(true);
          if (file.startsWith('ok-')) expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
          else expect(result.diagnostics.length).toBeGreaterThan(0);
          checkInvariants(reader, text, result);
          expect(missing).toEqual([]);
        });
      }

      it('never throws on random strings', () => {
        fc.assert(
          fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
            checkInvariants(reader, text, reader.read(text));
            const c = reader.detect(text);
            expect(c >= 0 && c <= 1).toBe(true);
          }),
          { numRuns: 150 },
        );
      });

      it('never throws on non-string input', () => {
        for (const bad of [undefined, null, 42, {}]) {
          const r = reader.read(bad as unknown as string);
          expect(r.data).toEqual({ format: reader.id, blocks: [] });
          expect(r.diagnostics.map((d) => d.code)).toEqual(['invalid-input']);
        }
      });
    });
  }
});

/** What detectReaderFormat answers when it asks every built-in reader, in order (the first highest confidence wins). */
function askingEveryReader(text: string): { format: FormatId; confidence: number } {
  let best: { format: FormatId; confidence: number } = { format: 'text', confidence: 0 };
  for (const reader of READERS) {
    const confidence = Math.max(0, Math.min(1, reader.detect(text)));
    if (confidence > best.confidence) best = { format: reader.id, confidence };
  }
  return best;
}

const NOISE = ['\t', '|', '<p>', '</p>', '<ul>', '</ul>', '<li>', '<', '>', '"', '""', '\n', '\n\n', '|--|', '- ', '1) ', '**', '•', '&amp;', '&#', '\r\n', ',', '<table><tr><td>', '```'];

const SAFE_NOISE = ['\t', '|', '\n', '\n\n', '|--|', '- ', '1) ', '**', '•', ',', '(a) ', '\r\n'];

describe.each(Object.keys(SAMPLE_FORMAT) as SampleId[])('sample %s', (id) => {
  const text = sample(id);
  const format = SAMPLE_FORMAT[id];

  it(`is detected as ${format}`, () => {
    expect(detectReaderFormat(text).format).toBe(format);
  });

  for (const reader of READERS) {
    const result = reader.read(deepFreeze(text));
    it(`read as ${reader.id} keeps the invariants`, () => {
      checkInvariants(reader, text, result);
    });
    if (reader.id === format) {
      const { coverage, total, missing } = wordCoverage(text, format, result.data, diagnosticTexts(result));
      it(`read as ${format}: word coverage ${(coverage * 100).toFixed(2)}% of ${total} words`, () => {
        console.info(`read/${format} on sample ${id}: word coverage ${(coverage * 100).toFixed(2)}% (${total - missing.length}/${total})`);
        expect(missing).toEqual([]);
        expect(coverage).toBe(1);
      });
    }
  }

  it(`keeps every word when read as ${format} after random cuts and inserted syntax`, () => {
    // HTML-bearing text is cut at line ends: a tag cut in half is markup
    // whose words htmlparser2 may or may not keep (truncated-tag reports it).
    const html = /<[a-z]/iu.test(text);
    const starts = [0, ...[...text.matchAll(/\n/gu)].map((m) => m.index + 1)];
    const reader = READERS.find((r) => r.id === format)!;
    fc.assert(
      fc.property(
        fc.nat({ max: text.length }),
        fc.nat({ max: text.length }),
        fc.array(fc.tuple(fc.nat({ max: text.length }), fc.constantFrom(...SAFE_NOISE)), { maxLength: 10 }),
        (a, b, inserts) => {
          const snap = (n: number): number => (html ? starts.filter((s) => s <= n).pop() ?? 0 : n);
          let cut = text.slice(snap(Math.min(a, b)), snap(Math.max(a, b)));
          for (const [at, noise] of inserts) {
            const i = Math.min(at, cut.length);
            cut = cut.slice(0, i) + noise + cut.slice(i);
          }
          const result = reader.read(cut);
          expect(missingWords(cut, format, result.data, diagnosticTexts(result))).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('survives random cuts and inserted markup in every reader', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: text.length }),
        fc.nat({ max: text.length }),
        fc.array(fc.tuple(fc.nat({ max: text.length }), fc.constantFrom(...NOISE)), { maxLength: 12 }),
        (a, b, inserts) => {
          let cut = text.slice(Math.min(a, b), Math.max(a, b));
          for (const [at, noise] of inserts) {
            const i = Math.min(at, cut.length);
            cut = cut.slice(0, i) + noise + cut.slice(i);
          }
          for (const reader of READERS) checkInvariants(reader, cut, reader.read(cut));
          // Skipping the CSV detector when it cannot win changes nothing: the same answer as asking every reader in order.
          expect(detectReaderFormat(cut)).toEqual(askingEveryReader(cut));
        },
      ),
      { numRuns: 25 },
    );
  });
});
