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
  const out: string[] = [];
  let current = '';
  for (const ch of text) {
    if (ch === '[' || ch === ']' || ch === '(' || ch === ')' || ch === '/' || ch === '|' || ch === ';') {
      if (current.trim() !== '') out.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') out.push(current);
  return out;
}

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
  const split = parts(text).filter((part) => !isFormatNote(part));
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
  if (allowValue) {
    const ws = words(text);
    for (let n = Math.min(ws.length - 1, 4); n >= 1; n--) {
      const field = map.get(headerKey(ws.slice(0, n).join(' ')));
      if (field !== undefined && VALUE_FIELDS.has(field)) return { fields: [field], value: ws.slice(n).join(' ') };
    }
  }
  return undefined;
}

/** A year ("2024", "2023/24", "2023-2024"), a month or a day number ("31st"): a date word of a header. */
const DATE_WORD = /^(?:(?:19|20)\d\d(?:[/–-](?:19|20)?\d\d)?|\d{1,2}(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4])[.,:]?$/iu;

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
  if (/[:()[\]]/u.test(text)) return undefined;
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
