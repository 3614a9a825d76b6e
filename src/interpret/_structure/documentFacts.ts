/**
 * Internal: what a document says about itself — key–value lines
 * ("Date of decision: 14/03/2019", "Lead member: Cabinet Member for Housing"),
 * its date, and the period its plan covers, read by `parseTimescale`.
 */
import { parseTimescale } from '../../timescale/parseTimescale.js';
import type { Timescale } from '../../model/timescale.js';
import type { DateContext } from '../types.js';
import { fold } from '../_prose/entries.js';
import type { Node } from './nodes.js';

/** A key–value line and the node it came from. */
export interface KeyValue {
  key: string;
  value: string;
  node: Node;
}

/** "Key: value" with a short key of words (no sentence before the colon). */
const KEY_VALUE = /^([A-Z][\p{L}'’()&/ -]{1,48}?)\s*[:?]\s+(\S.*)$/u;

/** Key–value lines of a document's paragraphs and headings. */
export function keyValues(nodes: readonly Node[]): KeyValue[] {
  const out: KeyValue[] = [];
  for (const node of nodes) {
    if (node.type !== 'paragraph' && node.type !== 'heading') continue;
    const text = fold(node.text);
    const m = KEY_VALUE.exec(text);
    if (m === null) continue;
    const key = (m[1] as string).trim();
    if (key.split(' ').length > 6 || /[.!]$/u.test(key)) continue;
    out.push({ key, value: (m[2] as string).trim(), node });
  }
  return out;
}

/** Key–value lines as metadata (the first value of each key). */
export function metadataOf(pairs: readonly KeyValue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of pairs) if (!Object.hasOwn(out, kv.key)) out[kv.key] = kv.value;
  return out;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first full date written in `text` (dd/mm/yyyy or "5 December 2022"), as ISO. */
export function firstDate(text: string): string | undefined {
  const num = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/u.exec(text);
  const word = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/u.exec(text);
  const fromWord = (): string | undefined => {
    if (word === null) return undefined;
    const month = MONTHS.indexOf((word[2] as string).slice(0, 3).toLowerCase());
    return month < 0 ? undefined : iso(Number(word[3]), month + 1, Number(word[1]));
  };
  if (num !== null && (word === null || num.index <= word.index)) return iso(Number(num[3]), Number(num[2]), Number(num[1])) ?? fromWord();
  return fromWord();
}

/** A body's meeting in the minutes' own words ("The Panel met on 3 June 2021"). */
const MET_ON = /\b(?:committee|cabinet|council|board|panel|commission|executive|authority) (?:had )?met on (?:\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9} \d{4}|\d{1,2}\/\d{1,2}\/\d{4})/iu;

/** Keys that date a decision or meeting, strongest first. */
const DATE_KEYS = [/^date of (?:decision|meeting)$/iu, /^decided at meeting$/iu, /^meeting(?: date)?$/iu, /^decision due(?: date)?$/iu, /^date$/iu];

/**
 * The date of a decision record or minutes: from its key–value lines, else
 * from a line that opens with a date ("10/02/2017 - Corporate Equalities").
 */
export function documentDate(nodes: readonly Node[], pairs: readonly KeyValue[]): { date: string; node: Node } | undefined {
  for (const key of DATE_KEYS) {
    for (const kv of pairs) {
      if (!key.test(kv.key)) continue;
      const date = firstDate(kv.value);
      if (date !== undefined) return { date, node: kv.node };
    }
  }
  // "The Panel met on 3 June 2021": the meeting the minutes record.
  for (const node of nodes.slice(0, 20)) {
    if (node.type !== 'paragraph') continue;
    const m = MET_ON.exec(fold(node.text));
    const date = m === null ? undefined : firstDate(m[0]);
    if (date !== undefined) return { date, node };
  }
  for (const node of nodes.slice(0, 12)) {
    if (node.type !== 'heading' && node.type !== 'paragraph') continue;
    const text = fold(node.text);
    if (/^\d{1,2}\/\d{1,2}\/\d{4}\s+[-–]/u.test(text)) {
      const date = firstDate(text);
      if (date !== undefined) return { date, node };
    }
  }
  return undefined;
}

/** Year spans and month spans that can give a plan period. */
const SPAN = /\b(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d(?:\/\d{2,4})?\s*(?:[-–—]|to)\s*(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:(?:19|20)\d\d|\d\d)(?:\/\d{2,4})?\b|\b(?:19|20)\d\d\/\d{2}\b/giu;

/** Nouns whose span is the plan's period ("Equality Scheme 2009-12", "Action Plan for 2009-2012"). */
const PLAN_NOUN = /\b(?:plan|scheme|strategy|framework|objectives|programme|policy|period)\s+(?:for\s+(?:the\s+(?:period\s+)?)?)?$/iu;

/** Whether the calendar reading of a span should give way to financial years (councils, NHS, police, fire). */
function financial(text: string, t: Timescale, universityWords: boolean): Timescale {
  if (universityWords || t.kind !== 'range' || t.start === undefined || t.end === undefined) return t;
  if (!/^\d{4}\s*[-–—]\s*\d{2,4}$/u.test(text.trim())) return t;
  if (!t.start.endsWith('-01-01') || !t.end.endsWith('-12-31')) return t;
  const from = Number(t.start.slice(0, 4));
  const to = Number(t.end.slice(0, 4));
  return { ...t, kind: 'financial-year', start: `${from}-04-01`, end: `${to}-03-31` };
}

/**
 * The period a document's plan covers: a span named with a plan noun
 * ("Scheme 2008/09 – 2010/11", "Action Plan for 2009-2012") anywhere, else
 * the first span of the text. Read by `parseTimescale`; a hyphenated span
 * of years is taken as financial years unless the document is a
 * university's (the README's convention).
 */
export function documentPeriod(nodes: readonly Node[], context: DateContext | undefined): Timescale | undefined {
  const texts = nodes.filter((n) => n.type !== 'table').map((n) => fold(n.text));
  const universityWords = texts.some((t) => /\b(?:university|academic year|students?)\b/iu.test(t));
  let first: string | undefined;
  for (const text of texts) {
    SPAN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SPAN.exec(text)) !== null) {
      const span = m[0];
      first ??= span;
      if (PLAN_NOUN.test(text.slice(Math.max(0, m.index - 40), m.index))) return read(span, context, universityWords);
    }
  }
  return first === undefined ? undefined : read(first, context, universityWords);
}

