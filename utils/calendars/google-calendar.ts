/**
 * Google Calendar (calendar.google.com).
 *
 * Quirks of this page, learnt from public extensions and kept in
 * shared/CALENDAR-DOM.md; fixtures in tests/fixtures/google-calendar/ were
 * reconstructed from those notes on 2026-11-21 (en-US, de-DE; week view and
 * edit page) and should be replaced by scrubbed captures when we have them.
 *
 * - It is a single-page app: opening an event never reloads the page, and the
 *   URL and `body[data-viewkey]` change as the user moves around.
 * - The details popover is one dialog reused between events and rebuilt as it
 *   loads: its title can be empty for a moment, and hidden leftover dialogs
 *   stay in the DOM. Read the last shown one, and only once it has a title.
 * - `data-eventid` is the best key there is (see google-event-id.ts). The same
 *   value sits on the grid chip, whose `[data-datekey]` day gives the date
 *   without any language.
 * - Rooms are guests whose address ends in @resource.calendar.google.com.
 * - Everything worded (month names, "Organizer") goes through labels.ts.
 */
import { decodeGoogleEventId, encodeGoogleEventId, type GoogleEventId } from './google-event-id';
import {
  dismissDialog,
  scopeConfirmedBy,
  controlOf,
  isShown,
  isTextEntry,
  lastShown,
  linesOf,
  nameOf,
  textOf,
  videoLinkIn,
  isEmail,
  firstMatch,
} from './dom';
import { isConfirmLabel, isDeleteLabel, isOrganizerLabel, saysDoesNotRepeat } from './labels';
import { parseWhenText, wallTimes, type WallDate, type WallTime } from './when-text';
import type { Attendee, CalendarAdapter, CalendarEvent, EventSource } from './types';

/** Selectors, stable → fragile. [A] attribute/id, [L] language-dependent. */
export const SELECTORS = {
  /** [A] The details popover (hidden leftovers exist: take the last shown). */
  popover: 'div[role="dialog"][data-chips-dialog="true"]',
  /** [A] Inside the popover: carries the event id. */
  popoverEvent: '#xDetDlg[data-eventid], [data-eventid]',
  /** [A] Title: id first, then the dialog's heading. */
  popoverTitle: ['#rAECCd', 'span[role="heading"]', '[role="heading"]'],
  /** [A] Date/time on line 1, recurrence (only for recurring events) on line 2. */
  popoverWhen: '#xDetDlgWhen',
  /** [A] Guest list: one `[data-email]` per guest; large lists show a count first. */
  popoverGuests: '#xDetDlgAtt',
  popoverVideo: '#xDetDlgVideo',
  popoverDescription: '#xDetDlgDesc',
  /** [A] Grid chips carry the same event id; their day container has `data-datekey`. */
  chip: '[data-eventid]',
  dayContainer: '[data-datekey]',
  /** [A] The full edit page of an existing event. */
  editPage: 'div[data-is-create="false"]',
  editTitle: ['#xTiIn', 'input[data-initial-value]'],
  /** [A] Start/end inputs of the edit page. TODO(2026-11-21): confirm on a live capture. */
  editStartDate: '#xStDaIn',
  editStartTime: '#xStTiIn',
  editEndDate: '#xEnDaIn',
  editEndTime: '#xEnTiIn',
  editAllDay: '#xAlDaCb',
  /** [A]+[L] Recurrence control of the edit page; its text says "Does not repeat" when it does not. */
  editRecurrence: ['#xRpSel', '[data-key="recurrence"]'],
  /** [A] The popover's delete and edit buttons; [L] the label is the fallback. */
  popoverDelete: '#xDetDlgDelBu, [aria-label="Delete event"]',
  popoverEdit: '#xDetDlgEditBu, [aria-label="Edit event"]',
  /**
   * [L] The edit page's delete has no known id: any control named like a delete
   * (labels.ts) while the edit page is shown. Tested on the edit-page fixture.
   */
  editViewKey: 'body[data-viewkey="eventedit"]',
  /** [A] The page's own follow-up dialogs: which occurrences, notify guests. */
  followUpDialog: '[role="dialog"], [role="alertdialog"]',
  followUpConfirm: '[data-mdc-dialog-action="ok"], [data-mdc-dialog-initial-focus]',
  followUpCancel: '[data-mdc-dialog-action="cancel"], [data-mdc-dialog-action="close"]',
} as const;

