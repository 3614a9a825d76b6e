/**
 * Internal: header matching against the column vocabulary.
 */
import type { ColumnMapping } from '../../model/framework.js';
import { DEFAULT_VOCABULARY } from './defaultVocabulary.js';
import { headerKey, words } from './normalize.js';

/** Longest text read as a header cell ("Area examined 2.1 Community engagement and accountability" is 57). */
export const MAX_HEADER_LENGTH = 120;

/** Fields whose header cell may carry a value after the header words ("Area examined 2.1 …"). */
const VALUE_FIELDS = new Set(['area']);

export type KeyMap = Map<string, string>;

let defaultMap: KeyMap | undefined;

function buildMap(vocabulary: readonly ColumnMapping[], into: KeyMap = new Map()): KeyMap {
  for (const mapping of vocabulary) {
    for (const header of mapping.headers) {
      const key = headerKey(header);
      if (key !== '' && !into.has(key)) into.set(key, mapping.field);
    }
  }
  return into;
}

/** The key → field map of a vocabulary, caller entries first. */
export function keyMapOf(vocabulary: readonly ColumnMapping[] | undefined): KeyMap {
  defaultMap ??= buildMap(DEFAULT_VOCABULARY);
  if (vocabulary === undefined || vocabulary.length === 0) return defaultMap;
  const map = buildMap(vocabulary);
  for (const [k, v] of defaultMap) if (!map.has(k)) map.set(k, v);
  return map;
}

/** What a header cell says: its fields, and any value written after the header words. */
export interface HeaderMatch {
  fields: string[];
  /** The words after the header ("2.1 Community engagement…"), for value-carrying fields. */
  value?: string;
}

/** Splits a header into the headers it is made of: "Timescale [Lead Member]" → two. */
function parts(text: string): string[] {
  return text.split(PART_BREAK).filter((part) => part.trim() !== '');
}

/** What parts a header: brackets, slashes, bars and semicolons. */
const PART_BREAK = /[[\]()/|;]/u;

/**
 * Matches a header cell. With `allowValue`, a cell that starts with a
 * value-carrying header ("Area examined 2.1 Community…") also matches.
 */
export function matchHeaderDetail(
  text: string,
  vocabulary: readonly ColumnMapping[] | KeyMap | undefined,
  allowValue: boolean,
): HeaderMatch | undefined {
  // Headers are short; a long cell is content (and is not worth the work).
  if (text.length > MAX_HEADER_LENGTH) return undefined;
  const map = vocabulary instanceof Map ? vocabulary : keyMapOf(vocabulary);
  const key = headerKey(text);
  if (key === '') return undefined;
  const whole = map.get(key);
  if (whole !== undefined) return { fields: [whole] };
  // A header dated by its year or month ("2024 Update", "Progress at March 2010") names its field.
  const undated = withoutDates(text);
  if (undated !== undefined) return matchHeaderDetail(undated, map, allowValue);
  // Without brackets, slashes, bars or semicolons the text is one part, the whole already tried.
  const split = PART_BREAK.test(text) ? parts(text).filter((part) => !isFormatNote(part)) : [];
  if (split.length === 1 && split[0] !== text) {
    const only = map.get(headerKey(split[0]!));
    if (only !== undefined) return { fields: [only] };
  }
  if (split.length > 1) {
    // A split header keeps the parts that match ("Action/Milestone" → title);
    // a part matches whole, or by its last or first words ("body responsible").
    const fields: string[] = [];
    for (const part of split) {
      const field = partField(part, map);
      if (field !== undefined && !fields.includes(field)) fields.push(field);
    }
    if (fields.length > 0) return { fields };
  }
  if (allowValue && startsLikeValueHeader(key, map)) {
    const ws = words(text);
    // A key ignores spaces, so the key of the first n words is their keys run together.
    const prefixes: string[] = [];
    for (let n = 1; n <= Math.min(ws.length - 1, 4); n++) prefixes.push(`${prefixes[n - 2] ?? ''}${headerKey(ws[n - 1]!)}`);
    for (let n = prefixes.length; n >= 1; n--) {
      const field = map.get(prefixes[n - 1]!);
      if (field !== undefined && VALUE_FIELDS.has(field)) return { fields: [field], value: ws.slice(n).join(' ') };
    }
  }
  return undefined;
}

