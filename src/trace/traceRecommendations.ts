import type { Action, ListItem } from '../model/action.js';
import type { EqualityDocument } from '../model/document.js';
import type { PeerReview } from '../model/plan.js';
import type { Recommendation, Review } from '../model/review.js';
import { termsOf } from '../_lib/similarity.js';

/**
 * An action linked to a recommendation: which plan and action, how (an
 * explicit reference, or text similarity), the score (1 for an explicit
 * reference) and the evidence: the reference as written, or the shared terms.
 *
 * @example
 * ```ts
 * const link: TraceLink = { plan: 0, actionId: 'a6', ref: '6', title: 'Host the regional summit', via: 'similarity', score: 0.31, shared: ['summit', 'leaders', 'honest'] };
 * ```
 * @category Tracing
 */
export interface TraceLink {
  /** Index of the plan in `plans`. */
  plan: number;
  /** The action's id. */
  actionId: string;
  /** Its reference as written, or its id. */
  ref: string;
  /** Its title. */
  title: string;
  /** `explicit` (the action or the review names the link) or `similarity`. */
  via: 'explicit' | 'similarity';
  /** 1 for an explicit link; otherwise the weighted likeness, 0 to 1. */
  score: number;
  /** For `explicit`: the reference as written ("R6", "Recommendation 6", or the id); for `similarity`: the shared terms, rarest first. */
  shared: string[];
}

/**
 * One recommendation and the actions that answer it, best first.
 *
 * @example
 * ```ts
 * const t: RecommendationTrace = { id: 'r6', ref: 'R6', text: 'Hold a regional summit', links: [] };
 * ```
 * @category Tracing
 */
export interface RecommendationTrace {
  /** The recommendation's id. */
  id: string;
  /** Its reference as written, or its id. */
  ref: string;
  /** Its text. */
  text: string;
  /** Actions answering it: explicit links first, then by score. */
  links: TraceLink[];
}

/**
 * The result of {@link traceRecommendations}.
 *
 * @example
 * ```ts
 * const review = ReviewSchema.parse({ kind: 'review', title: 'Review', recommendations: [{ id: 'r1', ref: 'R1', text: 'Hold a summit' }] });
 * const r: TraceResult = traceRecommendations(review, [plan]);
 * r.unanswered //=> refs of the recommendations no action answers
 * ```
 * @category Tracing
 */
export interface TraceResult {
  /** Every recommendation, in the review's order. */
  recommendations: RecommendationTrace[];
  /** References of the recommendations no action answers. */
  unanswered: string[];
}

/**
 * Options of {@link traceRecommendations}.
 *
 * @example
 * ```ts
 * const o: TraceOptions = { threshold: 0.2, relative: 0.6 };
 * ```
 * @category Tracing
 */
export interface TraceOptions {
  /** Least similarity score for a link; default 0.1. */
  threshold?: number | undefined;
  /** A link by similarity must score at least this share of the recommendation's best; default 0.6. */
  relative?: number | undefined;
  /** Most links by similarity per recommendation; default 3. */
  limit?: number | undefined;
}

/** A review or peer review (the recommendations), or a list of recommendations. */
type RecommendationSource = Review | PeerReview | readonly Recommendation[];

function recommendationsOf(source: RecommendationSource): readonly Recommendation[] {
  return Array.isArray(source) ? (source as readonly Recommendation[]) : (source as Review | PeerReview).recommendations;
}

function actionsOf(doc: EqualityDocument): readonly Action[] {
  switch (doc.kind) {
    case 'review':
      return [];
    case 'peer-review':
      return doc.areas.flatMap((a) => a.actions);
    default:
      return doc.actions;
  }
}

function listText(items: readonly ListItem[]): string[] {
  return items.flatMap((i) => [i.text, ...listText(i.children ?? [])]);
}

const actionText = (a: Action): string => [a.title, a.description ?? '', ...listText(a.methods), ...listText(a.outputs), ...a.milestones.map((m) => m.text), ...a.outcomes].join('\n');

