/**
 * Real-world timescale phrases with the dates a careful reader gives them.
 * `source` says where each comes from: `000`–`004` are the sample documents in
 * `examples/data/`; `uk` are forms typical of UK council and public-body plans.
 * Used by the table-driven test, the golden snapshot and `bench/timescale.ts`.
 */
import type { TimescaleKind } from '../../src/model/timescale.js';
import type { TimescaleContext } from '../../src/timescale/index.js';

/** One phrase and what it must resolve to. */
export interface CorpusEntry {
  /** The phrase as written. */
  text: string;
  /** Where it comes from: a sample document id or `uk`. */
  source: '000' | '001' | '002' | '004' | 'uk';
  /** Expected kind. */
  kind: TimescaleKind;
  /** Expected first day, if any. */
  start?: string;
  /** Expected last day, if any. */
  end?: string;
  /** Context passed to `parseTimescale`. */
  context?: TimescaleContext;
  /** Expected number of periods (a cell naming several dates). */
  periods?: number;
  /** Expected `yearAssumed`. */
  yearAssumed?: boolean;
  /** Expected recurrence. */
  recurrence?: string;
  /** Expected event. */
  event?: string;
  /** A diagnostic code that must be present. */
  code?: string;
}

type Source = CorpusEntry['source'];
type Extra = Omit<CorpusEntry, 'text' | 'source' | 'kind' | 'start' | 'end'>;

function e(source: Source, text: string, kind: TimescaleKind, start?: string, end?: string, extra: Extra = {}): CorpusEntry {
  const entry: CorpusEntry = { text, source, kind, ...extra };
  if (start !== undefined) entry.start = start;
  if (end !== undefined) entry.end = end;
  return entry;
}

const U = undefined;
/** Plan period of the RSPE action plan 2008/10 (sample 001). */
const RSPE: TimescaleContext = { start: '2008-04-01', end: '2010-03-31' };
/** An action of sample 001 running August 2008 – April 2009. */
const RSPE_Y3: TimescaleContext = { start: '2008-08-01', end: '2009-04-30' };
/** An action of sample 001 running September 2008 – June 2009. */
const RSPE_SEPT: TimescaleContext = { start: '2008-09-01', end: '2009-06-30' };
/** The Bromsgrove peer review action plan (sample 004), agreed spring 2009. */
const BROMSGROVE: TimescaleContext = { start: '2009-05-01', end: '2010-03-31' };
/** The WMRA review (sample 000), 2006. */
const WMRA: TimescaleContext = { year: 2006, anchor: '2006-01-17' };