/** The keys of each map's value-carrying headers ("areaexamined"), found once per map. */
const valueKeys = new WeakMap<KeyMap, string[]>();

/** Whether `key` (a cell's whole key) starts with the key of a value-carrying header: most cells do not, and are not split into words. */
function startsLikeValueHeader(key: string, map: KeyMap): boolean {
  let keys = valueKeys.get(map);
  if (keys === undefined) {
    keys = [];
    for (const [k, field] of map) if (VALUE_FIELDS.has(field)) keys.push(k);
    valueKeys.set(map, keys);
  }
  return keys.some((k) => key.startsWith(k));
}

/** A year ("2024", "2023/24", "2023-2024"), a month or a day number ("31st"): a date word of a header. */
const DATE_WORD = /^(?:(?:19|20)\d\d(?:[/–-](?:19|20)?\d\d)?|\d{1,2}(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4])[.,:]?$/iu;

/** A year somewhere in a text: only such a header can be dated. */
const YEAR = /(?:19|20)\d\d/u;

/** Words that only tie a date to a header ("as at March 2024", "Update for 2024"). */
const DATE_TIE = /^(?:as|at|of|for|in|to|from|on)$/iu;

/**
 * A header without the date that says when it was written ("2024 Update" →
 * "Update", "Progress as at 31 March 2010" → "Progress"): a year and at
 * most three other words; `undefined` otherwise.
 */
function withoutDates(text: string): string | undefined {
  // A label with its value ("Target date: March 2026") or a header with a note ("By when (Timescale) June 2025",
  // a header run into the row below it) is not one.
  if (!YEAR.test(text) || /[:()[\]]/u.test(text)) return undefined;
  const ws = words(text);
  if (ws.length < 2 || ws.length > 8 || !ws.some((w) => /^(?:19|20)\d\d/u.test(w) && DATE_WORD.test(w))) return undefined;
  const kept = ws.filter((w) => !DATE_WORD.test(w) && !DATE_TIE.test(w));
  return kept.length === 0 || kept.length > 3 || kept.length === ws.length ? undefined : kept.join(' ');
}

/** A format note in a header ("DD/MM/YY", "dd.mm.yyyy", "£", "%"): letters only from d, m, y. */
function isFormatNote(part: string): boolean {
  const key = headerKey(part);
  return key === '' || /^[dmy]+$/u.test(key);
}

/**
 * The field a cell of a row already read as a header names by its words
 * ("Key actions", "Lead Director", "Target date for completion", "Who is
 * responsible"): its last or first words (two at most) of four at most.
 * The fields that tell a peer review (area, strengths, improvements) are
 * never matched so. Only for a header row's unmatched cells, or a table's
 * opening row (see rows.ts): loose enough
 * that a row of content would be misread if judged by it.
 */
export function matchHeaderWords(text: string, map: KeyMap): string | undefined {
  if (text.length > MAX_HEADER_LENGTH || headerKey(text) === '') return undefined;
  const field = partField(text, map);
  // A peer review is told by its headers: "Area of work" does not make one.
  return field === undefined || KIND_FIELDS.has(field) ? undefined : field;
}

/** Fields that tell a table's kind (a peer review's): named by whole headers only. */
const KIND_FIELDS = new Set(['area', 'strengths', 'improvements']);

/** The field a part of a split header names: whole, or by its last or first words (two at most). */
function partField(part: string, map: KeyMap): string | undefined {
  const whole = map.get(headerKey(part));
  if (whole !== undefined) return whole;
  const ws = words(part);
  if (ws.length > 4) return undefined;
  for (let n = Math.min(2, ws.length - 1); n >= 1; n--) {
    const tail = map.get(headerKey(ws.slice(-n).join(' ')));
    if (tail !== undefined) return tail;
    const head = map.get(headerKey(ws.slice(0, n).join(' ')));
    if (head !== undefined) return head;
  }
  return undefined;
}
