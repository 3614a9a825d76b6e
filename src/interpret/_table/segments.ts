/**
 * Internal: splitting a cell that holds several actions written one after
 * another, at three levels of boldness — sentences; sentences with their
 * elaborations ("The group will …") kept with the sentence before; and
 * sentences further split where a capitalised word follows a plain word
 * ("… in a timely fashion Member Development Steering Group to …").
 */
import { words } from './normalize.js';

/** Words after which a sentence goes on. */
const CONNECTORS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'into', 'onto', 'as', 'all',
  'our', 'their', 'its', "it's", 'his', 'her', 'this', 'that', 'these', 'those', 'each', 'every', 'any', 'some', 'via',
  'than', 'about', 'across', 'within', 'through', 'under', 'over', 'per', 'is', 'are', 'be', 'was', 'were', 'between',
  'including', 'include', 'includes', 'such', 'like', 'both', 'either', 'neither', 'nor', 'but', 'if', 'so', 'then',
  'up', 'out', 'off', 'also', 'not', 'new', 'own', 'more', 'most', 'other', 'which', 'who', 'whom', 'whose', 'where',
  'when', 'while', 'after', 'before', 'during', 'since', 'until', 'upon', 'against', 'among', 'around', 'towards', 'toward',
]);

const ABBREVIATIONS = new Set(['i.e.', 'e.g.', 'etc.', 'no.', 'st.', 'mr.', 'mrs.', 'ms.', 'dr.', 'cllr.', 'cf.', 'vs.', 'approx.']);

/** Words that open a sentence elaborating on the one before. */
const ELABORATION = new Set(['the', 'this', 'these', 'it', 'they', 'which', 'he', 'she', 'its', 'their', 'such', 'there']);

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();

/** Whether a text starts with a lower-case letter. */
export function startsLower(text: string): boolean {
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) return isLower(ch);
  }
  return false;
}

/** Whether a text ends a sentence (`.`, `!`, `?`, maybe before a quote or bracket). */
export function endsSentence(text: string): boolean {
  let t = text.trimEnd();
  while (t.length > 0 && `"'”’)]`.includes(t.charAt(t.length - 1))) t = t.slice(0, -1);
  const last = t.charAt(t.length - 1);
  return last === '.' || last === '!' || last === '?';
}

/** Whether a text visibly stops mid-sentence: on a comma, hyphen, colon or a word such as "of", "the", "and". */
export function endsMidSentence(text: string): boolean {
  const t = text.trimEnd();
  const last = t.charAt(t.length - 1);
  if (last === ',' || last === '-' || last === '–' || last === ':' || last === '/' || last === '&') return true;
  const ws = words(t);
  const w = (ws.at(-1) ?? '').toLowerCase();
  return CONNECTORS.has(w);
}

function sentenceBreak(prev: string, next: string): boolean {
  if (ABBREVIATIONS.has(prev.toLowerCase())) return false;
  return endsSentence(prev) && isUpper(next.charAt(0) === '"' || next.charAt(0) === '“' ? next.charAt(1) : next.charAt(0));
}

function capitalBreak(prev: string, next: string): boolean {
  if (next.length < 2 || !isUpper(next.charAt(0))) return false;
  const lastChar = prev.charAt(prev.length - 1);
  if (',;:-–/&('.includes(lastChar)) return false;
  if (isLower(prev.charAt(0))) return !CONNECTORS.has(prev.toLowerCase()) && !ABBREVIATIONS.has(prev.toLowerCase());
  // An acronym ("DUG") followed by a capitalised word ("Portfolio").
  return prev.length >= 2 && /^\p{Lu}+$/u.test(prev) && isLower(next.charAt(1));
}

function split(text: string, at: (prev: string, next: string) => boolean): string[] {
  const ws = words(text);
  const out: string[][] = [];
  let current: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    if (current.length > 0 && at(ws[i - 1] as string, w)) {
      out.push(current);
      current = [];
    }
    current.push(w);
  }
  if (current.length > 0) out.push(current);
  return out.map((s) => s.join(' '));
}

/** Sentences of a text. */
export function sentences(text: string): string[] {
  return split(text, sentenceBreak);
}

/** Sentences, an elaborating sentence joined to the one before. */
export function mergedSentences(text: string): string[] {
  const out: string[] = [];
  for (const s of sentences(text)) {
    const first = (words(s)[0] ?? '').toLowerCase();
    if (out.length > 0 && ELABORATION.has(first)) out[out.length - 1] = `${out[out.length - 1] ?? ''} ${s}`;
    else out.push(s);
  }
  return out;
}

/** Sentences further split where a capitalised word follows a plain one. */
export function fineSegments(text: string): string[] {
  return split(text, (p, n) => sentenceBreak(p, n) || capitalBreak(p, n));
}

/** The three levels, least bold first. */
export function segmentLevels(text: string): string[][] {
  return [sentences(text), mergedSentences(text), fineSegments(text)];
}
