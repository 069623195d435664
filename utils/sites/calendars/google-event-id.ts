/**
 * Google Calendar's `data-eventid` (and the `eid` of edit-page URLs) is base64,
 * often without padding and sometimes URL-safe, of
 * `<eventId>[_<occurrence>] <calendarEmail>`. The `_…` suffix marks one
 * occurrence of a recurring series: `20260305T100000Z` for timed events,
 * `20260305` for all-day ones.
 */

export interface GoogleEventId {
  eventId: string;
  /** The raw occurrence suffix, e.g. `20260305T100000Z`. */
  occurrence?: string;
  /** ISO start of the occurrence (instant or date), when the suffix is present. */
  occurrenceStart?: string;
  calendar?: string;
}

const OCCURRENCE = /^(.+)_(\d{8}(?:T\d{6}Z)?)$/;

/**
 * The ids already read, as the page wrote them: finding the chip of an open 1:1 reads every
 * chip's id, on every scan of a page that re-renders many times a second, and the page writes
 * the same ids again each time (docs/PERFORMANCE.md). Bounded; each answer frozen, as it is shared.
 */
const decodedIds = new Map<string, Readonly<GoogleEventId> | null>();
const DECODED_KEPT = 2000;

export function decodeGoogleEventId(raw: string): Readonly<GoogleEventId> | null {
  const known = decodedIds.get(raw);
  if (known !== undefined) return known;
  const decoded = decodeOnce(raw);
  if (decodedIds.size >= DECODED_KEPT) decodedIds.clear();
  decodedIds.set(raw, decoded && Object.freeze(decoded));
  return decoded;
}

function decodeOnce(raw: string): GoogleEventId | null {
  const text = decodeBase64(raw.trim());
  if (text === null) return null;
  const [idPart, calendar] = text.split(' ', 2);
  if (!idPart || !/^[\w.@-]+$/.test(idPart)) return null;
  const match = OCCURRENCE.exec(idPart);
  const decoded: GoogleEventId = { eventId: match?.[1] ?? idPart };
  if (match?.[2]) {
    decoded.occurrence = match[2];
    decoded.occurrenceStart = occurrenceToIso(match[2]);
  }
  if (calendar && calendar.includes('@')) decoded.calendar = calendar;
  return decoded;
}

function decodeBase64(raw: string): string | null {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(raw)) return null;
  const standard = raw.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
  try {
    const text = atob(padded);
    // Printable ASCII only: anything else means this was not an event id.
    return /^[\x20-\x7e]+$/.test(text) ? text : null;
  } catch {
    return null;
  }
}

function occurrenceToIso(occurrence: string): string {
  const date = `${occurrence.slice(0, 4)}-${occurrence.slice(4, 6)}-${occurrence.slice(6, 8)}`;
  if (occurrence.length === 8) return date;
  const time = `${occurrence.slice(9, 11)}:${occurrence.slice(11, 13)}:${occurrence.slice(13, 15)}`;
  return `${date}T${time}.000Z`;
}

/** The inverse, for fixtures and tests. */
export function encodeGoogleEventId(text: string): string {
  return btoa(text).replace(/=+$/, '');
}
