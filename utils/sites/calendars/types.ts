/**
 * What every calendar adapter reads from its page, and the shape of an adapter.
 *
 * Adapters are pure: data plus functions of a DOM. No browser APIs at module
 * load, so they run the same in the content script and in unit tests on
 * committed fixtures.
 */

export type SiteId = 'google-calendar' | 'outlook';

export interface Attendee {
  name?: string;
  email?: string;
  /** The person who organised the event. */
  organizer?: boolean;
  /** The user of the extension. */
  self?: boolean;
  /** A room, a piece of equipment: booked, but not a person. */
  resource?: boolean;
  /** Invited as optional (Outlook). */
  optional?: boolean;
}

/**
 * Where on the page the event was read from: the details popover (Google's
 * bubble, Outlook's peek card), the full edit page or event form, or a grid
 * chip alone (title and time, no guests).
 */
export type EventSource = 'popover' | 'edit-page' | 'chip';

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
  /**
   * The organiser, when the page names them but lists no guests (Outlook's 2026 peek card,
   * a chip's "By Alex Kim"): who a 1:1 is with when its title names nobody and they are not
   * the user. Never counted as a guest.
   */
  organizer?: Attendee;
  videoLink?: string;
  /** What the calendar says of this occurrence in its title ("Canceled: …", "Declined: …"). */
  status?: 'cancelled' | 'declined';
  source: EventSource;
}

/** The page's own "which occurrences?" dialog, at the moment its confirm button is pressed. */
export interface ScopeChoice {
  /** "This and following" or "All events": the regular 1:1s end. */
  series: boolean;
}

/**
 * What a calendar page did not let us read, as a code (never a title, name or
 * address): the page-health check reports these when the page has changed.
 */
export type PageProblem =
  | 'no-event-id'
  | 'no-title'
  | 'no-time'
  | 'no-guest-rows'
  | 'no-delete-button'
  // Call pages (Meet, Teams): in a call, but nobody in it can be found, or not which meeting it is.
  | 'no-people'
  | 'no-meeting-code';

export const PAGE_PROBLEMS: readonly PageProblem[] = [
  'no-event-id',
  'no-title',
  'no-time',
  'no-guest-rows',
  'no-delete-button',
  'no-people',
  'no-meeting-code',
];

/** Every page whose health is checked: the calendars and the call pages. */
export type HealthSite = SiteId | 'meet' | 'teams';
export const HEALTH_SITES: readonly HealthSite[] = ['google-calendar', 'outlook', 'meet', 'teams'];
/** The call pages among them: only a call page's content script may report on them. */
export const CALL_HEALTH_SITES: readonly HealthSite[] = ['meet', 'teams'];

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
  /** The event of the grid chip `target` is in (title and time; guests only if the chip lists them). */
  readChipEvent(doc: Document, target: Element): CalendarEvent | null;
  /** Every event the visible grid shows as a chip, once each (the calendar tells us what is coming). */
  readGridEvents?(doc: Document): CalendarEvent[];

  // The delete guard (utils/content/calendar-page/delete-guard.ts) asks these.
  /**
   * The event that activating `target` would delete or cancel, or null when
   * `target` is no delete control. `menuEvent` is the event the open context
   * menu belongs to, if any.
   */
  deleteRequest(doc: Document, target: Element, menuEvent: CalendarEvent | null): CalendarEvent | null;
  /** Whether this key press is the page's own keyboard shortcut for deleting the open event. */
  isDeleteShortcut(doc: Document, key: KeyboardEvent): boolean;
  /** When `target` confirms the page's own "which occurrences?" dialog: the scope chosen. */
  scopeConfirm(doc: Document, target: Element): ScopeChoice | null;
  /** Closes the page's own "which occurrences?" dialog that `confirm` belongs to, deleting nothing. */
  dismissScope(doc: Document, confirm: Element): void;
  /** Opens the calendar's own edit flow for the event, so the user can pick a new time. */
  openEditor(doc: Document, event: CalendarEvent): boolean;
  /** Whether the event still shows in the grid (a delete happened when its chip is gone). */
  isListed(doc: Document, event: CalendarEvent): boolean;
  /** The event as its grid chip shows it now (a drag moves the chip first), or null when it has none. */
  readListedEvent(doc: Document, event: CalendarEvent): CalendarEvent | null;
  /**
   * What of the open event cannot be read, once the page has had time to load it,
   * and the element a report outlines; null when no event is open to check.
   */
  checkHealth?(doc: Document): { problems: PageProblem[]; outlineRoot: Element } | null;
}
