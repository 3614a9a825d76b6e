/**
 * The `invalid-item` answer of the rules for each field they read, found by
 * mutation testing (bench/results/mutation.md) to be checked only by the
 * never-throw fuzzing (tests/rules/json-fuzz.test.ts), which asserts that a
 * diagnostic comes back but not what it says: here, for each field, that a
 * bad value is caught, at which path, with which message, that the values
 * on either side of each date and number boundary are told apart, and how a
 * value is shown in the message.
 */
import { describe, expect, it } from 'vitest';
import { ragStatus, slippage } from '../../src/index.js';
import type { Diagnostic, TrackedItem } from '../../src/index.js';

const AS_OF = '2006-06-30';
const DATE = 'a real calendar date as YYYY-MM-DD';
const STATUS = 'a status (not-started, in-progress, complete, ongoing, deferred, on-hold, pending, cancelled, superseded)';
const RAG = 'a RAG colour (red, amber-red, amber, amber-green, green, blue)';

/** The one diagnostic slippage gives for an item, or undefined when the item is valid. */
function problem(item: unknown): Diagnostic | undefined {
  const r = slippage(item as TrackedItem, { asOf: AS_OF });
  expect(r.diagnostics?.length ?? 0).toBeLessThanOrEqual(1);
  return r.diagnostics?.[0];
}