/** The number a reference carries ("R6" → "6", "Rec. 6.1" → "6.1"). */
function numberOf(ref: string): string | undefined {
  const text = ref.trimEnd();
  let i = text.length;
  while (i > 0 && /[\d.]/u.test(text[i - 1]!)) i -= 1;
  let j = text.length;
  while (j > i && text[j - 1] === '.') j -= 1;
  while (i < j && text[i] === '.') i += 1;
  return i === j ? undefined : text.slice(i, j);
}

/** References to recommendations written in a text: "R6", "Rec 6", "Recommendation 6", "Recommendations 6 and 7". */
function referencesIn(text: string): { number: string; written: string }[] {
  const out: { number: string; written: string }[] = [];
  for (const m of text.matchAll(/\b(?:R|Rec\.?|Recommendations?)\s?(\d+(?:\.\d+)*)((?:\s*(?:,|and|&)\s*\d+(?:\.\d+)*)*)/gu)) {
    out.push({ number: m[1]!, written: m[0].replace(/\s+/gu, ' ').trim() });
    for (const n of m[2]!.matchAll(/\d+(?:\.\d+)*/gu)) out.push({ number: n[0], written: m[0].replace(/\s+/gu, ' ').trim() });
  }
  return out;
}

/**
 * Links each recommendation of a review to the actions of one or more plans
 * that answer it, and lists the recommendations nothing answers. Explicit
 * links come first: an action's `recommendationIds`, a recommendation's
 * `actionIds`, or a reference written in the action ("R6", "Recommendation
 * 6"). Then text similarity: the cosine of the texts' content words, each weighted by
 * its rarity (a word every text uses counts little), kept when at least
 * `threshold` and `relative` of the recommendation's best, with the shared
 * terms shown. Pure: the inputs are never changed.
 *
 * @param review - A review or peer review, or its recommendations.
 * @param plans - The plans (any parsed documents with actions).
 * @param options - `threshold`, `relative`, `limit` for links by similarity.
 * @returns Each recommendation with its links, and the unanswered ones.
 * @example
 * ```ts
 * const review = ReviewSchema.parse({ kind: 'review', title: 'Review', recommendations: [{ id: 'r1', ref: 'R1', text: 'Hold a regional summit on equality' }] });
 * const plan = ActionPlanSchema.parse({ kind: 'action-plan', title: 'Plan', actions: [{ id: 'a1', title: 'Host the regional equality summit (R1)' }] });
 * traceRecommendations(review, [plan]).recommendations[0]?.links[0]?.via //=> 'explicit'
 * ```
 * @category Tracing
 */
