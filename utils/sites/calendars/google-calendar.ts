/**
 * Google Calendar (calendar.google.com).
 *
 * Quirks of this page, learnt from public captures and kept in
 * shared/CALENDAR-DOM.md and docs/ADAPTERS.md. The fixtures in
 * tests/fixtures/google-calendar/ follow the layout of a live capture of the
 * details popover (June 2026): the main ones are that layout, `older-*` the one
 * before it. Both are read.
 *
 * - 2026: the title sits INSIDE `#xDetDlgWhen`, above the date line. Never
 *   read times from text that holds the title ("1:1 Sam" has digits): the date
 *   line is its own element, the recurrence the line after it.
 * - 2026: `#xDetDlgAtt` holds only the counts ("4 guests", "1 yes"); the guest
 *   rows are `[role=treeitem][data-email]` of a `[role=tree]` beside it. Older
 *   pages put `[data-email]` rows inside `#xDetDlgAtt`. Read rows wherever they are.
 * - The calendar part of `data-eventid` can be cut short ("me@m"): a full
 *   address for "you" comes only from a complete one (or `#xDetDlg[jslog]`).
 * - The popover streams in over 1–2 s (Meet row, guest rows): the dock reads
 *   again on every change, so a half-loaded popover is read again when complete.
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
import { cleanAttendee, cleanTitle } from '../../rules/plain-text';
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
  onlyOnce,
} from './dom';
import { isConfirmLabel, isDeleteLabel, isOrganizerLabel, saysDoesNotRepeat } from './labels';
import { parseWhenText, wallTimes, type WallDate, type WallTime } from './when-text';
import type { Attendee, CalendarAdapter, CalendarEvent, EventSource, PageProblem } from './types';

/** Selectors, stable → fragile. [A] attribute/id, [L] language-dependent. */
// Ids inside the popover are written [id="…"]: hidden leftover popovers repeat them, and a
// "#id" lookup may stop at the first one in the document (jsdom does), not the one in this popover.
export const SELECTORS = {
  /** [A] The details popover (hidden leftovers exist: take the last shown). */
  popover: 'div[role="dialog"][data-chips-dialog="true"]',
  /** [A] Inside the popover: carries the event id. */
  popoverEvent: '[id="xDetDlg"][data-eventid], [data-eventid]',
  /** [A] Title: id first, then the dialog's heading. */
  popoverTitle: ['[id="rAECCd"]', 'span[role="heading"]', '[role="heading"]'],
  /**
   * [A] The title (2026), the date line, then the recurrence (recurring events
   * only). Each is its own element: see whenLines().
   */
  popoverWhen: '[id="xDetDlgWhen"]',
  /** [A] The guest counts ("4 guests", "1 yes"); before 2026 the rows too. */
  popoverGuests: '[id="xDetDlgAtt"]',
  /** [A] A guest row: 2026 tree rows, and `[data-email]` anywhere (older). The organiser's row has this id. */
  guestRow: '[role="treeitem"][data-email], [role="treeitem"][data-id], [role="treeitem"][data-hovercard-id], [data-email]',
  organizerRow: '[id="xDtlDlgOrg"]',
  popoverVideo: '[id="xDetDlgVideo"]',
  popoverDescription: '[id="xDetDlgDesc"]',
  /** [A] Grid chips in every view (a stacked chip has the id on its container, role=button inside). */
  chip: '[data-eventchip][data-eventid], [data-eventid]:not([id="xDetDlg"])',
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
  /** [A] The popover's delete and edit buttons (2026: the edit button has no id, [O] jsname); [L] the label is the fallback. */
  popoverDelete: '[id="xDetDlgDelBu"], [aria-label="Delete event"]',
  popoverEdit: '[id="xDetDlgEditBu"], [jsname="DyVDA"], [aria-label="Edit event"]',
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
/** Up to this many guests the popover lists them all (a bigger meeting may show only the counts). */
const LISTED_GUESTS = 10;
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
  readGridEvents(doc) {
    return onlyOnce(
      [...doc.querySelectorAll(SELECTORS.chip)]
        // A stacked chip has the id on its container and on the button inside: the outermost speaks.
        .filter((chip) => !chip.closest('[role="dialog"]') && !chip.parentElement?.closest(SELECTORS.chip))
        .map((chip) => readChip(doc, chip)),
    );
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
    // The page's own id first: it holds the calendar exactly as the page wrote it.
    const raw =
      listedChip(doc, event)?.getAttribute('data-eventid') ??
      encodeGoogleEventId(`${event.eventId}${event.occurrence ? `_${event.occurrence}` : ''}${event.calendar ? ` ${event.calendar}` : ''}`);
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
  checkHealth(doc) {
    const dialog = lastShown(doc, SELECTORS.popover);
    if (!dialog) return null;
    const problems: PageProblem[] = [];
    if (!decodeGoogleEventId(dialog.querySelector(SELECTORS.popoverEvent)?.getAttribute('data-eventid') ?? ''))
      problems.push('no-event-id');
    if (!textOf(firstMatch(dialog, SELECTORS.popoverTitle))) problems.push('no-title');
    const event = readPopover(doc);
    if (event && !event.start) problems.push('no-time');
    const count = event?.guestCount ?? 0;
    if (event && event.attendees.length === 0 && count > 0 && count <= LISTED_GUESTS) problems.push('no-guest-rows');
    if (!dialog.querySelector(SELECTORS.popoverDelete)) problems.push('no-delete-button');
    return { problems, outlineRoot: dialog };
  },
};

/** The grid chips (not the popover's) of one event id and occurrence (the calendar part may be cut short there). */
function* chipsOf(doc: Document, { eventId, occurrence }: Pick<GoogleEventId, 'eventId' | 'occurrence'>): Generator<Element> {
  for (const chip of doc.querySelectorAll(SELECTORS.chip)) {
    const id = decodeGoogleEventId(chip.getAttribute('data-eventid') ?? '');
    if (id && id.eventId === eventId && id.occurrence === occurrence && !chip.closest('[role="dialog"]')) yield chip;
  }
}

/** The grid chip of an event. */
function listedChip(doc: Document, event: CalendarEvent): Element | null {
  for (const chip of chipsOf(doc, event)) return chip;
  return null;
}

/** A grid chip alone: its title is the first line, its time is in its aria-label, its day in `data-datekey`. */
function readChip(doc: Document, chip: Element): CalendarEvent | null {
  const raw = chip.getAttribute('data-eventid') ?? '';
  const id = decodeGoogleEventId(raw);
  const visible = chip.querySelector('[aria-hidden="true"]');
  const title = textOf(visible?.querySelector('.I0UMhf, span') ?? visible) || linesOf(chip)[0] || '';
  if (!id || !title) return null;
  // The label a screen reader hears: the chip's aria-label, or (2026) its hidden text beside the aria-hidden block.
  const labelText = chip.getAttribute('aria-label') ?? chipLabel(chip);
  const label = labelText.replace(title, ' ');
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
  const decoded = decodeGoogleEventId(holder?.getAttribute('data-eventid') ?? '');
  if (!dialog || !holder || !decoded) return null;
  const heading = firstMatch(dialog, SELECTORS.popoverTitle);
  const title = textOf(heading);
  // The popover is rebuilt as it loads: wait for the title rather than report a half-built event.
  if (!title) return null;
  const id = withFullCalendar(decoded, holder.getAttribute('jslog'));

  // The date line is the first that holds a date or a time; the recurrence ("Weekly on Thursday") follows it.
  const lines = whenLines(dialog.querySelector(SELECTORS.popoverWhen), heading);
  const at = lines.findIndex((line) => {
    const parsed = parseWhenText(line);
    return parsed.date !== null || parsed.times.length > 0;
  });
  const dateLine = at >= 0 ? (lines[at] ?? '') : '';
  const recurrence = at >= 0 ? lines[at + 1] : undefined;
  const attendees = readGuests(dialog, id);
  const guestCount = countGuests(dialog.querySelector(SELECTORS.popoverGuests), attendees.length);
  const chipDate = dayOfChip(doc, decoded);
  // The date line, else the video row's plain-text copy of it ("<title>\n<date> · <time>\n…"); the day is cross-checked.
  const details = detailsDateLine(dialog);
  const times = timesFrom(dateLine || details, agreedDay(dateLine, chipDate, details), id, doc);

  return build(id, 'popover', {
    title,
    ...times,
    // A line under the date is the recurrence rule ("Weekly on Thursday").
    recurring: id.occurrence !== undefined || recurrence !== undefined,
    attendees,
    guestCount,
    videoLink: videoLinkIn(dialog.querySelector(SELECTORS.popoverVideo), dialog.querySelector(SELECTORS.popoverDescription), dialog),
  });
}

/**
 * The lines of `#xDetDlgWhen` that are not the title: the date line, then the
 * recurrence. In 2026 the title's wrapper is the first of the lines' block; in
 * older pages the title sits outside and every child is a line.
 */
function whenLines(when: Element | null, heading: Element | null): string[] {
  if (!when) return [];
  if (!heading || !when.contains(heading)) return linesOf(when);
  let line: Element = heading;
  while (line.parentElement && line.parentElement !== when && line.parentElement.children.length === 1) line = line.parentElement;
  const block = line.parentElement ?? when;
  return [...block.children]
    .filter((child) => child !== line && !child.contains(heading))
    .map((child) => textOf(child))
    .filter(Boolean);
}

/** The date line of the video row's plain-text copy, for a popover whose date line we cannot find. */
function detailsDateLine(dialog: Element): string {
  const details = dialog.querySelector(`${SELECTORS.popoverVideo}[data-details]`)?.getAttribute('data-details') ?? '';
  return details.split('\n')[1]?.trim() ?? '';
}

/**
 * `data-eventid` may cut the calendar part short ("me@m"); `#xDetDlg[jslog]`
 * holds `2:["<eventId>","<calendar>"`. A calendar is kept only as a full
 * address: the cut one never stands for the user.
 */
function withFullCalendar(id: GoogleEventId, jslog: string | null): GoogleEventId {
  const logged = /\b2:\["([^"]+)","([^"]+)"/.exec(jslog ?? '');
  const full = logged && logged[1] === id.eventId && isEmail(logged[2]) ? logged[2] : undefined;
  const { calendar, ...rest } = id;
  if (full && (!calendar || full.toLowerCase().startsWith(calendar.toLowerCase()))) return { ...rest, calendar: full };
  return isEmail(calendar) ? id : rest;
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
    title: cleanTitle(parts.title),
    allDay: parts.allDay,
    recurring: parts.recurring,
    attendees: parts.attendees.map(cleanAttendee),
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
  for (const row of root.querySelectorAll(SELECTORS.guestRow)) {
    // The outermost row only: inner parts repeat its address.
    if (row.parentElement?.closest(SELECTORS.guestRow)) continue;
    const email = addressOf(row);
    if (!email || seen.has(email)) continue;
    seen.add(email);
    const label = row.getAttribute('aria-label') ?? '';
    const name = nameOfGuest(row, label);
    const attendee: Attendee = { email };
    if (name && name.toLowerCase() !== email) attendee.name = name;
    const roleLines = linesOf(row).slice(1);
    if (row.matches(SELECTORS.organizerRow) || isOrganizerLabel(label) || roleLines.some(isOrganizerLabel)) attendee.organizer = true;
    if (email.endsWith(ROOM_DOMAIN)) attendee.resource = true;
    if (id.calendar && email === id.calendar.toLowerCase()) attendee.self = true;
    attendees.push(attendee);
  }
  return attendees;
}

/** A guest row's address: `data-email`, else `data-id` or `data-hovercard-id` when they hold one. */
function addressOf(row: Element): string | undefined {
  for (const attribute of ['data-email', 'data-id', 'data-hovercard-id']) {
    const value = row.getAttribute(attribute)?.trim().toLowerCase();
    if (isEmail(value)) return value;
  }
  return undefined;
}

/**
 * A guest's name: the row's first text (its own element), checked against the
 * label ("Name, Attending, Organizer": a name may hold a comma, so the label
 * alone cannot say where it ends).
 */
function nameOfGuest(row: Element, label: string): string | undefined {
  const first = firstText(row);
  const fromLabel = (label.split(',')[0] ?? '').trim();
  if (first && (!label || label.startsWith(first))) return first;
  return fromLabel || first || undefined;
}

/** The text of the first element that holds text of its own (no element children). */
function firstText(root: Element): string {
  for (const element of root.querySelectorAll('*')) {
    if (element.children.length === 0 && element.getAttribute('aria-hidden') !== 'true') {
      const text = textOf(element);
      if (text) return text;
    }
  }
  return '';
}

/** "23 guests" (the summary's first line): the number is what counts when fewer rows are listed. */
function countGuests(summary: Element | null, listed: number): number | undefined {
  const line = summary
    ? [...summary.querySelectorAll('*')].find((element) => element.children.length === 0 && /\d/.test(element.textContent ?? ''))
    : null;
  const count = Number(/\d+/.exec(textOf(line) || (summary ? linesOf(summary)[0] : '') || '')?.[0]);
  return Number.isInteger(count) && count > listed ? count : undefined;
}

/** The hidden label of a 2026 chip: its text outside the aria-hidden block ("3pm to 4pm, Title, …, October 6, 2026"). */
function chipLabel(chip: Element): string {
  const label = [...chip.querySelectorAll('*')].find(
    (element) => element.children.length === 0 && !element.closest('[aria-hidden="true"]') && textOf(element),
  );
  return textOf(label);
}

/** The day (from `data-datekey`) of the grid chip of this event (same id and occurrence). */
function dayOfChip(doc: Document, id: GoogleEventId): WallDate | null {
  for (const chip of chipsOf(doc, id)) {
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
  const sameDay = !chipDate || !parsed.date || (parsed.date.month === chipDate.month && parsed.date.day === chipDate.day);
  const date = parsed.date && sameDay ? { ...chipDate, ...parsed.date, year: parsed.date.year ?? chipDate?.year } : chipDate;
  return timesFromParts(date, date, parsed.times, id, doc);
}

/**
 * The day three places say: the date line, the chip's `data-datekey` (no
 * words, so no language to misread) and the video row's copy. Two that agree
 * win; without agreement the chip's day (when there is a chip) is trusted over
 * words we may have misread. Null leaves the date line alone.
 */
function agreedDay(dateLine: string, chipDate: WallDate | null, detailsLine: string): WallDate | null {
  if (!chipDate) return null;
  const line = parseWhenText(dateLine).date;
  const details = parseWhenText(detailsLine).date;
  const same = (a: WallDate | null, b: WallDate | null) => !!a && !!b && a.month === b.month && a.day === b.day;
  if (line && details && same(line, details) && !same(line, chipDate)) return { ...line, year: line.year ?? chipDate.year };
  return chipDate;
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
