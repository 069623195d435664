/**
 * The calendar tells us what is coming (issue 20): a moment after the grid settles, every
 * chip in the visible days that reads as a 1:1 (by its title; by the popover's guests once
 * it was opened) is reported like an opened one, so the next 1:1s are known without
 * clicking each. A moved chip is reported again with its new time (the background
 * follows it); the number reported per look is capped, and the background rate-limits.
 * A 1:1 reported from this page that is gone from a later look while its day still shows
 * other events (deleted elsewhere, or now cancelled or declined) is reported gone: a day with nothing
 * else on it, or a week navigated away from, says nothing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CalendarAdapter, CalendarEvent } from '@/utils/sites/calendars/types';
import { recognizeWithSettings } from '@/utils/protocol/calendar-settings';
import type { LiveCalendarSettings } from './live-settings';
import { forgetForCalls, rememberForCalls } from './seen-events';
import { whenQuiet } from './when-quiet';

/** The local day of an instant, to tell whether a 1:1's day is on screen. */
const dayOf = (iso: string) => new Date(iso).toDateString();

/** How long the grid must stay still before it is read: the page draws its chips in passes. */
export const GRID_SETTLE_MS = 1500;
/** At most this many 1:1s per look (a month view of a busy calendar has fewer). */
export const MAX_PER_LOOK = 60;

export interface GridReport {
  /** The page changed: look again once it has settled. */
  changed(): void;
  /** An event read in full (its popover or form): its chip is judged with what it knew. */
  remember(event: CalendarEvent): void;
}

export function startGridReport(ctx: ContentScriptContext, adapter: CalendarAdapter, settings: LiveCalendarSettings): GridReport {
  const full = new Map<string, CalendarEvent>();
  /** The 1:1s this page reported from its grid: key → the start it showed. */
  const reported = new Map<string, string>();
  const look = () => {
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
        const recognition = recognizeWithSettings(event, settings.current());
        if (!recognition.isOneOnOne || !recognition.counterpart) continue;
        rememberForCalls(event, recognition.counterpart);
        if (event.start) reported.set(event.key, event.start);
        told++;
      }
    } catch (error) {
      console.debug('[1:1 Companion] grid report', error);
    }
  };
  return {
    changed: whenQuiet(ctx, GRID_SETTLE_MS, look),
    remember(event) {
      if (event.source === 'chip' || event.attendees.length === 0) return;
      full.set(event.key, event);
      if (full.size > 500) full.delete(full.keys().next().value!);
    },
  };
}
