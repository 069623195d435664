/**
 * A reminder before each 1:1 (issue 20): a browser notification a few minutes before a 1:1 the
 * calendar showed, with the person, what each side still owes, their topics and the focus due.
 * Counts and the focus only, never a note's or a commitment's text, so nothing sealed shows and
 * a notification on a shared screen says little. The background runs it: on one alarm set for
 * the next reminder due, whenever the calendar's 1:1s or the settings change, and at start.
 */
import { addHours, differenceInMinutes, differenceInSeconds, isAfter, parseISO, subDays, subMinutes } from 'date-fns';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import type { CompanionDatabase } from '../db/database';
import type { Person, SeenEventRecord } from '../db/records';
import { calendarOneOnOnes } from '../db/events';
import { openCommitmentsOf } from '../db/commitments';
import { isWith } from '../db/overview';
import { focusDue, focusLabel, type Cadence } from '../rules/cadence';
import { STORAGE_KEYS } from '../protocol/storage-keys';
import {
  readCadence,
  readPersonReminders,
  readReminders,
  readValid,
  type PersonReminders,
  type ReminderSetting,
} from '../extension/settings';
import { i18n } from '#i18n';

/** The one alarm: set for the next reminder due. */
export const REMINDER_ALARM = 'reminder';
/** A reminder's notification id: this, then the calendar event's key. */
export const REMINDER_ID_PREFIX = 'reminder:';
/** How far ahead the next reminder is looked for (an alarm beyond it is set again when the day comes). */
const LOOK_AHEAD_HOURS = 25;

/** Event key → the start it was reminded of: each reminder shows once, and again only if the 1:1 moved. */
const Reminded = z.record(z.string(), z.string());
const reminded = storage.defineItem<Record<string, string>>(STORAGE_KEYS.reminded, { fallback: {}, version: 1 });

export interface PlannedReminder {
  event: SeenEventRecord & { start: string };
  /** The stored person the 1:1 is with, when there is one. */
  person?: Person;
  minutes: number;
  at: Date;
}

/**
 * Each coming 1:1's reminder and when it is due: the person's own lead time, else the global
 * one; none when reminders are off or the person's is 0, none once the 1:1 has begun. The
 * events come cancelled ones left out (calendarOneOnOnes); a declined 1:1 is not a 1:1 there.
 */
export function planReminders(
  events: readonly SeenEventRecord[],
  people: readonly Person[],
  setting: ReminderSetting,
  perPerson: PersonReminders,
  now: Date,
): PlannedReminder[] {
  if (!setting.on) return [];
  return events.flatMap((event) => {
    if (!event.start || !isAfter(parseISO(event.start), now)) return [];
    const person = people.find((candidate) => isWith(candidate, event));
    const minutes = (person && perPerson[person.id]) ?? setting.minutes;
    if (minutes === 0) return [];
    const planned: PlannedReminder = { event: { ...event, start: event.start }, minutes, at: subMinutes(parseISO(event.start), minutes) };
    if (person) planned.person = person;
    return [planned];
  });
}

export interface ReminderFacts {
  name: string;
  start: string;
  mine: number;
  theirs: number;
  topics: number;
  focus?: string;
}

/** The notification's words: "Sam Rivera · 1:1 in 5 min", then what each owes, their topics, the focus. */
export function reminderText(facts: ReminderFacts, now: Date): { title: string; message: string } {
  const minutes = Math.max(0, differenceInMinutes(parseISO(facts.start), now, { roundingMethod: 'ceil' }));
  const when = minutes === 0 ? i18n.t('popup.happeningNow') : i18n.t('popup.inMinutes', minutes);
  const lines = [
    facts.mine + facts.theirs === 0
      ? i18n.t('reminders.noCommitments')
      : i18n.t('reminders.commitments', { mine: facts.mine, theirs: facts.theirs }),
    ...(facts.topics > 0 ? [i18n.t('reminders.topics', { count: facts.topics })] : []),
    ...(facts.focus ? [i18n.t('reminders.focus', { focus: facts.focus })] : []),
  ];
  return { title: i18n.t('reminders.title', { name: facts.name, when }), message: lines.join('\n') };
}

/** What the reminder says about this 1:1, read from the database (counts only: sealed text stays sealed). */
async function factsOf(db: CompanionDatabase, planned: PlannedReminder, cadence: Cadence): Promise<ReminderFacts> {
  const { event, person } = planned;
  const facts: ReminderFacts = {
    name: person?.name ?? event.counterpart?.name ?? event.counterpart?.email ?? event.title,
    start: event.start,
    mine: 0,
    theirs: 0,
    topics: 0,
  };
  const meeting = await db.meetings.where('eventKey').equals(event.key).first();
  if (Array.isArray(meeting?.topics)) facts.topics = meeting.topics.filter((topic) => !topic.done).length;
  if (!person) return facts;
  const [open, meetings] = await Promise.all([openCommitmentsOf(db, person.id), db.meetings.where('personId').equals(person.id).toArray()]);
  facts.mine = open.filter((commitment) => commitment.owner === 'me').length;
  facts.theirs = open.length - facts.mine;
  const held = meetings.filter((item) => item.status !== 'cancelled' && item.start < event.start && item.eventKey !== event.key);
  const focus =
    meeting?.focus ??
    focusDue(
      held.map((item) => ({ date: item.start, focus: item.focus ?? 'present' })),
      event.start,
      { ...cadence, ...person.cadence },
    ).focus;
  facts.focus = focusLabel(focus);
  return facts;
}

/** Shows one reminder: the browser's notification, which opens the 1:1's notes when clicked. */
export async function showReminder(key: string, text: { title: string; message: string }): Promise<void> {
  await browser.notifications.create(`${REMINDER_ID_PREFIX}${key}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: text.title,
    message: text.message,
  });
}

/**
 * Shows the reminders due now (each once), and sets the alarm for the next one. A reminder
 * whose moment passed while the browser was closed still shows if its 1:1 has not begun.
 */
export async function runReminders(db: CompanionDatabase, now = new Date(), show = showReminder): Promise<void> {
  const [setting, perPerson, cadence, done, events, people] = await Promise.all([
    readReminders(),
    readPersonReminders(),
    readCadence(),
    readValid(reminded, Reminded),
    calendarOneOnOnes(db, now, addHours(now, LOOK_AHEAD_HOURS)),
    db.people.toArray(),
  ]);
  const waiting = planReminders(events, people, setting, perPerson, now).filter(
    (planned) => done[planned.event.key] !== planned.event.start,
  );
  const kept = Object.fromEntries(Object.entries(done).filter(([, start]) => start > subDays(now, 1).toISOString()));
  for (const planned of waiting.filter((item) => !isAfter(item.at, now))) {
    await show(planned.event.key, reminderText(await factsOf(db, planned, cadence), now));
    kept[planned.event.key] = planned.event.start;
  }
  await reminded.setValue(kept);
  const next = waiting.filter((item) => isAfter(item.at, now)).sort((a, b) => a.at.getTime() - b.at.getTime())[0];
  // A delay, not an instant: the alarm follows the same clock as `now` (tests shift it).
  if (next) await browser.alarms.create(REMINDER_ALARM, { delayInMinutes: Math.max(differenceInSeconds(next.at, now) / 60, 0.05) });
  else await browser.alarms.clear(REMINDER_ALARM);
}

/** The calendar event a reminder's notification stands for. */
export function reminderEventKey(notificationId: string): string | undefined {
  return notificationId.startsWith(REMINDER_ID_PREFIX) ? notificationId.slice(REMINDER_ID_PREFIX.length) : undefined;
}
