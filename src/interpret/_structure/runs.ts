/**
 * Internal: list runs (consecutive items of one marker shape and level,
 * counting in order) and the lead-in that introduces each; and which runs
 * are decisions — recommendations, resolutions, what a meeting agreed.
 */
import { fold } from '../_prose/entries.js';
import type { Node } from './nodes.js';

/** A run of list items and what introduces it. */
export interface Run {
  items: Node[];
  /** Index in the node list of the first item. */
  start: number;
  /** The nearest heading or paragraph before the run, if any. */
  leadIn?: Node;
  /** The nearest heading before the run, if any. */
  heading?: Node;
}

/**
 * Finds the runs of list items: same level, same marker shape, counting on
 * (bullets need not count). Items nested under an item belong to it — unless
 * that item ends in a colon ("2. By the end of September the team should:"),
 * when they are a run of their own that it introduces.
 */
export function findRuns(nodes: readonly Node[]): Run[] {
  const runs: Run[] = [];
  // The open run and the last item at each nesting level.
  const open: (Run | undefined)[] = [];
  const last: (Node | undefined)[] = [];
  let leadIn: Node | undefined;
  let heading: Node | undefined;
  nodes.forEach((node, index) => {
    if (node.type !== 'item') {
      open.length = 0;
      last.length = 0;
      if (node.type === 'heading' || node.type === 'paragraph') leadIn = node;
      if (node.type === 'heading') heading = node;
      return;
    }
    const level = node.level;
    const parent = level > 0 ? last[level - 1] : undefined;
    // Nested under an item that does not introduce a list: part of that item.
    if (parent !== undefined && !fold(parent.text).endsWith(':')) return;
    const current = open[level];
    const prev = current?.items[current.items.length - 1];
    const continues =
      current !== undefined &&
      prev !== undefined &&
      node.family === prev.family &&
      node.shape === prev.shape &&
      (node.ordinal === undefined || prev.ordinal === undefined || node.ordinal === prev.ordinal + 1 || node.family === 'decimal' || node.family === 'R');
    open.length = level + 1;
    last.length = level + 1;
    last[level] = node;
    if (continues) {
      (current as Run).items.push(node);
      return;
    }
    const run: Run = { items: [node], start: index };
    // The lead-in introduces the list only when nothing stands between them.
    if (parent !== undefined) run.leadIn = parent;
    else if (leadIn !== undefined && nodes[index - 1] === leadIn) run.leadIn = leadIn;
    if (heading !== undefined) run.heading = heading;
    open[level] = run;
    runs.push(run);
  });
  return runs;
}

/** A lead-in that announces decisions or recommendations. */
const DECISION_LEAD = /\b(?:resolved|resolutions?|recommends|recommended|recommendations?|agreed|decided|decisions?|is asked to|are asked to)\b|\b(?:should|must)(?: be)?\s*:$/iu;
/**
 * A lead-in whose sentence each item completes ("RESOLVED that:", "the
 * directorate should:"): under it every item is a
 * decision, however it is worded ("the Council publish …").
 */
const COMPLETED_BY_ITEMS = /\b(?:that|should|must)(?: be)?\s*[:–—-]?$/iu;
const VERBS = new Set(['agree', 'approve', 'note', 'endorse', 'confirm', 'commit', 'adopt', 'accept', 'receive', 'request', 'nominate', 'authorise', 'authorize', 'delegate', 'resolve', 'thank', 'welcome', 'recommend', 'ratify', 'instruct']);
const PARTICIPLE = /\b(?:be|being)\s+(?:noted|approved|agreed|endorsed|adopted|received|given|signed|held|reported|reviewed|asked|established|accepted|assured|requested|delegated|published|undertaken|made|set|brought|submitted|considered|supported|authorised|authorized|ratified|thanked|charged|the body)\b|\b(?:is|are)\s+(?:noted|approved|agreed|endorsed|adopted|ratified)\b/iu;

/** The first few words of a text, lower case, without punctuation. */
function firstWords(text: string, n: number): string[] {
  return fold(text)
    .toLowerCase()
    .split(' ')
    .slice(0, n)
    .map((w) => w.replace(/\P{L}/gu, ''));
}

