/**
 * Which 1:1 a call is, in this order: the video link remembered from the
 * calendar; a 1:1 on the calendar whose time covers now and whose title
 * matches the call's; the user's own earlier pick for this meeting code; the
 * call's own title and participants; otherwise nothing (the side panel offers
 * a list of people). The user's pick comes before the guess from the call page
 * so that correcting a wrong guess sticks.
 */
import { addMinutes, isWithinInterval, parseISO, subMinutes } from 'date-fns';
import type { CallState } from '../protocol/messaging';
import type { SeenEventRecord } from '../db/records';
import { recognizeOneOnOne } from './recognition';

export type CallMatch =
  | { kind: 'video-link' | 'time-title'; event: SeenEventRecord }
  | { kind: 'remembered'; personId: string }
  | { kind: 'call-recognition'; counterpart: { name?: string; email?: string } }
  | { kind: 'none' };

const SLACK_MINUTES = 10;

const plain = (title: string) => title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export function titlesMatch(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const [x, y] = [plain(a), plain(b)];
  return x === y || (x.length >= 4 && y.includes(x)) || (y.length >= 4 && x.includes(y));
}

export function matchCall(call: CallState, events: readonly SeenEventRecord[], now: Date, remembered?: string): CallMatch {
  const oneOnOnes = events.filter((event) => event.oneOnOne);
  if (call.meetingCode) {
    const byLink = oneOnOnes.filter((event) => event.meetingCode === call.meetingCode).sort(closestTo(now))[0];
    if (byLink) return { kind: 'video-link', event: byLink };
  }
  // A 1:1 covers now from ten minutes before its start to ten minutes after its end.
  const covering = oneOnOnes.filter((event) => {
    if (!event.start || !event.end || event.allDay) return false;
    return isWithinInterval(now, {
      start: subMinutes(parseISO(event.start), SLACK_MINUTES),
      end: addMinutes(parseISO(event.end), SLACK_MINUTES),
    });
  });
  const byTime = covering.find((event) => titlesMatch(event.title, call.title));
  if (byTime) return { kind: 'time-title', event: byTime };
  if (remembered) return { kind: 'remembered', personId: remembered };
  // The call page's participants are everyone but the user: add the user, so two others make three.
  const recognition = recognizeOneOnOne({
    title: call.title ?? '',
    attendees: [{ self: true }, ...call.participants.map((name) => ({ name }))],
  });
  if (recognition.isOneOnOne && recognition.counterpart?.name) return { kind: 'call-recognition', counterpart: recognition.counterpart };
  // One other person, named in the call's title ("Meeting with Sam Rivera", Teams' default for a call set up
  // with one person): a conversation between two people about that person's time is a 1:1.
  const [only] = call.participants;
  if (call.participants.length === 1 && only && only.length >= 3 && plain(call.title ?? '').includes(plain(only))) {
    return { kind: 'call-recognition', counterpart: { name: only } };
  }
  return { kind: 'none' };
}

function closestTo(now: Date) {
  const distance = (event: SeenEventRecord) =>
    event.start ? Math.abs(parseISO(event.start).getTime() - now.getTime()) : Number.MAX_SAFE_INTEGER;
  return (a: SeenEventRecord, b: SeenEventRecord) => distance(a) - distance(b);
}
