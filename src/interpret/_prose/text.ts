/** Internal: small text helpers shared by the prose interpreters. */
import { isIsoDate } from '../../model/date.js';
import { isoOf } from '../../_lib/iso-date.js';

/**
 * Splits a cell that lists items as sentences ("Jobs. Health and
 * wellbeing. Transport.") into the items, without the full stops. An
 * abbreviation such as "e.g." does not split (the next character is not a
 * space followed by a capital).
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === "'" || text[j] === '’' || text[j] === '"' || text[j] === '”')) j += 1;
    if (j >= text.length) continue;
    if (text[j] !== ' ') continue;
    let k = j;
    while (k < text.length && text[k] === ' ') k += 1;
    const next = text[k] ?? '';
    if (!/[\p{Lu}'‘"“]/u.test(next)) continue;
    const piece = text.slice(start, j).trim();
    if (piece !== '') out.push(piece);
    start = k;
    i = k - 1;
  }
  const last = text.slice(start).trim();
  if (last !== '') out.push(last);
  return out.map((s) => s.replace(/\.$/, '').trim()).filter((s) => s !== '');
}

/** Lower-case content words (four letters or more, a plural "s" dropped). */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}{4,}/gu)) {
    const w = m[0];
    out.add(w.endsWith('s') && w.length > 4 ? w.slice(0, -1) : w);
  }
  for (const stop of ['that', 'with', 'from', 'into', 'this', 'their', 'which', 'where', 'support', 'people', 'build', 'create']) out.delete(stop);
  return out;
}

/** How many content words two texts share. */
export function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n += 1;
  return n;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Reads "17 March 2023" as an ISO date, if it is one. */
export function readDayMonthYear(text: string): string | undefined {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})$/.exec(text.trim());
  if (m === null) return undefined;
  const month = MONTHS.findIndex((name) => name.startsWith((m[2] as string).toLowerCase()) && (m[2] as string).length >= 3);
  if (month < 0) return undefined;
  const iso = isoOf(Number(m[3]), month + 1, Number(m[1]));
  return isIsoDate(iso) ? iso : undefined;
}
