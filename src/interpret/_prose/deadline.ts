/**
 * Internal: finds the deadline phrase inside a sentence ("… by autumn
 * 2006 …", "… during April 2006 …", "… upon endorsement of this report …").
 * A small tokeniser, no big regular expression.
 */

/** A phrase found in a text, with its character offset. */
export interface Phrase {
  text: string;
  offset: number;
}

import { isWordChar, trimWord } from './entries.js';

function trimEnd(text: string): string {
  const chars = Array.from(text);
  let end = chars.length;
  while (end > 0 && !isWordChar(chars[end - 1] as string)) end -= 1;
  return chars.slice(0, end).join('');
}

interface Token {
  word: string;
  /** lower case, without surrounding punctuation */
  norm: string;
  start: number;
  end: number;
  /** the raw token ends a clause (`.`, `,`, `;`, `:`, `)`) */
  stop: boolean;
}

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const SEASONS = new Set(['spring', 'summer', 'autumn', 'winter', 'fall']);
const FILLERS = new Set(['the', 'end', 'of', 'early', 'late', 'mid', 'start', 'beginning', 'middle', 'first', 'second', 'half', 'quarter', 'financial', 'year', 'q1', 'q2', 'q3', 'q4']);
const DATE_TRIGGERS = new Set(['by', 'during', 'in', 'before', 'until', 'from', 'on', 'within', 'throughout']);
const EVENT_TRIGGERS = new Set(['upon', 'following']);

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const word = m[0];
    const norm = trimWord(word.toLowerCase());
    out.push({ word, norm, start: m.index, end: m.index + word.length, stop: /[.,;:)]$/.test(word) && !/^\d+\.$/.test(word) });
  }
  return out;
}

function isYear(norm: string): boolean {
  return /^(?:19|20)\d\d(?:[/-]\d{2,4})?$/.test(norm);
}
function isDay(norm: string): boolean {
  return /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/.test(norm);
}
function isDateWord(norm: string): boolean {
  return MONTHS.has(norm) || SEASONS.has(norm) || isYear(norm) || isDay(norm);
}

/** Date phrases after a trigger word ("by 31 March 2006"), in order. */
function datePhrases(text: string, toks: Token[]): { phrase: Phrase; trigger: string }[] {
  const out: { phrase: Phrase; trigger: string }[] = [];
  for (let i = 0; i < toks.length; i += 1) {
    const t = toks[i] as Token;
    if (!DATE_TRIGGERS.has(t.norm) || t.stop) continue;
    let j = i + 1;
    let last = -1;
    let strong = false;
    while (j < toks.length) {
      const u = toks[j] as Token;
      const date = isDateWord(u.norm);
      if (!date && !FILLERS.has(u.norm)) break;
      if (MONTHS.has(u.norm) || SEASONS.has(u.norm) || isYear(u.norm)) strong = true;
      if (date) last = j;
      if (u.stop) break;
      j += 1;
    }
    if (last < 0 || !strong) continue;
    const end = toks[last] as Token;
    const phrase = trimEnd(text.slice(t.start, end.end));
    out.push({ phrase: { text: phrase, offset: t.start }, trigger: t.norm });
    i = last;
  }
  return out;
}

/** An event phrase ("upon endorsement of this report"), up to a clause end or "by". */
function eventPhrase(text: string, toks: Token[]): Phrase | undefined {
  for (let i = 0; i < toks.length; i += 1) {
    const t = toks[i] as Token;
    if (!EVENT_TRIGGERS.has(t.norm)) continue;
    let j = i + 1;
    let last = i;
    while (j < toks.length && j - i <= 12) {
      const u = toks[j] as Token;
      if (u.norm === 'by' || u.norm === 'and') break;
      last = j;
      if (u.stop) break;
      j += 1;
    }
    if (last === i) continue;
    const phrase = trimEnd(text.slice(t.start, (toks[last] as Token).end));
    return { text: phrase, offset: t.start };
  }
  return undefined;
}

/**
 * The deadline phrase of a recommendation or action: the first "by …"
 * date phrase, else the first other date phrase ("during April 2006", "in
 * 2007"), else an event phrase ("upon endorsement of this report").
 */
export function findDeadline(text: string): Phrase | undefined {
  const toks = tokens(text);
  const dates = datePhrases(text, toks);
  const by = dates.find((d) => d.trigger === 'by' || d.trigger === 'before' || d.trigger === 'until');
  if (by !== undefined) return by.phrase;
  if (dates[0] !== undefined) return dates[0].phrase;
  return eventPhrase(text, toks);
}
