import type { Action, ListItem } from '../model/action.js';
import type { EqualityDocument } from '../model/document.js';
import type { Framework } from '../model/framework.js';
import type { Recommendation } from '../model/review.js';
import { PROTECTED_CHARACTERISTICS } from '../model/status.js';
import { CHARACTERISTIC_LABELS, CHARACTERISTIC_VOCABULARY, EXTRA_CHARACTERISTICS, SIX_STRANDS, type CharacteristicTerm } from './vocabulary.js';

/**
 * Why an item was tagged with a characteristic: an explicit tag of the item
 * (`explicit`) or words of its text found in the vocabulary (`term`); the
 * words as written and the vocabulary terms they matched.
 *
 * @example
 * ```ts
 * const tag: CharacteristicTag = { characteristic: 'race', via: 'term', words: ['BME'], terms: ['bme'] };
 * ```
 * @category Coverage
 */
export interface CharacteristicTag {
  /** The characteristic's id. */
  characteristic: string;
  /** An explicit tag of the item, or a vocabulary term found in its text. */
  via: 'explicit' | 'term';
  /** The words that caused the tag, as written (each once). */
  words: string[];
  /** The vocabulary terms (or explicit tags) they matched. */
  terms: string[];
}

/**
 * One item of a {@link coverage} report: an action (or a review's
 * recommendation) and its tags.
 *
 * @example
 * ```ts
 * const item: CoveredItem = { id: 'a11', ref: '11', title: 'Agree a memorandum with the race advisory board', tags: [] };
 * ```
 * @category Coverage
 */
export interface CoveredItem {
  /** The item's id. */
  id: string;
  /** Its reference as written, or its id. */
  ref: string;
  /** Its title (a recommendation's text). */
  title: string;
  /** Characteristics it serves, in the order of the report's characteristics. */
  tags: CharacteristicTag[];
}

/**
 * How many items serve one characteristic, which ones, and the words that
 * tagged them.
 *
 * @example
 * ```ts
 * const c: CharacteristicCoverage = { characteristic: 'age', label: 'Age', count: 2, itemIds: ['a1', 'a2'], words: ['young people'] };
 * ```
 * @category Coverage
 */
export interface CharacteristicCoverage {
  /** The characteristic's id. */
  characteristic: string;
  /** Its label. */
  label: string;
  /** Number of items serving it. */
  count: number;
  /** Those items' ids. */
  itemIds: string[];
  /** Every word that tagged an item with it, as written (each once). */
  words: string[];
}

/**
 * The result of {@link coverage}.
 *
 * @example
 * ```ts
 * const r: CoverageReport = coverage(plan);
 * r.none //=> the characteristics no action serves
 * ```
 * @category Coverage
 */
export interface CoverageReport {
  /** Per characteristic, in the order asked for. */
  characteristics: CharacteristicCoverage[];
  /** Characteristics no item serves. */
  none: string[];
  /** Every item with its tags. */
  items: CoveredItem[];
  /** Ids of items that serve no characteristic. */
  untagged: string[];
  /** Explicit tags that name no characteristic reported, with the item's id. */
  unknownTags: { itemId: string; tag: string }[];
}

/**
 * Options of {@link coverage}.
 *
 * @example
 * ```ts
 * const o: CoverageOptions = { extras: true, vocabulary: [{ term: 'veteran*', characteristics: ['armed-forces'] }], characteristics: ['armed-forces'] };
 * ```
 * @category Coverage
 */
export interface CoverageOptions {
  /** Characteristics to report, in order; default the nine protected characteristics (and the extras with `extras`). */
  characteristics?: readonly string[] | undefined;
  /** Report the extras too (socio-economic status, care experience, carers); default `false`. */
  extras?: boolean | undefined;
  /** Terms tried before the built-in vocabulary. */
  vocabulary?: readonly CharacteristicTerm[] | undefined;
  /** Use only `vocabulary`, not the built-in one; default `false`. */
  replaceVocabulary?: boolean | undefined;
  /**
   * A framework whose characteristics (and `extras`, with `extras`) are
   * reported, whose theme titles count as explicit tags and whose
   * `synonyms` are tried as terms after `vocabulary` — `equality-act-2010`,
   * or a council's own.
   */
  framework?: Framework | undefined;
}

