import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompanionDatabase } from '@/utils/db/database';
import {
  addCommitment,
  allCommitments,
  commitmentsOf,
  deleteCommitment,
  editCommitment,
  openCommitments,
  openCommitmentsOf,
  overdueMineCount,
  putCommitments,
  restoreCommitment,
  setDone,
} from '@/utils/db/commitments';
import { glanceAtPeople, summarise } from '@/utils/db/overview';
import { openOccurrence } from '@/utils/db/meetings';
import { buildSearchIndex } from '@/utils/rules/search';
import { recordCancellation } from '@/utils/db/calendar-changes';
import { rememberEvent } from '@/utils/db/events';

let db: CompanionDatabase;
let counter = 0;
beforeEach(() => {
  db = new CompanionDatabase(`commitments-${++counter}`);
});
afterEach(async () => {
  await db.delete();
});

const where = { personId: 'p1', meetingId: 'm1' };
const now = new Date('2026-03-12T12:00:00');

describe('commitment queries', () => {
  it('adds, edits, completes, reopens, deletes and restores', async () => {
    const added = await addCommitment(db, where, { text: '  Share the criteria ', owner: 'me', due: '2026-03-10' }, now);
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.commitment).toMatchObject({ text: 'Share the criteria', status: 'open', due: '2026-03-10' });
    await editCommitment(db, added.commitment, { text: 'Share the promotion criteria', owner: 'me' });
    expect((await commitmentsOf(db, 'p1'))[0]).not.toHaveProperty('due');
    await setDone(db, added.commitment, true, now);
    expect(await openCommitments(db)).toHaveLength(0);
    expect(await commitmentsOf(db, 'p1')).toMatchObject([{ status: 'done', doneAt: now.toISOString() }]);
    await setDone(db, added.commitment, false, now);
    expect(await openCommitments(db)).toHaveLength(1);
    expect((await commitmentsOf(db, 'p1'))[0]).not.toHaveProperty('doneAt');
    const gone = await deleteCommitment(db, added.commitment);
    expect(await allCommitments(db)).toEqual([]);
    // Nothing left of an emptied book.
    expect(await db.commitmentBooks.count()).toBe(0);
    await restoreCommitment(db, gone!);
    expect((await commitmentsOf(db, 'p1')).map((commitment) => commitment.text)).toEqual(['Share the promotion criteria']);
  });

  it("keeps every change when two views change one person's commitments at once", async () => {
    const first = await addCommitment(db, where, { text: 'First', owner: 'me' }, now);
    if (!first.ok) throw new Error(first.error);
    await Promise.all([
      addCommitment(db, where, { text: 'From the panel', owner: 'me' }, now),
      addCommitment(db, where, { text: 'From the people page', owner: 'them' }, now),
      setDone(db, first.commitment, true, now),
    ]);
    const stored = await commitmentsOf(db, 'p1');
    expect(stored.map((commitment) => `${commitment.text}: ${commitment.status}`).sort()).toEqual([
      'First: done',
      'From the panel: open',
      'From the people page: open',
    ]);
    // A person's open ones are read without the rest.
    expect((await openCommitmentsOf(db, 'p1')).map((commitment) => commitment.text).sort()).toEqual([
      'From the panel',
      'From the people page',
    ]);
  });

  it('writes imported commitments by id, wherever they were, never twice', async () => {
    const added = await addCommitment(db, where, { text: 'Share the doc', owner: 'me' }, now);
    const other = await addCommitment(db, { personId: 'p2', meetingId: 'm2' }, { text: 'Stays', owner: 'me' }, now);
    if (!added.ok || !other.ok) throw new Error('not added');
    const moved = { ...added.commitment, personId: 'p2', status: 'done' as const, text: 'Shared the doc' };
    const fresh = { ...added.commitment, id: 'new', personId: 'p3' };
    await putCommitments(db, [moved, fresh]);
    expect((await allCommitments(db)).map((commitment) => [commitment.id, commitment.personId, commitment.text]).sort()).toEqual(
      [
        [added.commitment.id, 'p2', 'Shared the doc'],
        ['new', 'p3', 'Share the doc'],
        [other.commitment.id, 'p2', 'Stays'],
      ].sort(),
    );
    expect(await commitmentsOf(db, 'p1')).toEqual([]);
  });

  it('refuses bad input with a message and writes nothing', async () => {
    expect(await addCommitment(db, where, { text: '', owner: 'me' })).toEqual({ ok: false, error: 'Write what was promised.' });
    expect(await addCommitment(db, where, { text: 'x', owner: 'me', due: '' })).toEqual({ ok: false, error: 'Pick a date.' });
    expect((await addCommitment(db, where, { text: 'x', owner: 'boss' })).ok).toBe(false);
    expect(await allCommitments(db)).toEqual([]);
  });

  it('counts only my open overdue commitments for the badge', async () => {
    await addCommitment(db, where, { text: 'mine overdue', owner: 'me', due: '2026-03-11' }, now);
    await addCommitment(db, where, { text: 'mine today', owner: 'me', due: '2026-03-12' }, now);
    await addCommitment(db, where, { text: 'theirs overdue', owner: 'them', due: '2026-03-01' }, now);
    const done = await addCommitment(db, where, { text: 'mine done', owner: 'me', due: '2026-03-01' }, now);
    if (done.ok) await setDone(db, done.commitment, true);
    expect(await overdueMineCount(db, now)).toBe(1);
  });
});

