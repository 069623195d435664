/**
 * Outlook on the web (outlook.office.com, outlook.office365.com,
 * outlook.live.com, outlook.cloud.microsoft).
 *
 * Quirks of this page, learnt from public extensions and kept in
 * shared/CALENDAR-DOM.md; fixtures in tests/fixtures/outlook/ were
 * reconstructed from those notes on 2026-11-22 (en-US, de-DE; week view, peek
 * card, event form; office.com and cloud.microsoft) and should be replaced by
 * scrubbed captures when we have them.
 *
 * - Hashed class names change with every build: only ids, roles,
 *   `data-app-section`, `data-calitemid` and `data-icon-name` are used.
 * - Grid chips carry the Exchange item id (`data-calitemid`) around a button
 *   whose aria-label says everything else in words: "Subject, 9:00 AM to
 *   10:00 AM, Thursday, March 5, 2026, By Alex Kim, Busy, Recurring event".
 *   The chip is the only place with the date in a readable form, so the peek
 *   card is tied back to its chip.
 * - The peek card floats in a layer of its own, away from the chip, and takes
 *   about a second to appear. It shows subject, time, people and the call
 *   link, and has no item id: the chip that opened it is the one whose button
 *   is expanded, else the one with the same subject and time.
 * - The full event form (URL `/calendar/item/<id>`, or the reading pane)
 *   has ids ending in `_SUBJECT`, `_DATETIME`…, and people as "persona"
 *   elements labelled `Name <address>`.
 * - "Canceled: " / "Declined: " in front of a subject is a state, not a title.
 * - Everything worded goes through labels.ts.
 */
import { cleanAttendee, cleanTitle } from '../../rules/plain-text';
import {
  controlOf,
  dismissDialog,
  scopeConfirmedBy,
  scopeDialogOf,
  firstMatch,
  isEmail,
  lastShown,
  linesOf,
  nameOf,
  textOf,
  videoLinkIn,
  onlyOnce,
} from './dom';
import { isCancelEventLabel, isConfirmLabel, isDeleteLabel, isOrganizerLabel, nameAfterBy, saysAllDay, splitStatusPrefix } from './labels';
import { NUMERIC_DATE, parseNumericDate, parseWhenText, wallTimes, type WallDate, type WallTime } from './when-text';
import type { Attendee, CalendarAdapter, CalendarEvent, EventSource, PageProblem } from './types';

/** Selectors, stable → fragile. [A] attribute/id/role, [L] language-dependent. */
export const SELECTORS = {
  /** [A] Grid chips: the item id wraps the button that carries the words. */
  chip: '[data-calitemid]',
  chipButton: '[role="button"][aria-label]',
  /** [A] The all-day strip above the timed grid. */
  allDayArea: '[data-app-section^="calendar-view-header"]',
  /** [A] The peek card, in its own floating layer. */
  peek: '[data-app-section="CalendarItemPeek"]',
  peekTitle: ['[role="heading"]', 'h1, h2, h3'],
  /** [L] The peek's time line ("Thu 3/5/2026 10:00 AM - 10:30 AM"): only when no chip is found. */
  peekTime: ['span[aria-label="Time"]', '[data-app-section="PeekTime"]'],
  /** [A] The full event form or reading pane. */
  form: '[data-app-section="Form_Content"]',
  formSubject: ['[id$="_SUBJECT"] input', '[id$="_SUBJECT"]'],
  formDateTime: '[id$="_DATETIME"]',
  /** [A] Where the form keeps optional guests and rooms. TODO(2026-11-22): confirm on a live capture. */
  formOptional: '[id$="_OPTIONAL_ATTENDEES"]',
  formLocation: '[id$="_LOCATION"]',
  /** [A] The location row of the peek card is marked by its icon. */
  locationIcon: 'i[data-icon-name="Location"], i[data-icon-name="Room"]',
  toolbar: '[data-app-section="Toolbar"]',
  /** [A] Icons are named in every language. */
  recurringIcon: 'i[data-icon-name="RepeatAll"], i[data-icon-name="RepeatOne"]',
  deleteIcon: 'i[data-icon-name="Delete"], i[data-icon-name="CalendarCancel"]',
  editIcon: 'i[data-icon-name="Edit"]',
  /** [A] Fluent modals: the page's own "which occurrences?" question. */
  modal: '[id^="ModalFocusTrapZone"]',
  /** [A] The signed-in account ("Me control" of the Microsoft 365 header): address, then name. */
  account: ['#mectrl_currentAccount_secondary', '#O365_MainLink_Me'],
  accountName: '#mectrl_currentAccount_primary',
  /** [A] People in cards and forms (2026): a hover target; the address is in it only sometimes. */
  persona: '[data-lpc-hover-target-id]',
  /** [A] Day columns' dates (2026): `YYYY-MM-DD`. */
  columnDate: '[data-column-date]',
} as const;

