/**
 * Internal: names of panel members and contact lines.
 *
 * Panel heuristic: a person's name is a run of two to five capitalised
 * words (an honorific such as "Rev", "Dr", "Cllr" or "Councillor" may lead)
 * found right after "chaired by", "led by", "Chair:", "Lead Member:", or
 * right before "as Chair" / "as Vice Chair".
 */

import { trimWord } from './entries.js';

const HONORIFICS = new Set(['rev', 'revd', 'dr', 'cllr', 'councillor', 'mr', 'mrs', 'ms', 'miss', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady']);

function clean(word: string): string {
  return trimWord(word, (ch) => /\p{L}/u.test(ch));
}
function isName(word: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*$/u.test(clean(word)) && clean(word).length > 0;
}

function nameAfter(words: string[], start: number): string | undefined {
  const out: string[] = [];
  for (let i = start; i < words.length && out.length < 5; i += 1) {
    const w = words[i] as string;
    if (!isName(w)) break;
    out.push(clean(w));
    if (/[,;:.)]$/.test(w)) break;
  }
  const real = out.filter((w) => !HONORIFICS.has(w.toLowerCase()));
  return real.length >= 2 ? out.join(' ') : undefined;
}

function nameBefore(words: string[], end: number): string | undefined {
  const out: string[] = [];
  for (let i = end; i >= 0 && out.length < 5; i -= 1) {
    const w = words[i] as string;
    if (!isName(w) || (out.length > 0 && /[,;:.]$/.test(w))) break;
    out.unshift(clean(w));
    if (i > 0 && HONORIFICS.has(clean(words[i - 1] as string).toLowerCase())) {
      out.unshift(clean(words[i - 1] as string));
      break;
    }
  }
  return out.length >= 2 ? out.join(' ') : undefined;
}

/** Panel members named in a paragraph. */
export function findPanel(text: string): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const names: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const w = (words[i] as string).toLowerCase();
    const next = clean(words[i + 1] ?? '').toLowerCase();
    if ((w === 'chaired' || w === 'led') && next === 'by') {
      const n = nameAfter(words, i + 2);
      if (n !== undefined) names.push(n);
    }
    if (/^(?:chair|chairman|chairperson|member):$/.test(w)) {
      const n = nameAfter(words, i + 1);
      if (n !== undefined) names.push(n);
    }
    if (w === 'as' && (next === 'chair' || next === 'vice' || next === 'chairman' || next === 'chairperson')) {
      const n = nameBefore(words, i - 1);
      if (n !== undefined) names.push(n);
    }
  }
  return names;
}

/**
 * Splits a contact paragraph into lines: on line breaks where the reader
 * kept them, otherwise before a phone number and before an e-mail address.
 */
export function contactLines(text: string): string[] {
  if (text.includes('\n')) return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[][] = [];
  let current: string[] = [];
  let prevPhone = false;
  for (const w of words) {
    const phone = /^[+(]?\d[\d()-]*$/.test(w);
    const email = w.includes('@');
    if ((phone && !prevPhone && current.length > 0) || (email && current.length > 0)) {
      lines.push(current);
      current = [];
    }
    current.push(w);
    prevPhone = phone;
  }
  if (current.length > 0) lines.push(current);
  return lines.map((l) => l.join(' '));
}