describe('across people', () => {
  const sam = { name: 'Sam Rivera', email: 'sam@northwind.example' };
  const occurrence = (day: string) => ({ key: `k/${day}`, seriesKey: 'k', title: '1:1', start: `${day}T09:00:00.000Z`, counterpart: sam });

  it('glances at who is next and who has waited too long, from the index alone', async () => {
    for (const day of ['2026-01-08', '2026-01-15', '2026-01-22', '2026-04-02']) await openOccurrence(db, occurrence(day));
    await openOccurrence(db, { ...occurrence('2026-03-01'), key: 'p', counterpart: { name: 'Priya', email: 'priya@northwind.example' } });
    const glances = await glanceAtPeople(db, now);
    const samGlance = glances.find((glance) => glance.person.name === 'Sam Rivera')!;
    expect(samGlance).toMatchObject({
      lastStart: '2026-01-22T09:00:00.000Z',
      nextStart: '2026-04-02T09:00:00.000Z',
      staleness: { stale: true, threshold: 14 },
    });
    expect(glances.find((glance) => glance.person.name === 'Priya')?.staleness).toMatchObject({ days: 11, stale: false });
  });

  it('finds the last and the next 1:1 even with many 1:1s already planned ahead', async () => {
    for (const day of ['2026-01-08', '2026-01-15', '2026-01-22']) await openOccurrence(db, occurrence(day));
    for (let week = 0; week < 15; week++) {
      const day = new Date(Date.UTC(2026, 3, 2 + week * 7)).toISOString().slice(0, 10);
      await openOccurrence(db, occurrence(day));
    }
    const [glance] = await glanceAtPeople(db, now);
    expect(glance).toMatchObject({ lastStart: '2026-01-22T09:00:00.000Z', nextStart: '2026-04-02T09:00:00.000Z' });
    expect(glance?.staleness?.days).toBeGreaterThan(14);
  });

  it('takes the next 1:1 from the calendar too, before a word is written in it; a cancelled one is neither next nor held', async () => {
    for (const day of ['2026-02-26', '2026-03-05']) await openOccurrence(db, occurrence(day));
    await recordCancellation(db, occurrence('2026-03-05'), { endedSeries: false }, now);
    // The calendar showed the next 1:1s: by address, by name alone, and one the user then cancelled.
    const seen = (key: string, start: string, counterpart: { name?: string; email?: string }) =>
      rememberEvent(db, { key, seriesKey: 'k', title: '1:1', start, allDay: false, oneOnOne: true, counterpart }, now);
    await seen('k/2026-03-19', '2026-03-19T09:00:00.000Z', { name: 'Sam R.', email: sam.email });
    await seen('k/2026-03-26', '2026-03-26T09:00:00.000Z', { name: 'Sam Rivera' });
    const [glance] = await glanceAtPeople(db, now);
    expect(glance).toMatchObject({ lastStart: '2026-02-26T09:00:00.000Z', nextStart: '2026-03-19T09:00:00.000Z' });
    await recordCancellation(db, { ...occurrence('2026-03-19'), key: 'k/2026-03-19' }, { endedSeries: false }, now);
    expect((await glanceAtPeople(db, now))[0]?.nextStart).toBe('2026-03-26T09:00:00.000Z');
  });

  it('summarises a person: held, cancellations in 90 days, feedback asked', async () => {
    const meetings = [];
    for (const day of ['2026-01-08', '2026-02-05', '2026-02-19', '2026-03-05'])
      meetings.push((await openOccurrence(db, occurrence(day))).meeting);
    const person = (await db.people.toArray())[0]!;
    const summary = summarise(
      person,
      [
        { ...meetings[0]!, feedbackAsked: true },
        { ...meetings[1]!, status: 'cancelled' },
        meetings[2]!,
        { ...meetings[3]!, feedbackAsked: true },
      ],
      now,
    );
    expect(summary).toMatchObject({ held: 3, cancelledLast90Days: 1, feedbackAsked: 2, lastStart: '2026-03-05T09:00:00.000Z' });
  });

  it('reads the rhythm from the newest 1:1s, the same in the people list (glance) and in their numbers (summary)', async () => {
    // Weekly for a year and a half, then fortnightly since the autumn: the usual gap is the fortnight.
    const days: string[] = [];
    for (let week = 0; week < 80; week++) days.push(new Date(Date.UTC(2024, 0, 4 + week * 7)).toISOString().slice(0, 10));
    for (let fortnight = 0; fortnight < 10; fortnight++)
      days.push(new Date(Date.UTC(2025, 9, 2 + fortnight * 14)).toISOString().slice(0, 10));
    const meetings = [];
    for (const day of days) meetings.push((await openOccurrence(db, occurrence(day))).meeting);
    const person = (await db.people.toArray())[0]!;
    // 19 days after the last (a fortnight's 1:1 missed, not yet too long for a fortnightly rhythm).
    const at = new Date('2026-02-24T12:00:00');
    const summary = summarise(person, meetings, at);
    expect(summary).toMatchObject({ held: 90, usualGap: 14, staleness: { days: 19, stale: false } });
    const [glance] = await glanceAtPeople(db, at);
    expect(glance?.staleness).toEqual(summary.staleness);
  });
});

