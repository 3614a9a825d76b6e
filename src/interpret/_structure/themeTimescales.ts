/**
 * Internal: an objective's own timescale. A plan often states one timescale
 * for a whole objective — a table row whose several actions share its
 * "Ongoing" cell, an objective whose sub-objectives' actions are all due
 * "March 2031" — and a reader then asks when the objective is due. A theme
 * with no timescale of its own takes the one all its actions share.
 */
import type { Action } from '../../model/action.js';
import type { Theme } from '../../model/plan.js';
import type { Timescale } from '../../model/timescale.js';

/** What makes two timescales the same for an objective: kind, dates and repeat, not the spelling. */
function sameAs(t: Timescale): string {
  return [t.kind, t.start ?? '', t.end ?? '', t.recurrence ?? '', t.event ?? ''].join('|');
}

/** A copy of an action's timescale for its theme, without the diagnostics the action already carries. */
function copyOf(t: Timescale): Timescale {
  const { diagnostics: _diagnostics, ...rest } = t;
  const out: Timescale = { ...rest };
  if (t.periods !== undefined) out.periods = t.periods.map((p) => ({ ...p }));
  if (t.relative !== undefined) out.relative = { ...t.relative };
  if (t.baseline !== undefined) out.baseline = { ...t.baseline };
  return out;
}

/** What a theme's actions share: nothing yet (no actions), a disagreement, or one timescale and the first action giving it. */
type Shared = undefined | 'mixed' | { key: string; at: number; timescale: Timescale };

function join(a: Shared, b: Shared): Shared {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a === 'mixed' || b === 'mixed' || a.key !== b.key) return 'mixed';
  return a.at <= b.at ? a : b;
}

function ofAction(a: Action, at: number): Shared {
  const t = a.timescale;
  if (t === undefined || t.kind === 'unknown' || t.kind === 'invalid') return 'mixed';
  return { key: sameAs(t), at, timescale: t };
}

/**
 * Gives each theme that has no timescale of its own the one its actions
 * (its own and its sub-themes') all share: every one of them has a
 * timescale of the same kind, dates and repeat; the first of them in the
 * document gives the words kept. A theme with no actions, or whose actions
 * differ or lack one, is left as it is. Changes `themes` in place; linear
 * in the themes and actions, however deep the sub-themes go.
 */
export function shareThemeTimescales(themes: Theme[], actions: readonly Action[]): void {
  if (themes.length === 0 || actions.length === 0) return;
  const own = new Map<string, Shared>();
  actions.forEach((a, at) => {
    const mine = ofAction(a, at);
    for (const id of a.themeIds) own.set(id, join(own.get(id), mine));
  });
  const ids = new Set(themes.map((t) => t.id));
  const children = new Map<string, string[]>();
  for (const t of themes) {
    if (t.parentId === undefined || !ids.has(t.parentId)) continue;
    let list = children.get(t.parentId);
    if (list === undefined) children.set(t.parentId, (list = []));
    list.push(t.id);
  }
  // Each theme's share, children before parents, without recursion (a cycle of parents is cut where it closes).
  const shared = new Map<string, Shared>();
  const state = new Map<string, 'open' | 'done'>();
  for (const root of themes) {
    if (state.has(root.id)) continue;
    const stack: { id: string; next: number }[] = [{ id: root.id, next: 0 }];
    state.set(root.id, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const kids = children.get(top.id) ?? [];
      if (top.next < kids.length) {
        const kid = kids[top.next++] as string;
        if (!state.has(kid)) {
          state.set(kid, 'open');
          stack.push({ id: kid, next: 0 });
        }
        continue;
      }
      let here = own.get(top.id);
      for (const kid of kids) if (state.get(kid) === 'done') here = join(here, shared.get(kid));
      shared.set(top.id, here);
      state.set(top.id, 'done');
      stack.pop();
    }
  }
  for (const theme of themes) {
    if (theme.timescale !== undefined) continue;
    const here = shared.get(theme.id);
    if (here !== undefined && here !== 'mixed') theme.timescale = copyOf(here.timescale);
  }
}