export function traceRecommendations(review: Review | PeerReview | readonly Recommendation[], plans: EqualityDocument | readonly EqualityDocument[], options?: TraceOptions): TraceResult {
  const threshold = options?.threshold ?? 0.1;
  const relative = options?.relative ?? 0.6;
  const limit = options?.limit ?? 3;
  const recs = recommendationsOf(review);
  const docs: readonly EqualityDocument[] = Array.isArray(plans) ? (plans as readonly EqualityDocument[]) : [plans as EqualityDocument];
  const actions = docs.flatMap((doc, plan) => actionsOf(doc).map((action) => ({ plan, action, terms: termsOf(actionText(action)), refs: referencesIn(actionText(action)) })));
  const recTerms = recs.map((r) => termsOf(r.text));
  // rarity: inverse document frequency over the recommendations and the actions
  const df = new Map<string, number>();
  for (const terms of [...recTerms, ...actions.map((a) => a.terms)]) for (const s of terms.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const n = recTerms.length + actions.length;
  const weight = (s: string): number => Math.log((n + 1) / ((df.get(s) ?? 0) + 0.5));
  const w2 = new Map<string, number>();
  for (const s of df.keys()) w2.set(s, weight(s) ** 2);
  const norm = (terms: ReadonlyMap<string, string>): number => {
    let sum = 0;
    for (const s of terms.keys()) sum += w2.get(s)!;
    return Math.sqrt(sum);
  };
  const actionNorms = actions.map((a) => norm(a.terms));
  // Inverted index: which actions use each word; and which name each recommendation explicitly.
  const postings = new Map<string, number[]>();
  actions.forEach(({ terms }, k) => {
    for (const s of terms.keys()) {
      const list = postings.get(s);
      if (list === undefined) postings.set(s, [k]);
      else list.push(k);
    }
  });
  const naming = new Map<string, { k: number; written: string }[]>();
  const name = (key: string, k: number, written: string): void => {
    const list = naming.get(key) ?? [];
    if (!list.some((x) => x.k === k)) list.push({ k, written });
    naming.set(key, list);
  };
  actions.forEach(({ action, refs }, k) => {
    for (const id of action.recommendationIds) {
      name(`id:${id}`, k, id);
      const num = numberOf(id);
      if (num !== undefined) name(`n:${num}`, k, id);
    }
    for (const r of refs) name(`n:${r.number}`, k, r.written);
  });
  const byActionId = new Map<string, number[]>();
  actions.forEach(({ action }, k) => byActionId.set(action.id, [...(byActionId.get(action.id) ?? []), k]));
  const dots = new Float64Array(actions.length);
  const traces = recs.map((rec, i) => {
    const number = rec.ref === undefined ? undefined : numberOf(rec.ref);
    const mine = recTerms[i]!;
    const mineNorm = norm(mine);
    const linkOf = (k: number) => ({ plan: actions[k]!.plan, actionId: actions[k]!.action.id, ref: actions[k]!.action.ref ?? actions[k]!.action.id, title: actions[k]!.action.title });
    // explicit: the action names the recommendation (id, reference or number), or the recommendation names the action
    const named = new Map<number, string>();
    for (const key of [`id:${rec.id}`, ...(rec.ref === undefined ? [] : [`id:${rec.ref}`]), ...(number === undefined ? [] : [`n:${number}`])]) for (const x of naming.get(key) ?? []) if (!named.has(x.k)) named.set(x.k, x.written);
    for (const id of rec.actionIds) for (const k of byActionId.get(id) ?? []) if (!named.has(k)) named.set(k, id);
    const explicit: TraceLink[] = [...named].sort((x, y) => x[0] - y[0]).map(([k, written]) => ({ ...linkOf(k), via: 'explicit', score: 1, shared: [written] }));
    // similarity: cosine of the rarity-weighted word sets, through the inverted index
    const touched: number[] = [];
    for (const s of mine.keys()) {
      for (const k of postings.get(s) ?? []) {
        if (dots[k] === 0) touched.push(k);
        dots[k]! += w2.get(s)!;
      }
    }
    const scored: { k: number; score: number }[] = [];
    for (const k of touched) {
      const dot = dots[k]!;
      dots[k] = 0;
      if (named.has(k)) continue;
      const score = mineNorm === 0 || actionNorms[k] === 0 ? 0 : Math.round((dot / (mineNorm * actionNorms[k]!)) * 1000) / 1000;
      if (score >= threshold && score > 0) scored.push({ k, score });
    }
    scored.sort((x, y) => y.score - x.score || x.k - y.k);
    const best = scored[0]?.score ?? 0;
    const kept: TraceLink[] = scored
      .filter((x) => x.score >= best * relative)
      .slice(0, limit)
      .map(({ k, score }) => {
        const terms = actions[k]!.terms;
        const shared = [...mine].filter(([s]) => terms.has(s)).sort((x, y) => w2.get(y[0])! - w2.get(x[0])!).map(([, word]) => word);
        return { ...linkOf(k), via: 'similarity', score, shared };
      });
    return { id: rec.id, ref: rec.ref ?? rec.id, text: rec.text, links: [...explicit, ...kept] };
  });
  return { recommendations: traces, unanswered: traces.filter((t) => t.links.length === 0).map((t) => t.ref) };
}
