/**
 * The one protocol between content scripts, extension pages and the
 * background. Types only here (content scripts import this, and must stay
 * small); the background parses every message with the zod schemas of
 * utils/protocol/message-schemas.ts and ignores anything else.
 */
import { browser } from 'wxt/browser';
import type { DockPreferences } from './calendar-settings';
import type { HealthSite, PageProblem } from '../sites/calendars/types';

/** A calendar event as remembered for matching calls later: never a note. */
export interface SeenEvent {
  key: string;
  seriesKey: string;
  title: string;
  start?: string;
  end?: string;
  allDay: boolean;
  videoLink?: string;
  oneOnOne: boolean;
  counterpart?: { name?: string; email?: string };
  /** Read from the edit page: the times are the user's unsaved typing. */
  editing?: boolean;
}

/** A 1:1 occurrence as a calendar page names it: which one, and with whom (never a note). */
export interface OccurrenceMessage {
  key: string;
  seriesKey: string;
  title: string;
  start?: string;
  end?: string;
  counterpart: { name?: string; email?: string };
}

/** What the delete warning shows about the person (utils/db/calendar-changes.ts). */
export interface PersonBriefAnswer {
  known: boolean;
  lastStart?: string;
  /** Calendar days from the last 1:1 to today. */
  daysSinceLast?: number;
  cancelledLast90Days: number;
  held: number;
}

/** What a call page shows: which meeting, who is in it, whether the user is presenting. */
export interface CallState {
  site: 'meet' | 'teams';
  /** Meet's code (abc-defg-hij) or Teams' meeting id, when the page shows one. */
  meetingCode?: string;
  title?: string;
  participants: string[];
  inCall: boolean;
  presenting: boolean;
}

export type Message =
  /** Commitments changed somewhere: recount the overdue badge now. */
  | { type: 'commitments-changed' }
  /** The calendar page showed an event (content script). */
  | { type: 'event-seen'; event: SeenEvent }
  /** A call page's state changed (content script; the tab comes from the sender). */
  | { type: 'call-state'; call: CallState }
  | { type: 'call-ended' }
  /** The on-page button asks for the side panel (a user gesture on the call page). */
  | { type: 'open-side-panel' }
  /** The user deleted a 1:1 after the warning (calendar content script). */
  | { type: 'meeting-cancelled'; occurrence: OccurrenceMessage; reason?: string; endedSeries: boolean }
  /** The warning asks what to say about the person; answered with a PersonBriefAnswer. */
  | { type: 'person-brief'; counterpart: { name?: string; email?: string }; exceptKey?: string }
  /** The popup opened: the background makes its snapshot afresh, so the next opening is current. */
  | { type: 'popup-opened' }
  /** The calendar page's settings, read by the background with zod (utils/background/settings-service.ts). */
  | { type: 'calendar-settings' }
  | { type: 'save-dock'; dock: DockPreferences }
  | { type: 'set-override'; seriesKey: string; isOneOnOne?: boolean }
  /** What a calendar page did not let us read (codes only), with a scrubbed outline of it. */
  | { type: 'page-health'; site: HealthSite; problems: PageProblem[]; outline?: string };

/** Tells the background; never fails the caller (the worker may be starting or gone). */
export async function tellBackground(message: Message): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // Nothing to do: each sender repeats what matters (alarms recount, pages report again).
  }
}

/** Asks the background; undefined when it cannot answer (starting, gone, or refusing the message). */
export async function askBackground<T>(message: Message): Promise<T | undefined> {
  try {
    return (await browser.runtime.sendMessage(message)) as T | undefined;
  } catch {
    return undefined;
  }
}