/** The message for `found` (as shown) at `path`, expecting `expected`. */
const message = (found: string, path: (string | number)[], expected: string): string =>
  `Unexpected ${found} at ${path.length === 0 ? 'the item' : `\`${path.join('.')}\``}, expected ${expected}`;

describe('each field the rules read', () => {
  const cases: [string, unknown, (string | number)[], string, string][] = [
    ['null item', null, [], '`null`', 'an item (an object)'],
    ['list as item', [], [], '`[]`', 'an item (an object)'],
    ['status', { status: 'done' }, ['status'], '`done`', STATUS],
    ['rag', { rag: 'purple' }, ['rag'], '`purple`', RAG],
    ['percentComplete below 0', { percentComplete: -1 }, ['percentComplete'], '`-1`', 'a number from 0 to 100'],
    ['percentComplete above 100', { percentComplete: 101 }, ['percentComplete'], '`101`', 'a number from 0 to 100'],
    ['percentComplete as text', { percentComplete: '50' }, ['percentComplete'], '`50`', 'a number from 0 to 100'],
    ['done', { done: 'yes' }, ['done'], '`yes`', 'true or false'],
    ['startedOn', { startedOn: '2006-02-30' }, ['startedOn'], '`2006-02-30`', DATE],
    ['completedOn', { completedOn: 20060331 }, ['completedOn'], '`20060331`', DATE],
    ['timescale', { timescale: null }, ['timescale'], '`null`', 'a timescale (an object)'],
    ['timescale text', { timescale: { text: 5 } }, ['timescale', 'text'], '`5`', 'a string'],
    ['timescale kind', { timescale: { kind: 5 } }, ['timescale', 'kind'], '`5`', 'a string'],
    ['timescale event', { timescale: { event: 5 } }, ['timescale', 'event'], '`5`', 'a string'],
    ['timescale start', { timescale: { start: '2006-13-01' } }, ['timescale', 'start'], '`2006-13-01`', DATE],
    ['timescale end', { timescale: { end: '31/03/2006' } }, ['timescale', 'end'], '`31/03/2006`', DATE],
    ['periods', { timescale: { periods: {} } }, ['timescale', 'periods'], '`{}`', 'a list of periods'],
    ['a period', { timescale: { periods: [{ end: '2006-03-31' }, 'x'] } }, ['timescale', 'periods', 1], '`x`', 'a period (an object)'],
    ['period start', { timescale: { periods: [{ start: 3 }] } }, ['timescale', 'periods', 0, 'start'], '`3`', DATE],
    ['period end', { timescale: { periods: [{ end: '2006-03-31' }, { end: '2006-04-31' }] } }, ['timescale', 'periods', 1, 'end'], '`2006-04-31`', DATE],
    ['period label', { timescale: { periods: [{ label: 3 }] } }, ['timescale', 'periods', 0, 'label'], '`3`', 'a string'],
    ['period text', { timescale: { periods: [{ text: 3 }] } }, ['timescale', 'periods', 0, 'text'], '`3`', 'a string'],
    ['timescale baseline', { timescale: { baseline: { start: 'x' } } }, ['timescale', 'baseline', 'start'], '`x`', DATE],
    ['baselineTimescale', { baselineTimescale: { end: 'x' } }, ['baselineTimescale', 'end'], '`x`', DATE],
    ['updates', { updates: 'x' }, ['updates'], '`x`', 'a list'],
    ['an update', { updates: [null] }, ['updates', 0], '`null`', 'a progress update (an object with a date)'],
    ['an update without a date', { updates: [{ status: 'complete' }] }, ['updates', 0, 'date'], 'nothing', DATE],
    ['update date', { updates: [{ date: '2006-1-1' }] }, ['updates', 0, 'date'], '`2006-1-1`', DATE],
    ['update status', { updates: [{ date: '2006-01-01', status: 'x' }] }, ['updates', 0, 'status'], '`x`', STATUS],
    ['update rag', { updates: [{ date: '2006-01-01', rag: 'x' }] }, ['updates', 0, 'rag'], '`x`', RAG],
    ['update percentComplete', { updates: [{ date: '2006-01-01', percentComplete: 200 }] }, ['updates', 0, 'percentComplete'], '`200`', 'a number from 0 to 100'],
    ['revisedTimescale', { updates: [{ date: '2006-01-01', revisedTimescale: { end: 'x' } }] }, ['updates', 0, 'revisedTimescale', 'end'], '`x`', DATE],
    ['milestones', { milestones: 5 }, ['milestones'], '`5`', 'a list'],
    ['a milestone', { milestones: [null] }, ['milestones', 0], '`null`', 'a milestone (an object)'],
    ['milestone done', { milestones: [{ done: 1 }] }, ['milestones', 0, 'done'], '`1`', 'true or false'],
    ['milestone completedOn', { milestones: [{ completedOn: 'x' }] }, ['milestones', 0, 'completedOn'], '`x`', DATE],
    ['milestone timescale', { milestones: [{ timescale: { end: 1 } }] }, ['milestones', 0, 'timescale', 'end'], '`1`', DATE],
  ];

  it.each(cases)('%s', (_name, item, path, found, expected) => {
    const d = problem(item);
    expect(d).toEqual({ code: 'invalid-item', severity: 'error', message: message(found, path, expected), source: 'rules', path });
  });

  it('reads a field given as undefined as absent', () => {
    expect(problem({ status: undefined, percentComplete: undefined, timescale: undefined, updates: undefined })).toBeUndefined();
  });

  it('gives the same diagnostic from ragStatus, with the invalid-item status, and names working days in slippage', () => {
    const item = { status: 'x' } as unknown as TrackedItem;
    const d = message('`x`', ['status'], STATUS);
    expect(ragStatus(item, { asOf: AS_OF })).toMatchObject({ status: 'invalid-item', rule: 'invalid-item', excluded: true, rank: -1, reason: `The item is invalid: ${d}`, diagnostics: [{ message: d }] });
    expect(slippage(item, { asOf: AS_OF, workingDays: true })).toMatchObject({ days: null, unit: 'working', complete: false, reason: `the item is invalid: ${d}` });
  });
});

describe('the boundaries of a date and a percentage', () => {
  const dated = (d: unknown) => problem({ completedOn: d });

  it('takes real dates, the first and last of a month and of the year range included', () => {
    for (const d of ['2006-01-01', '2006-12-31', '2004-02-29', '2006-02-28', '2000-02-29', '0000-01-01', '9999-12-31', '2006-04-30']) {
      expect(dated(d), d).toBeUndefined();
    }
  });

  it('rejects a month or day out of range, a 29 February outside a leap year, and a length other than 10', () => {
    for (const d of ['2006-00-10', '2006-13-10', '2006-01-00', '2006-01-32', '2006-02-29', '1900-02-29', '2006-04-31', '2006-03-31 ', '206-03-31', '']) {
      expect(dated(d)?.path, d).toEqual(['completedOn']);
    }
  });

  it('rejects any character other than a digit, on either side of 0–9, in each digit place, and other separators', () => {
    const good = '2004-12-28';
    for (const k of [0, 1, 2, 3, 5, 6, 8, 9]) {
      for (const c of ['/', ':']) {
        const d = `${good.slice(0, k)}${c}${good.slice(k + 1)}`;
        expect(dated(d)?.path, d).toEqual(['completedOn']);
      }
    }
    expect(dated('2004/12-28')?.path).toEqual(['completedOn']);
    expect(dated('2004-12/28')?.path).toEqual(['completedOn']);
  });

  it('takes 0 and 100 percent, and not NaN', () => {
    expect(problem({ percentComplete: 0 })).toBeUndefined();
    expect(problem({ percentComplete: 100 })).toBeUndefined();
    expect(problem({ percentComplete: Number.NaN })?.path).toEqual(['percentComplete']);
  });
});

describe('how the value found is shown', () => {
  const shown = (value: unknown): string | undefined => problem({ status: value })?.message.slice('Unexpected '.length).split(' at `status`')[0];

  it('cuts text longer than 60 characters to 57 and an ellipsis', () => {
    expect(shown('y'.repeat(60))).toBe(`\`${'y'.repeat(60)}\``);
    expect(shown('x'.repeat(61))).toBe(`\`${'x'.repeat(57)}…\``);
  });

  it('shows JSON where it can, and what the value is where it cannot', () => {
    expect(shown({ a: [1, 'b'] })).toBe('`{"a":[1,"b"]}`');
    expect(shown(10n)).toBe('`[object BigInt]`');
    expect(shown(Symbol('s'))).toBe('`Symbol(s)`');
  });
});
