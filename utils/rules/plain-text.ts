/**
 * Text from outside (a calendar page, a panel URL, a backup) made safe to keep and
 * show: bidirectional controls removed (U+202E and friends can make "Sam" read as
 * someone else, or a title hide its end), and a length that cannot break a layout
 * or a schema. Small and pure: the content scripts use it too.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A title is cut to this many characters (the calendars allow about 1,000; a panel heading shows 80). */
export const TITLE_MAX = 500;
export const NAME_MAX = 200;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** At most `max` characters, ending in "…" when cut, never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

export function cleanTitle(title: string): string {
  return clip(withoutBidiControls(title).replace(/\s+/g, ' ').trim(), TITLE_MAX);
}

export function cleanName(name: string): string {
  return clip(withoutBidiControls(name).replace(/\s+/g, ' ').trim(), NAME_MAX);
}

/** A guest as the page names them, with the name made safe to show. */
export function cleanAttendee<T extends { name?: string }>(attendee: T): T {
  if (attendee.name === undefined) return attendee;
  const name = cleanName(attendee.name);
  if (name === attendee.name) return attendee;
  const cleaned = { ...attendee };
  if (name) cleaned.name = name;
  else delete cleaned.name;
  return cleaned;
}