const ROOM_DOMAIN = '@resource.calendar.google.com';
const EDIT_PATH = /\/r\/eventedit\/([A-Za-z0-9_=-]+)/;
const VIEW_DATE_PATH = /\/r\/\w+\/(\d{4})\/(\d{1,2})\/(\d{1,2})/;

export const googleCalendar: CalendarAdapter = {
  id: 'google-calendar',
  label: 'Google Calendar',
  matches: ['https://calendar.google.com/*'],
  hosts: ['calendar.google.com'],
  readOpenEvent(doc) {
    return readEditPage(doc) ?? readPopover(doc);
  },
  readChipEvent(doc, target) {
    const chip = target.closest(SELECTORS.chip);
    return chip && !chip.closest('[role="dialog"]') ? readChip(doc, chip) : null;
  },
  deleteRequest(doc, target) {
    const control = controlOf(target);
    if (!control) return null;
    if (control.matches(SELECTORS.popoverDelete) && control.closest(SELECTORS.popover)) return readPopover(doc);
    const onEditPage = control.closest(SELECTORS.editPage) !== null || doc.querySelector(SELECTORS.editViewKey) !== null;
    if (onEditPage && !control.closest(SELECTORS.followUpDialog) && isDeleteLabel(nameOf(control))) return readEditPage(doc);
    return null;
  },
  isDeleteShortcut(doc, key) {
    if (key.key !== 'Delete' && key.key !== 'Backspace') return false;
    if (key.ctrlKey || key.metaKey || key.altKey || key.shiftKey) return false;
    const target = key.target as Element | null;
    if (isTextEntry(target) || isTextEntry(doc.activeElement)) return false;
    // The shortcut deletes the event whose popover is open.
    return readPopover(doc) !== null;
  },
  scopeConfirm(_doc, target) {
    return scopeConfirmedBy(
      target,
      SELECTORS.followUpDialog,
      (control) => control.matches(SELECTORS.followUpConfirm) || isConfirmLabel(nameOf(control)),
    );
  },
  dismissScope(_doc, confirm) {
    const dialog = confirm.closest(SELECTORS.followUpDialog);
    dismissDialog(dialog, dialog?.querySelector(SELECTORS.followUpCancel));
  },
  openEditor(doc, event) {
    const edit = lastShown(doc, SELECTORS.popover)?.querySelector(SELECTORS.popoverEdit);
    if (edit) {
      (edit as HTMLElement).click();
      return true;
    }
    const page = doc.querySelector(SELECTORS.editPage);
    const startDate = page?.querySelector(SELECTORS.editStartDate);
    if (page && isShown(page) && startDate) {
      (startDate as HTMLElement).focus();
      return true;
    }
    const location = doc.defaultView?.location;
    if (!location) return false;
    const account = /^\/calendar\/u\/\d+/.exec(location.pathname)?.[0] ?? '/calendar/u/0';
    const raw = encodeGoogleEventId(
      `${event.eventId}${event.occurrence ? `_${event.occurrence}` : ''}${event.calendar ? ` ${event.calendar}` : ''}`,
    );
    location.assign(`${account}/r/eventedit/${raw}`);
    return true;
  },
  isListed(doc, event) {
    return listedChip(doc, event) !== null;
  },
  readListedEvent(doc, event) {
    const chip = listedChip(doc, event);
    return chip ? readChip(doc, chip) : null;
  },
};

/** The grid chip of an event: its `data-eventid` starts with the same encoded id (padding aside). */
function listedChip(doc: Document, event: CalendarEvent): Element | null {
  const raw = encodeGoogleEventId(
    `${event.eventId}${event.occurrence ? `_${event.occurrence}` : ''}${event.calendar ? ` ${event.calendar}` : ''}`,
  );
  for (const chip of doc.querySelectorAll(`${SELECTORS.chip}[data-eventid^="${raw.slice(0, -2)}"]`)) {
    if (chip.closest('[role="dialog"]')) continue;
    const id = decodeGoogleEventId(chip.getAttribute('data-eventid') ?? '');
    if (id && id.eventId === event.eventId && id.occurrence === event.occurrence) return chip;
  }
  return null;
}

