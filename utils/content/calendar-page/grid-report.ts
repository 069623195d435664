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
import { whenQuiet } from './when-quiet';
import { loadOnDemand } from './on-demand';

/** How long the grid must stay still before it is read: the page draws its chips in passes. */
export const GRID_SETTLE_MS = 1500;

export interface GridReport {
  /** The page changed: look again once it has settled. */
  changed(): void;
  /** An event read in full (its popover or form): its chip is judged with what it knew. */
  remember(event: CalendarEvent): void;
}

export function startGridReport(ctx: ContentScriptContext, adapter: CalendarAdapter, settings: LiveCalendarSettings): GridReport {
  const full = new Map<string, CalendarEvent>();
  /** The look itself (grid-look.ts) is in the on-demand part (on-demand.ts), made at the first look. */
  let look: (() => void) | undefined;
  const lookWhenIn = () =>
    void loadOnDemand().then(
      (parts) => {
        if (ctx.isInvalid) return;
        look ??= parts.createGridLook(adapter, (event) => recognizeWithSettings(event, settings.current()), full);
        look();
      },
      (error: unknown) => console.debug('[1:1 Companion] grid report', error),
    );
  return {
    changed: whenQuiet(ctx, GRID_SETTLE_MS, lookWhenIn),
    remember(event) {
      if (event.source === 'chip' || event.attendees.length === 0) return;
      full.set(event.key, event);
      if (full.size > 500) full.delete(full.keys().next().value!);
    },
  };
}