describe('search', () => {
  it('finds notes and commitments, accents and case aside, newest first', () => {
    const meeting = (id: string, start: string, notes: string, shared = '') => ({ id, personId: 'p', start, notes, shared }) as never;
    const index = buildSearchIndex(
      [meeting('a', '2026-01-01', 'Talked about the Café rollout'), meeting('b', '2026-02-01', 'nothing', 'Agreed on the cafe menu')],
      [{ id: 'c', personId: 'p', meetingId: 'a', text: 'Visit the CAFÉ', owner: 'me', status: 'open', createdAt: '', updatedAt: '' }],
    );
    const hits = index.search('cafe');
    expect(hits.map((hit) => hit.kind)).toEqual(['shared', 'notes', 'commitment']);
    expect(hits[1]?.snippet).toContain('Café rollout');
    expect(index.search('c')).toEqual([]);
    // The hit, as written, is what gets highlighted.
    const marked = (hit: { snippet: string; match: [number, number] } | undefined) => hit && hit.snippet.slice(...hit.match);
    expect(hits.map(marked)).toEqual(['cafe', 'Café', 'CAFÉ']);
  });

  it('highlights the hit where folding changed lengths (decomposed accents, ligatures), far into a long note', () => {
    const long = `${'x'.repeat(200)} the ﬁnal café plan ${'y'.repeat(200)}`;
    const [hit] = buildSearchIndex([{ id: 'a', personId: 'p', start: '2026-01-01', notes: long, shared: '' } as never], []).search(
      'final cafe',
    );
    expect(hit && hit.snippet.slice(...hit.match)).toBe('ﬁnal café');
    expect(hit?.snippet.startsWith('…')).toBe(true);
  });
});
