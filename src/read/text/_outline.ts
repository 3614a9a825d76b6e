/**
 * Internal: the outline logic of the `text` reader (headings, labels,
 * loose lists), shared with the markdown reader's fallback.
 */
import { firstNonSpace, fold } from '../../_lib/white-space.js';
import { pushAll } from '../../_lib/push-all.js';
import type { SourceBlock } from '../types.js';
import { _markerAt } from './_marker.js';
import { _looksLikeHeading, _readProse, type _Chunk } from './_prose.js';

/** Heading depth: 1 before any text, 2 when set off by 2+ blank lines, else 3. */
function depthOf(chunk: _Chunk, seenText: boolean): number {
  if (!seenText) return 1;
  if (chunk.blanksBefore >= 2 && chunk.blanksAfter >= 2) return 2;
  return 3;
}

function isHeadingChunk(chunk: _Chunk, next: _Chunk | undefined, prev: _Chunk | undefined): boolean {
  if (chunk.lines.length !== 1 || next === undefined) return false;
  const line = chunk.lines[0]!;
  const text = fold(line.text);
  if (!_looksLikeHeading(text)) return false;
  const start = firstNonSpace(line.text);
  const m = _markerAt(line.text, start);
  if (m === undefined) return true;
  // "1. Purpose" is a heading unless the next block continues a loose list.
  if (m.kind.startsWith('bullet')) return false;
  const markerOf = (line: { text: string } | undefined): string | undefined =>
    line === undefined ? undefined : _markerAt(line.text, firstNonSpace(line.text))?.marker;
  const nm = markerOf(next.lines[0]);
  const pm = markerOf(prev?.lines[prev.lines.length - 1]);
  return !(nm !== undefined && shape(nm) === shape(m.marker)) && !(pm !== undefined && shape(pm) === shape(m.marker));
}

/** Internal: reads chunks as an outline (shared with markdown). */
export function _readOutline(chunks: readonly _Chunk[]): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let seenText = false;
  // After a label such as "Actions required", one-line blocks are the
  // label's items (paragraphs), until a section break (2+ blank lines).
  let underLabel = false;
  chunks.forEach((chunk, i) => {
    if (chunk.blanksBefore >= 2) underLabel = false;
    if (!underLabel && isHeadingChunk(chunk, chunks[i + 1], chunks[i - 1])) {
      const line = chunk.lines[0]!;
      const text = fold(line.text);
      blocks.push({ type: 'heading', depth: depthOf(chunk, seenText), text, line: line.line, column: firstNonSpace(line.text) + 1 });
      underLabel = seenText && _isLabel(text);
      return;
    }
    seenText = true;
    // Loose lists: join with the previous list when the first item continues it.
    const read = _readProse(chunk.lines);
    const prev = blocks[blocks.length - 1];
    const first = read[0];
    if (prev?.type === 'list' && first?.type === 'list' && sameKind(prev.items, first.items)) {
      pushAll(prev.items, first.items);
      read.shift();
    }
    pushAll(blocks, read);
  });
  return blocks;
}

const LABELS = new Set([
  'action',
  'actions',
  'actions required',
  'action required',
  'key actions',
  'next steps',
  'outputs',
  'outcomes',
  'deliverables',
  'milestones',
  'recommendations',
  'objectives',
  'priorities',
  'measures',
  'success measures',
  'what we will do',
]);

/** Internal: true for list-introducing labels ("Actions required", "Outcomes:"). */
export function _isLabel(text: string): boolean {
  const t = text.toLowerCase().trim();
  return t.endsWith(':') || LABELS.has(t);
}

function sameKind(a: readonly { marker?: string }[], b: readonly { marker?: string }[]): boolean {
  const x = a[a.length - 1]?.marker;
  const y = b[0]?.marker;
  if (x === undefined || y === undefined) return false;
  return shape(x) === shape(y);
}

/** The shape of a marker: `(b)` and `(iv)` → `(a)`, `12.3` → `1.1`. */
function shape(marker: string): string {
  return [...marker]
    .map((c) => (c >= '0' && c <= '9' ? '1' : c >= 'a' && c <= 'z' ? 'a' : c >= 'A' && c <= 'Z' ? 'A' : c))
    .join('')
    .replace(/1+/gu, '1')
    .replace(/a+/gu, 'a')
    .replace(/A+/gu, 'A');
}
