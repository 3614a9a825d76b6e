import type { Diagnostic, ParseResult } from '../model/diagnostic.js';
import type { Review, Section } from '../model/review.js';
import type { SourceDocument } from '../read/types.js';
import type { InterpretOptions } from './types.js';
import { fold, looksLikeHeading, type Entry } from './_prose/entries.js';
import { contactLines, findPanel } from './_prose/people.js';
import { headingTest, toSections } from './_prose/sections.js';
import { pushAll } from '../_lib/push-all.js';
import { readNodes } from './_structure/nodes.js';
import { readRecommendations } from './_structure/recommendations.js';
import { documentDate, documentPeriod, keyValues, metadataOf } from './_structure/documentFacts.js';
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
  const nodes = readNodes(doc);
  const pairs = keyValues(nodes);
  const dated = documentDate(nodes, pairs);
  // Months written without a year are read from the meeting's date on ("in early January").
  const context = options.context ?? (dated === undefined ? undefined : { anchor: dated.date });
  const found = readRecommendations(nodes, { context, source: document }, diagnostics);
  const recommendations = found.recommendations;
  const rest: Entry[] = nodes.filter((n) => !found.used.has(n));

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
    metadata: metadataOf(pairs),
  };
  if (owner !== undefined) data.owner = owner;
  if (dated !== undefined) data.date = dated.date;
  const period = documentPeriod(nodes, options.context);
  if (period !== undefined) data.period = period;
  if (first !== undefined) data.source = document === undefined ? { line: first.line, column: first.column } : { document, line: first.line, column: first.column };
  if (recommendations.length === 0) {
    diagnostics.push({ code: 'no-recommendations', severity: 'warning', message: 'Unexpected review without recommendations, expected a list of recommendations or resolutions (R1, 1., (a), (i) … under a lead-in such as "RESOLVED" or "It is recommended that")', source: 'interpret/review' });
  }
  return { data, diagnostics };
}
