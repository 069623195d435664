// @vitest-environment jsdom
/**
 * Issue 20.4: a reminder before each 1:1. When it is due (global and per-person lead times, off),
 * what it says (counts and the focus, never text), that it shows once (again only if the 1:1
 * moved), never for a cancelled 1:1, and that the next one's alarm is set.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CompanionDatabase } from '@/utils/db/database';
import { rememberEvent, calendarOneOnOnes, forgetEvent, happeningNow } from '@/utils/db/events';
import { recordCancellation } from '@/utils/db/calendar-changes';
import { startOneOnOneWith, openOccurrence } from '@/utils/db/meetings';
import { addCommitment } from '@/utils/db/commitments';
import { planReminders, reminderText, runReminders, REMINDER_ALARM, reminderEventKey } from '@/utils/background/reminders';
import { reminderSetting, setPersonReminder } from '@/utils/extension/settings';
import type { SeenEvent } from '@/utils/protocol/messaging';

let db: CompanionDatabase;
let counter = 0;
beforeEach(() => {
  db = new CompanionDatabase(`reminders-${++counter}`);
});
afterEach(async () => {
  await db.delete();
});

const now = new Date('2026-11-26T09:50:00Z');
const sam = { name: 'Sam Rivera', email: 'sam.rivera@northwind.example' };
const oneOnOne = (key: string, start: string, extra: Partial<SeenEvent> = {}): SeenEvent => ({
  key,
  seriesKey: `series-${key}`,
  title: 'Alex / Sam 1:1',
  start,
  end: new Date(new Date(start).getTime() + 30 * 60_000).toISOString(),
  allDay: false,
  oneOnOne: true,
  counterpart: sam,
  ...extra,
});
const shown: { key: string; title: string; message: string }[] = [];
const show = async (key: string, text: { title: string; message: string }) => void shown.push({ key, ...text });
beforeEach(() => void shown.splice(0));

describe('reminders before each 1:1', () => {
  it('plans each coming 1:1 by its lead time: the person’s own, else the global one; none when off or begun', async () => {
    await rememberEvent(db, oneOnOne('soon', '2026-11-26T10:00:00Z'), now);
    await rememberEvent(db, oneOnOne('begun', '2026-11-26T09:45:00Z', { counterpart: { name: 'Priya' } }), now);
    await rememberEvent(db, oneOnOne('team', '2026-11-26T11:00:00Z', { oneOnOne: false }), now);
    const events = await calendarOneOnOnes(db, now, new Date('2026-11-27T09:50:00Z'));
    expect(events.map((event) => event.key)).toEqual(['begun', 'soon']);
    const person = { id: 'p1', name: 'Sam Rivera', nameKey: 'sam rivera', emails: [sam.email], createdAt: '', updatedAt: '' };
    const plan = (on: boolean, own: Record<string, number> = {}) => planReminders(events, [person], { on, minutes: 5 }, own, now);
    expect(plan(true).map((item) => [item.event.key, item.minutes, item.at.toISOString()])).toEqual([
      ['soon', 5, '2026-11-26T09:55:00.000Z'],
    ]);
    expect(plan(true, { p1: 15 })[0]?.at.toISOString()).toBe('2026-11-26T09:45:00.000Z');
    expect(plan(true, { p1: 0 })).toEqual([]);
    expect(plan(false)).toEqual([]);
  });

  it('says who, when, what each owes, their topics and the focus due; in minutes, “now” at the start', () => {
    const text = reminderText(
      { name: 'Sam Rivera', start: '2026-11-26T10:00:00Z', mine: 1, theirs: 2, topics: 1, focus: 'the near future' },
      now,
    );
    expect(text.title).toBe('Sam Rivera · 1:1 in 10 min');
    expect(text.message.split('\n')).toEqual(['Open commitments: 1 yours, 2 theirs', 'Their topics: 1', 'Focus due: the near future']);
    const none = reminderText({ name: 'Priya', start: '2026-11-26T09:50:00Z', mine: 0, theirs: 0, topics: 0 }, now);
    expect(none).toEqual({ title: 'Priya · 1:1 now', message: 'No open commitments' });
  });

  it('shows a due reminder once with the person’s numbers, again only when the 1:1 moved, and sets the alarm for the next', async () => {
    // Sam: an earlier 1:1 with a commitment each way.
    const earlier = await openOccurrence(
      db,
      { key: 'march', seriesKey: 's', title: 'Alex / Sam 1:1', start: '2026-03-05T10:00:00Z', counterpart: sam },
      now,
    );
    const where = { personId: earlier.person.id, meetingId: earlier.meeting.id };
    await addCommitment(db, where, { text: 'Send the doc', owner: 'me' }, now);
    await addCommitment(db, where, { text: 'Draft the RFC', owner: 'them' }, now);
    await rememberEvent(db, oneOnOne('today', '2026-11-26T09:54:00Z'), now);
    await rememberEvent(db, oneOnOne('tomorrow', '2026-11-27T10:00:00Z'), now);
    await runReminders(db, now, show);
    expect(shown).toEqual([
      {
        key: 'today',
        title: 'Sam Rivera · 1:1 in 4 min',
        message: 'Open commitments: 1 yours, 1 theirs\nFocus due: The Horizon',
      },
    ]);
    const alarm = await fakeBrowser.alarms.get(REMINDER_ALARM);
    // Tomorrow's, five minutes before its start.
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    await runReminders(db, now, show);
    expect(shown).toHaveLength(1);
    // Moved a minute later: reminded again.
    await rememberEvent(db, oneOnOne('today', '2026-11-26T09:55:00Z'), now);
    await runReminders(db, now, show);
    expect(shown.map((item) => item.key)).toEqual(['today', 'today']);
  });

  it('is quiet for a 1:1 cancelled after the warning, for a person whose reminders are off, and when all are off', async () => {
    await rememberEvent(db, oneOnOne('cancelled', '2026-11-26T09:52:00Z'), now);
    await recordCancellation(
      db,
      { key: 'cancelled', seriesKey: 's', title: 'Alex / Sam 1:1', start: '2026-11-26T09:52:00Z', counterpart: sam },
      { endedSeries: false },
      now,
    );
    await runReminders(db, now, show);
    expect(shown).toEqual([]);
    const { meeting } = await startOneOnOneWith(db, { name: 'Priya Shah' }, now);
    await rememberEvent(db, oneOnOne('priya', '2026-11-26T09:53:00Z', { counterpart: { name: 'Priya' } }), now);
    await setPersonReminder(meeting.personId, 0);
    await runReminders(db, now, show);
    expect(shown).toEqual([]);
    await setPersonReminder(meeting.personId, undefined);
    await reminderSetting.setValue({ on: false, minutes: 5 });
    await runReminders(db, now, show);
    expect(shown).toEqual([]);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeFalsy();
    await reminderSetting.setValue({ on: true, minutes: 5 });
    await runReminders(db, now, show);
    expect(shown.map((item) => item.title)).toEqual(['Priya Shah · 1:1 in 3 min']);
  });

  it('knows its event from the notification’s id', () => {
    expect(reminderEventKey('reminder:google:abc')).toBe('google:abc');
    expect(reminderEventKey('other')).toBeUndefined();
  });
});

describe('the 1:1 at hand', () => {
  it('is the one begun and not over, or starting within five minutes; the later of two that overlap', () => {
    const at = (key: string, start: string, end?: string) => ({ ...oneOnOne(key, start), ...(end ? { end } : {}), seenAt: '' });
    const events = [at('a', '2026-11-26T09:00:00Z', '2026-11-26T09:55:00Z'), at('b', '2026-11-26T09:50:00Z')];
    expect(happeningNow(events, now)?.key).toBe('b');
    expect(happeningNow([at('c', '2026-11-26T09:54:00Z')], now)?.key).toBe('c');
    expect(happeningNow([at('d', '2026-11-26T09:56:00Z')], now)).toBeUndefined();
    expect(happeningNow([at('e', '2026-11-26T09:00:00Z', '2026-11-26T09:50:00Z')], now)).toBeUndefined();
  });
});

describe('a 1:1 gone from the calendar', () => {
  it('leaves the events table when it still has the start the page showed; a move reported since keeps it', async () => {
    await rememberEvent(db, oneOnOne('gone', '2026-11-26T10:00:00Z'), now);
    await rememberEvent(db, oneOnOne('moved', '2026-11-26T11:00:00Z'), now);
    await rememberEvent(db, oneOnOne('moved', '2026-11-27T11:00:00Z'), now);
    expect(await forgetEvent(db, 'gone', '2026-11-26T10:00:00Z')).toBe(true);
    expect(await forgetEvent(db, 'moved', '2026-11-26T11:00:00Z')).toBe(false);
    expect((await db.events.toArray()).map((event) => event.key)).toEqual(['moved']);
  });
});

describe('a 1:1 not on the calendar', () => {
  it('starts with someone stored (by name or address) or someone new, today', async () => {
    const first = await openOccurrence(
      db,
      { key: 'march', seriesKey: 's', title: 'Alex / Sam 1:1', start: '2026-03-05T10:00:00Z', counterpart: sam },
      now,
    );
    const byName = await startOneOnOneWith(db, { name: 'sam rivera' }, now);
    const byAddress = await startOneOnOneWith(db, { email: 'SAM.RIVERA@northwind.example' }, now);
    expect([byName.meeting.personId, byAddress.meeting.personId]).toEqual([first.person.id, first.person.id]);
    const fresh = await startOneOnOneWith(db, { name: '  Kim  Lee ' }, now);
    expect(fresh.ref).toMatchObject({ title: 'Kim Lee', start: now.toISOString(), counterpart: { name: 'Kim Lee' } });
    expect(fresh.ref.key).toMatch(/^manual:/);
    expect(await db.people.count()).toBe(2);
  });
});