/** Where the scope question is asked: a Fluent modal (older), or the cancellation pane whose Send ends the meeting (2026). */
const SCOPE_DIALOG = `${SELECTORS.modal}, [role="dialog"], [role="region"], [data-app-section]`;
const HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'];
const ITEM_PATH = /\/calendar\/(?:\d+\/)?item\/([^/?#]+)/;
const PERSONA = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/;
/** [L] The first part of a chip's label that names its icon ("Meeting icon", "Besprechungssymbol"). */
const ICON_PART = /(^|\s)(icon|symbol|symbole|icono|ícone|icona|pictogram)$|symbol$|アイコン$/i;
/** A time of day in a chip's words: "10:00 AM", "10:00", "3 PM". */
const TIME_WORD = /\d{1,2}[:.]\d{2}|\d{1,2}\s?[ap]\.?\s?m\b/i;

export const outlook: CalendarAdapter = {
  id: 'outlook',
  label: 'Outlook on the web',
  matches: HOSTS.map((host) => `https://${host}/*`),
  hosts: HOSTS,
  readOpenEvent(doc) {
    if (!onCalendar(doc)) return null;
    return readForm(doc) ?? readPeek(doc);
  },
  readChipEvent(doc, target) {
    const chip = target.closest(SELECTORS.chip);
    return chip ? readChip(doc, chip) : null;
  },
  readGridEvents(doc) {
    if (!onCalendar(doc)) return [];
    return onlyOnce([...doc.querySelectorAll(SELECTORS.chip)].map((chip) => readChip(doc, chip)));
  },
  deleteRequest(doc, target, menuEvent) {
    // Mail shares the page: its Delete is never ours to stop.
    if (!onCalendar(doc)) return null;
    const control = controlOf(target);
    if (!control || !isDeleteControl(control)) return null;
    if (control.closest('[role="menu"]')) return menuEvent;
    const peek = control.closest(SELECTORS.peek);
    if (peek) return readPeek(doc);
    if (inEventForm(control)) return readForm(doc);
    return null;
  },
  isDeleteShortcut() {
    // Outlook's own Delete key acts on mail, and on events only through the card or form, which we guard.
    return false;
  },
  scopeConfirm(doc, target) {
    if (!onCalendar(doc)) return null;
    return scopeConfirmedBy(
      target,
      SCOPE_DIALOG,
      (control) =>
        control.getAttribute('type') === 'submit' || control.classList.contains('ms-Button--primary') || isConfirmLabel(nameOf(control)),
    );
  },
  dismissScope(_doc, confirm) {
    const modal = scopeDialogOf(confirm, SCOPE_DIALOG);
    const others = modal ? [...modal.querySelectorAll('button')].filter((button) => button !== controlOf(confirm)) : [];
    dismissDialog(modal ?? null, others.at(-1));
  },
  openEditor(doc, event) {
    const peek = lastShown(doc, SELECTORS.peek);
    const edit = peek?.querySelector(SELECTORS.editIcon)?.closest('button, [role="button"]');
    if (edit) {
      (edit as HTMLElement).click();
      return true;
    }
    const form = lastShown(doc, SELECTORS.form);
    const when = form?.querySelector(`${SELECTORS.formDateTime} input, ${SELECTORS.formDateTime} button`);
    if (when) {
      (when as HTMLElement).focus();
      return true;
    }
    const location = doc.defaultView?.location;
    if (!location) return false;
    const base = /^(.*?\/calendar\/(?:\d+\/)?)/.exec(location.pathname)?.[1] ?? '/calendar/';
    location.assign(`${base}item/${encodeURIComponent(event.eventId)}`);
    return true;
  },
  isListed(doc, event) {
    return chipOf(doc, event.eventId) !== null;
  },
  readListedEvent(doc, event) {
    const chip = chipOf(doc, event.eventId);
    return chip ? readChip(doc, chip) : null;
  },
  checkHealth(doc) {
    if (!onCalendar(doc)) return null;
    const form = lastShown(doc, SELECTORS.form);
    const peek = form ? null : lastShown(doc, SELECTORS.peek);
    const root = form ?? peek;
    if (!root) return null;
    const problems: PageProblem[] = [];
    const heading = form ? formSubjectOf(form) : textOf(firstMatch(root, SELECTORS.peekTitle));
    if (!heading) problems.push('no-title');
    const event = form ? readForm(doc) : readPeek(doc);
    // A subject but no item id: neither the URL, the card nor a chip of the grid names the event.
    if (heading && !event) problems.push('no-event-id');
    if (event && !event.start) problems.push('no-time');
    // The peek card shows no guests (2026): only the form is expected to list them, and only their count is unknown.
    const around = form ? [form.closest(SELECTORS.modal), lastShown(doc, SELECTORS.toolbar), form] : [root];
    const controls = around.flatMap((element) => [...(element?.querySelectorAll('button, [role="button"], [role="menuitem"]') ?? [])]);
    if (!controls.some(isDeleteControl)) problems.push('no-delete-button');
    return { problems, outlineRoot: root };
  },
};

function onCalendar(doc: Document): boolean {
  return /\/calendar(\/|$)/.test(doc.location?.pathname ?? '');
}

/**
 * A control that deletes an event or cancels a meeting: the trash-can icon or a delete
 * word anywhere; the organiser's "Cancel" (2026) only on an event's card or form, where
 * it cannot mean "close this dialog".
 */
function isDeleteControl(control: Element): boolean {
  if (control.querySelector(SELECTORS.deleteIcon) !== null || isDeleteLabel(nameOf(control))) return true;
  return isCancelEventLabel(nameOf(control)) && (control.closest(SELECTORS.peek) !== null || inEventForm(control));
}

/** In the event form or its command bar (2026: the bar sits beside the form, in the same modal). */
function inEventForm(control: Element): boolean {
  if (control.closest(SELECTORS.toolbar) || control.closest(SELECTORS.form)) return true;
  const modal = control.closest(SELECTORS.modal);
  return modal?.querySelector(`${SELECTORS.form} [id$="_SUBJECT"]`) != null;
}

// ── the grid chip ────────────────────────────────────────────────────────────

interface ChipWords {
  title: string;
  status?: 'cancelled' | 'declined';
  date: WallDate | null;
  times: WallTime[];
  allDayWords: boolean;
  organizerName?: string;
}

/** The chip of an item: one attribute lookup (item ids hold + / =, never quotes, but they are escaped all the same). */
function chipOf(doc: Document, itemId: string): Element | null {
  return doc.querySelector(`[data-calitemid="${itemId.replace(/["\\]/g, '\\$&')}"]`);
}

/** The subject, date, times and organiser in a chip's aria-label. */
function chipWords(chip: Element): ChipWords | null {
  const button = chip.querySelector(SELECTORS.chipButton);
  const label = button?.getAttribute('aria-label') ?? chip.getAttribute('aria-label') ?? '';
  if (!label.trim()) return null;
  const parts = label.split(/,\s*/);
  // "Meeting icon, <Subject>, …": an icon's name may come first (2026).
  if (parts.length > 2 && ICON_PART.test(parts[0] ?? '')) parts.shift();
  // The subject may hold commas: it runs up to the first part that is a time or an all-day mark.
  let subjectEnd = parts.findIndex((part, index) => index > 0 && (TIME_WORD.test(part) || saysAllDay(part)));
  if (subjectEnd < 0) subjectEnd = 1;
  const rest = parts.slice(subjectEnd);
  const organizerName = rest.map(nameAfterBy).find(Boolean);
  const when = parseWhenText(rest.filter((part) => !nameAfterBy(part)).join(', '));
  // The tooltip's first line is the subject alone (the label may be cut short, and commas in it are ambiguous).
  const tip = button?.getAttribute('title') ?? '';
  const tooltip = tip.includes('\n') ? tip.split('\n')[0]?.trim() : '';
  const split = splitStatusPrefix(tooltip || parts.slice(0, subjectEnd).join(', ').trim());
  const words: ChipWords = { title: split.title, date: when.date, times: when.times, allDayWords: rest.some(saysAllDay) };
  if (split.status) words.status = split.status;
  if (organizerName) words.organizerName = organizerName;
  return words;
}

function readChip(doc: Document, chip: Element): CalendarEvent | null {
  const itemId = chip.getAttribute('data-calitemid');
  const words = chipWords(chip);
  if (!itemId || !words?.title) return null;
  const allDay = chip.closest(SELECTORS.allDayArea) !== null || words.allDayWords;
  const attendees = personasIn(doc, [chip]);
  markOrganizer(attendees, words.organizerName);
  const date = words.date ?? columnDateOf(doc, chip);
  return build(doc, itemId, 'chip', {
    title: words.title,
    ...timesOf(date, date, allDay ? [] : words.times),
    recurring: isRecurringChip(chip),
    attendees,
    organizerName: words.organizerName,
    ...(words.status ? { status: words.status } : {}),
  });
}

function isRecurringChip(chip: Element): boolean {
  if (chip.querySelector(SELECTORS.recurringIcon)) return true;
  // [L] "…, Recurring event" at the end of the label; the icon is the language-free sign.
  const label = chip.querySelector(SELECTORS.chipButton)?.getAttribute('aria-label') ?? '';
  return /recurring|serie|wiederk|périodique|periódic|ricorrent|terugkerend/i.test(label);
}

/**
 * The day a chip sits in, from the day headers' `data-column-date` (2026): the chip's own
 * column if it carries one, else the header straight above it. Only asked when the label
 * names no date (a truncated label); the label holds the chip's own date.
 */
function columnDateOf(doc: Document, chip: Element): WallDate | null {
  const box = chip.getBoundingClientRect();
  const middle = box.left + box.width / 2;
  const isAbove = (header: Element) => {
    const column = header.getBoundingClientRect();
    return box.width > 0 && column.width > 0 && column.left <= middle && middle < column.right;
  };
  const column = chip.closest(SELECTORS.columnDate) ?? [...doc.querySelectorAll(SELECTORS.columnDate)].find(isAbove);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(column?.getAttribute('data-column-date') ?? '');
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

// ── the peek card ────────────────────────────────────────────────────────────

function readPeek(doc: Document): CalendarEvent | null {
  const peek = lastShown(doc, SELECTORS.peek);
  if (!peek) return null;
  const heading = textOf(firstMatch(peek, SELECTORS.peekTitle));
  // The card is built as it loads: wait for the subject rather than report half an event.
  if (!heading) return null;
  const { title, status } = splitStatusPrefix(heading);
  const timeText = textOf(firstMatch(peek, SELECTORS.peekTime));
  const chip = chipOfPeek(doc, title, timeText);
  const itemId = chip?.getAttribute('data-calitemid') ?? peek.getAttribute('data-calitemid');
  if (!itemId) return null;
  const words = chip ? chipWords(chip) : null;

  let times: TimeParts;
  if (words && chip) {
    const allDay = chip.closest(SELECTORS.allDayArea) !== null || words.allDayWords;
    times = timesOf(words.date, words.date, allDay ? [] : words.times);
  } else {
    const parsed = parseWhenText(timeText);
    const date = parseNumericDate(timeText, languageOf(doc)) ?? parsed.date;
    times = timesOf(date, date, saysAllDay(timeText) ? [] : parsed.times);
  }
  // The 2026 card names the organiser and lists no guests: one person on it is that line, not a guest list.
  const people = personasIn(doc, [peek]);
  const organizerOnly = people.length <= 1;
  const attendees = organizerOnly ? [] : people;
  markOrganizer(attendees, words?.organizerName);
  const stated = status ?? words?.status;
  return build(doc, itemId, 'popover', {
    title,
    ...times,
    recurring: peek.querySelector(SELECTORS.recurringIcon) !== null || (chip ? isRecurringChip(chip) : false),
    attendees,
    videoLink: videoLinkIn(peek),
    organizerName: words?.organizerName ?? (organizerOnly ? people[0]?.name : undefined),
    ...(organizerOnly && people[0] ? { organizer: { ...people[0], organizer: true } } : {}),
    ...(stated ? { status: stated } : {}),
  });
}

/** The chip that opened the peek: its button is expanded; else the only chip with this subject (and time). */
function chipOfPeek(doc: Document, title: string, timeText: string): Element | null {
  const expanded = doc.querySelector(`${SELECTORS.chip} [aria-expanded="true"]`)?.closest(SELECTORS.chip);
  if (expanded) return expanded;
  const same = [...doc.querySelectorAll(SELECTORS.chip)].filter((chip) => chipWords(chip)?.title === title);
  if (same.length <= 1) return same[0] ?? null;
  const date = parseNumericDate(timeText, languageOf(doc)) ?? parseWhenText(timeText).date;
  const start = parseWhenText(timeText.replace(NUMERIC_DATE, ' ')).times[0];
  const matching = same.filter((chip) => {
    const words = chipWords(chip)!;
    const sameDay = !date || (words.date?.month === date.month && words.date.day === date.day);
    const sameTime = !start || (words.times[0]?.hour === start.hour && words.times[0].minute === start.minute);
    return sameDay && sameTime;
  });
  return matching.length === 1 ? matching[0]! : null;
}

// ── the full event form ──────────────────────────────────────────────────────

/** The form's subject: its input's value, or the text of the field. */
function formSubjectOf(form: Element): string {
  const subject = firstMatch(form, SELECTORS.formSubject);
  return ((subject as HTMLInputElement | null)?.value ?? textOf(subject)).trim();
}

function readForm(doc: Document): CalendarEvent | null {
  const form = lastShown(doc, SELECTORS.form);
  if (!form) return null;
  const heading = formSubjectOf(form);
  if (!heading) return null;
  const { title, status } = splitStatusPrefix(heading);
  const when = form.querySelector(SELECTORS.formDateTime);
  const language = languageOf(doc);
  // Fields while editing; else (2026) one summary button: "Wed 2026-08-26 12:30 - 13:00".
  const fields = when ? [...when.querySelectorAll('input:not([type="checkbox"]), [role="combobox"]')].map(inputText).filter(Boolean) : [];
  const values = fields.length > 0 ? fields : splitSummary(textOf(when), language);

  // The item id: the URL (/calendar/item/<id>), else the chip the form was opened from.
  const fromUrl = ITEM_PATH.exec(doc.location?.pathname ?? '')?.[1];
  const itemId =
    (fromUrl ? safeDecode(fromUrl) : undefined) ??
    form.closest('[data-calitemid]')?.getAttribute('data-calitemid') ??
    chipOfPeek(doc, title, values.join(' '))?.getAttribute('data-calitemid');
  if (!itemId) return null;

  const dates = values.map((value) => parseNumericDate(value, language) ?? parseWhenText(value).date).filter((date) => date !== null);
  const times = values.filter((value) => !parseNumericDate(value, language)).flatMap((value) => parseWhenText(value).times);
  const allDaySwitch = when?.querySelector('[role="switch"], input[type="checkbox"]');
  const allDay = allDaySwitch
    ? (allDaySwitch as HTMLInputElement).checked === true || allDaySwitch.getAttribute('aria-checked') === 'true'
    : false;

  const attendees = personasIn(doc, [form]);
  const chip = chipOf(doc, itemId);
  const chipOrganizer = chip ? chipWords(chip)?.organizerName : undefined;
  return build(doc, itemId, 'edit-page', {
    title,
    ...timesOf(dates[0] ?? null, dates[1] ?? dates[0] ?? null, allDay ? [] : times.slice(0, 2)),
    recurring: form.querySelector(SELECTORS.recurringIcon) !== null || (chip ? isRecurringChip(chip) : false),
    attendees,
    videoLink: videoLinkIn(form),
    organizerName: chipOrganizer,
    ...(status ? { status } : {}),
  });
}

/** The form's one-line summary split into its date and its times, as the fields would hold them. */
function splitSummary(summary: string, language: string): string[] {
  if (!summary) return [];
  const date = NUMERIC_DATE.exec(summary)?.[0];
  if (date && parseNumericDate(date, language)) return [date, summary.replace(date, ' ')];
  return [summary];
}

function inputText(element: Element): string {
  return ((element as HTMLInputElement).value || element.getAttribute('value') || textOf(element)).trim();
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

// ── people ───────────────────────────────────────────────────────────────────

const PERSONA_SELECTOR = `${SELECTORS.persona}, [aria-label*="@"], [title*="@"]`;
const ADDRESS = /[^\s<>()@,;:"]+@[^\s<>()@,;:"]+\.[^\s<>()@,;:"]+/;

/**
 * Every person inside the roots, once each: "Name <address>" labels (older layout) and
 * hover targets (2026), whose address is in the target's id, label or title only in some
 * builds. A person whose address the page does not show is kept by name. Rooms and
 * optional guests are marked by where they sit, the user by address or account name.
 */
function personasIn(doc: Document, roots: Element[]): Attendee[] {
  const self = accountEmail(doc);
  const selfName = accountName(doc);
  const seen = new Set<string>();
  const attendees: Attendee[] = [];
  for (const root of roots) {
    for (const element of root.querySelectorAll(PERSONA_SELECTOR)) {
      // The outermost element of a person speaks for it (a hover target holds an avatar, a label…).
      const outer = element.parentElement?.closest(PERSONA_SELECTOR);
      if (outer && root.contains(outer)) continue;
      const person = personaOf(element);
      if (!person) continue;
      const id = person.email ?? `name:${person.name?.toLowerCase()}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const attendee: Attendee = { ...person };
      // [L] A persona line such as "Organizer" under the name.
      if (linesOf(element.parentElement).slice(1).some(isOrganizerLabel)) attendee.organizer = true;
      if (inLocation(element, root)) attendee.resource = true;
      if (element.closest(SELECTORS.formOptional)) attendee.optional = true;
      if (isSelf(attendee, self, selfName)) attendee.self = true;
      attendees.push(attendee);
    }
  }
  return attendees;
}

/** One person's name and address, from the words of its element. */
function personaOf(element: Element): { name?: string; email?: string } | null {
  const label = element.getAttribute('aria-label') ?? '';
  const title = element.getAttribute('title') ?? '';
  const persona = PERSONA.exec(label) ?? PERSONA.exec(title);
  const texts = [element.getAttribute('data-lpc-hover-target-id') ?? '', label, title, textOf(element)];
  const email = (persona?.[2] ?? texts.map((text) => ADDRESS.exec(text)?.[0]).find(isEmail))?.toLowerCase();
  // The name: the persona label, else the avatar's label (it holds only the name), else the
  // longest line shown (an avatar without a label shows initials beside the name).
  const lines = linesOf(element).filter((line) => !ADDRESS.test(line));
  const name = [
    persona?.[1],
    element.querySelector('[role="img"][aria-label]')?.getAttribute('aria-label'),
    lines.sort((a, b) => b.length - a.length)[0],
  ]
    .map((candidate) => candidate?.replace(/<[^>]*>/g, '').trim())
    .find((candidate) => !!candidate && candidate.length <= 200 && !ADDRESS.test(candidate));
  if (!isEmail(email) && !name) return null;
  const person: { name?: string; email?: string } = {};
  if (name && name.toLowerCase() !== email) person.name = name;
  if (isEmail(email)) person.email = email;
  return person;
}

function isSelf(person: Attendee, selfEmail: string | undefined, selfName: string | undefined): boolean {
  if (person.email) return person.email === selfEmail;
  return !!selfName && person.name?.toLowerCase() === selfName.toLowerCase();
}

/** Rooms are listed where the location is: the form's location well, or the card's row with a location icon. */
function inLocation(element: Element, root: Element): boolean {
  if (element.closest(SELECTORS.formLocation)) return true;
  for (let node = element.parentElement; node && node !== root.parentElement; node = node.parentElement) {
    if ([...node.children].some((child) => child.matches(SELECTORS.locationIcon))) return true;
  }
  return false;
}

/** The chip names the organiser ("By Alex Kim"): mark that persona when no line did. */
function markOrganizer(attendees: Attendee[], organizerName: string | undefined): void {
  if (!organizerName || attendees.some((attendee) => attendee.organizer)) return;
  const lower = organizerName.toLowerCase();
  const found = attendees.find((attendee) => attendee.name?.toLowerCase() === lower);
  if (found) found.organizer = true;
}

/** The signed-in user's name, from the Microsoft 365 header. */
function accountName(doc: Document): string | undefined {
  return textOf(doc.querySelector(SELECTORS.accountName)) || undefined;
}

/** The signed-in user's address, from the Microsoft 365 header. */
function accountEmail(doc: Document): string | undefined {
  for (const selector of SELECTORS.account) {
    const element = doc.querySelector(selector);
    const text = `${textOf(element)} ${element?.getAttribute('aria-label') ?? ''}`;
    const email = ADDRESS.exec(text)?.[0]?.toLowerCase();
    if (isEmail(email)) return email;
  }
  return undefined;
}

function languageOf(doc: Document): string {
  return doc.documentElement.getAttribute('lang') ?? 'en-US';
}

// ── building the event ───────────────────────────────────────────────────────

type TimeParts = Pick<CalendarEvent, 'start' | 'end' | 'allDay'>;
type Parts = TimeParts &
  Pick<CalendarEvent, 'title' | 'recurring' | 'attendees' | 'videoLink' | 'status'> & {
    /** The organiser as the chip names them, for the series key when no persona is listed. */
    organizerName?: string | undefined;
    /** The organiser as the card shows them, when it lists no guests. */
    organizer?: Attendee;
  };

function timesOf(startDate: WallDate | null, endDate: WallDate | null, times: WallTime[]): TimeParts {
  return startDate ? wallTimes(startDate, endDate, times, new Date().getFullYear()) : { allDay: false };
}

function build(doc: Document, itemId: string, source: EventSource, parts: Parts): CalendarEvent {
  const key = `outlook:${itemId}`;
  const organizer = parts.attendees.find((attendee) => attendee.organizer);
  // Outlook shows no series id: a series is its organiser's name and its subject, the same from a chip or a card.
  const organizerName = (organizer?.name ?? parts.organizerName ?? organizer?.email ?? '').toLowerCase();
  const title = cleanTitle(parts.title);
  const seriesKey = parts.recurring ? `outlook:series:${organizerName}:${title.toLowerCase()}` : key;
  const event: CalendarEvent = {
    site: 'outlook',
    key,
    seriesKey,
    eventId: itemId,
    title,
    allDay: parts.allDay,
    recurring: parts.recurring,
    attendees: parts.attendees.map(cleanAttendee),
    source,
  };
  const calendar = accountEmail(doc);
  if (calendar) event.calendar = calendar;
  if (parts.start) event.start = parts.start;
  if (parts.end) event.end = parts.end;
  if (parts.videoLink) event.videoLink = parts.videoLink;
  if (parts.status) event.status = parts.status;
  const hint = parts.attendees.length === 0 ? organizerHint(doc, parts) : undefined;
  if (hint) event.organizer = cleanAttendee(hint);
  return event;
}

/**
 * Who organised an event whose page lists no guests: the card's organiser line, else the
 * chip's "By …". Given only when we can tell whether it is the user (their address, or
 * the account's name): a 1:1 is never taken to be with the user.
 */
function organizerHint(doc: Document, parts: Parts): Attendee | undefined {
  const named = parts.organizer ?? (parts.organizerName ? { name: parts.organizerName, organizer: true } : undefined);
  if (!named) return undefined;
  const selfEmail = accountEmail(doc);
  const selfName = accountName(doc);
  const canTell = named.email ? !!selfEmail : !!selfName;
  if (!canTell) return undefined;
  return isSelf(named, selfEmail, selfName) ? { ...named, self: true } : named;
}
