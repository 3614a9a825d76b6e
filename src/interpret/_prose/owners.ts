/**
 * Internal: who a recommendation is addressed to, read from its sentence.
 *
 * Rule: after "That" (and an optional "the"/"a"/"an"/"new"), the owners are
 * the run of capitalised words (joined by "and", "of", "for", "&", "the"),
 * optionally ending in one lower-case collective noun ("partners",
 * "members"…), split on "and" / ",". If the sentence goes on with a passive
 * ("be established", "is amended") the subject is what is acted on, not
 * who acts, so there are no owners. A lower-case subject ("That a
 * secretariat is developed") has no owners either.
 */

import { isWordChar, trimWord } from './entries.js';

const SKIP = new Set(['the', 'a', 'an', 'new', 'all', 'each', 'every']);
const JOINERS = new Set(['and', 'of', 'for', '&', 'the', 'on', 'in']);
const COLLECTIVE = new Set([
  'partners', 'members', 'organisations', 'organizations', 'bodies', 'authorities', 'councils', 'officers', 'agencies',
  'boards', 'groups', 'leaders', 'partnerships', 'employers', 'staff', 'colleagues', 'directorates', 'services',
]);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'being', 'been']);

function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}
function clean(word: string): string {
  return trimWord(word, (ch) => ch === '&' || isWordChar(ch));
}
function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return /(?:ed|en|wn|ne|lt|pt|de)$/.test(w) && w.length > 3;
}

/** The owners named as the subject of a "That X does…" sentence. */
export function findOwners(sentence: string): string[] {
  const words = sentence.trim().split(/\s+/);
  if ((words[0] ?? '').toLowerCase() !== 'that') return [];
  let i = 1;
  while (i < words.length && SKIP.has((words[i] ?? '').toLowerCase())) i += 1;
  const run: string[] = [];
  while (i < words.length) {
    if (run.length > 0 && COLLECTIVE.has((run[run.length - 1] as string).toLowerCase())) break;
    const raw = words[i] as string;
    const w = clean(raw);
    if (w === '') break;
    const lower = w.toLowerCase();
    if (isCapitalised(w)) {
      run.push(w);
    } else if (JOINERS.has(lower) && run.length > 0 && i + 1 < words.length && isCapitalised(clean(words[i + 1] as string))) {
      run.push(lower === '&' ? '&' : lower);
    } else if (COLLECTIVE.has(lower) && run.length > 0) {
      run.push(w);
      i += 1;
      continue;
    } else {
      break;
    }
    i += 1;
    if (/[,;:.]$/.test(raw) && !(i < words.length && JOINERS.has((words[i] as string).toLowerCase()))) break;
  }
  if (run.length === 0) return [];
  const next = (words[i] ?? '').toLowerCase();
  const after = words[i + 1] ?? '';
  if (BE.has(next) && isParticiple(clean(after))) return [];
  const owners: string[] = [];
  let current: string[] = [];
  for (const w of run) {
    if (w === 'and' || w === '&') {
      if (current.length > 0) owners.push(current.join(' '));
      current = [];
    } else current.push(w);
  }
  if (current.length > 0) owners.push(current.join(' '));
  return owners.filter((o) => /\p{Lu}/u.test(o));
}
