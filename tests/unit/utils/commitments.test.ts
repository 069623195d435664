import { describe, expect, it } from 'vitest';
import {
  beforeNextMeeting,
  byUrgency,
  dueState,
  dueText,
  endOfThisWeek,
  isOverdue,
  promisedText,
  staleness,
  usualGapDays,
} from '@/utils/rules/commitments';
import type { Commitment, Meeting } from '@/utils/db/records';

// Tests run in Europe/Berlin (vitest.config.ts): CET +1, CEST +2 from 2026-03-29 02:00.
const local = (text: string) => new Date(text); // no zone: local time

describe("due dates in the user's time zone", () => {
  it('is due today until local midnight, overdue from then', () => {
    expect(dueState('2026-03-10', local('2026-03-10T23:59:59'))).toBe('today');
    expect(dueState('2026-03-10', local('2026-03-11T00:00:01'))).toBe('overdue');
  });

  it('uses the local calendar day, not UTC', () => {
    // 23:30 UTC on the 10th is 00:30 on the 11th in Berlin.
    expect(dueState('2026-03-10', new Date('2026-03-10T23:30:00Z'))).toBe('overdue');
    expect(dueState('2026-03-11', new Date('2026-03-10T23:30:00Z'))).toBe('today');
  });

  it('counts days right across the spring daylight-saving change', () => {
    // The night of 28–29 March 2026 has 23 hours in Berlin.
    expect(dueText('2026-03-28', local('2026-03-29T00:30:00'))).toBe('overdue since yesterday');
    expect(dueText('2026-03-30', local('2026-03-29T03:30:00'))).toBe('due tomorrow');
    expect(dueText('2026-03-25', local('2026-03-30T00:10:00'))).toBe('overdue by 5 days');
  });

  it('counts days right across the autumn change', () => {
    // The night of 24–25 October 2026 has 25 hours.
    expect(dueState('2026-10-25', local('2026-10-25T23:30:00'))).toBe('today');
    expect(dueText('2026-10-24', local('2026-10-25T01:30:00'))).toBe('overdue since yesterday');
  });

  it('tells soon from later, and undated from nonsense', () => {
    const now = local('2026-03-10T12:00:00');
    expect(dueState('2026-03-13', now)).toBe('soon');
    expect(dueState('2026-03-14', now)).toBe('later');
    expect(dueState(undefined, now)).toBe('undated');
    expect(dueState('not a date', now)).toBe('undated');
  });

  it('is overdue only while open', () => {
    const now = local('2026-03-12T09:00:00');
    expect(isOverdue({ due: '2026-03-10', status: 'open' }, now)).toBe(true);
    expect(isOverdue({ due: '2026-03-10', status: 'done' }, now)).toBe(false);
  });
});

describe('ordering and wording', () => {
  const make = (id: string, due?: string, createdAt = '2026-03-01T10:00:00.000Z'): Commitment => ({
    id,
    personId: 'p',
    meetingId: 'm',
    text: id,
    owner: 'me',
    ...(due ? { due } : {}),
    status: 'open',
    createdAt,
    updatedAt: createdAt,
  });

  it('puts overdue first, then due soon, then later, then undated', () => {
    const now = local('2026-03-10T12:00:00');
    const list = [
      make('undated'),
      make('later', '2026-04-01'),
      make('overdue-new', '2026-03-09'),
      make('soon', '2026-03-11'),
      make('overdue-old', '2026-03-01'),
      make('today', '2026-03-10'),
    ];
    expect(list.sort(byUrgency(now)).map((item) => item.id)).toEqual(['overdue-old', 'overdue-new', 'today', 'soon', 'later', 'undated']);
  });

  it('says who promised, and when', () => {
    const now = local('2026-03-10T12:00:00');
    expect(promisedText({ owner: 'me', createdAt: '2026-03-01T10:00:00.000Z' }, 'Sam Rivera', now)).toBe('you promised 9 days ago');
    expect(promisedText({ owner: 'them', createdAt: '2026-03-09T10:00:00.000Z' }, 'Sam Rivera', now)).toBe('Sam promised yesterday');
  });

  it('finds the end of this week', () => {
    expect(endOfThisWeek(local('2026-03-10T12:00:00'))).toBe('2026-03-13'); // Tuesday → Friday
    expect(endOfThisWeek(local('2026-03-13T12:00:00'))).toBe('2026-03-13'); // Friday
    expect(endOfThisWeek(local('2026-03-14T12:00:00'))).toBe('2026-03-15'); // Saturday → Sunday
    expect(endOfThisWeek(local('2026-03-15T12:00:00'))).toBe('2026-03-15'); // Sunday
  });
});

describe('gaps between 1:1s', () => {
  const meeting = (start: string, status: Meeting['status'] = 'scheduled') => ({ start, status }) as Meeting;

  it('takes the median gap', () => {
    expect(usualGapDays(['2026-03-01', '2026-03-08', '2026-03-15', '2026-04-15'])).toBe(7);
    expect(usualGapDays(['2026-03-01'])).toBeUndefined();
  });

  it('dates "before the next 1:1" from a known later meeting, else the usual gap', () => {
    const current = meeting('2026-03-12T09:00:00.000Z');
    expect(beforeNextMeeting([current, meeting('2026-03-19T09:00:00.000Z')], current)).toBe('2026-03-19');
    expect(beforeNextMeeting([meeting('2026-02-26T09:00:00.000Z'), current], current)).toBe('2026-03-26');
    expect(beforeNextMeeting([current], current)).toBe('2026-03-19');
  });

  it('flags a person not met for 1.5 × their usual gap, at least 14 days', () => {
    const weekly = ['2026-02-05', '2026-02-12', '2026-02-19', '2026-02-26'];
    expect(staleness(weekly, local('2026-03-12T12:00:00'))).toEqual({ days: 14, threshold: 14, stale: false });
    expect(staleness(weekly, local('2026-03-13T12:00:00'))?.stale).toBe(true);
    const monthly = ['2026-01-01', '2026-02-01', '2026-03-01'];
    expect(staleness(monthly, local('2026-04-10T12:00:00'))).toMatchObject({ threshold: 44, stale: false }); // gaps 31 and 28: median 29.5;
    expect(staleness([], local('2026-04-10T12:00:00'))).toBeUndefined();
  });
});
