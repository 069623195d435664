import { addDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { focusDue, type HeldMeeting } from '@/utils/rules/cadence';

const day0 = new Date('2026-01-05T10:00:00Z');
const on = (days: number, focus: HeldMeeting['focus'] = 'present'): HeldMeeting => ({ date: addDays(day0, days), focus });
const weekly = (weeks: number) => Array.from({ length: weeks }, (_, week) => on(week * 7));

describe('focusDue', () => {
  it('starts with the present when there is no history', () => {
    expect(focusDue([], day0).focus).toBe('present');
  });

  it('stays in the present for the first weeks', () => {
    expect(focusDue(weekly(3), addDays(day0, 21)).focus).toBe('present');
  });

  it('turns to the near future 4 weeks after the first meeting, not a day before', () => {
    expect(focusDue(weekly(4), addDays(day0, 27)).focus).toBe('present');
    expect(focusDue(weekly(4), addDays(day0, 28))).toEqual({
      focus: 'near-future',
      reason: 'No look ahead yet, 4 weeks since your first 1:1.',
    });
  });

  it('turns to the horizon 6 weeks after the first meeting when there has been none', () => {
    const history = [...weekly(5), on(28, 'near-future')];
    expect(focusDue(history, addDays(day0, 41)).focus).toBe('present');
    expect(focusDue(history, addDays(day0, 42)).focus).toBe('horizon');
  });

  it('counts from the last horizon meeting, and says so', () => {
    const history = [on(0), on(7, 'horizon'), on(14), on(21)];
    expect(focusDue(history, addDays(day0, 7 + 41)).focus).not.toBe('horizon');
    expect(focusDue(history, addDays(day0, 7 + 49))).toEqual({ focus: 'horizon', reason: 'Last horizon conversation 7 weeks ago.' });
  });

  it('counts a horizon meeting as a look ahead for the near future', () => {
    const history = [on(0), on(7, 'horizon'), on(14), on(21)];
    expect(focusDue(history, addDays(day0, 7 + 27)).focus).toBe('present');
    expect(focusDue(history, addDays(day0, 7 + 28)).focus).toBe('near-future');
  });

  it('prefers the horizon when both are due', () => {
    expect(focusDue(weekly(10), addDays(day0, 70)).focus).toBe('horizon');
  });

  it('reads history in any order, with string dates', () => {
    const history = [on(21), on(0, 'horizon'), on(14), on(7)].map((meeting) => ({
      ...meeting,
      date: (meeting.date as Date).toISOString(),
    }));
    expect(focusDue(history, addDays(day0, 28)).focus).toBe('near-future');
    expect(focusDue(history.reverse(), addDays(day0, 28)).focus).toBe('near-future');
  });

  it('follows a cadence the user changed', () => {
    expect(focusDue(weekly(2), addDays(day0, 14), { nearFutureWeeks: 2 }).focus).toBe('near-future');
    expect(focusDue(weekly(3), addDays(day0, 21), { nearFutureWeeks: 2, horizonWeeks: 3 }).focus).toBe('horizon');
  });

  it('gives a short reason for the present too', () => {
    expect(focusDue([on(0, 'near-future')], addDays(day0, 7))).toEqual({
      focus: 'present',
      reason: 'You looked ahead 7 days ago: today is about now.',
    });
  });
});
