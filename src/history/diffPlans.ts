import type { Action, ProgressUpdate } from '../model/action.js';
import type { EqualityDocument } from '../model/document.js';
import type { ReportedRag, Status } from '../model/status.js';
import { diffDays } from '../_lib/iso-date.js';
import { compareTerms, likeness, termsOf } from '../_lib/similarity.js';

/**
 * What {@link diffPlans} compares: a parsed document (its actions; a peer
 * review's actions of every area) or a list of actions.
 *
 * @example
 * ```ts
 * const input: PlanVersion = plan;
 * ```
 * @category History
 */
export type PlanVersion = EqualityDocument | readonly Action[];

/**
 * An action of the earlier version paired with the same action in the later
 * one, and how they were paired: the same title, the same reference, or
 * similar titles (`similarity`, 0 to 1).
 *
 * @example
 * ```ts
 * const m: ActionMatch = { before: actions[0]!, after: actions[0]!, by: 'ref', similarity: 1 };
 * ```
 * @category History
 */
export interface ActionMatch {
  /** The action in the earlier version. */
  before: Action;
  /** The action in the later version. */
  after: Action;
  /** `title` (same words), `ref` (same reference) or `similarity`. */
  by: 'title' | 'ref' | 'similarity';
  /** Likeness of the two titles, 0 to 1. */
  similarity: number;
}

/**
 * An action whose title was re-worded: the two titles, their likeness and the
 * words they share.
 *
 * @example
 * ```ts
 * const r: Reworded = { before: actions[0]!, after: actions[1]!, from: 'Hold a summit', to: 'Hold a regional summit', similarity: 0.8, shared: ['hold', 'summit'] };
 * ```
 * @category History
 */
export interface Reworded {
  /** The action in the earlier version. */
  before: Action;
  /** The action in the later version. */
  after: Action;
  /** The earlier title. */
  from: string;
  /** The later title. */
  to: string;
  /** Likeness of the two titles, 0 to 1. */
  similarity: number;
  /** Words the titles share. */
  shared: string[];
}

/**
 * An action whose timescale changed: the two timescales as written, their
 * due dates, and the change in days (positive: later; `null` when either has
 * no due date).
 *
 * @example
 * ```ts
 * const r: Redated = { before: actions[0]!, after: actions[0]!, from: 'March 2009', to: 'June 2009', fromDue: '2009-03-31', toDue: '2009-06-30', days: 91 };
 * ```
 * @category History
 */
export interface Redated {
  /** The action in the earlier version. */
  before: Action;
  /** The action in the later version. */
  after: Action;
  /** The earlier timescale as written (`null`: none). */
  from: string | null;
  /** The later timescale as written (`null`: none). */
  to: string | null;
  /** The earlier due date. */
  fromDue: string | null;
  /** The later due date. */
  toDue: string | null;
  /** Days the due date moved (positive: later); `null` when either is unknown. */
  days: number | null;
}

/**
 * An action whose leads changed: the two lists, and who joined and left.
 *
 * @example
 * ```ts
 * const r: Reassigned = { before: actions[0]!, after: actions[0]!, from: ['J. Smith'], to: ['A. Khan'], added: ['A. Khan'], removed: ['J. Smith'] };
 * ```
 * @category History
 */
export interface Reassigned {
  /** The action in the earlier version. */
  before: Action;
  /** The action in the later version. */
  after: Action;
  /** Earlier leads. */
  from: string[];
  /** Later leads. */
  to: string[];
  /** Leads only in the later version. */
  added: string[];
  /** Leads only in the earlier version. */
  removed: string[];
}

/**
 * The reported state of an action: status, RAG and percent complete (`null`
 * where not reported).
 *
 * @example
 * ```ts
 * const s: ReportedState = { status: 'in-progress', rag: 'amber', percentComplete: 40 };
 * ```
 * @category History
 */
export interface ReportedState {
  /** Reported status. */
  status: Status | null;
  /** Reported RAG. */
  rag: ReportedRag | null;
  /** Reported percent complete. */
  percentComplete: number | null;
}

/**
 * An action whose reported status, RAG or percent complete changed.
 *
 * @example
 * ```ts
 * const c: ActionStatusChange = { before: actions[0]!, after: actions[0]!, from: { status: 'in-progress', rag: 'amber', percentComplete: null }, to: { status: 'complete', rag: 'green', percentComplete: 100 } };
 * ```
 * @category History
 */
