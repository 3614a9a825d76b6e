/**
 * Word-overlap similarity for matching short texts (action titles,
 * recommendations): lower-cased words, stop words dropped, a light stem
 * (plural and common suffixes), compared as sets. Internal helper.
 */

const STOP = new Set(
  (
    'a about above after again all also an and any are as at be been being both but by can could did do does each for from further had has have he her his how i if in into is it its itself may me more most must my no nor not of off on once only or other our out over own same she should so some such than that the their them then there these they this those through to too under until up upon very was we were what when where which while who whom why will with would you your within across between how its it\'s shall per via e.g i.e etc january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/**
 * Words every plan and recommendation uses for doing anything ("ensure",
 * "develop", "issues"): they say nothing of what is done, so the texts'
 * likeness ignores them.
 */
const GENRE = new Set(
  'address addressed addressing ensure ensuring develop develops developed developing development establish establishes established establishing identify identified identifying provide provides provided providing support supports supported include includes included including made make makes take takes taken held hold clear progress work works working issue issues appropriate appropriately area areas place agreed agree agreement specific particular relation relevant aspects aspect currently way ways need needs needed new existing continue continued further key within order well able possible related use used using'.split(' '),
);

/** A word reduced to a rough stem: plurals and -ing/-ed/-ment/-ly/-ation endings dropped. */
export function stem(word: string): string {
  let w = word;
  for (const suffix of ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ed', 'ly', 'es', 's']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = suffix === 'ies' ? `${w.slice(0, -3)}y` : w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** The content words of a text, in order, each with its stem. */
export function contentWords(text: string): { word: string; stem: string }[] {
  const out: { word: string; stem: string }[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu)) {
    const word = m[0].replace(/['’]s$/u, '');
    if (word.length < 2 || STOP.has(word) || GENRE.has(word) || /^\d+$/u.test(word)) continue;
    out.push({ word, stem: stem(word) });
  }
  return out;
}

/** Stem to the first word written for it. */
export function termsOf(text: string): Map<string, string> {
  const terms = new Map<string, string>();
  for (const { word, stem: s } of contentWords(text)) if (!terms.has(s)) terms.set(s, word);
  return terms;
}

/** Result of {@link compareTerms}. */
export interface Likeness {
  /** 0 to 1. */
  score: number;
  /** The shared words, as written in the first text. */
  shared: string[];
}

/**
 * Weighted Dice coefficient of two term sets: twice the weight of the shared
 * terms over the weight of both (each term weighing `weight(stem)`, default 1).
 */
export function compareTerms(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>, weight: (stem: string) => number = () => 1): Likeness {
  let shared = 0;
  let total = 0;
  const words: string[] = [];
  for (const [s, word] of a) {
    const w = weight(s);
    total += w;
    if (b.has(s)) {
      shared += w;
      words.push(word);
    }
  }
  for (const s of b.keys()) total += weight(s);
  return { score: total === 0 ? 0 : (2 * shared) / total, shared: words };
}

/** {@link compareTerms} of two texts. */
export function likeness(a: string, b: string): Likeness {
  return compareTerms(termsOf(a), termsOf(b));
}
