/**
 * Internal: finding deadline phrases in cells — splitting a "By When" cell
 * that holds several deadlines ("June 2009 June 2009 Continuation"), and the
 * deadline at the end of an output ("Event hosted by April 2009").
 */
import { fold, tailStart, wordBounds, words } from './normalize.js';

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const SEASONS = new Set(['spring', 'summer', 'autumn', 'winter']);
/** Words that are a whole deadline on their own. */
const STANDALONE = new Set(['continuation', 'ongoing', 'continuous', 'annually', 'quarterly', 'monthly', 'tbc', 'tba']);
/** Words that tie what follows to what went before. */
const JOINERS = new Set(['-', '–', '—', 'to', 'until', 'till', 'from', 'and', 'or', 'then', '&', '/', 'by', 'of', 'end', 'the']);

/** Lower-case core of a word, without surrounding punctuation. */
export function bare(word: string): string {
  let s = 0;
  let e = word.length;
  while (s < e && !isAlnum(word.charAt(s))) s++;
  while (e > s && !isAlnum(word.charAt(e - 1))) e--;
  return word.slice(s, e).toLowerCase();
}

function isAlnum(ch: string): boolean {
  // ASCII letters and digits are the only ASCII \p{L} and \p{N}; ask the regex only beyond ASCII.
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{L}\p{N}]$/u.test(ch);
}

/** Whether a word names a month or season ("Sept", "December,", "November/"). */
export function isMonthWord(word: string): boolean {
  const b = bare(word);
  return MONTHS.has(b) || SEASONS.has(b);
}

function isYear(word: string, prev = ''): boolean {
  const b = bare(word);
  return /^(?:19|20)\d\d(?:\/\d\d(?:\d\d)?)?$/u.test(b) || (/^\d\d$/u.test(b) && isMonthWord(prev));
}

function isDay(word: string): boolean {
  return /^\d{1,2}(?:st|nd|rd|th)?$/u.test(bare(word));
}

/**
 * Splits a cell holding several deadlines into one phrase each. A new
 * phrase starts at a month, day or standalone word once the current phrase
 * is complete (has a year, or is a standalone word) and is not tied to it
 * ("January – March 2010", "November/ December 2009", "September 2009 then
 * ongoing"). Words in brackets stay with their phrase.
 */
export function splitDeadlines(text: string): string[] {
  const ws = words(text);
  const out: string[][] = [];
  let current: string[] = [];
  let complete = false;
  let depth = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    const b = bare(w);
    const prev = i > 0 ? (ws[i - 1] as string) : '';
    const tied = prev === '' || JOINERS.has(bare(prev)) || JOINERS.has(prev) || /[/–—-]$/u.test(prev);
    const starts = isMonthWord(w) || STANDALONE.has(b) || (isDay(w) && isMonthWord(ws[i + 1] ?? '')) || b === 'in';
    if (depth === 0 && current.length > 0 && complete && starts && !tied) {
      out.push(current);
      current = [];
      complete = false;
    }
    current.push(w);
    for (const ch of w) {
      if (ch === '(') depth++;
      else if (ch === ')') depth = Math.max(0, depth - 1);
    }
    if (depth === 0 && (isYear(w, prev) || STANDALONE.has(b) || b === 'place' || b === 'operational')) complete = true;
  }
  if (current.length > 0) out.push(current);
  return out.map((ws2) => ws2.join(' '));
}

/** A deadline phrase found at the end of a text. */
export interface DeadlinePhrase {
  /** The phrase, from "by" on ("by October", "by March 2009"). */
  phrase: string;
  /** Offset of the phrase in the text. */
  index: number;
}

/**
 * Finds a trailing deadline in an item ("Costs and funding identified by
 * October", "Event hosted by April 2009"): "by", "before", "in" or "during",
 * an optional day or "end of", a month or season and an optional year, and
 * nothing after but punctuation or a bracket.
 */