/** A grid chip alone: its title is the first line, its time is in its aria-label, its day in `data-datekey`. */
function readChip(doc: Document, chip: Element): CalendarEvent | null {
  const raw = chip.getAttribute('data-eventid') ?? '';
  const id = decodeGoogleEventId(raw);
  const title = textOf(chip.querySelector('[aria-hidden="true"]')) || linesOf(chip)[0] || '';
  if (!id || !title) return null;
  const label = (chip.getAttribute('aria-label') ?? '').replace(title, ' ');
  const parsed = parseWhenText(label);
  // The chip in hand knows its own day: no search of the grid for it.
  const date = dayOf(chip) ?? (parsed.date ? { ...parsed.date } : null);
  return build(id, 'chip', {
    title,
    ...timesFromParts(date, date, parsed.times, id, doc),
    recurring: id.occurrence !== undefined,
    attendees: [],
  });
}

function readPopover(doc: Document): CalendarEvent | null {
  const dialog = lastShown(doc, SELECTORS.popover);
  const holder = dialog?.querySelector(SELECTORS.popoverEvent);
  const id = decodeGoogleEventId(holder?.getAttribute('data-eventid') ?? '');
  if (!dialog || !holder || !id) return null;
  const title = textOf(firstMatch(dialog, SELECTORS.popoverTitle));
  // The popover is rebuilt as it loads: wait for the title rather than report a half-built event.
  if (!title) return null;

  const whenLines = linesOf(dialog.querySelector(SELECTORS.popoverWhen));
  const guests = dialog.querySelector(SELECTORS.popoverGuests);
  const attendees = readGuests(guests, id);
  const guestCount = countGuests(guests, attendees.length);
  const chipDate = dayOfChip(doc, holder.getAttribute('data-eventid') ?? '');
  const times = timesFrom(whenLines[0] ?? '', chipDate, id, doc);

  return build(id, 'popover', {
    title,
    ...times,
    // A second line under the date is the recurrence rule ("Weekly on Thursday").
    recurring: id.occurrence !== undefined || whenLines.length > 1,
    attendees,
    guestCount,
    videoLink: videoLinkIn(dialog.querySelector(SELECTORS.popoverVideo), dialog.querySelector(SELECTORS.popoverDescription), dialog),
  });
}

function readEditPage(doc: Document): CalendarEvent | null {
  const page = doc.querySelector(SELECTORS.editPage);
  if (!page || !isShown(page)) return null;
  const raw = EDIT_PATH.exec(doc.location?.pathname ?? '')?.[1] ?? page.querySelector('[data-eventid]')?.getAttribute('data-eventid');
  const id = decodeGoogleEventId(raw ?? '');
  if (!id) return null;
  const titleInput = firstMatch(page, SELECTORS.editTitle) as HTMLInputElement | null;
  const title = (titleInput?.value || titleInput?.getAttribute('data-initial-value') || '').trim();
  if (!title) return null;

  const allDayBox = page.querySelector(SELECTORS.editAllDay) as HTMLInputElement | null;
  const allDay = allDayBox?.checked === true || allDayBox?.getAttribute('aria-checked') === 'true';
  const startText = `${valueOf(page, SELECTORS.editStartDate)} ${allDay ? '' : valueOf(page, SELECTORS.editStartTime)}`;
  const endText = `${valueOf(page, SELECTORS.editEndDate)} ${allDay ? '' : valueOf(page, SELECTORS.editEndTime)}`;
  const start = parseWhenText(startText);
  const end = parseWhenText(endText);
  const parsed = timesFromParts(start.date, end.date ?? start.date, [...start.times.slice(0, 1), ...end.times.slice(0, 1)], id, doc);
  // Only the all-day box says all-day here: time inputs we cannot read must not turn a 1:1 into an all-day event.
  const times =
    allDay || !parsed.allDay
      ? parsed
      : { ...parsed, allDay: false, ...(id.occurrenceStart?.includes('T') ? { start: id.occurrenceStart } : {}) };

  const recurrence = textOf(firstMatch(page, SELECTORS.editRecurrence));
  return build(id, 'edit-page', {
    title,
    ...times,
    recurring: id.occurrence !== undefined || (recurrence !== '' && !saysDoesNotRepeat(recurrence)),
    attendees: readGuests(page, id),
    videoLink: videoLinkIn(page),
  });
}

type Parts = Pick<CalendarEvent, 'title' | 'start' | 'end' | 'allDay' | 'recurring' | 'attendees' | 'guestCount' | 'videoLink'>;

