/**
 * Internal: how strongly a source document looks like each kind. Used by
 * `detectKind` and by the per-kind helpers' `kind-mismatch` check.
 */
import type { DocumentKind } from '../model/document.js';
import type { ColumnMapping } from '../model/framework.js';
import type { SourceBlock, SourceDocument, SourceListItem, TableRow } from '../read/types.js';
import { matchHeader } from '../interpret/vocabulary.js';
import { detectTableKind } from '../interpret/detectTableKind.js';
import { readNodes } from '../interpret/_structure/nodes.js';
import { kindEvidence } from '../interpret/_structure/kindEvidence.js';

export type KindSignals = Record<DocumentKind, number> & { outline: number; tables: number; reasons: Record<DocumentKind, string[]> };


function itemTexts(items: readonly SourceListItem[], out: string[]): void {
  for (const item of items) {
    const marker = item.marker ?? '';
    out.push(/^R\d+$/i.test(marker) ? `${marker} ${item.text ?? ''}`.trim() : (item.text ?? '').trim());
    if (Array.isArray(item.children)) itemTexts(item.children, out);
  }
}

function rowText(row: TableRow): string[] {
  return (row.cells ?? []).map((c) => (c.text ?? '').slice(0, 200).toLowerCase().trim());
}

const ACTION_PLAN_HEADERS = [/^actions?\b/, /methodolog/, /timescale/, /\blead\b/, /outputs?\b|measurable/, /outcomes?\b/, /by whom|responsib|owner/, /by when|deadline|target date|due/, /\btarget/, /progress|status|rag\b/];
const PEER_REVIEW_HEADERS = [/strengths?/, /areas? for( improvement)?|improvement/, /area examined|standard|criteri/];

/** Scores a header-like row against a list of header patterns (distinct hits). */
function headerScore(cells: readonly string[], patterns: readonly RegExp[]): number {
  let hits = 0;
  for (const p of patterns) if (cells.some((c) => c.length <= 40 && p.test(c))) hits += 1;
  return hits;
}

/** What a document's title calls it ("… Action Plan", "… Strategy"). */
const TITLE_KINDS: readonly { kind: DocumentKind; test: RegExp; name: string }[] = [
  { kind: 'action-plan', test: /\baction plan\b/iu, name: 'an action plan' },
  { kind: 'strategy', test: /\bstrategy\b/iu, name: 'a strategy' },
];

const ACTION_FIELDS = new Set(['ref', 'title', 'description', 'methods', 'timescale', 'leads', 'outputs', 'outcomes', 'comments', 'rag', 'status', 'progress', 'updates', 'completed']);
const PEER_FIELDS = new Set(['strengths', 'improvements', 'area']);

/** Fields the header cells name, by the column vocabulary (the tables interpreters' own matching); `known` remembers each cell text's answer for the call. */
function headerFields(cells: readonly string[], vocabulary: readonly ColumnMapping[] | undefined, known: Map<string, string[]>): Set<string> {
  const fields = new Set<string>();
  for (const cell of cells) {
    if (cell === '' || cell.length > 60) continue;
    let matched = known.get(cell);
    if (matched === undefined) {
      matched = matchHeader(cell, vocabulary);
      known.set(cell, matched);
    }
    for (const f of matched) fields.add(f);
  }
  return fields;
}

function count(fields: ReadonlySet<string>, of: ReadonlySet<string>): number {
  let n = 0;
  for (const f of fields) if (of.has(f)) n += 1;
  return n;
}

