/**
 * Internal: how strongly a source document looks like each kind. Used by
 * `detectKind` and by the per-kind helpers' `kind-mismatch` check.
 */
import type { DocumentKind } from '../model/document.js';
import type { ColumnMapping } from '../model/framework.js';
import type { SourceBlock, SourceDocument, SourceListItem, TableRow } from '../read/types.js';
import { matchHeader } from '../interpret/vocabulary.js';

export type KindSignals = Record<DocumentKind, number> & { outline: number; tables: number };

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function itemTexts(items: readonly SourceListItem[], out: string[]): void {
  for (const item of items) {
    const marker = item.marker ?? '';
    out.push(/^R\d+$/i.test(marker) ? fold(`${marker} ${item.text ?? ''}`) : fold(item.text ?? ''));
    if (Array.isArray(item.children)) itemTexts(item.children, out);
  }
}

function rowText(row: TableRow): string[] {
  return (row.cells ?? []).map((c) => fold(c.text ?? '').toLowerCase());
}

const ACTION_PLAN_HEADERS = [/^actions?\b/, /methodolog/, /timescale/, /\blead\b/, /outputs?\b|measurable/, /outcomes?\b/, /by whom|responsib|owner/, /by when|deadline|target date|due/, /\btarget/, /progress|status|rag\b/];
const PEER_REVIEW_HEADERS = [/strengths?/, /areas? for( improvement)?|improvement/, /area examined|standard|criteri/];

/** Scores a header-like row against a list of header patterns (distinct hits). */
function headerScore(cells: readonly string[], patterns: readonly RegExp[]): number {
  let hits = 0;
  for (const p of patterns) if (cells.some((c) => c.length <= 40 && p.test(c))) hits += 1;
  return hits;
}

const ACTION_FIELDS = new Set(['ref', 'title', 'description', 'methods', 'timescale', 'leads', 'outputs', 'outcomes', 'comments', 'rag', 'status', 'progress', 'updates', 'completed']);
const PEER_FIELDS = new Set(['strengths', 'improvements', 'area']);

/** Fields the header cells name, by the column vocabulary (the tables interpreters' own matching). */
function headerFields(cells: readonly string[], vocabulary: readonly ColumnMapping[] | undefined): Set<string> {
  const fields = new Set<string>();
  for (const cell of cells) {
    if (cell === '' || cell.length > 60) continue;
    for (const f of matchHeader(cell, vocabulary)) fields.add(f);
  }
  return fields;
}

function count(fields: ReadonlySet<string>, of: ReadonlySet<string>): number {
  let n = 0;
  for (const f of fields) if (of.has(f)) n += 1;
  return n;
}

/** Signals per kind, from the document's blocks. */
export function kindSignals(doc: SourceDocument, vocabulary?: readonly ColumnMapping[]): KindSignals {
  const signals: KindSignals = { review: 0, 'action-plan': 0, strategy: 0, 'peer-review': 0, outline: 0, tables: 0 };
  const texts: string[] = [];
  const blocks: readonly SourceBlock[] = Array.isArray(doc?.blocks) ? doc.blocks : [];
  for (const block of blocks) {
    if (block.type === 'heading' || block.type === 'paragraph') texts.push(fold(block.text ?? ''));
    else if (block.type === 'list') itemTexts(block.items ?? [], texts);
    else if (block.type === 'table') {
      const rows = block.rows ?? [];
      // The header may be split over the first two rows.
      const head = rows.slice(0, 2).flatMap(rowText);
      const fields = headerFields(head, vocabulary);
      const ap = Math.max(headerScore(head, ACTION_PLAN_HEADERS), count(fields, ACTION_FIELDS));
      const pr = Math.max(headerScore(head, PEER_REVIEW_HEADERS), count(fields, PEER_FIELDS));
      if (pr >= 2) signals['peer-review'] += 2;
      else if (ap >= 3) {
        signals['action-plan'] += 2;
        signals.tables += 1;
      }
      const all = rows.slice(0, 2).flatMap(rowText).join(' | ');
      if (/themat|\bthemes?\b/.test(all) && /cross[\s-]*cutting|principle/.test(all)) signals.strategy += 2;
      for (const row of rows) texts.push(rowText(row).join(' '));
    }
  }
  let refs = 0;
  for (const t of texts) {
    if (/^R\d+\b/.test(t) || /^recommendation \d+\b/i.test(t)) refs += 1;
    if (/^(?:actions?|steps?) required:?$/i.test(t)) signals.outline += 1;
  }
  if (refs >= 2) signals.review += refs;
  if (signals.outline > 0) signals['action-plan'] += signals.outline;
  const joined = texts.join('\n').toLowerCase();
  if (/cross[\s-]*cutting priorit/.test(joined) && /thematic|theme/.test(joined) && /guiding principle|principles/.test(joined)) signals.strategy += 1;
  return signals;
}

/** The kind with the strongest signal, in a fixed order of preference. */
export function bestKind(signals: KindSignals): DocumentKind {
  if (signals['peer-review'] >= 2 && signals['peer-review'] >= signals['action-plan']) return 'peer-review';
  if (signals.review >= 2 && signals.review >= signals.strategy) return 'review';
  if (signals.strategy >= 2) return 'strategy';
  if (signals['action-plan'] > 0) return 'action-plan';
  if (signals.strategy > 0) return 'strategy';
  if (signals.review > 0) return 'review';
  return 'action-plan';
}
