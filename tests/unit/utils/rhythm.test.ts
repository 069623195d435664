/**
 * Issue 23: the rhythm as the pictures draw it. A person's last twelve months (held by focus,
 * cancelled, moved, coming, feedback asked, gaps longer than usual, when the next is due) and
 * the team, who needs attention first.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from 'date-fns';
import type { Commitment, Meeting, Person } from '@/utils/db/records';
import { personTimeline, teamRhythm } from '@/utils/rules/rhythm';
import { summarise } from '@/utils/db/overview';
import { newMeeting } from '@/utils/db/meetings';

const now = new Date('2026-11-30T10:00:00Z');
let counter = 0;
const meeting = (daysAgo: number, extra: Partial<Meeting> = {}): Meeting => ({
  ...newMeeting(
    {
      key: `k${++counter}`,
      seriesKey: 's',
      title: 'Sam / Alex 1:1',
      start: addDays(now, -daysAgo).toISOString(),
      counterpart: { name: 'Sam' },
    },
    `m${counter}`,
    'sam',
    now,
  ),
  ...extra,
});
const person = (id: string, name: string): Person => ({
  id,
  name,
  emails: [],
  nameKey: name.toLowerCase(),
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
});

describe('one person’s timeline', () => {
  it('marks each 1:1 of the last twelve months by what happened, and leaves older ones out', () => {
    const meetings = [
      meeting(400),
      meeting(70, { focus: 'present', feedbackAsked: true }),
      meeting(63, { status: 'cancelled', cancelReason: 'Release day', feedbackAsked: true }),
      meeting(56, { focus: 'horizon', status: 'moved', movedFrom: addDays(now, -57).toISOString() }),
      meeting(7, { focus: 'near-future' }),
      meeting(-7),
      meeting(-60),
    ];
    const timeline = personTimeline(meetings, now);
    expect(timeline.marks.map((mark) => [mark.kind, mark.focus ?? null, mark.feedbackAsked])).toEqual([
      ['held', 'present', true],
      // A cancelled 1:1 asked nobody anything.
      ['cancelled', null, false],
      ['moved', 'horizon', false],
      ['held', 'near-future', false],
      ['coming', null, false],
    ]);
    expect(timeline.marks[1]!.cancelReason).toBe('Release day');
    expect(timeline.marks[2]!.movedFrom).toBe(addDays(now, -57).toISOString());
    // A week ahead is on the axis, two months ahead is not (the axis reaches as far as the cadence's next due, six weeks at most).
    expect(timeline.to >= addDays(now, 7) && timeline.to <= addDays(now, 42)).toBe(true);
  });

  it('shades the stretches longer than 1.5 × the usual gap, up to today, and says when the next is due', () => {
    // Weekly, then seven weeks without one, then weekly again, and nothing for the last three weeks.
    const meetings = [
      ...[140, 133, 126, 119].map((days) => meeting(days)),
      ...[70, 63, 56, 49, 42, 35, 28, 21].map((days) => meeting(days)),
    ];
    const timeline = personTimeline(meetings, now);
    expect(timeline.usualGap).toBe(7);
    expect(timeline.gaps.map((gap) => gap.days)).toEqual([49, 21]);
    expect(timeline.gaps[1]!.to).toBe(now.toISOString());
    expect(timeline.expectedNext).toBe(addDays(now, -14).toISOString());
  });

  it('draws when the near future and the horizon are due by the cadence, from the last 1:1 that looked that far', () => {
    const meetings = [meeting(44, { focus: 'present' }), meeting(30, { focus: 'horizon' }), meeting(10, { focus: 'near-future' })];
    const due = personTimeline(meetings, now, { nearFutureWeeks: 4, horizonWeeks: 6 }).focusDue;
    expect(due).toEqual([
      { focus: 'near-future', at: addDays(now, 18).toISOString(), weeks: 4 },
      { focus: 'horizon', at: addDays(now, 12).toISOString(), weeks: 6 },
    ]);
    // Someone's own cadence: the horizon every 2 weeks was due two days ago.
    expect(personTimeline(meetings, now, { horizonWeeks: 2 }).focusDue.find((one) => one.focus === 'horizon')?.at).toBe(
      addDays(now, -16).toISOString(),
    );
  });

  it('has nothing to draw for someone never met', () => {
    expect(personTimeline([], now)).toMatchObject({ marks: [], gaps: [] });
  });
});

describe('the team at a glance', () => {
  it('puts the overdue first (furthest past their own rhythm), then cancellations; counts commitments each way', () => {
    const people = [person('ana', 'Ana'), person('ben', 'Ben'), person('cy', 'Cy'), person('dee', 'Dee')];
    const weekly = (id: string, lastDaysAgo: number, extra: Partial<Meeting> = {}) =>
      [0, 7, 14, 21].map((offset) => meeting(lastDaysAgo + offset, { personId: id, ...extra }));
    const byPerson = new Map<string, Meeting[]>([
      ['ana', weekly('ana', 3)],
      ['ben', [...weekly('ben', 30), meeting(10, { personId: 'ben', status: 'cancelled', cancelledAt: addDays(now, -11).toISOString() })]],
      ['cy', [...weekly('cy', 5, { feedbackAsked: true }), meeting(2, { personId: 'cy', status: 'cancelled' })]],
      ['dee', []],
    ]);
    const commitment = (personId: string, owner: 'me' | 'them', due?: string, status: 'open' | 'done' = 'open') =>
      ({ id: `c${++counter}`, personId, meetingId: 'x', owner, text: 't', status, due, createdAt: now.toISOString() }) as Commitment;
    const commitments = [
      commitment('ana', 'me', '2026-11-01'),
      commitment('ana', 'me', '2026-12-20'),
      commitment('ana', 'them', '2026-11-20'),
      commitment('ana', 'me', '2026-11-01', 'done'),
    ];
    const summaries = people.map((one) => summarise(one, byPerson.get(one.id) ?? [], now));
    const rows = teamRhythm(summaries, byPerson, commitments, now);
    expect(rows.map((row) => row.person.name)).toEqual(['Ben', 'Cy', 'Ana', 'Dee']);
    const [ben, cy, ana, dee] = rows;
    expect(ben).toMatchObject({ daysSince: 30, usualGap: 7, threshold: 14, overdue: true, cancelled90: 1 });
    expect(cy).toMatchObject({ daysSince: 5, overdue: false, cancelled90: 1, feedbackShare: 1 });
    expect(ana).toMatchObject({ mine: { open: 2, overdue: 1 }, theirs: { open: 1, overdue: 1 }, feedbackShare: 0 });
    expect(dee).toMatchObject({ held: 0, load: 0, overdue: false });
    expect(dee!.daysSince).toBeUndefined();
  });
});