/** What {@link coverage} reads: a document, or its actions or recommendations. */
type CoverageSource = EqualityDocument | readonly (Action | Recommendation)[];

interface Item {
  id: string;
  ref: string;
  title: string;
  text: string;
  tags: readonly string[];
}

function listText(items: readonly ListItem[]): string[] {
  return items.flatMap((i) => [i.text, ...listText(i.children ?? [])]);
}

function itemOf(x: Action | Recommendation): Item {
  if ('title' in x) {
    const text = [x.title, x.description ?? '', ...listText(x.methods), ...listText(x.outputs), ...x.milestones.map((m) => m.text), ...x.outcomes, ...x.comments, ...x.indicators.map((i) => i.title)];
    return { id: x.id, ref: x.ref ?? x.id, title: x.title, text: text.join('\n'), tags: x.characteristics };
  }
  return { id: x.id, ref: x.ref ?? x.id, title: x.text, text: x.text, tags: [] };
}

function itemsOf(source: CoverageSource): Item[] {
  if (Array.isArray(source)) return (source as readonly (Action | Recommendation)[]).map(itemOf);
  const doc = source as EqualityDocument;
  switch (doc.kind) {
    case 'review':
      return doc.recommendations.map(itemOf);
    case 'peer-review':
      return doc.areas.flatMap((a) => a.actions).map(itemOf);
    default:
      return doc.actions.map(itemOf);
  }
}

const keyOf = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\band\b|\bor\b|&|\//gu, ' ')
    .trim()
    .replace(/[\s_-]+/gu, '-');