function read(span: string, context: DateContext | undefined, universityWords: boolean): Timescale | undefined {
  const options = context === undefined ? {} : { context };
  // "2008/09 – 2010/11": from the start of the first part to the end of the second.
  const parts = fold(span).split(/ ?[–—] ?| to /u);
  if (parts.length === 2 && parts.every((p) => p.includes('/'))) {
    const a = parseTimescale(parts[0] as string, options);
    const b = parseTimescale(parts[1] as string, options);
    if (a.start !== undefined && b.end !== undefined && a.start < b.end) return { text: span, kind: 'range', start: a.start, end: b.end };
  }
  const t = parseTimescale(span, options);
  if (t.start === undefined || t.end === undefined) return undefined;
  const out: Timescale = financial(span, { text: t.text, kind: t.kind, start: t.start, end: t.end }, universityWords);
  return out;
}

const RECURRENCE = /\b(?:every\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)|(?:\d+|two|three|four|six)[-\s]monthly|bi-?annual(?:ly)?|(?:bi|tri)ennial(?:ly)?|annually|quarterly|monthly|weekly|yearly|on an? (?:annual|quarterly|monthly|yearly|regular) basis|each (?:year|month|quarter)|twice a year|once a year)\b/iu;

/** A recurrence phrase inside a sentence ("every six months", "6-monthly", "on an annual basis"). */
export function findRecurrence(text: string): { text: string; offset: number } | undefined {
  const m = RECURRENCE.exec(text);
  return m === null ? undefined : { text: m[0], offset: m.index };
}

/** Event phrases of minutes that set no date ("at its next available meeting"). */
const NEXT_MEETING = /\b(?:at|as|to|by)\s+(?:its|the|their)\s+next\s+(?:available\s+)?meeting\b/iu;

/** An event deadline inside a sentence that the date finder does not know. */
export function findEvent(text: string): { text: string; offset: number } | undefined {
  const m = NEXT_MEETING.exec(text);
  return m === null ? undefined : { text: m[0], offset: m.index };
}
