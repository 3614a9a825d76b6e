/**
 * Internal: evidence of a document's kind from its structure and wording —
 * lists of decisions (a review, minutes or a decision record), objectives
 * and outcomes (a strategy), strengths, areas for improvement and framework
 * levels (a peer review), action fields and action counts (an action
 * plan). Each piece of evidence carries its reason, so a user can see why.
 */
import type { DocumentKind } from '../../model/document.js';
import { fold } from '../_prose/entries.js';
import type { Node } from './nodes.js';
import { decisionReason, findRuns, isLoneResolution } from './runs.js';

/** Points per kind and the reasons behind them. */
export interface KindEvidence {
  points: Record<DocumentKind, number>;
  reasons: Record<DocumentKind, string[]>;
}

interface Rule {
  kind: DocumentKind;
  test: RegExp;
  points: number;
  /** At most this many hits count. */
  cap: number;
  reason: string;
  /** Hits naming the same item (the number `test` captures: "Objective 1" twice) count once. */
  distinct?: boolean;
}

/** Wording rules, each tried on every heading and paragraph (and list item where `items`). */
const RULES: readonly Rule[] = [
  { kind: 'peer-review', test: /\bpeer[\s-]+(?:review|challenge|assessment|assessors?|team)\b|\bpeers\b|\bexternal assessment\b/iu, points: 2, cap: 3, reason: 'names a peer review or assessment' },
  { kind: 'peer-review', test: /\b(?:achieving|excellent|excelling|developing|understanding)['’"”]?\s+(?:level|status)\b|\brated\s+(?:as\s+)?['‘"“]?(?:achieving|excellent|excelling|developing)\b/iu, points: 2, cap: 2, reason: 'names a framework level' },
  { kind: 'peer-review', test: /\b(?:areas? of strength|strengths)\b/iu, points: 2, cap: 1, reason: 'lists strengths' },
  { kind: 'peer-review', test: /\bareas? (?:for|of|needing)(?: \w+)? (?:improvement|development|to develop)\b|\bareas for us to develop\b/iu, points: 2, cap: 1, reason: 'lists areas for improvement' },
  { kind: 'strategy', test: /\b(?:equality|equalities|our|these|the following|draft|strategic|key)\s+(?:\w+\s+)?(?:objectives?|outcomes)\b/iu, points: 2, cap: 3, reason: 'sets objectives or outcomes' },
  { kind: 'strategy', test: /^(?:equality\s+)?objective\s+(\d+)\b/iu, points: 2, cap: 2, reason: 'numbers its objectives', distinct: true },
  { kind: 'strategy', test: /\bstrategy\b/iu, points: 1, cap: 1, reason: 'calls itself a strategy' },
  { kind: 'action-plan', test: /[–—-]\s*\d+\s+actions?\b/iu, points: 2, cap: 3, reason: 'counts actions per theme' },
  { kind: 'action-plan', test: /^(?:lead(?: officer| member| directorate)?s?|responsible(?: officer)?|owner|when this will happen|target date|timescales?|deadline|by when|our progress|progress(?: to date)?|next steps|status|milestones?)\s*(?::|$)/iu, points: 1, cap: 6, reason: 'labels action fields (lead, target date, progress)' },
  { kind: 'action-plan', test: /^(?:action|commitment|task)\s+\d+(?:\.\d+)*\s*:?$/iu, points: 2, cap: 3, reason: 'numbers its actions' },
  { kind: 'action-plan', test: /\baction plan\b/iu, points: 1, cap: 1, reason: 'calls itself an action plan' },
  { kind: 'review', test: /\bscrutiny\b|\bminutes\b|\brecommendations? (?:had been|were|was) (?:made|proposed)\b/iu, points: 1, cap: 2, reason: 'reads as scrutiny or minutes' },
];

/** Evidence of each kind in the structure. */
export function kindEvidence(nodes: readonly Node[]): KindEvidence {
  const points: Record<DocumentKind, number> = { review: 0, 'action-plan': 0, strategy: 0, 'peer-review': 0 };
  const reasons: Record<DocumentKind, string[]> = { review: [], 'action-plan': [], strategy: [], 'peer-review': [] };
  const hits = new Map<Rule, number>();
  const named = new Set<string>();
  const runs = findRuns(nodes);
  // What a decision is about ("approve the Equality Objectives") does not make the document that kind.
  const decided = new Set<Node>();
  for (const run of runs) if (decisionReason(run) !== undefined) for (const item of run.items) decided.add(item);
  for (const node of nodes) {
    if (node.type === 'table') continue;
    const text = fold(node.text.length > 4000 ? node.text.slice(0, 4000) : node.text);
    for (const rule of RULES) {
      // What a decision is about does not make the document that kind — except that
      // decisions on a peer review make the document a response to one.
      if (decided.has(node) && rule.kind !== 'peer-review') continue;
      const n = hits.get(rule) ?? 0;
      if (n >= rule.cap) continue;
      const m = rule.test.exec(text);
      if (m === null) continue;
      if (rule.distinct === true) {
        const key = `${rule.reason}|${m[1] ?? ''}`;
        if (named.has(key)) continue;
        named.add(key);
      }
      hits.set(rule, n + 1);
      points[rule.kind] += rule.points;
      if (n === 0) reasons[rule.kind].push(`${rule.reason} (line ${node.line})`);
    }
  }
  let decisions = 0;
  for (const run of runs) {
    const reason = decisionReason(run);
    // A run that carries on another's numbering ("4)" after "1)–3)") is the same list.
    if (reason === undefined || run.items[0]?.family === 'R' || (run.items[0]?.ordinal ?? 1) > 1) continue;
    decisions += 1;
    if (decisions <= 2) {
      points.review += 3;
      reasons.review.push(`${run.items.length} decisions: ${reason} (line ${run.items[0]?.line ?? 0})`);
    }
  }
  if (decisions === 0) {
    const lone = nodes.find(isLoneResolution);
    if (lone !== undefined) {
      points.review += 3;
      reasons.review.push(`a resolution (line ${lone.line})`);
    }
  }
  return { points, reasons };
}
