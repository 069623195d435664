/**
 * One look at the settled grid (grid-report.ts says when): the on-demand part of the grid
 * report, loaded with the rest of it (on-demand.ts) once the page is idle.
 */
import type { CalendarAdapter, CalendarEvent } from '@/utils/sites/calendars/types';
import type { Recognition } from '@/utils/rules/recognition';
import { forgetForCalls, rememberForCalls } from './seen-events';

/** The local day of an instant, to tell whether a 1:1's day is on screen. */
const dayOf = (iso: string) => new Date(iso).toDateString();

/** At most this many 1:1s per look (a month view of a busy calendar has fewer). */
export const MAX_PER_LOOK = 60;

/**
 * One look at the grid: every 1:1 chip told (with the guests of its last full read, `full`),
 * and a 1:1 this page told that is gone from a day still on screen told gone.
 */
export function createGridLook(
  adapter: CalendarAdapter,
  /** The content script's own recognition, with the user's settings (not a second copy in this part). */
  recognize: (event: CalendarEvent) => Recognition,
  full: ReadonlyMap<string, CalendarEvent>,
): () => void {
  /** The 1:1s this page reported from its grid: key → the start it showed. */
  const reported = new Map<string, string>();
  return () => {
    try {
      const chips = adapter.readGridEvents?.(document) ?? [];
      const days = new Set(chips.flatMap((chip) => (chip.start ? [dayOf(chip.start)] : [])));
      const standing = new Set(chips.filter((chip) => !chip.status).map((chip) => chip.key));
      for (const [key, start] of reported) {
        if (standing.has(key) || !days.has(dayOf(start))) continue;
        reported.delete(key);
        forgetForCalls(key, start);
      }
      let told = 0;
      for (const chip of chips) {
        if (told >= MAX_PER_LOOK) break;
        // The chip's own time (it may have moved), the guests of its last full read.
        const known = full.get(chip.key);
        const event = known ? { ...chip, attendees: known.attendees, ...(known.organizer ? { organizer: known.organizer } : {}) } : chip;
        if (event.allDay || event.status === 'cancelled' || event.status === 'declined') continue;
        const recognition = recognize(event);
        if (!recognition.isOneOnOne || !recognition.counterpart) continue;
        rememberForCalls(event, recognition.counterpart);
        if (event.start) reported.set(event.key, event.start);
        told++;
      }
    } catch (error) {
      console.debug('[1:1 Companion] grid report', error);
    }
  };
}