/** Whether an item reads as a decision: "That …", "To note …", "Agree …", "Cabinet approve …", "… be noted". */
export function isDecisionItem(text: string): boolean {
  const words = firstWords(text, 5);
  if (words[0] === 'that') return true;
  if (words[0] === 'to' && VERBS.has(words[1] ?? '')) return true;
  for (const w of words.slice(0, 4)) {
    if (VERBS.has(w) || (w.endsWith('s') && VERBS.has(w.slice(0, -1)))) return true;
  }
  return PARTICIPLE.test(text);
}

/** Whether an item reads as a resolution on its own ("That …", "… be noted"), with no lead-in needed. */
function isResolution(text: string): boolean {
  const words = firstWords(text, 2);
  return words[0] === 'that' || (words[0] === 'to' && VERBS.has(words[1] ?? '')) || PARTICIPLE.test(text);
}

/** Why a run is a list of decisions, or undefined if it is not one. */
export function decisionReason(run: Run, decided?: ReadonlySet<Node>): string | undefined {
  const items = run.items;
  const first = items[0] as Node;
  // The parts of a decision ("2. By the end of September the team should: (a) … (b) …").
  if (run.leadIn?.type === 'item' && decided?.has(run.leadIn) === true) return 'the parts of a decision that introduces them';
  if (first.family === 'R') return 'items numbered R1, R2…';
  // Bullets, and bare numbers with no stop ("6 Set up a Board"), are decisions only under a lead-in that says so.
  if (first.family === 'bullet' || first.family === 'none' || !/[.):]/u.test(first.shape)) {
    // Bullets are decisions only under a lead-in that says so, and only if they read as decisions.
    if (run.leadIn === undefined || !DECISION_LEAD.test(run.leadIn.text)) return undefined;
  }
  const lead = run.leadIn !== undefined && DECISION_LEAD.test(run.leadIn.text) ? run.leadIn : undefined;
  const completes = lead !== undefined && COMPLETED_BY_ITEMS.test(fold(lead.text));
  const shaped = items.filter((i) => isDecisionItem(i.text)).length;
  if (!completes && shaped * 2 < items.length) return undefined;
  if (lead !== undefined) return `a list under \`${fold(lead.text).slice(0, 60)}\``;
  const resolutions = items.filter((i) => isResolution(i.text)).length;
  if (items.length >= 2 && resolutions * 2 >= items.length && first.family !== 'bullet') return 'items worded as resolutions ("That …", "… be noted")';
  return undefined;
}

/** A paragraph that is one resolution on its own ("that the Scheme be adopted."). */
export function isLoneResolution(node: Node): boolean {
  if (node.type !== 'paragraph') return false;
  const text = fold(node.text);
  return /^that\b/iu.test(text) && PARTICIPLE.test(text) && !text.endsWith(':');
}

/** Word sets, for telling a list stated twice (as proposed, then as resolved). */
function wordSet(text: string): Set<string> {
  return new Set(
    fold(text)
      .toLowerCase()
      .split(' ')
      .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
      .filter((w) => w.length > 3),
  );
}

/** The numbers an item names other than years ("ward 21", "£5,000", "3 posts"), in order. */
function numbersOf(text: string): string {
  const found = text.match(/\d+(?:[.,]\d+)*/gu) ?? [];
  return found.filter((n) => !/^(?:19|20)\d\d$/u.test(n)).join(' ');
}

/**
 * Whether run `b` states the same items as run `a`: same count, each pair
 * sharing most words and naming the same numbers (two agenda items'
 * decisions worded alike — "progress on ward 14", "progress on ward 21" — are
 * two decisions).
 */
export function restates(a: Run, b: Run): boolean {
  // R-numbers are the document's own ids: a repeated one is a second item, never a restatement.
  if (a.items.length !== b.items.length || a.items[0]?.family === 'R') return false;
  return a.items.every((x, i) => {
    const y = b.items[i] as Node;
    if (numbersOf(x.text) !== numbersOf(y.text)) return false;
    const p = wordSet(x.text);
    const q = wordSet(y.text);
    if (p.size === 0 || q.size === 0) return false;
    let shared = 0;
    for (const w of p) if (q.has(w)) shared += 1;
    return shared / Math.min(p.size, q.size) >= 0.6;
  });
}