/** The corpus. */
export const corpus: CorpusEntry[] = [
  // 000: deadlines inside recommendation sentences.
  e('000', 'an initial task will be the production of a draft work plan by 31 March 2006.', 'date', U, '2006-03-31'),
  e('000', 'developed further within the final version to be completed in April 2006.', 'month', '2006-04-01', '2006-04-30'),
  e('000', 'The consultation period on the draft framework (30 January to 27 March 2006) should actively engage with social partners', 'range', '2006-01-30', '2006-03-27'),
  e('000', 'This should be included as an action in the their annual business plan to be published in July 2006', 'month', '2006-07-01', '2006-07-31'),
  e('000', 'The guidance for this annual report to the West Midlands Regional Assembly Annual General meeting held in July should include', 'month', '2006-07-01', '2006-07-31', { context: WMRA, yearAssumed: true, code: 'year-assumed' }),
  e('000', 'Annual General meeting held in July', 'unknown', U, U, { code: 'year-unknown' }),
  e('000', 'as an internal Equalities and Diversity Champion by 31 March 2006.', 'date', U, '2006-03-31'),
  e('000', 'with a first meeting of core members to be held during April 2006.', 'month', '2006-04-01', '2006-04-30'),
  e('000', 'organises a regional summit to be held by autumn 2006 to provide a “safe space” for regional leaders', 'season', U, '2006-11-30'),
  e('000', 'so it can be launched at the regional summit (see Recommendation 6) by autumn 2006.', 'season', U, '2006-11-30'),
  e('000', 'is to develop options by September 2006 for the proposed regional CEHR presence', 'month', U, '2006-09-30'),
  e('000', 'takes on a regional leadership role upon endorsement of this report by the West Midlands Regional Assembly.', 'event', U, U, { event: 'endorsement of this report by the West Midlands Regional Assembly' }),
  e('000', 'upon endorsement of this report', 'event', U, U, { event: 'endorsement of this report' }),
  e('000', 'That a secretariat is developed to support regional working with clear progress demonstrated by 31 June 2006.', 'invalid', U, '2006-06-30', { code: 'invalid-date' }),
  e('000', '31 June 2006', 'invalid', '2006-06-30', '2006-06-30', { code: 'invalid-date' }),
  e('000', 'That the Regional Concordat is amended by July 2006 to include a specific commitment', 'month', U, '2006-07-31'),
  e('000', 'including links with clear progress demonstrated by autumn 2006.', 'season', U, '2006-11-30'),
  e('000', 'This should be agreed and in place so it can be launched at the regional summit (see Recommendation 6) by autumn 2006.', 'season', U, '2006-11-30'),
  e('000', 'carry out an audit of their internal processes and delivery arrangements by 31 December 2006 in the light of this review', 'date', U, '2006-12-31'),
  e('000', 'Clear progress should be demonstrated by 31 December 2006.', 'date', U, '2006-12-31'),
  e('000', 'an equalities and diversity element for awards to be made in 2007 and thereafter.', 'ongoing', '2007-01-01'),
  e('000', 'fund a three year secondment to the Assembly commencing on 17 January 2006.', 'ongoing', '2006-01-17'),
  e('000', 'hold an additional meeting in twelve months in order to review progress', 'relative', '2006-01-17', '2007-01-17', { context: WMRA }),
  e('000', 'hold an additional meeting in twelve months in order to review progress', 'relative', U, U, { code: 'no-anchor' }),
  e('000', 'Strategic Review of Equalities and Diversity (2005–06)', 'financial-year', '2005-04-01', '2006-03-31'),

  // 001: the Timescale column and milestones.
  e('001', 'April 2008 – December 2008 Lead Member: John Hall', 'range', '2008-04-01', '2008-12-31'),
  e('001', 'April 2008 – March 2010 Lead Member: Zahid Nawaz', 'range', '2008-04-01', '2010-03-31'),
  e('001', 'April 2008 – March 2009 Lead Member: Jeremy Bruce', 'range', '2008-04-01', '2009-03-31'),
  e('001', 'April 2008 - March 2010 Lead Member: Frank Reeves', 'range', '2008-04-01', '2010-03-31'),
  e('001', 'July 2008- March 2010 Lead Member: Ranuka Jagpal', 'range', '2008-07-01', '2010-03-31'),
  e('001', 'August 2008 – April 2009 (for Year 3) August 2009 – April 2010 (for Year 4) Lead Member: Roger McKenzie', 'range', '2008-08-01', '2010-04-30', { periods: 2 }),
  e('001', 'September 2008 – June 2009 (for Year 3) September 2009 – March 2010 (for Year 4) Lead Member: Marie Greer', 'range', '2008-09-01', '2010-03-31', { periods: 2 }),
  e('001', 'ACTION PLAN 2008/10', 'financial-year', '2008-04-01', '2010-03-31'),
  e('001', 'Working-group set-up by August 2007', 'month', U, '2007-08-31'),
  e('001', 'Costs and funding identified by October', 'month', U, '2008-10-31', { context: RSPE_Y3, yearAssumed: true, code: 'year-assumed' }),
  e('001', 'Venue and speakers booked and outline agenda agreed by November', 'month', U, '2008-11-30', { context: RSPE_Y3, yearAssumed: true }),
  e('001', 'Event hosted by April 2009', 'month', U, '2009-04-30'),
  e('001', 'Working-group set-up by September', 'month', U, '2008-09-30', { context: RSPE_SEPT, yearAssumed: true }),
  e('001', 'Costs and funding identified by December', 'month', U, '2008-12-31', { context: RSPE_SEPT, yearAssumed: true }),
  e('001', 'Contributors identified and booked and outline draft agreed by December', 'month', U, '2008-12-31', { context: RSPE, yearAssumed: true }),
  e('001', 'Marketing and media agreed by December', 'month', U, '2008-12-31', { context: { year: 2008 }, yearAssumed: true }),
  e('001', 'by October', 'unknown', U, U, { code: 'year-unknown' }),
  e('001', 'by October', 'month', U, '2009-10-31', { context: { start: '2008-11-01' }, yearAssumed: true }),
  e('001', 'Partnership Annual Report for 2008/09 published', 'financial-year', '2008-04-01', '2009-03-31'),
  e('001', 'Four learning opportunities/events by March 2009', 'month', U, '2009-03-31'),
  e('001', 'its planned work for 2009/10', 'financial-year', '2009-04-01', '2010-03-31'),

  // 002: dates in prose and metadata.
  e('002', '17 March 2023', 'date', '2023-03-17', '2023-03-17'),
  e('002', 'WMCA Executive Board - 11 January 2023 WMCA Mayor and Leaders Liaison - 3 March 2023', 'range', '2023-01-11', '2023-03-03', { periods: 2 }),
  e('002', 'The West Midlands Race Equalities Taskforce was established by the WMCA Board in July 2021.', 'month', '2021-07-01', '2021-07-31'),
  e('002', 'Inclusive Growth and Opportunity for all of our communities (23 July 2021).', 'date', '2021-07-23', '2021-07-23'),
  e('002', 'It launched in April 2022 following the appointment of its Independent Chair', 'month', '2022-04-01', '2022-04-30'),
  e('002', 'presented to the Combined Authority’s Executive Board on 15 February 2023.', 'date', '2023-02-15', '2023-02-15'),
  e('002', 'priority areas for the Taskforce’s strategy in the next 12 months', 'relative', '2023-03-17', '2024-03-17', { context: { anchor: '2023-03-17' } }),
  e('002', 'beyond the funding already approved for 2023/24.', 'financial-year', '2023-04-01', '2024-03-31'),
  e('002', 'Race Equalities Taskforce community listening event, 2022.', 'year', '2022-01-01', '2022-12-31'),
  e('002', 'report to the WMCA Board, 23 July 2021.', 'date', '2021-07-23', '2021-07-23'),

  // 003
  e('uk', 'Equity and Inclusion Scheme 2022-24', 'financial-year', '2022-04-01', '2024-03-31'),

  // 004: the "By When" column.
  e('004', 'June 2009 June 2009 June 2009 Continuation', 'ongoing', '2009-06-01', U, { periods: 4 }),
  e('004', 'Continuation Sept 09', 'ongoing', '2009-09-01', U, { periods: 2 }),
  e('004', 'October 2009', 'month', '2009-10-01', '2009-10-31'),
  e('004', 'November/ December 2009', 'range', '2009-11-01', '2009-12-31'),
  e('004', 'May 2009', 'month', '2009-05-01', '2009-05-31'),
  e('004', 'December 2009', 'month', '2009-12-01', '2009-12-31'),
  e('004', 'March 2010', 'month', '2010-03-01', '2010-03-31'),
  e('004', 'June 2009', 'month', '2009-06-01', '2009-06-30'),
  e('004', 'October 2009 October 2009 December 2009', 'range', '2009-10-01', '2009-12-31', { periods: 3 }),
  e('004', 'Sept 2009', 'month', '2009-09-01', '2009-09-30'),
  e('004', 'January – March 2010', 'range', '2010-01-01', '2010-03-31'),
  e('004', 'September 2009 onwards September 2009 (proposed implementation of scheme from April 2010)', 'ongoing', '2009-09-01', U, { periods: 3 }),
  e('004', 'Sept 09 Dec 09', 'range', '2009-09-01', '2009-12-31', { periods: 2 }),
  e('004', 'Sept 09', 'month', '2009-09-01', '2009-09-30', { code: 'two-digit-year' }),
  e('004', 'Oct 09', 'month', '2009-10-01', '2009-10-31'),
  e('004', 'Feb 2010', 'month', '2010-02-01', '2010-02-28'),
  e('004', 'Dec 09', 'month', '2009-12-01', '2009-12-31'),
  e('004', 'March 2010 onwards', 'ongoing', '2010-03-01'),
  e('004', 'September 2009 then ongoing', 'ongoing', '2009-09-01'),
  e('004', 'In place', 'ongoing'),
  e('004', 'Established and operational', 'ongoing'),
  e('004', 'Jan 10', 'month', '2010-01-01', '2010-01-31'),
  e('004', 'Dec 2010', 'month', '2010-12-01', '2010-12-31'),
  e('004', 'March 2009', 'month', '2009-03-01', '2009-03-31'),
  e('004', 'The process for monitoring data will be introduced by the end of the financial year', 'date', U, '2010-03-31', { context: BROMSGROVE, yearAssumed: true }),
  e('004', 'by the end of the financial year', 'unknown', U, U, { code: 'year-unknown' }),
  e('004', 'Develop partnership with BDHT to support and promote LGBT History Month in Feb 2010.', 'month', '2010-02-01', '2010-02-28'),
  e('004', 'Develop objectives at the Conference in September', 'month', '2009-09-01', '2009-09-30', { context: BROMSGROVE, yearAssumed: true }),
  e('004', 'published in the review of the Inclusive Equalities Scheme in December 2009', 'month', '2009-12-01', '2009-12-31'),
  e('004', 'The Council has funded a full time Equalities Officer since 2006.', 'ongoing', '2006-01-01'),
  e('004', 'Black History Month in October every year', 'month', '2009-10-01', '2009-10-31', { context: BROMSGROVE, recurrence: 'annually', yearAssumed: true }),

  // Typical UK forms: single days.
  e('uk', '31 March 2006', 'date', '2006-03-31', '2006-03-31'),
  e('uk', '31/03/2006', 'date', '2006-03-31', '2006-03-31'),
  e('uk', '31st March 06', 'date', '2006-03-31', '2006-03-31', { code: 'two-digit-year' }),
  e('uk', '31.03.24', 'date', '2024-03-31', '2024-03-31'),
  e('uk', '31/3/25', 'date', '2025-03-31', '2025-03-31'),
  e('uk', '2024-03-31', 'date', '2024-03-31', '2024-03-31'),
  e('uk', '5/11/2015', 'date', '2015-11-05', '2015-11-05'),
  e('uk', '1st April 2024', 'date', '2024-04-01', '2024-04-01'),
  e('uk', '20th June 2024', 'date', '2024-06-20', '2024-06-20'),
  e('uk', 'April 1st 2024', 'date', '2024-04-01', '2024-04-01'),
  e('uk', 'April 1, 2024', 'date', '2024-04-01', '2024-04-01'),
  e('uk', 'The Council will publish its equality objectives by 6 April 2024', 'date', U, '2024-04-06'),
  e('uk', '29/02/2023', 'invalid', '2023-02-28', '2023-02-28', { code: 'invalid-date' }),
  e('uk', '30 February 2024', 'invalid', '2024-02-29', '2024-02-29', { code: 'invalid-date' }),
  e('uk', '29 February 2024', 'date', '2024-02-29', '2024-02-29'),
  e('uk', '12/25/2024', 'date', '2024-12-25', '2024-12-25', { code: 'month-first' }),
  // Months.
  e('uk', 'March 2010', 'month', '2010-03-01', '2010-03-31'),
  e('uk', 'Mar 10', 'month', '2010-03-01', '2010-03-31'),
  e('uk', 'Mar-24', 'month', '2024-03-01', '2024-03-31'),
  e('uk', 'June 24', 'month', '2024-06-01', '2024-06-30'),
  e('uk', "Sept '09", 'month', '2009-09-01', '2009-09-30'),
  e('uk', 'By end of February 15', 'date', U, '2015-02-28'),
  e('uk', 'By March 2025', 'month', U, '2025-03-31'),
  e('uk', 'By 31st March 2025', 'date', U, '2025-03-31'),
  e('uk', 'No later than 30 September 2024', 'date', U, '2024-09-30'),
  e('uk', 'not later than end of June 2024', 'date', U, '2024-06-30'),
  e('uk', 'Before April 2025', 'date', U, '2025-03-31'),
  e('uk', 'Prior to 1 April 2025', 'date', U, '2025-03-31'),
  e('uk', 'Until March 2025', 'month', U, '2025-03-31'),
  e('uk', 'Deadline: 30 June 2024', 'date', U, '2024-06-30'),
  e('uk', 'March 2025 at the latest', 'month', U, '2025-03-31'),
  e('uk', 'End March 2025', 'date', '2025-03-31', '2025-03-31'),
  e('uk', 'End of March 2025', 'date', '2025-03-31', '2025-03-31'),
  e('uk', 'Beginning of April 2024', 'date', '2024-04-01', '2024-04-01'),
  e('uk', 'Early March 2024', 'range', '2024-03-01', '2024-03-10'),
  e('uk', 'mid-April 2024', 'range', '2024-04-11', '2024-04-20'),
  e('uk', 'Late March 2024', 'range', '2024-03-21', '2024-03-31'),
  e('uk', 'w/c 5 October 2009', 'range', '2009-10-05', '2009-10-11'),
  e('uk', 'Week commencing 4 March 2024', 'range', '2024-03-04', '2024-03-10'),
  e('uk', 'during April 2006', 'month', '2006-04-01', '2006-04-30'),
  e('uk', 'Following the Council elections in May 2024', 'month', '2024-05-01', '2024-05-31'),
  e('uk', 'by October', 'month', U, '2024-10-31', { context: { year: 2024 }, yearAssumed: true }),
  e('uk', 'End of June', 'date', '2024-06-30', '2024-06-30', { context: { start: '2024-04-01' }, yearAssumed: true }),
  e('uk', 'by March', 'month', U, '2025-03-31', { context: { start: '2024-04-01', end: '2025-03-31' }, yearAssumed: true }),
  // Years.
  e('uk', '2009', 'year', '2009-01-01', '2009-12-31'),
  e('uk', 'By 2018', 'year', U, '2018-12-31'),
  e('uk', 'up to 2028', 'year', U, '2028-12-31'),
  e('uk', 'In 2019', 'year', '2019-01-01', '2019-12-31'),
  e('uk', 'throughout 2024', 'year', '2024-01-01', '2024-12-31'),
  e('uk', 'By end of 2024', 'date', U, '2024-12-31'),
  e('uk', 'Start of 2025', 'date', '2025-01-01', '2025-01-01'),
  e('uk', 'Early 2025', 'range', '2025-01-01', '2025-04-30'),
  e('uk', 'mid 2009', 'range', '2009-05-01', '2009-08-31'),
  e('uk', 'Mid-2025', 'range', '2025-05-01', '2025-08-31'),
  e('uk', 'Late 2024', 'range', '2024-09-01', '2024-12-31'),
  e('uk', 'Since 2019', 'ongoing', '2019-01-01'),
  e('uk', '2024 onwards', 'ongoing', '2024-01-01'),
  // Ranges.
  e('uk', 'April 2008 – December 2008', 'range', '2008-04-01', '2008-12-31'),
  e('uk', 'Jan 2025 - Mar 2025', 'range', '2025-01-01', '2025-03-31'),
  e('uk', 'Apr-23 to Mar-24', 'range', '2023-04-01', '2024-03-31'),
  e('uk', 'Apr 22 – Mar 24', 'range', '2022-04-01', '2024-03-31'),
  e('uk', '01/04/2022 - 31/03/2024', 'range', '2022-04-01', '2024-03-31'),
  e('uk', '1 April 2022 to 31 March 2024', 'range', '2022-04-01', '2024-03-31'),
  e('uk', '1-15 March 2006', 'range', '2006-03-01', '2006-03-15'),
  e('uk', 'Between April and June 2024', 'range', '2024-04-01', '2024-06-30'),
  e('uk', 'From January to March 2025', 'range', '2025-01-01', '2025-03-31'),
  e('uk', 'March/April 2025', 'range', '2025-03-01', '2025-04-30'),
  e('uk', 'November 2024 to February 2025', 'range', '2024-11-01', '2025-02-28'),
  e('uk', 'November to February 2025', 'range', '2024-11-01', '2025-02-28'),
  e('uk', 'Sept 2009 – ongoing', 'ongoing', '2009-09-01'),
  e('uk', '2008-2010', 'range', '2008-01-01', '2010-12-31'),
  e('uk', '2021 – 2024', 'range', '2021-01-01', '2024-12-31'),
  e('uk', '2024-2027', 'range', '2024-01-01', '2027-12-31'),
  e('uk', '2024 to 2027', 'range', '2024-01-01', '2027-12-31'),
  e('uk', 'Dec 2024/Jan 2025', 'range', '2024-12-01', '2025-01-31', { periods: 2 }),
  // Financial years and quarters.
  e('uk', '2008/09', 'financial-year', '2008-04-01', '2009-03-31'),
  e('uk', '2008-09', 'financial-year', '2008-04-01', '2009-03-31'),
  e('uk', '2008/10', 'financial-year', '2008-04-01', '2010-03-31'),
  e('uk', '2022-24', 'financial-year', '2022-04-01', '2024-03-31'),
  e('uk', '2022-25', 'financial-year', '2022-04-01', '2025-03-31'),
  e('uk', '2022-2023', 'financial-year', '2022-04-01', '2023-03-31'),
  e('uk', '(2021-2022)', 'financial-year', '2021-04-01', '2022-03-31'),
  e('uk', '2023/2024', 'financial-year', '2023-04-01', '2024-03-31'),
  e('uk', '2008 – 09', 'financial-year', '2008-04-01', '2009-03-31'),
  e('uk', '1999/00', 'financial-year', '1999-04-01', '2000-03-31'),
  e('uk', 'FY 2023/24', 'financial-year', '2023-04-01', '2024-03-31'),
  e('uk', 'FY23/24', 'financial-year', '2023-04-01', '2024-03-31'),
  e('uk', 'Financial year 2024-25', 'financial-year', '2024-04-01', '2025-03-31'),
  e('uk', '2024/25 financial year', 'financial-year', '2024-04-01', '2025-03-31'),
  e('uk', 'Throughout 2024/25', 'financial-year', '2024-04-01', '2025-03-31'),
  e('uk', 'By the end of 2023/24', 'date', U, '2024-03-31'),
  e('uk', 'End of financial year 2023/24', 'date', '2024-03-31', '2024-03-31'),
  e('uk', 'From 2023/24', 'ongoing', '2023-04-01'),
  e('uk', 'end of the financial year', 'date', '2025-03-31', '2025-03-31', { context: { start: '2024-06-01' }, yearAssumed: true }),
  e('uk', 'Q3 2023/24', 'quarter', '2023-10-01', '2023-12-31'),
  e('uk', 'Q4 2023/24', 'quarter', '2024-01-01', '2024-03-31'),
  e('uk', 'Q1 2024/25', 'quarter', '2024-04-01', '2024-06-30'),
  e('uk', 'Quarter 2 2024/25', 'quarter', '2024-07-01', '2024-09-30'),
  e('uk', 'Q2 24/25', 'quarter', '2024-07-01', '2024-09-30'),
  e('uk', 'By Q4 2024/25', 'quarter', U, '2025-03-31'),
  e('uk', 'End of Q2 2024/25', 'date', '2024-09-30', '2024-09-30'),
  e('uk', 'In Q1', 'quarter', '2024-04-01', '2024-06-30', { context: { start: '2024-04-01' }, yearAssumed: true }),
  e('uk', 'Academic year 2024/25', 'range', '2024-09-01', '2025-08-31'),
  e('uk', 'Year 1', 'financial-year', '2022-04-01', '2023-03-31', { context: { start: '2022-04-01', end: '2025-03-31' }, yearAssumed: true }),
  e('uk', 'Year 3', 'financial-year', '2024-04-01', '2025-03-31', { context: { start: '2022-04-01', end: '2025-03-31' }, yearAssumed: true }),
  e('uk', 'Year 3', 'unknown', U, U, { code: 'year-unknown' }),
  e('uk', 'Year 2 (2023/24)', 'financial-year', '2023-04-01', '2024-03-31'),
  // Seasons.
  e('uk', 'autumn 2006', 'season', '2006-09-01', '2006-11-30'),
  e('uk', 'early autumn 2006', 'month', '2006-09-01', '2006-09-30'),
  e('uk', 'late spring 2025', 'month', '2025-05-01', '2025-05-31'),
  e('uk', 'Spring 2024', 'season', '2024-03-01', '2024-05-31'),
  e('uk', 'Summer 09', 'season', '2009-06-01', '2009-08-31'),
  e('uk', 'Winter 2024/25', 'season', '2024-12-01', '2025-02-28'),
  e('uk', 'winter 2023', 'season', '2023-12-01', '2024-02-29'),
  e('uk', 'Autumn/Winter 2024', 'range', '2024-09-01', '2025-02-28'),
  e('uk', 'Spring/Summer 2025', 'range', '2025-03-01', '2025-08-31'),
  e('uk', 'Autumn term 2024', 'season', '2024-09-01', '2024-11-30'),
  e('uk', 'Summer 2024 and ongoing', 'ongoing', '2024-06-01'),
  e('uk', 'by the summer', 'season', U, '2024-08-31', { context: { start: '2024-01-15' }, yearAssumed: true }),
  // Open-ended, repeating and other non-dates.
  e('uk', 'Ongoing', 'ongoing'),
  e('uk', 'On-going', 'ongoing'),
  e('uk', 'Continuation', 'ongoing'),
  e('uk', 'Already in place', 'ongoing'),
  e('uk', 'Ongoing from 2023', 'ongoing', '2023-01-01'),
  e('uk', 'From April 2024', 'ongoing', '2024-04-01'),
  e('uk', 'With effect from 1 April 2024', 'ongoing', '2024-04-01'),
  e('uk', 'After March 2025', 'ongoing', '2025-04-01'),
  e('uk', 'annually', 'ongoing', U, U, { recurrence: 'annually' }),
  e('uk', 'Annual', 'ongoing', U, U, { recurrence: 'annually' }),
  e('uk', 'Takes place annually', 'ongoing', U, U, { recurrence: 'annually' }),
  e('uk', 'Quarterly', 'ongoing', U, U, { recurrence: 'quarterly' }),
  e('uk', 'Reported quarterly to Cabinet', 'ongoing', U, U, { recurrence: 'quarterly' }),
  e('uk', 'Monthly', 'ongoing', U, U, { recurrence: 'monthly' }),
  e('uk', 'every six months', 'ongoing', U, U, { recurrence: 'every 6 months' }),
  e('uk', 'Six-monthly', 'ongoing', U, U, { recurrence: 'every 6 months' }),
  e('uk', 'Bi-annually', 'ongoing', U, U, { recurrence: 'every 6 months' }),
  e('uk', 'Twice a year', 'ongoing', U, U, { recurrence: 'every 6 months' }),
  e('uk', 'Every two years', 'ongoing', U, U, { recurrence: 'every 2 years' }),
  e('uk', 'Annually in March', 'ongoing', U, U, { recurrence: 'annually' }),
  e('uk', 'Monthly from April 2024', 'ongoing', '2024-04-01', U, { recurrence: 'monthly' }),
  e('uk', 'As required', 'ongoing', U, U, { recurrence: 'as required' }),
  e('uk', 'TBC', 'unknown', U, U, { code: 'no-date' }),
  e('uk', 'To be confirmed', 'unknown', U, U, { code: 'no-date' }),
  e('uk', 'N/A', 'unknown', U, U, { code: 'no-date' }),
  e('uk', 'Short term', 'unknown', U, U, { code: 'no-date' }),
  e('uk', '', 'unknown', U, U, { code: 'no-date' }),
  e('uk', 'Subject to approval', 'event', U, U, { event: 'approval' }),
  e('uk', 'On completion of the equality audit', 'event', U, U, { event: 'completion of the equality audit' }),
  e('uk', 'Following the restructure', 'event', U, U, { event: 'the restructure' }),
  e('uk', 'within 6 months', 'relative', U, U, { code: 'no-anchor' }),
  e('uk', 'within 6 months', 'relative', '2024-04-01', '2024-10-01', { context: { anchor: '2024-04-01' } }),
  e('uk', 'Within 12 months of adoption', 'relative', '2024-01-31', '2025-01-31', { context: { anchor: '2024-01-31' } }),
  e('uk', 'Within one year', 'relative', U, U),
  e('uk', 'within 6 weeks', 'relative', '2024-04-01', '2024-05-13', { context: { anchor: '2024-04-01' } }),
  e('uk', '(proposed implementation of scheme from April 2010)', 'ongoing', '2010-04-01'),
  e('uk', 'Target: by March 2010 (tbc)', 'month', U, '2010-03-31'),
  e('uk', 'Ongoing work with partners, reviewed by March 2010', 'month', U, '2010-03-31'),
  e('uk', 'Ongoing – reviewed annually', 'ongoing', U, U, { recurrence: 'annually' }),
  e('uk', 'Sept 2009 (tbc)', 'month', '2009-09-01', '2009-09-30'),
  e('uk', 'Completed March 2009', 'month', '2009-03-01', '2009-03-31'),
  e('uk', 'Lead Member: John Hall', 'unknown', U, U, { code: 'no-date' }),
];
