import type { Diagnostic, ParseResult } from '../model/diagnostic.js';
import type { Recommendation, Review, Section } from '../model/review.js';
import type { SourceDocument } from '../read/types.js';
import type { InterpretOptions } from './types.js';
import { flatten, fold, looksLikeHeading, type Entry } from './_prose/entries.js';
import { findDeadline } from './_prose/deadline.js';
import { findOwners } from './_prose/owners.js';
import { contactLines, findPanel } from './_prose/people.js';
import { headingTest, toSections } from './_prose/sections.js';
import { pushAll } from '../_lib/push-all.js';
import { readTimescale } from './_prose/timescale.js';
import { safely } from './_prose/safe.js';

/**
 * Options of {@link interpretReview}: the options every interpreter takes.
 *
 * @example
 * ```ts
 * const o: InterpretReviewOptions = { source: 'review.md', context: { year: 2006 } };
 * ```
 * @category Interpreters
 */
export type InterpretReviewOptions = InterpretOptions;

const ORG_WORDS = new Set(['assembly', 'council', 'authority', 'partnership', 'board', 'commission', 'agency', 'trust', 'office', 'executive', 'forum']);

function recommendationRef(entry: Entry): { ref: string; text: string } | undefined {
  if (entry.type !== 'item' && entry.type !== 'paragraph') return undefined;
  if (entry.level > 0) return undefined;
  const marker = entry.marker ?? '';
  if (/^R\d+[.:)]?$/i.test(marker)) return { ref: marker.replace(/[.:)]$/, '').toUpperCase(), text: fold(entry.text) };
  const text = fold(entry.text);
  const m = /^(R\d+)[.:)]?\s+(\S.*)$/i.exec(text);
  if (m !== null) return { ref: (m[1] as string).toUpperCase(), text: m[2] as string };
  const r = /^Recommendation\s+(\d+)[.:)]?\s+(\S.*)$/i.exec(text);
  if (r !== null) return { ref: `R${r[1] as string}`, text: r[2] as string };
  return undefined;
}

function splitTitle(text: string): { title: string; owner?: string } {
  const lines = text.split('\n').map((l) => fold(l)).filter((l) => l !== '');
  if (lines.length >= 2) return { owner: lines[0] as string, title: lines.slice(1).join(' ') };
  const words = fold(text).split(' ');
  for (let i = 1; i < words.length - 1; i += 1) {
    if (ORG_WORDS.has((words[i] as string).toLowerCase())) {
      return { owner: words.slice(0, i + 1).join(' '), title: words.slice(i + 1).join(' ') };
    }
  }
  return { title: fold(text) };
}

/**
 * Interprets a prose review (a report with numbered recommendations R1, R2…)
 * as a {@link Review}. Each recommendation keeps its sentence; its owners
 * are the subject of "That X …" (none for a passive "That a body be
 * established"); its timescale is the deadline phrase inside the sentence
 * ("by autumn 2006", "upon endorsement of this report") read by
 * `parseTimescale`. Headings and bold lines start body sections; panel
 * members are the people named as chair / vice chair; a "Contact" section
 * becomes `contact`. Never throws.
 *
 * @param doc - A source document from a reader (markdown or text).
 * @param options - Date context, document name.
 * @returns The review and diagnostics (an `invalid-date` for "31 June 2006", with its line and column).
 * @example
 * ```ts
 * const { data } = interpretReview({ format: 'text', blocks: [
 *   { type: 'paragraph', text: 'R1 That the Council publish a plan by 31 March 2006.', line: 1, column: 1 },
 * ] });
 * data.recommendations[0]?.owners //=> ['Council']
 * data.recommendations[0]?.timescale?.end //=> '2006-03-31'
 * ```
 * @category Interpreters
 */
export function interpretReview(doc: SourceDocument, options: InterpretReviewOptions = {}): ParseResult<Review> {
  return safely('interpret/review', () => readReview(doc, options ?? {}), () => ({ kind: 'review', title: '', body: [], panel: [], contact: [], recommendations: [], metadata: {} }));
}

