/**
 * Internal: recommendations and resolutions, found in any list of decisions
 * (R1…, 1., (1), 1), (a), a), a., (i), i.) or in a lone "that … be adopted"
 * sentence, each with its owners and its deadline, recurrence or event.
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Recommendation } from '../../model/review.js';
import type { Timescale } from '../../model/timescale.js';
import type { DateContext } from '../types.js';
import { fold } from '../_prose/entries.js';
import { uniqueIds } from '../../_lib/unique-ids.js';
import { findDeadline } from '../_prose/deadline.js';
import { findOwners } from '../_prose/owners.js';
import { takeLabelledLeads } from '../_table/cells.js';
import { readTimescale } from '../_prose/timescale.js';
import { findEvent, findRecurrence } from './documentFacts.js';
import type { Node } from './nodes.js';
import { decisionReason, findRuns, isLoneResolution, restates, type Run } from './runs.js';

/** What {@link readRecommendations} found. */
export interface FoundRecommendations {
  recommendations: Recommendation[];
  /** Nodes read as recommendations (or as their nested parts). */
  used: Set<Node>;
  /** Why the document has recommendations, for the kind's reasons. */
  reasons: string[];
}

/** The deadline, recurrence or event of a sentence, read with the document's context. */

/**
 * Who a recommendation is for: the subject of its "That X does…" sentence,
 * then any lead it names by label ("Lead: Head of HR", "Lead officer: …"),
 * each once.
 */
function ownersOf(text: string): string[] {
  const owners = findOwners(text);
  for (const lead of takeLabelledLeads(text).leads) {
    let end = lead.length;
    while (end > 0 && '.;, '.includes(lead.charAt(end - 1))) end--;
    const name = lead.slice(0, end);
    if (name !== '' && !owners.includes(name)) owners.push(name);
  }
  return owners;
}

export function timescaleOf(
  text: string,
  node: Node,
  context: DateContext | undefined,
  diagnostics: Diagnostic[],
  path: (string | number)[],
): Timescale | undefined {
  const deadline = findDeadline(text);
  const recurrence = findRecurrence(text);
  const event = findEvent(text);
  const phrase = deadline ?? recurrence;
  if (phrase !== undefined) {
    const read = readTimescale(phrase.text, node.line, node.column + Math.max(0, phrase.offset), context);
    for (const d of read.diagnostics) diagnostics.push({ ...d, path });
    if (read.timescale.kind !== 'unknown') return read.timescale;
  }
  if (event !== undefined) return { text: event.text, kind: 'event', event: event.text };
  return undefined;
}

/** The deadline of a line that holds only a deadline ("By June 2025"), placed at that line. */
export function dueOf(due: Node, context: DateContext | undefined, diagnostics: Diagnostic[], path: (string | number)[]): Timescale | undefined {
  const text = fold(due.text).replace(/^(?:due|deadline|target(?: date)?|timescale|when)\s?:?\s?/iu, '');
  const read = readTimescale(text, due.line, due.column, context);
  for (const d of read.diagnostics) diagnostics.push({ ...d, path });
  return read.timescale.kind === 'unknown' ? undefined : read.timescale;
}

function source(node: Node, document: string | undefined): NonNullable<Recommendation['source']> {
  return document === undefined ? { line: node.line, column: node.column } : { document, line: node.line, column: node.column };
}

/** The lead-in's deadline, for items that name none ("by the end of September 2025 the directorate should:"). */
function leadInDeadline(run: Run): { text: string; offset: number } | undefined {
  const lead = run.leadIn;
  if (lead === undefined || (lead.type !== 'paragraph' && lead.type !== 'item')) return undefined;
  return findDeadline(fold(lead.text));
}

/**
 * Reads the recommendations of a document. A list stated twice (as
 * proposed, then as resolved) is counted once: the later statement is kept.
 */
