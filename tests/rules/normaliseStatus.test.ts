import { describe, expect, it } from 'vitest';
import { normaliseStatus } from '../../src/index.js';

describe('normaliseStatus', () => {
  it.each([
    ['Not started', 'not-started'],
    ['NOT YET COMMENCED', 'not-started'],
    ['In progress', 'in-progress'],
    ['in-progress', 'in-progress'],
    ['Underway', 'in-progress'],
    ['Partially complete', 'in-progress'],
    ['Complete', 'complete'],
    ['Completed (March 2009)', 'complete'],
    ['Achieved.', 'complete'],
    ['Ongoing', 'ongoing'],
    ['Business as usual', 'ongoing'],
    ['Deferred to 2010/11', 'deferred'],
    ['On hold', 'on-hold'],
    ['on-hold', 'on-hold'],
    ['Paused', 'on-hold'],
    ['Suspended pending review', 'on-hold'],
    ['Pending', 'pending'],
    ['Awaiting funding decision', 'pending'],
    ['Cancelled', 'cancelled'],
    ['Canceled', 'cancelled'],
    ['Deleted', 'cancelled'],
    ['No longer required', 'cancelled'],
    ['Superseded by action 4.2', 'superseded'],
    ['  complete  ', 'complete'],
  ] as const)('%s → %s', (text, status) => {
    expect(normaliseStatus(text)).toBe(status);
  });

  it('returns undefined for text it does not know', () => {
    expect(normaliseStatus('')).toBeUndefined();
    expect(normaliseStatus('Blue sky thinking')).toBeUndefined();
    expect(normaliseStatus('2009')).toBeUndefined();
    // A word that merely starts like a status is not one.
    expect(normaliseStatus('Donequality')).toBeUndefined();
  });

  it('accepts a council vocabulary of its own, tried first', () => {
    expect(normaliseStatus('With legal', { vocabulary: { 'with legal': 'pending' } })).toBe('pending');
    expect(normaliseStatus('Closed', { vocabulary: { closed: 'cancelled' } })).toBe('cancelled');
  });
});
