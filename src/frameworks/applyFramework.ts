import type { Action } from '../model/action.js';
import type { Diagnostic, ParseResult } from '../model/diagnostic.js';
import type { EqualityDocument } from '../model/document.js';
import type { Framework } from '../model/framework.js';
import type { Theme } from '../model/plan.js';

const key = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Reads a parsed document in a framework's terms: each theme an action (or
 * recommendation) names, written as the theme's id, reference or title, or
 * as one of the framework's `synonyms`, is replaced by the framework
 * theme's id, and the framework's themes join the
 * document's own (a plan or strategy); a theme of the document's own that is
 * the framework's by title or reference takes the framework theme's id. A theme the framework does not know is
 * kept as written, with an `unknown-theme` warning. Pure: a new document.
 * `parseDocument(text, { framework })` calls it for you.
 *
 * @param document - A parsed document.
 * @param framework - The framework, as `loadFramework` or `getFramework` gives it.
 * @returns The document with framework theme ids, and a warning per unknown theme.
 * @example
 * ```ts
 * const framework = FrameworkSchema.parse({ id: 'ours', name: 'Ours', themes: [{ id: 'jobs', ref: '1', title: 'Inclusive jobs' }] });
 * const plan = ActionPlanSchema.parse({ kind: 'action-plan', title: 'Plan', actions: [{ id: 'a1', title: 'Job fair', themeIds: ['Inclusive Jobs'] }] });
 * const doc = applyFramework(plan, framework).data;
 * doc.kind === 'action-plan' && doc.actions[0]?.themeIds //=> ['jobs']
 * ```
 * @category Frameworks
 */
export function applyFramework(document: EqualityDocument, framework: Framework): ParseResult<EqualityDocument> {
  const diagnostics: Diagnostic[] = [];
  if (framework.themes.length === 0) return { data: document, diagnostics };
  const byKey = new Map<string, string[]>();
  for (const t of framework.themes) for (const name of [t.title, t.ref ?? '', t.id]) if (key(name) !== '' && !byKey.has(key(name))) byKey.set(key(name), [t.id]);
  // A synonym ("gender" for `sex`) names its themes too, after the themes' own names.
  for (const s of framework.synonyms) if (key(s.term) !== '' && !byKey.has(key(s.term))) byKey.set(key(s.term), s.themeIds);
  const known = framework.themes.map((t) => t.id).join(', ');
  // The document's own themes that are the framework's by title or ref take the framework's id.
  const own = document.kind === 'action-plan' || document.kind === 'strategy' ? document.themes : [];
  const renamed = new Map<string, string>();
  for (const t of own) {
    const ids = byKey.get(key(t.title)) ?? (t.ref === undefined ? undefined : byKey.get(key(t.ref)));
    if (ids?.length === 1 && ids[0] !== t.id) renamed.set(t.id, ids[0] as string);
  }
  const mapIds = (ids: readonly string[], where: { line?: number | undefined; column?: number | undefined }, path: (string | number)[]): string[] =>
    ids.flatMap((written, k) => {
      const id = renamed.has(written) ? [renamed.get(written) as string] : byKey.get(key(written));
      if (id !== undefined) return id;
      const d: Diagnostic = { code: 'unknown-theme', severity: 'warning', message: `Unexpected theme \`${written}\`, expected one of framework \`${framework.id}\`'s themes (${known})`, text: written, path: [...path, k], source: 'framework' };
      if (where.line !== undefined) d.line = where.line;
      if (where.column !== undefined) d.column = where.column;
      diagnostics.push(d);
      return [written];
    });
  const mapAction = (a: Action, path: (string | number)[]): Action => (a.themeIds.length === 0 ? a : { ...a, themeIds: mapIds(a.themeIds, a.source ?? {}, [...path, 'themeIds']) });
  const withThemes = (themes: readonly Theme[]): Theme[] => {
    // A theme that is only a name (its id is its title: named in a theme column) and that the framework
    // knows is the framework's theme, with the framework's title.
    const named = (t: Theme): boolean => t.id === t.title && byKey.has(key(t.title));
    const mine = themes.filter((t) => !named(t)).map((t) => {
      const id = renamed.get(t.id);
      const parentId = t.parentId === undefined ? undefined : (renamed.get(t.parentId) ?? t.parentId);
      if (id === undefined && parentId === t.parentId) return t;
      const ref = t.ref ?? framework.themes.find((f) => f.id === id)?.ref;
      return { ...t, ...(id === undefined ? {} : { id }), ...(ref === undefined ? {} : { ref }), ...(parentId === undefined ? {} : { parentId }) };
    });
    return [...mine, ...framework.themes.filter((t) => !mine.some((o) => o.id === t.id))];
  };
  switch (document.kind) {
    case 'action-plan':
      return { data: { ...document, themes: withThemes(document.themes), actions: document.actions.map((a, i) => mapAction(a, ['actions', i])) }, diagnostics };
    case 'strategy':
      return { data: { ...document, themes: withThemes(document.themes), actions: document.actions.map((a, i) => mapAction(a, ['actions', i])) }, diagnostics };
    case 'peer-review':
      return { data: { ...document, areas: document.areas.map((area, j) => ({ ...area, actions: area.actions.map((a, i) => mapAction(a, ['areas', j, 'actions', i])) })) }, diagnostics };
    case 'review':
      return { data: { ...document, recommendations: document.recommendations.map((r, i) => (r.themeIds.length === 0 ? r : { ...r, themeIds: mapIds(r.themeIds, r.source ?? {}, ['recommendations', i, 'themeIds']) })) }, diagnostics };
  }
}