export function readRecommendations(nodes: readonly Node[], options: { context?: DateContext | undefined; source?: string | undefined }, diagnostics: Diagnostic[]): FoundRecommendations {
  const runs = findRuns(nodes);
  const decided: { run: Run; reason: string }[] = [];
  const decidedItems = new Set<Node>();
  for (const run of runs) {
    const reason = decisionReason(run, decidedItems);
    if (reason === undefined) continue;
    for (const item of run.items) decidedItems.add(item);
    const before = decided[decided.length - 1];
    if (before !== undefined && restates(before.run, run)) {
      diagnostics.push({
        code: 'restated-list',
        severity: 'info',
        message: `Items at line ${(before.run.items[0] as Node).line} are stated again at line ${(run.items[0] as Node).line} (as proposed, then as resolved); counted once`,
        line: (run.items[0] as Node).line,
        column: (run.items[0] as Node).column,
        source: 'interpret/review',
      });
      decided.pop();
    }
    decided.push({ run, reason });
  }
  const used = new Set<Node>();
  const recommendations: Recommendation[] = [];
  const reasons: string[] = decided.map((d) => d.reason);
  const idFor = uniqueIds();
  const add = (node: Node, text: string, ref: string | undefined, leadIn: { text: string; offset: number; node: Node } | undefined): void => {
    const base = ref === undefined ? String(recommendations.length + 1) : node.family === 'R' ? ref.toUpperCase() : ref;
    const id = idFor(base);
    const rec: Recommendation = { id, text, owners: ownersOf(text), actionIds: [], updates: [], themeIds: [], source: source(node, options.source) };
    if (ref !== undefined) rec.ref = node.family === 'R' ? ref.toUpperCase() : ref;
    const path = ['recommendations', recommendations.length, 'timescale'];
    let timescale = node.due === undefined ? timescaleOf(text, node, options.context, diagnostics, path) : dueOf(node.due, options.context, diagnostics, path);
    if (timescale === undefined && leadIn !== undefined) {
      timescale = timescaleOf(leadIn.text, leadIn.node, options.context, [], path);
      if (timescale !== undefined) {
        diagnostics.push({
          code: 'deadline-from-lead-in',
          severity: 'info',
          message: `${rec.ref ?? id} names no deadline; \`${timescale.text}\` taken from the sentence that introduces it (line ${leadIn.node.line})`,
          line: node.line,
          column: node.column,
          text: timescale.text,
          source: 'interpret/review',
          path,
        });
      }
    }
    if (timescale !== undefined) rec.timescale = timescale;
    recommendations.push(rec);
  };
  // An item that introduces the parts of a decision is their lead-in, not a decision of its own.
  const leadIns = new Set<Node>();
  for (const { run } of decided) if (run.leadIn?.type === 'item') leadIns.add(run.leadIn);
  if (decided.length > 0) {
    const index = new Map<Node, number>();
    nodes.forEach((n, i) => index.set(n, i));
    for (const { run } of decided) {
      const lead = leadInDeadline(run);
      const leadIn = lead === undefined || run.leadIn === undefined ? undefined : { text: lead.text, offset: lead.offset, node: run.leadIn };
      if (leadIn !== undefined) {
        // The lead-in's own problems (an impossible date …) are reported once, not once an item.
        timescaleOf(leadIn.text, leadIn.node, options.context, diagnostics, ['recommendations', recommendations.length, 'timescale']);
      }
      for (const item of run.items) {
        used.add(item);
        if (leadIns.has(item)) continue;
        // Nested parts belong to their item: "(a) … (b) …" under "1." is one recommendation.
        let text = fold(item.text);
        for (let i = (index.get(item) ?? nodes.length) + 1; i < nodes.length; i += 1) {
          const next = nodes[i] as Node;
          if (next.type !== 'item' || next.level <= item.level) break;
          text = `${text} ${fold(next.text)}`;
          used.add(next);
        }
        add(item, text, item.ref, leadIn);
      }
    }
  } else {
    for (const node of nodes) {
      if (!isLoneResolution(node)) continue;
      used.add(node);
      reasons.push('a resolution ("that … be adopted")');
      add(node, fold(node.text), undefined, undefined);
    }
  }
  return { recommendations, used, reasons };
}