function readReview(doc: SourceDocument, options: InterpretReviewOptions): ParseResult<Review> {
  const diagnostics: Diagnostic[] = [];
  const document = options.source;
  const entries = flatten(doc);
  const recommendations: Recommendation[] = [];
  // Ids given so far, and the last suffix given to each: a second R4 is R4-2, a third R4-3
  // (found in a set and a map, not by scanning the list, so many repeats stay linear).
  const ids = new Set<string>();
  const repeats = new Map<string, number>();
  const rest: Entry[] = [];
  let lastRec: Recommendation | undefined;
  // A lead-in sentence ending in a colon ("… to be implemented by 31 March 2007:")
  // gives its deadline to the recommendations under it that name none of their own.
  let leadIn: { entry: Entry; text: string; at: number; used: boolean } | undefined;
  for (const entry of entries) {
    const found = recommendationRef(entry);
    if (found !== undefined) {
      const number = found.ref.slice(1);
      let id = `R${number}`;
      if (ids.has(id)) {
        let k = (repeats.get(id) ?? 1) + 1;
        while (ids.has(`${id}-${k}`)) k++;
        repeats.set(id, k);
        id = `${id}-${k}`;
      }
      ids.add(id);
      const rec: Recommendation = {
        id,
        ref: found.ref,
        text: found.text,
        owners: findOwners(found.text),
        actionIds: [],
        updates: [],
        themeIds: [],
        source: document === undefined ? { line: entry.line, column: entry.column } : { document, line: entry.line, column: entry.column },
      };
      const deadline = findDeadline(found.text);
      if (deadline !== undefined) {
        const at = fold(entry.text).indexOf(deadline.text);
        const column = entry.column + Math.max(0, at);
        const read = readTimescale(deadline.text, entry.line, column, options.context);
        rec.timescale = read.timescale;
        for (const d of read.diagnostics) diagnostics.push({ ...d, path: ['recommendations', recommendations.length, 'timescale'] });
      } else if (leadIn !== undefined) {
        const read = readTimescale(leadIn.text, leadIn.entry.line, leadIn.entry.column + leadIn.at, options.context);
        rec.timescale = read.timescale;
        // The lead-in's own problems (an impossible date …) are reported once, not once a recommendation.
        if (!leadIn.used) for (const d of read.diagnostics) diagnostics.push({ ...d, path: ['recommendations', recommendations.length, 'timescale'] });
        leadIn.used = true;
        diagnostics.push({
          code: 'deadline-from-lead-in',
          severity: 'info',
          message: `${found.ref} names no deadline; \`${leadIn.text}\` taken from the sentence that introduces it (line ${leadIn.entry.line})`,
          line: entry.line,
          column: entry.column,
          text: leadIn.text,
          source: 'interpret/review',
          path: ['recommendations', recommendations.length, 'timescale'],
        });
      }
      recommendations.push(rec);
      lastRec = rec;
      continue;
    }
    if (lastRec !== undefined && entry.type === 'item' && entry.level > 0) {
      lastRec.text = `${lastRec.text} ${fold(entry.text)}`;
      continue;
    }
    if (entry.type !== 'item' || entry.level === 0) lastRec = undefined;
    if (entry.type === 'paragraph' || entry.type === 'heading') leadIn = leadInOf(entry);
    rest.push(entry);
  }

  // Title: the first entry, if it reads as a title.
  let title = '';
  let owner: string | undefined;
  let start = 0;
  const first = rest[0];
  if (first !== undefined && first.type !== 'table' && (first.text.includes('\n') || looksLikeHeading(first.text, 20))) {
    const split = splitTitle(first.text);
    title = split.title;
    owner = split.owner;
    start = 1;
  }

  // Contact: a section whose heading names a contact.
  const contact: string[] = [];
  const body: Entry[] = [];
  let inContact = false;
  const after = rest.slice(start);
  const isHeading = headingTest(after);
  for (const entry of after) {
    const heading = isHeading(entry);
    if (heading) inContact = /contact/i.test(entry.text);
    if (inContact && !heading && entry.type !== 'table') {
      pushAll(contact, contactLines(entry.text));
      continue;
    }
    body.push(entry);
  }

  const sections: Section[] = toSections(body, { document });
  const panel: string[] = [];
  for (const section of sections) {
    for (const p of section.paragraphs) for (const name of findPanel(p)) if (!panel.includes(name)) panel.push(name);
  }
  if (title === '') {
    const heading = sections.find((s) => s.heading !== '' && looksLikeHeading(s.heading, 12));
    if (heading !== undefined) title = heading.heading;
  }

  const data: Review = {
    kind: 'review',
    title,
    body: sections,
    panel,
    contact,
    recommendations,
    metadata: {},
  };
  if (owner !== undefined) data.owner = owner;
  if (first !== undefined) data.source = document === undefined ? { line: first.line, column: first.column } : { document, line: first.line, column: first.column };
  if (recommendations.length === 0) {
    diagnostics.push({ code: 'no-recommendations', severity: 'warning', message: 'Unexpected review without recommendations, expected items numbered R1, R2…', source: 'interpret/review' });
  }
  return { data, diagnostics };
}

/** The deadline of a lead-in sentence (one that ends in a colon and names a deadline), if any. */
function leadInOf(entry: Entry): { entry: Entry; text: string; at: number; used: boolean } | undefined {
  const text = fold(entry.text);
  if (entry.type !== 'paragraph' || !text.endsWith(':')) return undefined;
  const deadline = findDeadline(text);
  if (deadline === undefined) return undefined;
  return { entry, text: deadline.text, at: Math.max(0, text.indexOf(deadline.text)), used: false };
}