/** Signals per kind, from the document's blocks. Linear in the document; table bodies are only glanced at. */
export function kindSignals(doc: SourceDocument, vocabulary?: readonly ColumnMapping[]): KindSignals {
  const signals: KindSignals = { review: 0, 'action-plan': 0, strategy: 0, 'peer-review': 0, outline: 0, tables: 0, reasons: { review: [], 'action-plan': [], strategy: [], 'peer-review': [] } };
  const texts: string[] = [];
  const heads: string[] = [];
  const seen = new Map<string, { ap: number; pr: number; strategy: boolean }>();
  const known = new Map<string, string[]>();
  const blocks: readonly SourceBlock[] = Array.isArray(doc?.blocks) ? doc.blocks : [];
  for (const block of blocks) {
    if (block.type === 'heading' || block.type === 'paragraph') texts.push((block.text ?? '').trim());
    else if (block.type === 'list') itemTexts(block.items ?? [], texts);
    else if (block.type === 'table') {
      const rows = block.rows ?? [];
      // The header may be split over the first two rows; page after page repeats it, so it is judged once.
      const head = rows.slice(0, 2).flatMap(rowText);
      const key = head.join('\t');
      let judged = seen.get(key);
      if (judged === undefined) {
        const fields = headerFields(head, vocabulary, known);
        const all = head.join(' | ');
        judged = {
          ap: Math.max(headerScore(head, ACTION_PLAN_HEADERS), count(fields, ACTION_FIELDS)),
          pr: Math.max(headerScore(head, PEER_REVIEW_HEADERS), count(fields, PEER_FIELDS)),
          strategy: /themat|\bthemes?\b/.test(all) && /cross[\s-]*cutting|principle/.test(all),
        };
        seen.set(key, judged);
        heads.push(all);
      }
      if (judged.pr >= 2) {
        signals['peer-review'] += 2;
        signals.reasons['peer-review'].push(`a table with strengths / areas for improvement columns (line ${block.line})`);
      }
      else if (judged.ap >= 3) {
        signals['action-plan'] += 2;
        signals.reasons['action-plan'].push(`a table with action-plan columns (line ${block.line})`);
        signals.tables += 1;
      }
      if (judged.strategy) {
        // Themes beside cross-cutting priorities is decisive: no other kind of document has both.
        signals.strategy += 4;
        signals.reasons.strategy.push(`a table of themes and cross-cutting priorities (line ${block.line})`);
      }
      // Refs such as "R4" open a row's first cell.
      for (const row of rows) {
        const first = row.cells?.[0]?.text ?? '';
        if (first.length > 0 && (first.charCodeAt(0) === 82 || first.charCodeAt(0) === 114)) texts.push(first.slice(0, 40).trim());
      }
    }
  }
  // The tables interpreters' own judgement, on the first few tables (headers repeat page after page).
  const tables = blocks.filter((b) => b.type === 'table').slice(0, 4);
  if (tables.length > 0) {
    const tableKind = detectTableKind({ format: doc.format, blocks: tables }, vocabulary === undefined ? {} : { vocabulary: [...vocabulary] });
    if (tableKind !== undefined) {
      signals[tableKind] += 2;
      signals.reasons[tableKind].push('its tables read as this kind');
    }
    if (tableKind === 'action-plan') signals.tables += 1;
  }
  // The document's own title (its first heading) naming its kind outweighs a section that names another.
  const title = blocks.find((b) => b.type === 'heading');
  const named = title?.type === 'heading' ? TITLE_KINDS.find((k) => k.test.test(title.text ?? '')) : undefined;
  if (named !== undefined && title !== undefined) {
    signals[named.kind] += 2;
    signals.reasons[named.kind].push(`its title calls it ${named.name} (line ${title.line})`);
  }
  let refs = 0;
  for (const t of texts) {
    if (/^R\d+\b/.test(t) || /^recommendation \d+\b/i.test(t)) refs += 1;
    if (t.length < 30 && /^(?:actions?|steps?) required:?$/i.test(t)) signals.outline += 1;
  }
  if (refs >= 2) {
    signals.review += refs;
    signals.reasons.review.push(`${refs} items numbered R1, R2… or "Recommendation 1"`);
  }
  // The structure and wording of the prose: decisions, objectives, strengths, action fields.
  const evidence = kindEvidence(readNodes(doc));
  for (const kind of ['review', 'action-plan', 'strategy', 'peer-review'] as const) {
    signals[kind] += evidence.points[kind];
    for (const r of evidence.reasons[kind]) signals.reasons[kind].push(r);
  }
  if (signals.outline > 0) {
    signals['action-plan'] += signals.outline;
    signals.reasons['action-plan'].push('an "Actions required" outline');
  }
  const joined = `${texts.join('\n')}\n${heads.join('\n')}`.toLowerCase();
  if (/cross[\s-]*cutting priorit/.test(joined) && /thematic|theme/.test(joined) && /guiding principle|principles/.test(joined)) signals.strategy += 1;
  return signals;
}

/** The kind with the strongest signal; ties go to peer-review, then review, strategy, action-plan. */
export function bestKind(signals: KindSignals): DocumentKind {
  let best: DocumentKind = 'action-plan';
  let top = 0;
  for (const kind of ['peer-review', 'review', 'strategy', 'action-plan'] as const) {
    if (signals[kind] > top) {
      best = kind;
      top = signals[kind];
    }
  }
  return best;
}
