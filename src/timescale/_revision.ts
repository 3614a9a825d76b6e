/**
 * Revision notes inside a timescale ("March 2024 (revised from Dec 2023)",
 * "Dec 2023, revised to March 2024", "now due 2012"): where the phrase says a
 * date replaced another, which part is the current date and which the
 * baseline. Internal; `parseTimescale` reads each part.
 */

/** Words that introduce the earlier date, written after the current one. */
const FROM_MARKERS = [
  'revised from',
  'amended from',
  'changed from',
  'moved from',
  'rescheduled from',
  're-scheduled from',
  'extended from',
  'deferred from',
  'slipped from',
  'put back from',
  'brought forward from',
  'originally',
  'previously',
  'was',
] as const;

/** Words that introduce the current date, written after the earlier one. */
const TO_MARKERS = [
  'revised to',
  'amended to',
  'changed to',
  'moved to',
  'rescheduled to',
  're-scheduled to',
  'extended to',
  'deferred to',
  'slipped to',
  'put back to',
  'brought forward to',
  'now due',
  'now',
] as const;

/**
 * The first word of any marker anywhere: a first test, since where none is no
 * marker can be found. The words are letters and hyphens, which a pattern
 * reads as themselves.
 */
const ANY_MARKER = new RegExp([...new Set([...FROM_MARKERS, ...TO_MARKERS].map((m) => m.split(' ')[0]))].join('|'), 'u');

/** Where a phrase splits into its current date and its baseline. */
export interface _RevisionSplit {
  /** The words naming the date now in force. */
  current: string;
  /** The words naming the date it replaced; empty when the phrase gives none ("now due 2012"). */
  baseline: string;
}

const OPENERS = '(,;:–—-[';

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'));
}

/** Strips brackets and separators from both ends of a part. */
function tidy(s: string): string {
  let a = 0;
  let b = s.length;
  const edge = ' \t\n\r()[],;:.–—-';
  while (a < b && edge.includes(s[a] as string)) a++;
  while (b > a && edge.includes(s[b - 1] as string)) b--;
  return s.slice(a, b);
}

/**
 * Finds a marker that starts the phrase or follows a bracket or separator, so
 * that "was" in running prose is not taken for a revision.
 */
function findMarker(lower: string, marker: string, atStartToo: boolean): number {
  let from = 0;
  for (;;) {
    const at = lower.indexOf(marker, from);
    if (at < 0) return -1;
    from = at + 1;
    if (isWordChar(lower[at + marker.length]) || lower[at + marker.length] === undefined) continue;
    let k = at - 1;
    while (k >= 0 && (lower[k] === ' ' || lower[k] === '\t' || lower[k] === '\n')) k--;
    if (k < 0 ? atStartToo : OPENERS.includes(lower[k] as string)) return at;
  }
}

/**
 * Splits a phrase at a revision note, or returns `undefined` when it has
 * none. Linear in the phrase for each marker (a fixed list).
 */
export function _splitRevision(text: string): _RevisionSplit | undefined {
  const lower = text.toLowerCase();
  // Most phrases hold no marker at all: one scan for any of them first, not one per marker.
  if (!ANY_MARKER.test(lower)) return undefined;
  for (const marker of FROM_MARKERS) {
    const at = findMarker(lower, marker, false);
    if (at < 0) continue;
    const current = tidy(text.slice(0, at));
    const baseline = tidy(text.slice(at + marker.length));
    if (current && baseline) return { current, baseline };
  }
  for (const marker of TO_MARKERS) {
    const at = findMarker(lower, marker, true);
    if (at < 0) continue;
    const baseline = tidy(text.slice(0, at));
    const current = tidy(text.slice(at + marker.length));
    if (current) return { current, baseline };
  }
  return undefined;
}
