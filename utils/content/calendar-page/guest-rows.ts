/**
 * Google Calendar's popover (2026) streams in: "2 guests" and the title come
 * first, the guest rows a moment later. Read before the rows, a 1:1 is known
 * only by its title and its person has no address; so the dock and the delete
 * guard give the rows a moment (the page takes 1–2 s at most).
 */
import type { CalendarEvent } from '@/utils/sites/calendars/types';

export const GUEST_ROWS_WAIT_MS = 1500;

/** A popover whose guest counts are in but whose guest rows are not (yet). */
export function awaitsGuestRows(event: CalendarEvent): boolean {
  return event.source === 'popover' && event.attendees.length === 0 && (event.guestCount ?? 0) > 0;
}
