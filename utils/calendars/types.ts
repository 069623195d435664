/**
 * What every calendar adapter reads from its page, and the shape of an adapter.
 *
 * Adapters are pure: data plus functions of a DOM. No browser APIs at module
 * load, so they run the same in the content script and in unit tests on
 * committed fixtures.
 */

export type SiteId = 'google-calendar';

export interface Attendee {
  name?: string;
  email?: string;
  /** The person who organised the event. */
  organizer?: boolean;
  /** The user of the extension. */
  self?: boolean;
  /** A room, a piece of equipment: booked, but not a person. */
  resource?: boolean;
}

/** Where on the page the event was read from. */
export type EventSource = 'popover' | 'edit-page';

export interface CalendarEvent {
  site: SiteId;
  /** Stable key of this occurrence: the meeting record hangs off it. */
  key: string;
  /** Stable key of the series (equal to `key` for a one-off event). */
  seriesKey: string;
  /** The calendar's own event id, without the occurrence suffix. */
  eventId: string;
  /** Start of this occurrence as the calendar encodes it (recurring events only). */
  occurrence?: string;
  /** The calendar the event was opened from (usually the user's own address). */
  calendar?: string;
  title: string;
  /** ISO 8601: an instant (`…Z`) for timed events, a date (`yyyy-MM-dd`) for all-day ones. */
  start?: string;
  end?: string;
  allDay: boolean;
  recurring: boolean;
  attendees: Attendee[];
  /** How many guests the page says there are, when it lists only some of them. */
  guestCount?: number;
  videoLink?: string;
  source: EventSource;
}

export interface CalendarAdapter {
  id: SiteId;
  /** Human name, for messages and docs. */
  label: string;
  /** Match patterns of the pages this adapter reads (content-script `matches`). */
  matches: string[];
  /** Host names, for picking the adapter at run time. */
  hosts: string[];
  /**
   * The event the user has open (details popover or full edit page), or null
   * when none is open or the page is still building it.
   */
  readOpenEvent(doc: Document): CalendarEvent | null;
}