export function findDeadline(text: string): DeadlinePhrase | undefined {
  // A deadline ends on its month or year: most texts end on neither.
  if (!mayEndDeadline(text)) return undefined;
  // A deadline spans at most nine words from its "by" to the end, and the
  // first "by" from the end that is followed by a month decides: only the
  // last words need reading. They are read in place, by their bounds
  // (`ws[k]` is `text.slice(b[2k], b[2k + 1])`), so offsets are the text's.
  const start = tailStart(text, TAIL_WORDS);
  // No "by", "before" or "during" among the last words: no deadline (the words below would all be skipped).
  if (!LEADS.test(start === 0 ? text : text.slice(start))) return undefined;
  const b = wordBounds(text, start);
  const n = b.length / 2;
  for (let i = n - 2; i >= 0; i--) {
    if (!is(text, b, i, 'by') && !is(text, b, i, 'before') && !is(text, b, i, 'during')) continue;
    let j = i + 1;
    if (is(text, b, j, 'end') && is(text, b, j + 1, 'of')) j += 2;
    if (is(text, b, j, 'the') && is(text, b, j + 1, 'end')) j += 3;
    if (isDay(word(text, b, j)) && isMonthWord(word(text, b, j + 1))) j++;
    if (!isMonthWord(word(text, b, j))) continue;
    j++;
    if (j < n && isYear(word(text, b, j), word(text, b, j - 1))) j++;
    if (j !== n) return undefined;
    // The phrase starts where word `i` does.
    const index = b[2 * i] as number;
    return { phrase: trimEndPunctuation(text.slice(index).trim()), index };
  }
  return undefined;
}

/** Word `k` of `text` by its bounds `b` (see `wordBounds`); '' past the last. */
function word(text: string, b: readonly number[], k: number): string {
  return 2 * k < b.length ? text.slice(b[2 * k], b[2 * k + 1]) : '';
}

/** Whether word `k` of `text` by its bounds `b`, bare, is the lower-case ASCII word `lower`. */
function is(text: string, b: readonly number[], k: number, lower: string): boolean {
  return 2 * k < b.length && bareIs(text, b[2 * k] as number, b[2 * k + 1] as number, lower);
}

/**
 * Whether `text` from `s` to `e`, bare, is the lower-case ASCII word
 * `lower` (`bare(text.slice(s, e)) === lower`, without copying). Only ASCII
 * letters lower-case to the letters of such a word, but for the Kelvin
 * sign (to "k"), which no word asked for holds.
 */
function bareIs(text: string, s: number, e: number, lower: string): boolean {
  while (s < e && !isAlnum(text.charAt(s))) s++;
  while (e > s && !isAlnum(text.charAt(e - 1))) e--;
  if (e - s !== lower.length) return false;
  for (let k = 0; k < lower.length; k++) {
    let c = text.charCodeAt(s + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Whether a text's last word (bare) can end a deadline: a month or season
 * (three to nine ASCII letters), or a year, which starts with a digit.
 * `findDeadline` finds none otherwise.
 */
function mayEndDeadline(text: string): boolean {
  const last = bare(text.slice(tailStart(text, 1)));
  if (last === '') return false;
  const c = last.charCodeAt(0);
  return (c >= 48 && c <= 57) || MONTHS.has(last) || SEASONS.has(last);
}

/** Letters every word that can open a deadline holds ("by", "before", "during"), in any case. */
const LEADS = /by|before|during/iu;

/** Words at the end of a text that `findDeadline` looks at (it needs nine; the rest cannot change its answer). */
const TAIL_WORDS = 12;

const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];

/** The count an item starts with ("Four learning events…" → 4, "12 events" → 12). */
export function leadingCount(text: string): { value: number; rest: string } | undefined {
  // The first word, and where the second starts (the rest, folded, is the words after the first).
  const b = wordBounds(text, 0);
  if (b.length < 4) return undefined;
  const first = bare(text.slice(b[0], b[1]));
  const n = NUMBER_WORDS.indexOf(first);
  const value = n > 0 ? n : /^\d{1,6}$/u.test(first) ? Number(first) : undefined;
  return value === undefined ? undefined : { value, rest: fold(text.slice(b[2])) };
}

/** Drops trailing full stops, commas and semicolons. */
function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && '.,;'.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