export interface ActionStatusChange {
  /** The action in the earlier version. */
  before: Action;
  /** The action in the later version. */
  after: Action;
  /** Earlier state. */
  from: ReportedState;
  /** Later state. */
  to: ReportedState;
}

/**
 * Everything {@link diffPlans} found between two versions of a plan.
 *
 * @example
 * ```ts
 * const d: PlanDiff = diffPlans(plan, plan);
 * d.added.length //=> 0
 * ```
 * @category History
 */
export interface PlanDiff {
  /** Pairs of the same action in both versions, in the earlier order. */
  matched: ActionMatch[];
  /** Actions only in the later version. */
  added: Action[];
  /** Actions only in the earlier version. */
  removed: Action[];
  /** Matched actions whose title changed. */
  reworded: Reworded[];
  /** Matched actions whose timescale changed. */
  redated: Redated[];
  /** Matched actions whose leads changed. */
  reassigned: Reassigned[];
  /** Matched actions whose status, RAG or percent complete changed. */
  statusChanges: ActionStatusChange[];
  /**
   * The earlier actions (removed ones too) with the later version's progress
   * updates merged into their history (no update twice, in date order), then
   * the added actions. New objects; the inputs are never changed.
   */
  history: Action[];
}

/**
 * Options of {@link diffPlans}.
 *
 * @example
 * ```ts
 * const o: DiffPlansOptions = { threshold: 0.6 };
 * ```
 * @category History
 */
export interface DiffPlansOptions {
  /** Least likeness (0 to 1) for two titles with different references to be paired; default 0.5. */
  threshold?: number | undefined;
}

function actionsOf(version: PlanVersion): readonly Action[] {
  if (Array.isArray(version)) return version as readonly Action[];
  const doc = version as EqualityDocument;
  switch (doc.kind) {
    case 'action-plan':
    case 'strategy':
      return doc.actions;
    case 'peer-review':
      return doc.areas.flatMap((area) => area.actions);
    default:
      return [];
  }
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/gu, ' ').trim();

function stateOf(a: Action): ReportedState {
  return { status: a.status ?? null, rag: a.rag ?? null, percentComplete: a.percentComplete ?? null };
}

function updateKey(u: ProgressUpdate): string {
  return JSON.stringify([u.date, u.status ?? null, u.percentComplete ?? null, u.rag ?? null, norm(u.comment ?? ''), u.author ?? null, u.revisedTimescale?.text ?? null, u.reason ?? null]);
}

/** Earlier updates then later ones not already there, in date order (stable). */
function mergeUpdates(before: readonly ProgressUpdate[], after: readonly ProgressUpdate[]): ProgressUpdate[] {
  const seen = new Set(before.map(updateKey));
  const out = [...before];
  for (const u of after) {
    const key = updateKey(u);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(u);
    }
  }
  return out.map((u, i) => ({ u, i })).sort((x, y) => (x.u.date < y.u.date ? -1 : x.u.date > y.u.date ? 1 : x.i - y.i)).map((x) => x.u);
}

