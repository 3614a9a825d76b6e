import type { EqualityDocument } from '../model/document.js';
import type { RollUpItem } from './types.js';

/**
 * One trackable item of a document — a recommendation or an action — in the
 * shape {@link rollUp}, `slippage` and `ragStatus` take, with its reference
 * and title for reports.
 *
 * @example
 * ```ts
 * const item: DocumentItem = { type: 'recommendation', id: 'R4', ref: 'R4', title: 'That partners nominate …', leads: [] };
 * ```
 * @category Roll-ups
 */
export type DocumentItem = RollUpItem & {
  /** What the item is. */
  type: 'recommendation' | 'action';
  /** The item's id. */
  id: string;
  /** Reference as written ("R4", "6", "1.1-a3"). */
  ref: string;
  /** The recommendation's text or the action's title. */
  title: string;
};

/**
 * Lists the items of a document that progress is tracked on: a review's
 * recommendations (their owners as `leads`), an action plan's or strategy's
 * actions, a peer review's actions (each area's `ref` as its theme). The
 * items are new objects; the document is not changed.
 *
 * @param document - Any parsed document.
 * @returns Its trackable items, in document order.
 * @example
 * ```ts
 * const { data } = parseDocument(reviewText);
 * documentItems(data).map((i) => i.ref) //=> ['R1', 'R2', …, 'R15']
 * rollUp(documentItems(data), { by: 'lead', asOf: '2006-06-30' });
 * ```
 * @category Roll-ups
 */
export function documentItems(document: EqualityDocument): DocumentItem[] {
  // A document from JSON may hold anything: a list that is not one reads as
  // empty, and an entry that is not an object is passed on as it is, for
  // rollUp to name in an `invalid-item` diagnostic rather than lose.
  if (!isObject(document)) return [];
  switch (document.kind) {
    case 'review':
      return listOf(document.recommendations).map((r) => (isObject(r) ? { ...r, type: 'recommendation', ref: r.ref ?? r.id, title: r.text, leads: r.owners } : (r as DocumentItem)));
    case 'action-plan':
    case 'strategy':
      return listOf(document.actions).map((a) => (isObject(a) ? { ...a, type: 'action', ref: a.ref ?? a.id, title: a.title } : (a as DocumentItem)));
    case 'peer-review':
      return listOf(document.areas).flatMap((area) =>
        isObject(area)
          ? listOf(area.actions).map((a) =>
              isObject(a) ? { ...a, type: 'action' as const, ref: a.ref ?? a.id, title: a.title, themeIds: Array.isArray(a.themeIds) && a.themeIds.length > 0 ? a.themeIds : [area.ref] } : (a as DocumentItem),
            )
          : [],
      );
    default:
      return [];
  }
}

function isObject<T>(value: T): value is T & object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf<T>(value: readonly T[]): readonly T[] {
  return Array.isArray(value) ? value : [];
}