function build(id: GoogleEventId, source: EventSource, parts: Parts): CalendarEvent {
  const seriesKey = `google-calendar:${id.eventId}`;
  const event: CalendarEvent = {
    site: 'google-calendar',
    key: id.occurrence ? `${seriesKey}/${id.occurrence}` : seriesKey,
    seriesKey,
    eventId: id.eventId,
    title: parts.title,
    allDay: parts.allDay,
    recurring: parts.recurring,
    attendees: parts.attendees,
    source,
  };
  if (id.occurrence) event.occurrence = id.occurrence;
  if (id.calendar) event.calendar = id.calendar;
  if (parts.start) event.start = parts.start;
  if (parts.end) event.end = parts.end;
  if (parts.guestCount !== undefined) event.guestCount = parts.guestCount;
  if (parts.videoLink) event.videoLink = parts.videoLink;
  return event;
}

function readGuests(root: Element | null, id: GoogleEventId): Attendee[] {
  if (!root) return [];
  const seen = new Set<string>();
  const attendees: Attendee[] = [];
  for (const element of root.querySelectorAll('[data-email]')) {
    const email = element.getAttribute('data-email')?.trim().toLowerCase();
    if (!isEmail(email) || seen.has(email)) continue;
    seen.add(email);
    const label = element.getAttribute('aria-label') ?? '';
    const name = (label.split(',')[0] ?? '').trim() || linesOf(element)[0] || undefined;
    const attendee: Attendee = { email };
    if (name && name.toLowerCase() !== email) attendee.name = name;
    if (isOrganizerLabel(label) || linesOf(element).slice(1).some(isOrganizerLabel)) attendee.organizer = true;
    if (email.endsWith(ROOM_DOMAIN)) attendee.resource = true;
    if (id.calendar && email === id.calendar.toLowerCase()) attendee.self = true;
    attendees.push(attendee);
  }
  return attendees;
}

/** "23 guests" above a list that shows only some: the number is what counts. */
function countGuests(guests: Element | null, listed: number): number | undefined {
  const summary = guests ? linesOf(guests)[0] : undefined;
  const count = Number(/\d+/.exec(summary ?? '')?.[0]);
  return Number.isInteger(count) && count > listed ? count : undefined;
}

/** The day (from `data-datekey`) of the grid chip with this event id. */
function dayOfChip(doc: Document, rawId: string): WallDate | null {
  if (!rawId) return null;
  for (const chip of doc.querySelectorAll(SELECTORS.chip)) {
    if (chip.getAttribute('data-eventid') !== rawId || chip.closest('[role="dialog"]')) continue;
    const day = dayOf(chip);
    if (day) return day;
  }
  return null;
}

/** The day a grid chip sits in, from its day container's `data-datekey`: (year - 1970) << 9 | month << 5 | day. */
function dayOf(chip: Element): WallDate | null {
  const key = Number(chip.closest(SELECTORS.dayContainer)?.getAttribute('data-datekey'));
  return Number.isInteger(key) && key > 0 ? { year: (key >> 9) + 1970, month: (key >> 5) & 15, day: key & 31 } : null;
}

function timesFrom(whenLine: string, chipDate: WallDate | null, id: GoogleEventId, doc: Document) {
  const parsed = parseWhenText(whenLine);
  const date = parsed.date ? { ...chipDate, ...parsed.date, year: parsed.date.year ?? chipDate?.year } : chipDate;
  return timesFromParts(date, date, parsed.times, id, doc);
}

function timesFromParts(
  startDate: WallDate | null,
  endDate: WallDate | null,
  times: WallTime[],
  id: GoogleEventId,
  doc: Document,
): Pick<Parts, 'start' | 'end' | 'allDay'> {
  const day = startDate ?? dateFromOccurrence(id);
  if (!day) return { allDay: false };
  // No time in the text and no date either: a timed occurrence whose id says when.
  if (!times[0] && !startDate && id.occurrenceStart?.includes('T')) return { allDay: false, start: id.occurrenceStart };
  // What the page shows wins over the occurrence suffix: a moved occurrence keeps its original suffix.
  return wallTimes(day, endDate, times, yearFromOccurrence(id) ?? yearFromUrl(doc) ?? new Date().getFullYear());
}

function dateFromOccurrence(id: GoogleEventId): WallDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(id.occurrenceStart ?? '');
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

function yearFromOccurrence(id: GoogleEventId): number | undefined {
  return dateFromOccurrence(id)?.year;
}

function yearFromUrl(doc: Document): number | undefined {
  const match = VIEW_DATE_PATH.exec(doc.location?.pathname ?? '');
  return match ? Number(match[1]) : undefined;
}

function valueOf(root: Element, selector: string): string {
  const input = root.querySelector(selector) as HTMLInputElement | null;
  return (input?.value || input?.getAttribute('value') || input?.getAttribute('data-date') || textOf(input)).trim();
}