function match(before: readonly Action[], after: readonly Action[], threshold: number): ActionMatch[] {
  const pairOf = new Map<number, ActionMatch & { j: number }>();
  const taken = new Set<number>();
  const pair = (i: number, j: number, by: ActionMatch['by']): void => {
    pairOf.set(i, { before: before[i]!, after: after[j]!, by, similarity: likeness(before[i]!.title, after[j]!.title).score, j });
    taken.add(j);
  };
  // 1. the same title (survives renumbering)
  const byTitle = new Map<string, number[]>();
  after.forEach((a, j) => byTitle.set(norm(a.title), [...(byTitle.get(norm(a.title)) ?? []), j]));
  before.forEach((b, i) => {
    const j = byTitle.get(norm(b.title))?.find((k) => !taken.has(k));
    if (j !== undefined && norm(b.title) !== '') pair(i, j, 'title');
  });
  // 2. the same reference
  const byRef = new Map<string, number>();
  after.forEach((a, j) => {
    const ref = a.ref === undefined ? '' : norm(a.ref);
    if (ref !== '' && !byRef.has(ref)) byRef.set(ref, j);
  });
  before.forEach((b, i) => {
    if (pairOf.has(i) || b.ref === undefined) return;
    const j = byRef.get(norm(b.ref));
    if (j !== undefined && !taken.has(j)) pair(i, j, 'ref');
  });
  // 3. similar titles, most alike first (each title's words read once)
  const candidates: { i: number; j: number; score: number }[] = [];
  const afterTerms = after.map((a, j) => (taken.has(j) ? undefined : termsOf(a.title)));
  before.forEach((b, i) => {
    if (pairOf.has(i)) return;
    const terms = termsOf(b.title);
    afterTerms.forEach((other, j) => {
      if (other === undefined) return;
      const score = compareTerms(terms, other).score;
      if (score >= threshold) candidates.push({ i, j, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const c of candidates) if (!pairOf.has(c.i) && !taken.has(c.j)) pair(c.i, c.j, 'similarity');
  return [...pairOf.entries()].sort((x, y) => x[0] - y[0]).map(([, m]) => ({ before: m.before, after: m.after, by: m.by, similarity: m.similarity }));
}

/**
 * Compares two versions of a plan: actions added, removed, re-worded,
 * re-dated (with the change in days), re-assigned and with a changed status,
 * RAG or percent complete; and merges the later version's progress updates
 * into the earlier history without duplicates. Actions are paired by the same
 * title, then the same reference, then the most alike titles (at least
 * `threshold`). Pure: the inputs are never changed.
 *
 * @param before - The earlier version (a parsed document or its actions).
 * @param after - The later version.
 * @param options - `threshold` for pairing by likeness.
 * @returns Every change found, and the merged history.
 * @example
 * ```ts
 * const later = plan.actions.map((a) => (a.ref === '2' ? { ...a, leads: ['A. Khan'] } : a));
 * const d = diffPlans(plan, later);
 * d.reassigned.map((r) => r.to) //=> [['A. Khan']]
 * ```
 * @category History
 */
export function diffPlans(before: PlanVersion, after: PlanVersion, options?: DiffPlansOptions): PlanDiff {
  const threshold = options?.threshold ?? 0.5;
  const earlier = actionsOf(before);
  const later = actionsOf(after);
  const matched = match(earlier, later, threshold);
  const matchedBefore = new Set(matched.map((m) => m.before));
  const matchedAfter = new Set(matched.map((m) => m.after));
  const reworded: Reworded[] = [];
  const redated: Redated[] = [];
  const reassigned: Reassigned[] = [];
  const statusChanges: ActionStatusChange[] = [];
  const laterOf = new Map<Action, Action>();
  for (const { before: b, after: a } of matched) {
    laterOf.set(b, a);
    if (norm(b.title) !== norm(a.title)) {
      const l = likeness(b.title, a.title);
      reworded.push({ before: b, after: a, from: b.title, to: a.title, similarity: l.score, shared: l.shared });
    }
    const fromDue = b.timescale?.end ?? null;
    const toDue = a.timescale?.end ?? null;
    if (norm(b.timescale?.text ?? '') !== norm(a.timescale?.text ?? '') || fromDue !== toDue) {
      redated.push({ before: b, after: a, from: b.timescale?.text ?? null, to: a.timescale?.text ?? null, fromDue, toDue, days: fromDue !== null && toDue !== null ? diffDays(fromDue, toDue) : null });
    }
    const leadsBefore = new Set(b.leads.map(norm));
    const leadsAfter = new Set(a.leads.map(norm));
    const added = a.leads.filter((l) => !leadsBefore.has(norm(l)));
    const removed = b.leads.filter((l) => !leadsAfter.has(norm(l)));
    if (added.length > 0 || removed.length > 0) reassigned.push({ before: b, after: a, from: [...b.leads], to: [...a.leads], added, removed });
    const from = stateOf(b);
    const to = stateOf(a);
    if (from.status !== to.status || from.rag !== to.rag || from.percentComplete !== to.percentComplete) statusChanges.push({ before: b, after: a, from, to });
  }
  const addedActions = later.filter((a) => !matchedAfter.has(a));
  const history = [
    ...earlier.map((b) => {
      const a = laterOf.get(b);
      return a === undefined ? { ...b } : { ...b, updates: mergeUpdates(b.updates, a.updates) };
    }),
    ...addedActions.map((a) => ({ ...a })),
  ];
  return {
    matched,
    added: addedActions,
    removed: earlier.filter((b) => !matchedBefore.has(b)),
    reworded,
    redated,
    reassigned,
    statusChanges,
    history,
  };
}
