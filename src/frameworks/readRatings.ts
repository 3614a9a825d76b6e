import type { Framework, Level } from '../model/framework.js';
import type { Rating } from '../model/rating.js';
import type { Theme } from '../model/plan.js';
import { shippedFrameworks } from './frameworks.js';

/**
 * Options of {@link readRatings}.
 *
 * @example
 * ```ts
 * const o: ReadRatingsOptions = { framework: getFramework('frsef-2009'), source: 'news.txt' };
 * ```
 * @category Frameworks
 */
export interface ReadRatingsOptions {
  /** The frameworks whose names and level words are looked for; the shipped ones when missing. */
  frameworks?: readonly Framework[];
  /**
   * The document's own framework: tried first, and given the ratings whose
   * sentence names no framework at all.
   */
  framework?: Framework;
  /** Name of the document, kept in each rating's `source`. */
  source?: string;
}

interface Mention {
  index: number;
  end: number;
  name: string;
  framework: Framework | undefined;
}

interface LevelOf {
  framework: Framework;
  level: Level;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE = new RegExp(`(?<![\\p{L}\\p{N}/])(?:(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${MONTH}\\.?,?\\s+)?((?:19|20)\\d{2})(?!\\p{N}|\\s*[/–-]\\s*\\d)`, 'giu');
const QUOTE_BEFORE = /['"‘“]$/u;
const QUOTE_AFTER = /^(?:\s+(?:level|status|rating))?['"’”]/iu;
const NOUN_AFTER = /^\s+(?:level|status|rating)\b/iu;
const RATED_BEFORE = /\b(?:rated|assessed|judged|graded|accredited|scored|rating(?:\s+of)?)\s+(?:as\s+|at\s+)?(?:the\s+|an?\s+)?['"‘“]?$/iu;
const SCORE_BEFORE = /(?<![\p{N}.])(\d{1,2})\s*[/:]\s*['"‘“]?$/u;
const SCORE_AFTER = /^['"’”]?\s*\((\d{1,2})\)/u;
const FROM_BEFORE = /\bfrom\s+(?:the\s+|an?\s+)?['"‘“]?$/iu;
const SOUGHT = /\b(?:to\s+reach|reaching|towards|aims?\s+(?:to|for)|aiming|working\s+to|striv(?:e|ing)|ambition|aspir\w*|target\w*|seek\w*\s+to|to\s+achieve|to\s+attain|to\s+gain|to\s+retain)\b/iu;
const SUCCESS = /\b(?:successful|succeeded|awarded|achieved|attained|attainment|gained|reached|retained|confirmed|endorsed|rated|got|received|accredited|progressed)\b/iu;
const GENERIC_TAIL = /(?:Equalit(?:y|ies)|Diversity|Inclusion)\s+(?:Framework|Standard)$/u;
const CONNECTOR = new Set(['and', 'for', 'of', 'in']);
const WINDOW = 3000;
const SENTENCE = 300;
const MAX_CUED = 2000;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
const key = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Whether what comes next starts a sentence or a line, judged from the text before it. */
function startsSentence(before: string): boolean {
  const t = before.trimEnd();
  return t === '' || /[.!?]$/u.test(t) || before.slice(t.length).includes('\n');
}

/** A name without a closing "(2021)" or "(EDS 2022)". */
function withoutBrackets(name: string): string {
  const open = name.lastIndexOf('(');
  return name.endsWith(')') && open > 0 ? name.slice(0, open).trimEnd() : name;
}

/** Where the sentence around `[start, end)` begins and ends: a line, cut at sentence ends. */
function sentence(text: string, start: number, end: number): [number, number] {
  let a = start;
  const lo = Math.max(0, start - SENTENCE);
  const stop = (c: number): boolean => c === 10 || c === 124; // a line end or a table cell's edge
  const full = (c: number): boolean => c === 46 || c === 33 || c === 63; // . ! ?
  const space = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
  while (a > lo) {
    const c = text.charCodeAt(a - 1);
    if (stop(c) || (full(c) && space(text.charCodeAt(a)))) break;
    a--;
  }
  let b = end;
  const hi = Math.min(text.length, end + SENTENCE);
  while (b < hi) {
    const c = text.charCodeAt(b);
    if (stop(c)) break;
    b++;
    if (full(c) && space(text.charCodeAt(b))) break;
  }
  return [a, b];
}

/** The date in `[a, b)` nearest to `at`, as precisely as written. */
function dateNear(text: string, a: number, b: number, at: number): string | undefined {
  const part = text.slice(a, b);
  let best: { date: string; distance: number } | undefined;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(part); m !== null; m = DATE.exec(part)) {
    const year = m[3] as string;
    const month = m[2] === undefined ? -1 : MONTHS.findIndex((name) => name.startsWith((m[2] as string).toLowerCase().slice(0, 3)));
    let date = year;
    if (month >= 0) {
      date = `${year}-${String(month + 1).padStart(2, '0')}`;
      const day = m[1] === undefined ? 0 : Number(m[1]);
      if (day >= 1 && day <= 31) date = `${date}-${String(day).padStart(2, '0')}`;
    }
    const distance = Math.abs(a + m.index - at);
    if (best === undefined || distance < best.distance) best = { date, distance };
  }
  return best?.date;
}

/** Each framework's theme references as whole-word patterns, made once per call of {@link readRatings}. */
type RefPatterns = Map<Framework, (RegExp | undefined)[]>;

/** The finest theme of `framework` named in `[a, b)` (by ref as a word, or by title), nearest to `at`. */
function themeNear(text: string, a: number, b: number, at: number, framework: Framework, patterns: RefPatterns): Theme | undefined {
  const part = text.slice(a, b);
  const lower = part.toLowerCase();
  let refs = patterns.get(framework);
  if (refs === undefined) {
    refs = framework.themes.map((t) => (t.ref === undefined || t.ref === '' ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])${escape(t.ref)}(?![\\p{L}\\p{N}])`, 'giu')));
    patterns.set(framework, refs);
  }
  let best: { theme: Theme; distance: number; child: boolean } | undefined;
  for (const [k, theme] of framework.themes.entries()) {
    const places: number[] = [];
    const re = refs[k];
    if (re !== undefined) {
      re.lastIndex = 0;
      for (let m = re.exec(part); m !== null; m = re.exec(part)) places.push(m.index);
    }
    if (theme.title.length >= 8) {
      const i = lower.indexOf(theme.title.toLowerCase());
      if (i >= 0) places.push(i);
    }
    for (const p of places) {
      const distance = Math.abs(a + p - at);
      const child = theme.parentId !== undefined;
      if (best === undefined || (child && !best.child) || (child === best.child && distance < best.distance)) best = { theme, distance, child };
    }
  }
  return best?.theme;
}

/**
 * The mention a rating in the sentence `[a, b)` refers to: one in the
 * sentence (the last), else the nearest before it within the window; only
 * mentions `fits` accepts. Binary search, then a short walk back.
 */
function nearestMention(list: readonly Mention[], a: number, b: number, fits: (m: Mention) => boolean): Mention | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Mention).index < b) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1, tried = 0; i >= 0 && tried < 16; i--, tried++) {
    const m = list[i] as Mention;
    if (m.end < a - WINDOW) break;
    if (fits(m)) return m;
  }
  return undefined;
}

/** A finder of mentions of frameworks by name: the known ones by name and alias, others by a name ending "Equality Framework". */
function mentionFinder(frameworks: readonly Framework[]): (text: string) => Mention[] {
  const names: { name: string; framework: Framework }[] = [];
  for (const f of frameworks) for (const n of [withoutBrackets(f.name), ...f.aliases]) if (n.trim() !== '') names.push({ name: n, framework: f });
  names.sort((x, y) => y.name.length - x.name.length);
  const byKey = new Map(names.map((n) => [key(n.name), n.framework]));
  // Short names written in capitals ("EDS", "FRSEF") are matched as written; longer ones in any case.
  const exact = names.filter((n) => n.name.length <= 6 || n.name === n.name.toUpperCase());
  const loose = names.filter((n) => !exact.includes(n));
  const pattern = (list: typeof names, flags: string): RegExp | undefined =>
    list.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map((n) => escape(n.name)).join('|')})(?![\\p{L}\\p{N}])`, flags);
  const patterns = [pattern(loose, 'giu'), pattern(exact, 'gu')];
  return (text) => {
    const out: Mention[] = [];
    for (const re of patterns) {
      if (re === undefined) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ index: m.index, end: m.index + m[0].length, name: m[0].replace(/\s+/gu, ' '), framework: byKey.get(key(m[0])) });
    }
    const ends = new Set(out.map((o) => o.end));
    const tail = /\b(?:Framework|Standard)\b/gu;
    for (let m = tail.exec(text); m !== null; m = tail.exec(text)) {
      const end = m.index + m[0].length;
      if (ends.has(end)) continue;
      const from = Math.max(0, end - 40);
      const g = GENERIC_TAIL.exec(text.slice(from, end));
      if (g === null) continue;
      // The capitalised words before "Equality Framework" (up to six, "and", "for", "of", "in" between them).
      let index = end - g[0].length;
      const before = text.slice(Math.max(0, index - 120), index).split(/(\s+)/u);
      if (before.at(-1) === '') before.pop();
      let taken = 0;
      for (let i = before.length - 1; i >= 1 && taken < 6; i -= 2) {
        const word = before[i - 1] ?? '';
        if (!/^\s+$/u.test(before[i] ?? '') || word === '') break;
        const capital = /^[A-Z][\p{L}'’-]*$/u.test(word);
        if (!capital && !(CONNECTOR.has(word) && /^[A-Z]/u.test(before[i - 3] ?? ''))) break;
        index -= word.length + (before[i] as string).length;
        if (capital) taken++;
      }
      if (taken === 0) continue;
      const name = text
        .slice(index, end)
        .replace(/^(?:The|This|Our|Its|Their)\s+/u, '')
        .replace(/\s+/gu, ' ');
      // A bare "Equality Framework" names none in particular.
      if (/^(?:Equalit(?:y|ies)|Diversity|Inclusion)\s/u.test(name)) continue;
      out.push({ index, end, name, framework: byKey.get(key(name)) });
    }
    return out.sort((x, y) => x.index - y.index);
  };
}

/**
 * Reads the ratings a text gives against a framework's levels: "in May
 * 2016 the service was rated 'Achieving' against the FRS Equality
 * Framework", "peers confirmed our “excellent” status under the EFLG",
 * "2/Achieving" in a table of outcome scores. The level words
 * come only from the frameworks' data (their `levels`, labels and aliases);
 * a level word counts when it is set off as a rating — quoted, capitalised
 * before "level", "status" or "rating", after "rated" or "assessed as", or
 * with a score ("2/Achieving") — and a framework is named in its sentence or
 * before it (or the caller gave the document's framework). Each rating
 * keeps the sentence it was read from, its place (line and column), the
 * date in that sentence, the module, domain or outcome named beside it, and
 * whether it was given, left behind ("moved up from 'Developing'") or
 * only sought ("working towards 'Excellent'"). Mentions of the same rating are
 * given once. Pure and never throws.
 *
 * @param text - The document text.
 * @param options - The frameworks to read by, the document's own framework, its name.
 * @returns The ratings, in the order of the text.
 * @example
 * ```ts
 * const [r] = readRatings("In May 2016 the service was rated 'Achieving' against the FRS Equality Framework.");
 * r?.framework //=> 'frsef-2009'
 * r?.level //=> 'achieving'
 * r?.date //=> '2016-05'
 * ```
 * @category Frameworks
 */
export function readRatings(text: string, options?: ReadRatingsOptions): Rating[] {
  if (typeof text !== 'string' || text === '') return [];
  const own = options?.framework;
  const frameworks = [...(own === undefined ? [] : [own]), ...(options?.frameworks ?? shippedFrameworks()).filter((f) => f.id !== own?.id)];
  const words = new Map<string, LevelOf[]>();
  for (const framework of frameworks) {
    for (const level of framework.levels) {
      for (const word of [level.label, ...level.aliases]) {
        const k = key(word);
        if (k === '') continue;
        const list = words.get(k) ?? [];
        list.push({ framework, level });
        words.set(k, list);
      }
    }
  }
  if (words.size === 0) return [];
  const levelRe = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...words.keys()]
      .sort((x, y) => y.length - x.length)
      .map(escape)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'giu'
  );
  const named: Mention[] = [];
  let find: ((text: string) => Mention[]) | undefined;
  let scannedTo = 0;
  let line = 1;
  let lineStart = 0;
  let nextLine = text.indexOf('\n');
  const out: Rating[] = [];
  const groups = new Map<string, number[]>();
  const patterns: RefPatterns = new Map();
  let cuedCount = 0;
  for (let m = levelRe.exec(text); m !== null; m = levelRe.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 60), start);
    const after = text.slice(end, end + 20);
    const capital = m[0][0] !== undefined && m[0][0] === m[0][0].toUpperCase() && m[0][0] !== m[0][0].toLowerCase();
    const score = SCORE_BEFORE.exec(before)?.[1] ?? SCORE_AFTER.exec(after)?.[1];
    const quoted = QUOTE_BEFORE.test(before) && QUOTE_AFTER.test(after);
    const cued = quoted || score !== undefined || RATED_BEFORE.test(before) || (capital && !startsSentence(before) && NOUN_AFTER.test(after));
    if (!cued) continue;
    // A document gives a handful of ratings; thousands of set-off level words are a table of something else.
    if (++cuedCount > MAX_CUED) break;
    const [a, b] = sentence(text, start, end);
    const lead = text.slice(a, start);
    // The framework: named in the sentence, else the nearest name before, else the document's own.
    // Names are looked for as far as needed, once: from the window before this sentence to its end.
    if (b > scannedTo) {
      const from = Math.max(0, scannedTo - 200, a - WINDOW);
      const last = named.at(-1)?.index ?? -1;
      for (const n of (find ??= mentionFinder(frameworks))(text.slice(from, b))) if (n.index + from > last) named.push({ ...n, index: n.index + from, end: n.end + from });
      scannedTo = b;
    }
    const candidates = words.get(key(m[0])) ?? [];
    const mention = nearestMention(named, a, b, (n) => n.framework === undefined || candidates.some((c) => c.framework === n.framework));
    let chosen: LevelOf | undefined;
    if (mention?.framework !== undefined) chosen = candidates.find((c) => c.framework === mention.framework);
    else if (mention !== undefined) chosen = candidates[0];
    else if (own !== undefined) chosen = candidates.find((c) => c.framework === own);
    if (chosen === undefined) continue;
    // The place: lines counted once, in order.
    while (nextLine >= 0 && nextLine < start) {
      line++;
      lineStart = nextLine + 1;
      nextLine = text.indexOf('\n', lineStart);
    }
    // A table cell ("2/Achieving") is read with its row: the row names the outcome rated.
    const cell = text[a - 1] === '|' || text[b] === '|';
    const [ra, rb] = cell ? [lineStart, nextLine < 0 ? text.length : nextLine] : [a, b];
    const words0 = text.slice(ra, rb).replace(/\s+/gu, ' ').trim();
    const stance: Rating['stance'] = FROM_BEFORE.test(before) ? 'previous' : SOUGHT.test(lead.slice(-80)) && !SUCCESS.test(text.slice(a, b)) ? 'sought' : 'given';
    const known = mention?.framework ?? (mention === undefined ? own : undefined);
    const theme = known === undefined ? undefined : themeNear(text, ra, rb, start, known, patterns);
    const date = dateNear(text, a, b, start);
    // Keys in the schema's order, so JSON output reads the same as the model.
    const rating: Rating = {
      ...(known === undefined ? {} : { framework: known.id }),
      ...(mention === undefined ? {} : { frameworkName: mention.name }),
      level: chosen.level.id,
      label: chosen.level.label,
      ...(theme === undefined ? {} : { themeId: theme.id }),
      ...(score === undefined ? {} : { score: Number(score) }),
      ...(date === undefined ? {} : { date }),
      stance,
      text: words0,
      source: { ...(options?.source === undefined ? {} : { document: options.source }), line, column: start - lineStart + 1 },
    };
    // The same rating said again: given once, with its date where one mention has it.
    const id = [rating.framework ?? key(rating.frameworkName ?? ''), rating.level, rating.themeId ?? '', rating.score ?? '', rating.stance].join('|');
    const group = groups.get(id) ?? [];
    if (group.some((i) => out[i]?.date === rating.date)) continue;
    const undated = group.find((i) => out[i]?.date === undefined);
    if (rating.date === undefined && group.length > 0) continue;
    if (undated !== undefined) {
      out[undated] = rating;
      continue;
    }
    group.push(out.length);
    groups.set(id, group);
    out.push(rating);
  }
  return out;
}
