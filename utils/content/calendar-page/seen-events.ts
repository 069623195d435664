/**
 * Telling the background what 1:1s the calendar shows (never a note): the one opened, and
 * every one in the visible grid (grid-report.ts). The background keeps them in its events
 * table to match calls, to know the next 1:1s and to remind (utils/db/events.ts).
 */
import type { CalendarEvent } from '@/utils/sites/calendars/types';
import type { PanelTarget } from '@/utils/protocol/panel-link';
import { tellBackground, type SeenEvent } from '@/utils/protocol/messaging';

/** What this page already told, by event key, so a page that stays the same says nothing twice. */
const remembered = new Map<string, string>();

/** Tells the background about a 1:1 (never a note), once per version of what the page shows. */
export function rememberForCalls(event: CalendarEvent, counterpart: PanelTarget['counterpart']): void {
  const seen: SeenEvent = {
    key: event.key,
    seriesKey: event.seriesKey,
    title: event.title,
    allDay: event.allDay,
    oneOnOne: true,
    counterpart,
  };
  if (event.start) seen.start = event.start;
  if (event.end) seen.end = event.end;
  if (event.videoLink) seen.videoLink = event.videoLink;
  if (event.source === 'edit-page') seen.editing = true;
  const signature = JSON.stringify(seen);
  if (remembered.get(event.key) === signature) return;
  if (remembered.size > 2000) remembered.clear();
  remembered.set(event.key, signature);
  void tellBackground({ type: 'event-seen', event: seen });
}

/** A 1:1 gone from the page (grid-report.ts): told to the background, and told again if it comes back (an undo). */
export function forgetForCalls(key: string, start: string): void {
  remembered.delete(key);
  void tellBackground({ type: 'event-gone', key, start });
}