function compile(term: string): RegExp {
  const body = term
    .trim()
    .toLowerCase()
    .split(/[\s-]+/u)
    .map((w) => (w.endsWith('*') ? `${w.slice(0, -1).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}[\\p{L}\\p{N}]*` : w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')))
    .join('[\\s\\-–]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

interface Hit {
  start: number;
  end: number;
  word: string;
  entry: CharacteristicTerm;
}

/** Non-overlapping hits, the longest first where they overlap. */
function hitsIn(text: string, vocabulary: readonly { entry: CharacteristicTerm; re: RegExp }[]): Hit[] {
  const all: Hit[] = [];
  for (const { entry, re } of vocabulary) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) all.push({ start: m.index, end: m.index + m[0].length, word: m[0].replace(/\s+/gu, ' '), entry });
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of all) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Tags each item (an action, or a review's recommendation) with the
 * protected characteristics it serves, and reports per characteristic how
 * many items serve it and which characteristics none does. An item's explicit
 * tags (`characteristics`: ids, labels or the pre-2010 strand names, mapped by
 * {@link SIX_STRANDS}) come first; then the words of its text (title,
 * description, methods, outputs, milestones, outcomes, comments) are looked
 * up in a transparent vocabulary ({@link CHARACTERISTIC_VOCABULARY}, after
 * any `vocabulary` of your own). Every tag says which words caused it.
 *
 * @param source - A parsed document (its actions; a review's
 *   recommendations) or a list of actions or recommendations.
 * @param options - Characteristics to report, extras, your own vocabulary, a framework.
 * @returns The report; the input is never changed.
 * @example
 * ```ts
 * const r = coverage([{ id: 'a1', title: 'Make the library wheelchair accessible', methods: [], leads: [], outputs: [], milestones: [], outcomes: [], comments: [], indicators: [], themeIds: [], priorityIds: [], recommendationIds: [], characteristics: [], updates: [] }]);
 * r.characteristics.find((c) => c.characteristic === 'disability')?.words //=> ['wheelchair', 'accessible']
 * ```
 * @category Coverage
 */
export function coverage(source: EqualityDocument | readonly (Action | Recommendation)[], options?: CoverageOptions): CoverageReport {
  const framework = options?.framework;
  const own = framework !== undefined && framework.characteristics.length > 0;
  const base: string[] = own ? [...framework.characteristics, ...(options?.extras === true ? framework.extras : [])] : [...PROTECTED_CHARACTERISTICS, ...(options?.extras === true ? EXTRA_CHARACTERISTICS : [])];
  const reported = options?.characteristics !== undefined && options.characteristics.length > 0 ? [...options.characteristics] : base;
  const order = new Map(reported.map((c, i) => [c, i]));
  const synonyms = (framework?.synonyms ?? []).map((x) => ({ term: x.term, characteristics: x.themeIds }));
  const entries = [...(options?.vocabulary ?? []), ...synonyms, ...(options?.replaceVocabulary === true ? [] : CHARACTERISTIC_VOCABULARY)];
  const vocabulary = entries.map((entry) => ({ entry, re: compile(entry.term) }));
  const labelKeys = new Map<string, string>();
  for (const id of reported) {
    labelKeys.set(keyOf(id), id);
    const label = CHARACTERISTIC_LABELS[id];
    if (label !== undefined) labelKeys.set(keyOf(label), id);
  }
  for (const t of framework?.themes ?? []) if (order.has(t.id) && !labelKeys.has(keyOf(t.title))) labelKeys.set(keyOf(t.title), t.id);
  const unknownTags: { itemId: string; tag: string }[] = [];
  const items: CoveredItem[] = itemsOf(source).map((item) => {
    const tags = new Map<string, CharacteristicTag>();
    const add = (characteristic: string, via: CharacteristicTag['via'], word: string, term: string): void => {
      if (!order.has(characteristic)) return;
      const key = `${via}:${characteristic}`;
      const tag = tags.get(key) ?? { characteristic, via, words: [], terms: [] };
      if (!tag.words.some((w) => w.toLowerCase() === word.toLowerCase())) tag.words.push(word);
      if (!tag.terms.includes(term)) tag.terms.push(term);
      tags.set(key, tag);
    };
    for (const tag of item.tags) {
      const key = keyOf(tag);
      const direct = labelKeys.get(key);
      const strand = SIX_STRANDS[key] ?? (key === 'religion-belief' || key === 'religion' || key === 'belief' ? SIX_STRANDS['religion-belief'] : undefined);
      const viaTerms = direct === undefined && strand === undefined ? hitsIn(tag, vocabulary).flatMap((h) => h.entry.characteristics) : [];
      const ids = direct !== undefined ? [direct] : strand !== undefined ? [...strand] : viaTerms;
      const known = ids.filter((c) => order.has(c));
      if (known.length === 0) unknownTags.push({ itemId: item.id, tag });
      for (const c of known) add(c, 'explicit', tag, tag);
    }
    for (const hit of hitsIn(item.text, vocabulary)) for (const c of hit.entry.characteristics) if (!tags.has(`explicit:${c}`)) add(c, 'term', hit.word, hit.entry.term);
    return { id: item.id, ref: item.ref, title: item.title, tags: [...tags.values()].sort((a, b) => order.get(a.characteristic)! - order.get(b.characteristic)!) };
  });
  const characteristics = reported.map((characteristic) => {
    const serving = items.filter((i) => i.tags.some((t) => t.characteristic === characteristic));
    const words: string[] = [];
    for (const i of serving) for (const t of i.tags) if (t.characteristic === characteristic) for (const w of t.words) if (!words.some((x) => x.toLowerCase() === w.toLowerCase())) words.push(w);
    return { characteristic, label: CHARACTERISTIC_LABELS[characteristic] ?? framework?.themes.find((t) => t.id === characteristic)?.title ?? characteristic, count: serving.length, itemIds: serving.map((i) => i.id), words };
  });
  return { characteristics, none: characteristics.filter((c) => c.count === 0).map((c) => c.characteristic), items, untagged: items.filter((i) => i.tags.length === 0).map((i) => i.id), unknownTags };
}
