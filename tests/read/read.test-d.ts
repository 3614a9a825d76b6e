import { expectTypeOf, test } from 'vitest';
import type { ParseResult } from '../../src/model/diagnostic.js';
import {
  detectReaderFormat,
  READERS,
  readCsv,
  readHtml,
  readMarkdown,
  readText,
  readTsvHtml,
  type DetectedReaderFormat,
  type FormatId,
  type FormatReader,
  type ReadOptions,
  type SourceDocument,
} from '../../src/read/index.js';

test('every reader has the same signature', () => {
  for (const read of [readTsvHtml, readCsv, readHtml, readMarkdown, readText]) {
    expectTypeOf(read).parameters.toEqualTypeOf<[text: string, options?: ReadOptions]>();
    expectTypeOf(read).returns.toEqualTypeOf<ParseResult<SourceDocument>>();
  }
});

test('READERS is a read-only list of FormatReader', () => {
  expectTypeOf(READERS).toEqualTypeOf<readonly FormatReader[]>();
  expectTypeOf(READERS[0]!.id).toEqualTypeOf<FormatId>();
  // @ts-expect-error READERS is read-only
  READERS.push({ id: 'text', detect: () => 0, read: readText });
});

test('detectReaderFormat gives a format id and a confidence', () => {
  expectTypeOf(detectReaderFormat('x')).toEqualTypeOf<DetectedReaderFormat>();
  expectTypeOf(detectReaderFormat('x').format).toEqualTypeOf<FormatId>();
});

test('blocks narrow on their type', () => {
  const block = readText('x').data.blocks[0]!;
  if (block.type === 'table') expectTypeOf(block.rows[0]!.cells[0]!.items).toBeArray();
  if (block.type === 'heading') expectTypeOf(block.depth).toBeNumber();
  // @ts-expect-error a list block has no text
  if (block.type === 'list') void block.text;
});
